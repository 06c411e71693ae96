// The peer citeproc-js (npm 'citeproc', the processor inside Zotero): a whole bibliography in plain
// text, as a user of it would make one. Usage: node citeproc-js.mjs ITEMS.json STYLE.csl LOCALES_DIR LOCALE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.CI_NODE_DIR, 'package.json'));
const CSL = require('citeproc');
const [itemsFile, styleFile, localesDir, lang] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsFile, 'utf8'));
const byId = new Map(items.map(i => [i.id, i]));
const sys = {
  retrieveItem: id => byId.get(id),
  retrieveLocale: l => { try { return readFileSync(join(localesDir, `locales-${l}.xml`), 'utf8'); } catch { return false; } },
};
const engine = new CSL.Engine(sys, readFileSync(styleFile, 'utf8'), lang, true);
engine.setOutputFormat('text');
engine.updateItems(items.map(i => i.id));
const [, entries] = engine.makeBibliography();
process.stdout.write(entries.join(''));
