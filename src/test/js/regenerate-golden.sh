#!/usr/bin/env bash
# Regenerates the golden files in src/test/resources/golden/citeproc-js from the built-in reading
# list, rendered by citeproc-js (npm 'citeproc', the processor inside Zotero) with the same styles
# and locales jars Shelfmark uses. Never edit those files by hand: run this.
#
# Needs node and npm. Set CI_NODE_DIR to a folder that already has citeproc installed to skip the install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

CITEPROC_VERSION=2.4.63
node_dir="${CI_NODE_DIR:-$work/node}"
if [ ! -d "$node_dir/node_modules/citeproc" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --silent --no-audit --no-fund "citeproc@$CITEPROC_VERSION" >/dev/null
fi

mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
mkdir -p "$work/csl"
for jar in $(tr ':' '\n' < "$work/cp.txt" | grep '/org/citationstyles/'); do
  unzip -q -o "$jar" -d "$work/csl" -x 'META-INF/*'
done

./shelfmark export --to csl-json -o "$work/items.json"

out=src/test/resources/golden/citeproc-js
mkdir -p "$out"
# style locale: one golden file each
while read -r style locale; do
  CI_NODE_DIR="$node_dir" node src/test/js/citeproc-render.mjs \
    "$work/items.json" "$work/csl/$style.csl" "$work/csl" "$locale" > "$out/builtin.$style.$locale.txt"
  echo "wrote $out/builtin.$style.$locale.txt"
done <<'CASES'
harvard-cite-them-right en-GB
CASES
