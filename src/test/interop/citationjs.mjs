// Reads a file with citation.js (npm @citation-js/core and its RIS, BibTeX and CSL plugins) and
// prints the CSL-JSON items it read. Usage: node citationjs.mjs FILE FORMAT
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(`${process.env.CI_NODE_DIR}/package.json`);
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');
const [file, format] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const type = { ris: '@ris/file', bibtex: '@biblatex/text', biblatex: '@biblatex/text', 'csl-json': '@csl/list+object' }[format];
const input = format === 'csl-json' ? JSON.parse(text) : text;
const cite = await Cite.async(input, { forceType: type });
process.stdout.write(JSON.stringify(cite.data, null, 1));
