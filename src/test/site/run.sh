#!/usr/bin/env bash
# The site checks: `shelfmark site` writes the built-in list's site; the Nu Html Checker (vnu.jar)
# validates its page; check.mjs opens it in headless Chromium (see there); its downloads must be
# byte for byte the exports that src/test/interop/run.sh gives the importers. Screenshots and a
# print PDF go to SITE_ARTEFACTS (default target/site-check).
#
# Needs: chromium (Debian), java, node and npm. Set CI_NODE_DIR to a folder that already has the
# npm packages (puppeteer-core, axe-core, vnu-jar) to skip their install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node_dir="${CI_NODE_DIR:-$work/node}"
if [ ! -d "$node_dir/node_modules/puppeteer-core" ] || [ ! -d "$node_dir/node_modules/axe-core" ] \
    || [ ! -d "$node_dir/node_modules/vnu-jar" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --silent --no-audit --no-fund puppeteer-core@25.16.0 axe-core@4.14.1 vnu-jar@26.9.27 >/dev/null
fi
export CI_NODE_DIR="$node_dir"
artefacts="${SITE_ARTEFACTS:-$root/target/site-check}"
site="$work/site"

./shelfmark site -o "$site"
n="$(./shelfmark list | wc -l)"

echo "Nu Html Checker:"
java -jar "$node_dir/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --also-check-css --format gnu "$site/index.html"
echo "ok: no errors"

# the downloads are the exports the interoperability checks give to every importer
status=0
for pair in ris:reading-list.ris bibtex:reading-list.bib biblatex:reading-list-biblatex.bib csl-json:reading-list.json; do
  ./shelfmark export --to "${pair%%:*}" -o "$work/export"
  cmp -s "$work/export" "$site/downloads/${pair#*:}" || { echo "downloads/${pair#*:} differs from export --to ${pair%%:*}"; status=1; }
done
for id in $(./shelfmark list | awk '{print $1}'); do
  ./shelfmark export --to ris "$id" -o "$work/one.ris"
  cmp -s "$work/one.ris" "$site/downloads/records/$id.ris" || { echo "downloads/records/$id.ris differs from export --to ris $id"; status=1; }
done

node src/test/site/check.mjs "$site" "$n" "$artefacts" || status=1
exit "$status"
