#!/usr/bin/env bash
# The whole-process comparison: generates inputs (src/bench/generate.mjs), runs Shelfmark and its
# peers on them in turn, each several times, and prints the median seconds and the ratios. The
# tools that do the same task take turns, one run each a round, so that a busy spell of a shared
# machine falls on one run of each rather than on every run of the one timed first.
#   - a Cite Them Right Harvard bibliography of 10,000 references: Shelfmark, pandoc (--citeproc),
#     citeproc-js (npm citeproc);
#   - the same for 100,000 references, Shelfmark alone, once, in a 1 GB heap, against 13 times its 10,000 time;
#   - 100,000 references exported to RIS and to BibTeX: Shelfmark and citation.js;
#   - ./shelfmark cite of one reference of the built-in list, cold (the median of 11 runs).
# Usage: src/bench/compare.sh [--smoke] [RUNS]   (--smoke: 1,000 and 2,000 references, one run:
# what CI runs so that the script cannot rot; its ratios mean nothing)
# Needs: java, mvn, node, npm, pandoc. Set CI_NODE_DIR to a folder with citeproc and citation.js.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
small=10000 large=100000 exports=100000 runs=3 cite_runs=11
if [ "${1:-}" = "--smoke" ]; then small=1000 large=2000 exports=2000 runs=1 cite_runs=1; shift; fi
runs="${1:-$runs}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node_dir="${CI_NODE_DIR:-$work/node}"
if [ ! -d "$node_dir/node_modules/citeproc" ] || [ ! -d "$node_dir/node_modules/@citation-js/plugin-ris" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --silent --no-audit --no-fund citeproc@2.4.63 @citation-js/core@0.8.2 \
    @citation-js/plugin-bibtex@0.8.2 @citation-js/plugin-ris@0.8.2 @citation-js/plugin-csl@0.8.2 >/dev/null
fi
export CI_NODE_DIR="$node_dir"

./shelfmark --version >/dev/null # builds the jar when needed, outside the timings
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
mkdir -p "$work/csl"
for jar in $(tr ':' '\n' < "$work/cp.txt" | grep '/org/citationstyles/'); do
  unzip -q -o "$jar" -d "$work/csl" -x 'META-INF/*'
done
style="$work/csl/harvard-cite-them-right.csl"
for n in "$small" "$large" "$exports"; do
  [ -f "$work/refs-$n.json" ] || node src/bench/generate.mjs "$n" > "$work/refs-$n.json"
done
printf -- '---\nnocite: "@*"\n---\n' > "$work/doc.md"

# wall-clock seconds of one run of a command (its output in $work/out)
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out" 2> "$work/err" || { echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
# the median of some seconds
middle() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# median wall-clock seconds of a command run $runs times (once: -1 as the first argument)
median() {
  local times=() n="$runs"
  if [ "$1" = "-1" ]; then n=1; shift; fi
  for _ in $(seq "$n"); do
    times+=("$(timed "$@")")
  done
  middle "${times[@]}"
}
ratio() { echo "scale=1; $1 / $2" | bc; }
row() { printf '| %s | %s | %s s |\n' "$1" "$2" "$3"; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "Runs: median of $runs"
echo
echo '| task | tool | seconds |'
echo '| --- | --- | --- |'
sm_t=() pd_t=() cj_t=()
for _ in $(seq "$runs"); do
  sm_t+=("$(timed ./shelfmark bibliography --input "$work/refs-$small.json")")
  [ "$(wc -l < "$work/out")" -eq "$small" ] || { echo "Shelfmark printed $(wc -l < "$work/out") entries" >&2; exit 1; }
  pd_t+=("$(timed pandoc --citeproc --csl "$style" --bibliography "$work/refs-$small.json" -t plain "$work/doc.md")")
  cj_t+=("$(timed node src/bench/citeproc-js.mjs "$work/refs-$small.json" "$style" "$work/csl" en-GB)")
done
sm=$(middle "${sm_t[@]}"); row "Harvard bibliography, $small refs" Shelfmark "$sm"
pd=$(middle "${pd_t[@]}"); row "Harvard bibliography, $small refs" pandoc "$pd"
cj=$(middle "${cj_t[@]}"); row "Harvard bibliography, $small refs" citeproc-js "$cj"
big=$(SHELFMARK_JAVA_OPTS=-Xmx1g median -1 ./shelfmark bibliography --input "$work/refs-$large.json"); row "Harvard bibliography, $large refs, 1 GB heap" Shelfmark "$big"
for format in ris bibtex; do
  own=() theirs=()
  for _ in $(seq "$runs"); do
    own+=("$(timed ./shelfmark export --to "$format" --input "$work/refs-$exports.json")")
    theirs+=("$(timed node src/bench/citationjs.mjs "$work/refs-$exports.json" "$format")")
  done
  if [ "$format" = ris ]; then
    ris=$(middle "${own[@]}") risjs=$(middle "${theirs[@]}")
    row "RIS export, $exports refs" Shelfmark "$ris"; row "RIS export, $exports refs" citation.js "$risjs"
  else
    bib=$(middle "${own[@]}") bibjs=$(middle "${theirs[@]}")
    row "BibTeX export, $exports refs" Shelfmark "$bib"; row "BibTeX export, $exports refs" citation.js "$bibjs"
  fi
done
# a cold start of half a second varies by a tenth from run to run on a shared machine: the median of more runs
cite=$(runs=$cite_runs median ./shelfmark cite so-close-to-love); row "cite one reference, cold (median of $cite_runs)" Shelfmark "$cite"
echo
echo '| target | measured | goal |'
echo '| --- | --- | --- |'
echo "| pandoc ÷ Shelfmark, $small refs | $(ratio "$pd" "$sm")× | ≥ 10× |"
echo "| citeproc-js ÷ Shelfmark, $small refs | $(ratio "$cj" "$sm")× | ≥ 10× |"
echo "| Shelfmark $large ÷ $small refs | $(ratio "$big" "$sm")× | ≤ 13× |"
echo "| citation.js ÷ Shelfmark, RIS | $(ratio "$risjs" "$ris")× | ≥ 3× |"
echo "| citation.js ÷ Shelfmark, BibTeX | $(ratio "$bibjs" "$bib")× | ≥ 3× |"
echo "| cite, cold | $cite s | ≤ 0.6 s |"
