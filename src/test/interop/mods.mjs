// Reads the MODS XML that bibutils writes (ris2xml, bib2xml, biblatex2xml) and prints the fields
// it holds as CSL-JSON items, so that they compare with what was exported.
// Usage: node mods.mjs FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(`${process.env.CI_NODE_DIR}/package.json`);
const { XMLParser } = require('fast-xml-parser');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', removeNSPrefix: true, parseTagValue: false,
  isArray: name => ['mods', 'name', 'namePart', 'titleInfo', 'relatedItem', 'identifier', 'url', 'topic', 'subject', 'note', 'detail', 'genre'].includes(name) });
const doc = parser.parse(readFileSync(process.argv[2], 'utf8'));
const text = v => v == null ? undefined : typeof v === 'object' ? (v['#text'] == null ? undefined : String(v['#text'])) : String(v);
const list = v => v == null ? [] : Array.isArray(v) ? v : [v];
// the title itself; an abbreviated one (ris2xml puts a journal's T2 there) where there is no other
function title(info) {
  const all = list(info).filter(t => text(t.title));
  const t = all.find(t => t['@type'] !== 'abbreviated') ?? all[0];
  if (!t) return undefined;
  const main = text(t.title);
  const sub = text(t.subTitle);
  // bibutils splits a title at a colon, question mark or exclamation mark that a subtitle follows
  return !sub ? main : /[?!]$/.test(main) ? `${main} ${sub}` : `${main}: ${sub}`;
}
function names(node, role) {
  return list(node.name).filter(n => {
    const r = list(n.role)[0];
    const term = r && text(list(r.roleTerm)[0] ?? r.roleTerm);
    return role === 'author' ? (!term || term === 'author' || term === 'creator') : term === role;
  }).map(n => {
    const parts = list(n.namePart);
    if (n['@type'] === 'corporate' || parts.every(p => !p['@type'])) return { literal: parts.map(text).join(' ') };
    const family = parts.filter(p => p['@type'] === 'family').map(text).join(' ');
    const given = parts.filter(p => p['@type'] === 'given').map(text).join(' ');
    return given ? { family, given } : { family };
  });
}
function date(origin) {
  const d = text(origin?.dateIssued);
  if (!d) return undefined;
  return { 'date-parts': [d.split('-').filter(Boolean).map(Number)] };
}
const items = list(doc.modsCollection?.mods).map(m => {
  const host = list(m.relatedItem).find(r => r['@type'] === 'host') ?? {};
  const part = m.part ?? host.part ?? {};
  const detail = t => text(list(part.detail).find(d => d['@type'] === t)?.number);
  const extent = list(part.extent)[0];
  const origin = m.originInfo ?? host.originInfo ?? {};
  const ids = list(m.identifier).concat(list(host.identifier));
  const id = t => text(ids.find(i => i['@type'] === t));
  const pages = extent ? [text(extent.start), text(extent.end)].filter(Boolean).join('-') : undefined;
  const item = {
    title: title(m.titleInfo), author: names(m, 'author'), editor: names(m, 'editor').concat(names(host, 'editor')),
    'container-title': title(host.titleInfo), issued: date(origin) ?? date(host.originInfo),
    volume: detail('volume'), issue: detail('issue') ?? detail('number'), page: pages,
    publisher: text(origin.publisher ?? host.originInfo?.publisher),
    'publisher-place': text(origin.place?.placeTerm ?? host.originInfo?.place?.placeTerm),
    DOI: id('doi'), URL: text(list(m.location?.url)[0]) ?? id('uri'), ISBN: id('isbn'), ISSN: id('issn'),
    // biblatex2xml names an institution as a sponsor, an organization as an organizer of meeting
    'other name': ['sponsor', 'organizer of meeting'].flatMap(r => names(m, r)).map(n => n.literal ?? n.family),
    abstract: text(m.abstract), note: list(m.note).map(text).join(' ') || undefined,
    keyword: list(m.subject).flatMap(s => list(s.topic).map(text)).join(', ') || undefined,
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)));
});
process.stdout.write(JSON.stringify(items, null, 1));
