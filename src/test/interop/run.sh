#!/usr/bin/env bash
# The interoperability checks: every export of Shelfmark, for the built-in list and the hostile
# set (src/test/resources/interop/hostile.json), read by real importers (pandoc, citation.js,
# JabRef, bibutils), compiled by LaTeX with BibTeX, validated by biber; compare.mjs compares what
# each read with what was exported and writes docs/interop.md. Exit status 3 when a record was
# gained or lost, or a LaTeX or biber run failed.
#
# Needs: pandoc, jabref, xvfb-run, bibutils, biber, pdflatex and bibtex (Debian packages), node
# and npm. Set CI_NODE_DIR to a folder that already has the npm packages to skip their install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
work="${INTEROP_WORK:-$(mktemp -d)}"
[ -n "${INTEROP_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
node_dir="${CI_NODE_DIR:-$work/node}"
if [ ! -d "$node_dir/node_modules/@citation-js/plugin-ris" ] || [ ! -d "$node_dir/node_modules/fast-xml-parser" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --silent --no-audit --no-fund @citation-js/core@0.8.2 @citation-js/plugin-bibtex@0.8.2 \
    @citation-js/plugin-ris@0.8.2 @citation-js/plugin-csl@0.8.2 fast-xml-parser@5.12.1 >/dev/null
fi
export CI_NODE_DIR="$node_dir"
here=src/test/interop
out="$work/results"
mkdir -p "$out"

check_set() { # set [--input FILE]
  local set="$1"; shift
  local files="$work/$set"
  mkdir -p "$files"
  ./shelfmark export "$@" --to csl-json -o "$out/$set.expected.json"
  local n
  n="$(node -e "console.log(JSON.parse(require('fs').readFileSync('$out/$set.expected.json','utf8')).length)")"
  ./shelfmark export "$@" --to ris -o "$files/export.ris"
  ./shelfmark export "$@" --to bibtex -o "$files/bibtex.bib"
  ./shelfmark export "$@" --to biblatex -o "$files/biblatex.bib"
  ./shelfmark export "$@" --to csl-json -o "$files/export.json"
  # what each file carries, as Shelfmark reads it back: the measure for the importers of that format
  ./shelfmark export --input "$files/export.ris" --to csl-json -o "$out/$set.Shelfmark.ris.json"
  ./shelfmark export --input "$files/bibtex.bib" --to csl-json -o "$out/$set.Shelfmark.bibtex.json"
  ./shelfmark export --input "$files/biblatex.bib" --to csl-json -o "$out/$set.Shelfmark.biblatex.json"
  ./shelfmark export --input "$files/export.json" --to csl-json -o "$out/$set.Shelfmark.csl-json.json"

  # pandoc
  pandoc -f bibtex -t csljson "$files/bibtex.bib" > "$out/$set.pandoc.bibtex.json"
  pandoc -f biblatex -t csljson "$files/biblatex.bib" > "$out/$set.pandoc.biblatex.json"
  pandoc -f csljson -t csljson "$files/export.json" > "$out/$set.pandoc.csl-json.json"

  # citation.js
  node "$here/citationjs.mjs" "$files/export.ris" ris > "$out/$set.citationjs.ris.json"
  node "$here/citationjs.mjs" "$files/bibtex.bib" bibtex > "$out/$set.citationjs.bibtex.json"
  node "$here/citationjs.mjs" "$files/biblatex.bib" biblatex > "$out/$set.citationjs.biblatex.json"
  node "$here/citationjs.mjs" "$files/export.json" csl-json > "$out/$set.citationjs.csl-json.json"

  # JabRef imports the RIS file from the command line and exports what it read as MODS (its BibTeX
  # writer refuses a value with an unbalanced brace, and then never exits)
  HOME="$work/home" timeout 300 xvfb-run -a jabref -n -i "$files/export.ris,ris" -o "$files/jabref.xml,mods" \
    > "$files/jabref.log" 2>&1 || echo "JabRef failed: see its log" >&2
  node "$here/mods.mjs" "$files/jabref.xml" > "$out/$set.JabRef.ris.json"

  # bibutils reads each into MODS
  ris2xml "$files/export.ris" 2>/dev/null > "$files/ris.xml"
  bib2xml "$files/bibtex.bib" 2>/dev/null > "$files/bibtex.xml"
  biblatex2xml "$files/biblatex.bib" 2>/dev/null > "$files/biblatex.xml"
  for f in ris bibtex biblatex; do node "$here/mods.mjs" "$files/$f.xml" > "$out/$set.bibutils.$f.json"; done

  # a LaTeX document citing every entry, with BibTeX and the plain style
  (cd "$files" && printf '%s\n' '\documentclass{article}' '\usepackage[T1]{fontenc}' '\usepackage[utf8]{inputenc}' \
      '\usepackage{url}' '\begin{document}' '\nocite{*}' '\bibliographystyle{plain}' '\bibliography{bibtex}' '\end{document}' > doc.tex
    pdflatex -interaction=nonstopmode doc.tex > latex1.log 2>&1 || true
    bibtex doc > bibtex.log 2>&1 || true
    pdflatex -interaction=nonstopmode doc.tex > latex2.log 2>&1 || true)
  local items errors
  items="$(grep -c '\\bibitem' "$files/doc.bbl" || true)"
  errors="$(grep -c 'error message' "$files/doc.blg" || true)"
  if [ "$items" = "$n" ] && [ "$errors" = "0" ] && [ -s "$files/doc.pdf" ]; then
    echo "ok: $items entries typeset, no BibTeX errors" > "$out/$set.LaTeX+BibTeX.bibtex.status"
  else
    echo "failed: $items of $n entries, BibTeX: $(grep -m1 'error message' "$files/doc.blg" || echo 'no log')" > "$out/$set.LaTeX+BibTeX.bibtex.status"
  fi

  # biber checks every entry against BibLaTeX's data model: a field or type it does not know fails;
  # a mandatory field that the record does not have (a chapter without editors) is counted, not failed
  (cd "$files" && biber --tool --validate-datamodel --output-file biber.bib biblatex.bib > biber.log 2>&1 || true)
  local invalid missing entries
  invalid="$(grep -E 'WARN - |ERROR - ' "$files/biber.log" | grep -vc 'Missing mandatory' || true)"
  missing="$(grep -c 'Missing mandatory' "$files/biber.log" || true)"
  entries="$(grep -c '^@' "$files/biber.bib" || true)"
  if [ "$entries" = "$n" ] && [ "$invalid" = "0" ]; then
    echo "ok: $entries entries, every field in the data model ($missing mandatory fields the records lack)" > "$out/$set.biber.biblatex.status"
  else
    echo "failed: $entries of $n entries, $(grep -E 'WARN - |ERROR - ' "$files/biber.log" | grep -v 'Missing mandatory' | head -n 1 | sed 's/|/\\|/g')" > "$out/$set.biber.biblatex.status"
  fi
}

check_set builtin
check_set hostile --input src/test/resources/interop/hostile.json
status=0
node "$here/compare.mjs" "$out" > docs/interop.md || status=$?
echo "wrote docs/interop.md"
exit "$status"
