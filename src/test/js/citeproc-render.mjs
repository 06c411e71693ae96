// Renders CSL-JSON items with citeproc-js, the processor inside Zotero and Mendeley, to give the
// golden outputs Shelfmark's rendering is compared with.
//
//   node citeproc-render.mjs ITEMS.json STYLE.csl LOCALES_DIR LOCALE [CLUSTERS.txt]
//
// Prints, in plain text: the bibliography, one "id<TAB>entry" line per entry in the style's
// order; a line "--- citations"; then for each item in input order "id<TAB>citation", the item
// cited alone with every item registered, so disambiguation shows; and, given a file of
// clusters (comma-separated ids, one cluster a line), a line "--- clusters" and "ids<TAB>cluster".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.CI_NODE_DIR, 'package.json'));
const CSL = require('citeproc');

const [itemsFile, styleFile, localesDir, lang, clustersFile] = process.argv.slice(2);
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
const out = [];
if (engine.bibliography) {
  const [params, entries] = engine.makeBibliography();
  let ids = params.entry_ids.map(x => x[0]);
  if (ids.length !== entries.length) {
    // citeproc-js lists an id for an item whose entry is empty (APA leaves out interviews) but
    // gives no entry for it: leave out the ids that render nothing on their own.
    ids = ids.filter(id => engine.makeBibliography({ include: [{ field: 'id', value: id }] })[1].length > 0);
  }
  entries.forEach((e, n) => out.push(`${ids[n]}\t${e.trim()}`));
}
out.push('--- citations');
for (const item of items) {
  out.push(`${item.id}\t${engine.makeCitationCluster([{ id: item.id }])}`);
}
if (clustersFile) {
  out.push('--- clusters');
  for (const line of readFileSync(clustersFile, 'utf8').split('\n').filter(l => l.trim())) {
    const ids = line.trim().split(',');
    out.push(`${line.trim()}\t${engine.makeCitationCluster(ids.map(id => ({ id })))}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
