// Compares what each importer read with what Shelfmark exported, field by field, and writes the
// loss report. Usage: node compare.mjs RESULTS_DIR > docs/interop.md
// RESULTS_DIR holds, for each data set S: S.expected.json (Shelfmark's CSL-JSON export) and, for each
// importer I and format F it read, S.I.F.json (what it read, as CSL-JSON) or S.I.F.status (a line
// saying how a check that reads no fields went, such as a LaTeX run).
import { readFileSync, readdirSync } from 'node:fs';

const dir = process.argv[2];
const FIELDS = ['title', 'author', 'editor', 'container-title', 'issued', 'accessed', 'volume', 'issue', 'page',
  'DOI', 'URL', 'publisher', 'publisher-place', 'edition', 'ISBN', 'ISSN', 'number', 'genre', 'abstract', 'note',
  'annote', 'keyword', 'medium'];

// The fields each importer has a place for, reading each format: what it can hold at all. A field
// outside these is not counted as lost; the report says which fields each leaves out.
const ALL = FIELDS;
const PLACES = {
  pandoc: { bibtex: ALL, biblatex: ALL, 'csl-json': ALL },
  // citation.js reads RIS N1 as the note, M3 as the medium, and no M2 or Y2
  'citation.js': { ris: ALL.filter(f => f !== 'note' && f !== 'accessed'), bibtex: ALL, biblatex: ALL, 'csl-json': ALL },
  Shelfmark: { ris: ALL, bibtex: ALL, biblatex: ALL, 'csl-json': ALL },
  // JabRef 3.8 reads from RIS no DO, ET, IS, SN or editor (A2, A3), and only the year of PY
  JabRef: { ris: ['title', 'author', 'container-title', 'year', 'volume', 'page', 'URL', 'publisher', 'publisher-place',
    'abstract', 'keyword'] },
  // bibutils (MODS): ris2xml reads no DO; biblatex2xml no keywords
  bibutils: {
    ris: ['title', 'author', 'editor', 'container-title', 'issued', 'volume', 'issue', 'page', 'URL', 'publisher',
      'publisher-place', 'ISBN', 'ISSN', 'abstract', 'keyword'],
    bibtex: ['title', 'author', 'editor', 'container-title', 'issued', 'volume', 'issue', 'page', 'DOI', 'URL', 'publisher',
      'publisher-place', 'ISBN', 'ISSN', 'abstract', 'keyword'],
    biblatex: ['title', 'author', 'editor', 'container-title', 'issued', 'volume', 'issue', 'page', 'DOI', 'URL',
      'publisher', 'publisher-place', 'ISBN', 'ISSN', 'abstract'],
  },
};

// pandoc makes quotation marks and apostrophes typographic: they compare as the plain marks
const strip = s => String(s).normalize('NFC').replace(/<[^>]+>/g, '').replace(/[\u2018\u2019]/g, "'")
  .replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
// a name as family (with its particles) and given; a name of one part compares as an organisation's
function names(list) {
  return (list ?? []).map(n => {
    if (n.literal != null) return strip(n.literal);
    const family = strip([n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' '));
    const given = strip(n.given ?? '');
    return given ? family + '|' + given + (n.suffix ? '|' + strip(n.suffix) : '') : family;
  });
}
function date(d) {
  if (!d) return undefined;
  if (d['date-parts']) return JSON.stringify(d['date-parts'][0].map(Number));
  if (d.raw || d.literal) return strip(d.raw ?? d.literal);
  return JSON.stringify(d);
}
function value(item, field) {
  const v = item[field];
  if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) return undefined;
  switch (field) {
    case 'author': case 'editor': return JSON.stringify(names(v));
    case 'issued': case 'accessed': return date(v);
    case 'year': return item.issued?.['date-parts']?.[0]?.[0] != null ? String(item.issued['date-parts'][0][0]) : undefined;
    case 'page': return strip(v).replace(/[\u2013-]+/g, '-');
    case 'DOI': return strip(v).toLowerCase();
    case 'keyword': return JSON.stringify(String(v).split(/\s*[,;]\s*/).map(strip).filter(Boolean).sort());
    default: return strip(v);
  }
}
// the fields a value may turn up in when an importer puts it elsewhere: citation.js reads a web page's
// RIS T2 as the collection title and every N1 into a list of notes; bibutils names BibLaTeX's
// institution and organization as names in other roles (sponsor, organizer of meeting)
const ELSEWHERE = FIELDS.concat(['collection-title', 'other name']);
const holds = (got, want) => got != null && [].concat(got).some(g => typeof g === 'string' && strip(g) === strip(want));
const words = list => (list ?? []).flatMap(n => [n.literal, n['non-dropping-particle'], n.family, n.given]
  .filter(Boolean).flatMap(p => strip(p).split(/[\s,]+/))).filter(Boolean).sort().join(' ');
const sameWords = (want, got) => (want ?? []).some(n => n.literal != null) && words(want) === words(got);
const key = item => (value(item, 'title') ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// the two values, long ones cut to where they first differ
function difference(want, got) {
  if (got === undefined) return `wrote ${want.length > 120 ? want.slice(0, 117) + '...' : want}, read nothing`;
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 40);
  const cut = t => (from > 0 ? '...' : '') + t.slice(from, from + 100) + (t.length > from + 100 ? '...' : '');
  return `wrote ${cut(want)}, read ${cut(got)}`;
}

function compare(expected, actual, places) {
  // each record read is matched to the one exported with the same title, else to the next left in order
  const pairs = new Map();
  const used = new Set();
  expected.forEach((e, i) => {
    const j = actual.findIndex((a, k) => !used.has(k) && key(a) === key(e));
    if (j >= 0) { pairs.set(i, j); used.add(j); }
  });
  const rest = actual.map((a, k) => k).filter(k => !used.has(k));
  expected.forEach((e, i) => { if (!pairs.has(i) && rest.length) pairs.set(i, rest.shift()); });
  const lost = {}; const moved = {}; let missing = 0; let matched = 0; let kept = 0; let checked = 0; const examples = {};
  expected.forEach((e, i) => {
    if (!pairs.has(i)) { missing++; return; }
    const a = actual[pairs.get(i)];
    matched++;
    for (const f of places) {
      const want = value(e, f);
      if (want === undefined) continue;
      checked++;
      if (value(a, f) === want) { kept++; continue; }
      // RIS marks no name as an organisation's: a reader that splits one into a person's parts kept its words
      if ((f === 'author' || f === 'editor') && sameWords(e[f], a[f])) {
        kept++; moved['organisation as a person'] = (moved['organisation as a person'] ?? 0) + 1; continue;
      }
      const into = typeof e[f] === 'string' && ELSEWHERE.find(g => g !== f && holds(a[g], e[f]));
      if (into) { kept++; moved[`${f} → ${into}`] = (moved[`${f} → ${into}`] ?? 0) + 1; continue; }
      lost[f] = (lost[f] ?? 0) + 1;
      examples[f] ??= `${e.id}: ${difference(want, value(a, f))}`;
    }
  });
  const gained = actual.length - matched;
  return { records: expected.length, read: actual.length, missing, gained, checked, kept, lost, moved, examples };
}

// why each loss happens: a reader's own rule, or what the format cannot carry (importer-rules.tsv)
const rules = new Map(readFileSync(new URL('importer-rules.tsv', import.meta.url), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.split('\t')).map(([r, f, field, cause]) => [`${r} ${f} ${field}`, cause]));
const used = new Set();
const unexplained = [];

const files = readdirSync(dir);
const sets = files.filter(f => f.endsWith('.expected.json')).map(f => f.replace('.expected.json', '')).sort();
const lines = [];
lines.push('# Interoperability: what real importers read back', '');
lines.push('Generated by `src/test/interop/run.sh` (run by `.ci/run`, which installs the importers and fails if',
  'this page changes or a record is gained or lost). Each export of Shelfmark is read by the importer; what it read is',
  'compared, field by field, with the records exported. A field counts where the importer has a place for it',
  '(its data model holds such a field); text is compared after Unicode NFC, with runs of white space as one space',
  'and markup tags removed, typographic quotation marks and apostrophes as plain ones (pandoc makes them typographic);',
  'names as family name (with its particles) and given names, a name of one part as an organisation; dates as year,',
  'month and day. A record is matched to the one exported with the same title, else to the next in order; "gained"',
  'and "lost" count records the importer read beyond or short of those exported.', '',
  'The rows "Shelfmark" show what each format itself carries: the records exported, read back by Shelfmark, against',
  'the records (what a format cannot carry is in `docs/formats.md`). Every importer is measured against that: what',
  'the file carries. A value the importer kept but put in another field (pandoc reads a web page\'s site name, which',
  'BibLaTeX keeps in `organization`, as the publisher) is counted as kept and shown as read into that field.', '',
  'Every field lost has its cause beside it, kept in `src/test/interop/importer-rules.tsv`: the reader\'s own rule',
  '(each one a reader\'s defect or limit, not a value Shelfmark could write otherwise without breaking another',
  'reader), or, in the rows "Shelfmark", what the format cannot carry. A loss with no cause there fails the run.', '');
let failed = false;
for (const set of sets) {
  const expected = JSON.parse(readFileSync(`${dir}/${set}.expected.json`, 'utf8'));
  lines.push(`## ${set === 'builtin' ? 'The built-in reading list' : 'The hostile set'} (${expected.length} records)`, '');
  lines.push('| reader | format | records read | gained | lost | fields kept | read into another field | fields lost |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |');
  const notes = [];
  for (const f of files.filter(f => f.startsWith(set + '.') && !f.includes('.expected.')).sort()) {
    const [, file, format] = f.replace(/\.(json|status)$/, '').split('.');
    const importer = { citationjs: 'citation.js' }[file] ?? file;
    if (f.endsWith('.status')) {
      const status = readFileSync(`${dir}/${f}`, 'utf8').trim();
      lines.push(`| ${importer} | ${format} | ${status} | | | | | |`);
      if (!status.startsWith('ok')) failed = true;
      continue;
    }
    const actual = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    // an importer is measured against what the file carries, as Shelfmark reads it; Shelfmark against the records
    const baseline = importer === 'Shelfmark' ? expected
      : JSON.parse(readFileSync(`${dir}/${set}.Shelfmark.${format}.json`, 'utf8'));
    const r = compare(baseline, actual, PLACES[importer]?.[format] ?? FIELDS);
    if (r.missing || r.gained) failed = true;
    const lostText = Object.keys(r.lost).length ? Object.entries(r.lost).map(([k, n]) => `${k} (${n})`).join(', ') : 'none';
    const movedText = Object.keys(r.moved).length ? Object.entries(r.moved).map(([k, n]) => `${k} (${n})`).join(', ') : 'none';
    lines.push(`| ${importer} | ${format} | ${r.read} of ${r.records} | ${r.gained} | ${r.missing} | ${r.kept} of ${r.checked} | ${movedText} | ${lostText} |`);
    for (const [field, example] of Object.entries(r.examples)) {
      const rule = `${importer} ${format} ${field}`;
      const cause = rules.get(rule);
      if (cause) used.add(rule); else unexplained.push(rule);
      notes.push(`- ${importer}, ${format}, \`${field}\`: ${cause ?? '**no cause known: a defect until explained**'}. ` +
        `First case: ${example}`);
    }
  }
  lines.push('');
  if (notes.length) lines.push('Each field lost, with its cause and its first case:', '', ...notes, '');
}
lines.push('Fields an importer has no place for, and so are not counted: JabRef 3.8, reading RIS, keeps the year of `PY`',
  'and reads no `DA`, `DO`, `ET`, `IS`, `SN` or editor, and has no place for `accessed`, `number`, `genre`, `note`,',
  '`annote`; bibutils (MODS) has none for `accessed`, `edition`, `number`, `genre`, `note`, `annote`, its `ris2xml`',
  'reads no `DO` and its `biblatex2xml` no `keywords`; citation.js reads RIS `N1` as the note, `M3` as the medium, and',
  'no `M2` or `Y2`.', '');
const stale = [...rules.keys()].filter(r => !used.has(r));
if (unexplained.length || stale.length) {
  failed = true;
  lines.push('**Out of date:** ' + [...unexplained.map(r => `no cause for the loss "${r}"`),
    ...stale.map(r => `the cause "${r}" explains no loss`)].join('; ') + ' (`src/test/interop/importer-rules.tsv`).', '');
}
process.stdout.write(lines.join('\n'));
if (failed) process.exitCode = 3;
