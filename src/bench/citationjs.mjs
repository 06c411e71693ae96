// The peer citation.js: CSL-JSON exported to RIS or BibTeX, as a user of it would export.
// Usage: node citationjs.mjs ITEMS.json ris|bibtex
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.CI_NODE_DIR, 'package.json'));
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
const [itemsFile, format] = process.argv.slice(2);
const cite = new Cite(JSON.parse(readFileSync(itemsFile, 'utf8')));
process.stdout.write(cite.format(format === 'ris' ? 'ris' : 'bibtex', { format: 'text' }));
