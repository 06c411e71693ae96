// Renders CSL-JSON items with citeproc-js, the processor inside Zotero and Mendeley, to give the
// golden outputs Shelfmark's rendering is compared with.
//
//   node citeproc-render.mjs ITEMS.json STYLE.csl LOCALES_DIR LOCALE
//
// Prints the bibliography, one entry per line, in plain text; then a line "--- citations";
// then, for each item in input order, the citation of that item alone, "id<TAB>citation".
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
  retrieveLocale: l => {
    try {
      return readFileSync(join(localesDir, `locales-${l}.xml`), 'utf8');
    } catch {
      return false;
    }
  },
};

const engine = new CSL.Engine(sys, readFileSync(styleFile, 'utf8'), lang, true);
engine.setOutputFormat('text');
engine.updateItems(items.map(i => i.id));
const [, entries] = engine.makeBibliography();
const out = entries.map(e => e.trim());
out.push('--- citations');
for (const item of items) {
  const cite = engine.makeCitationCluster([{ id: item.id }]);
  out.push(`${item.id}\t${cite}`);
}
process.stdout.write(out.join('\n') + '\n');
