#!/usr/bin/env bash
# How fast a renderer of Shelfmark's own could at best be: FloorBibliography (src/bench/java: the
# work of a Cite Them Right bibliography written by hand for the generated references, no CSL in
# between; not a renderer), the same with its keys compared as plain strings (a wrong order, as a
# bound on the fastest collation), ./shelfmark bibliography and pandoc run in turn on the same
# generated references, each cold (the floors with the launcher's options for a bibliography,
# without the launcher's few milliseconds of shell), and the median wall-clock seconds of each, of
# the floors' steps, pandoc's time over each floor's, and how many of the floor's entries are
# Shelfmark's word for word.
# Usage: src/bench/floor.sh RUNS [SIZE]   (SIZE references, 10,000 unless given)
# Needs: java, mvn, node, pandoc. PAUSE=SECONDS waits that long before each run (see ab.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="$1"
size="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./shelfmark --version >/dev/null # builds the jar and its class-data archive when missing
mvn -q -B -Dstyle.color=never -Pbench -DskipTests test-compile >/dev/null
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
for jar in $(tr ':' '\n' < "$work/cp.txt" | grep '/org/citationstyles/styles/'); do
  unzip -q -o "$jar" harvard-cite-them-right.csl -d "$work"
done
node src/bench/generate.mjs "$size" > "$work/refs.json"
printf -- '---\nnocite: "@*"\n---\n' > "$work/doc.md"
# The launcher's own java command for a bibliography, read by running it with a java that only
# writes down its arguments; the floor runs with the same options and archive, from a class path
# that begins with the launcher's jar (so that the archive's classes are used).
mkdir "$work/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s/args"\n' "$work" > "$work/bin/java"
chmod +x "$work/bin/java"
PATH="$work/bin:$PATH" ./shelfmark bibliography --input "$work/refs.json"
opts=()
while IFS= read -r arg; do
  [ "$arg" = "-jar" ] && break
  opts+=("$arg")
done < "$work/args"
jar="$(sed -n '/^-jar$/{n;p;q;}' "$work/args")"
floor=(java "${opts[@]}" -cp "$jar:$root/target/test-classes" org.shelfmark.bench.FloorBibliography)
shelfmark=(./shelfmark bibliography --input "$work/refs.json")
pandoc=(pandoc --citeproc --csl "$work/harvard-cite-them-right.csl" --bibliography "$work/refs.json" -t plain "$work/doc.md")

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
TIMEFORMAT='%R' # bash's own time: wall seconds
# one run of a command: its wall seconds appended to $work/NAME, what it wrote to standard error to $work/NAME.err
run() {
  local name="$1"
  shift
  sleep "${PAUSE:-0}"
  { time "$@" >/dev/null 2>>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }; } 2>>"$work/$name"
}
# in turn, forwards and backwards (see flags.sh)
for round in $(seq "$runs"); do
  if [ $((round % 2)) -eq 1 ]; then
    run floor "${floor[@]}" "$work/refs.json"
    run plain "${floor[@]}" --plain-order "$work/refs.json"
    run shelfmark "${shelfmark[@]}"
    run pandoc "${pandoc[@]}"
  else
    run pandoc "${pandoc[@]}"
    run shelfmark "${shelfmark[@]}"
    run plain "${floor[@]}" --plain-order "$work/refs.json"
    run floor "${floor[@]}" "$work/refs.json"
  fi
done
# the median milliseconds of one of a floor's steps: step NAME FLOOR
step() { sed -n "s/.*$1 \([0-9]*\) ms.*/\1/p" "$work/$2.err" | median; }
steps() { echo "read $(step read "$1") ms, keys, order and suffixes $(step suffixes "$1") ms, entries $(step entries "$1") ms"; }
# how near the floor's entries are to Shelfmark's: its lines found among Shelfmark's
./shelfmark bibliography --input "$work/refs.json" > "$work/shelfmark.out"
"${floor[@]}" "$work/refs.json" > "$work/floor.out" 2>/dev/null
same="$(awk 'NR == FNR {s[$0] = 1; next} $0 in s {n++} END {print n + 0}' "$work/shelfmark.out" "$work/floor.out")"
fl="$(median < "$work/floor")" pl="$(median < "$work/plain")" pd="$(median < "$work/pandoc")"
echo "Bibliography of $size references, cold, median of $runs:"
echo "  FloorBibliography: $fl s ($(steps floor)); $same of its $(wc -l < "$work/floor.out") entries are among Shelfmark's"
echo "  FloorBibliography --plain-order: $pl s ($(steps plain))"
echo "  ./shelfmark bibliography: $(median < "$work/shelfmark") s"
echo "  pandoc: $pd s"
echo "  pandoc ÷ floor: $(echo "scale=1; $pd / $fl" | bc)×; pandoc ÷ floor in plain order: $(echo "scale=1; $pd / $pl" | bc)× (ten times pandoc needs $(echo "scale=3; $pd / 10" | bc) s)"
