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

./shelfmark export --to csl-json -o "$work/builtin.json"
conformance=src/test/resources/conformance/references.json

out=src/test/resources/golden/citeproc-js
mkdir -p "$out"
render() { # set style locale output [clusters]
  CI_NODE_DIR="$node_dir" node src/test/js/citeproc-render.mjs "$1" "$work/csl/$2.csl" "$work/csl" "$3" ${5:-} > "$out/$4"
  echo "wrote $out/$4"
}
render "$work/builtin.json" harvard-cite-them-right en-GB builtin.harvard-cite-them-right.en-GB.txt
# The conformance suite, each style in the locale its users use.
while read -r style locale; do
  render "$conformance" "$style" "$locale" "conformance.$style.$locale.txt" src/test/resources/conformance/clusters.txt
done < src/test/resources/conformance/styles.txt
