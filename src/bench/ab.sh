#!/usr/bin/env bash
# What one change gave: the jars of two commits, each with its own class-data archive, run in turn
# on the same command with the launcher's options, and the median wall-clock and CPU seconds of each.
# Usage: src/bench/ab.sh OLD NEW RUNS shelfmark-arguments...
#   e.g. src/bench/ab.sh HEAD~1 HEAD 5 bibliography --input refs-10000.json
# The commits are built in temporary worktrees; the machine is shared, so run it more than once.
#
# Memory the host has taken back: this virtual machine hands the memory a process frees back to
# its host after a second or two (virtio-balloon's free page reporting), and a page so handed back
# costs a fault in the host as well when it is next touched. A run that follows another at once gets
# much of its heap from pages not yet handed back; a run of compare.sh follows pandoc, citeproc-js
# or citation.js, which take seconds. PAUSE=SECONDS waits that long before each run, so that every
# run starts much as compare.sh's do (10,000 references: 1.52 to 1.92 s right after another
# bibliography, 1.75 to 2.15 s right after citeproc-js, system time 0.20 to 0.27 s against 0.60 to
# 0.74 s; docs/performance-log.md, the seventeenth round).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
old="$1" new="$2" runs="$3"
shift 3
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true;
      git -C "$root" worktree remove --force "$work/new" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

for side in old new; do
  commit="${!side}"
  git -C "$root" worktree add -q --detach "$work/$side" "$commit"
  (cd "$work/$side" && mvn -q -B -Dstyle.color=never -DskipTests package >/dev/null)
  # the launcher makes the archive (and says so on stderr) at its first run
  "$work/$side/shelfmark" --version >/dev/null 2>&1
done

# the launcher's own options for the command, as ./shelfmark gives them
case "${1:-}" in
  export|validate|import) tuned=(-XX:+UseParallelGC -Xmn64m -XX:MaxTenuringThreshold=0 -XX:CICompilerCount=1) ;;
  bibliography) tuned=(-XX:+UseParallelGC -Xmn96m -XX:MaxTenuringThreshold=0 -XX:-UsePerfData) ;;
  *) tuned=(-XX:+UseSerialGC -XX:CICompilerCount=1 -XX:CompileThresholdScaling=0.5 -XX:-UsePerfData) ;;
esac
opts=(-XX:TieredStopAtLevel=1 -XX:InitialRAMPercentage=4 "${tuned[@]}" -Xshare:auto -Xlog:cds=off)

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
TIMEFORMAT='%R %U %S' # bash's own time: wall, user and system seconds
# The two take turns in the order old new, new old, old new...: on this machine a run that follows
# another at once is often quicker or slower than the one before by turns (16 runs of the same
# bibliography back to back: 1.58 to 1.68 s and 1.48 to 1.54 s by turns, the slower with twice the
# system time), so that old new, old new... would give one side every slow turn.
for round in $(seq "$runs"); do
  sides="old new"
  [ $((round % 2)) -eq 0 ] && sides="new old"
  for side in $sides; do
    sleep "${PAUSE:-0}"
    { time java "${opts[@]}" -XX:SharedArchiveFile="$work/$side/target/shelfmark.jsa" \
        -jar "$work/$side/target/shelfmark.jar" "$@" >/dev/null 2>"$work/err" \
        || { cat "$work/err" >&2; exit 1; }; } 2> "$work/one"
    awk '{print $1, $2 + $3}' "$work/one" >> "$work/$side.times"
  done
done
for side in old new; do
  echo "$side (${!side}): wall $(cut -d' ' -f1 "$work/$side.times" | median) s, cpu $(cut -d' ' -f2 "$work/$side.times" | median) s"
done
