#!/usr/bin/env bash
# What a JVM option gives: the current build's jar run with each set of options in turn, on top of
# the launcher's options other than the collector's, and the median wall-clock, CPU and system
# seconds of each.
# Usage: src/bench/flags.sh RUNS 'OPTIONS A' 'OPTIONS B' ... -- shelfmark-arguments...
#   e.g. src/bench/flags.sh 7 '-XX:+UseParallelGC' '-XX:+UseParallelGC -Xmn64m' -- bibliography --input refs-10000.json
# The machine is shared, so run it more than once. As the launcher, it does not ask for transparent
# huge pages; '-XX:+UseTransparentHugePages' in a set of options asks for them.
# PAUSE=SECONDS waits that long before each run: see "Memory the host has taken back" in ab.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="$1"
shift
variants=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
  variants+=("$1")
  shift
done
[ "$#" -gt 0 ] || { echo "usage: $0 RUNS 'OPTIONS A' 'OPTIONS B' ... -- shelfmark-arguments..." >&2; exit 2; }
shift
"$root/shelfmark" --version >/dev/null # builds the jar and its class-data archive when missing
jar="$root/target/shelfmark.jar"
opts=(-XX:TieredStopAtLevel=1 -XX:InitialRAMPercentage=4 -XX:SharedArchiveFile="$root/target/shelfmark.jsa"
  -Xshare:auto -Xlog:cds=off)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
TIMEFORMAT='%R %U %S' # bash's own time: wall, user and system seconds
# The sets take turns forwards and backwards (A B C, C B A, A B C...): a run that follows another at
# once is often quicker or slower than the one before by turns on this machine (the same options
# twice, 15 runs of each: 1.926 s against 1.763 s when run A B, A B...), so a fixed order would
# give one set every slow turn.
for round in $(seq "$runs"); do
  order=("${!variants[@]}")
  if [ $((round % 2)) -eq 0 ]; then
    order=()
    for ((i = ${#variants[@]} - 1; i >= 0; i--)); do order+=("$i"); done
  fi
  for i in "${order[@]}"; do
    # shellcheck disable=SC2206 # the options are words
    extra=(${variants[$i]})
    sleep "${PAUSE:-0}"
    { time java "${opts[@]}" "${extra[@]}" -jar "$jar" "$@" >/dev/null 2>"$work/err" \
        || { cat "$work/err" >&2; exit 1; }; } 2> "$work/one"
    awk '{print $1, $2 + $3, $3}' "$work/one" >> "$work/$i.times"
  done
done
for i in "${!variants[@]}"; do
  echo "${variants[$i]}: wall $(cut -d' ' -f1 "$work/$i.times" | median) s, cpu $(cut -d' ' -f2 "$work/$i.times" | median) s, system $(cut -d' ' -f3 "$work/$i.times" | median) s"
done
