#!/usr/bin/env bash
# Times corpus mode with two jars, alternated (A B, then B A, ...) so that a drift in the
# machine's load falls on both alike, and checks that their outputs are byte-identical:
#   bench/ab-corpus.sh JAR_A JAR_B MANIFEST [PAIRS] [HEAP]
# One line a run: wall, user and system seconds and maximum resident set (KB) from
# /usr/bin/time, and the load average before and after; then whether the pair's JSONL agree.
# Outputs go to $TMPDIR (never committed). A manifest of the first 400 stories of
# bench/time-corpus.sh's 10,000 articles (2,000 articles):
#   C=${TMPDIR:-/tmp}/newsdiff-corpus-2000-5
#   { head -1 $C/manifest.csv; grep -E 'story-00[0-3][0-9][0-9]\.' $C/manifest.csv | sed "s|^|$C/|"; } > m2k.csv
set -euo pipefail
a=$1
b=$2
manifest=$3
pairs=${4:-3}
heap=${5:-2g}
out="${TMPDIR:-/tmp}/newsdiff-ab-corpus"
mkdir -p "$out"
run() {
  local name=$1 jar=$2 i=$3 before
  before=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$out/$name-$i.time" \
    java "-Xmx$heap" -jar "$jar" corpus --format jsonl -o "$out/$name-$i.jsonl" "$manifest" 2>/dev/null
  echo "$name run $i: wall user sys rssKB $(cat "$out/$name-$i.time"), load $before-$(cut -d' ' -f1 /proc/loadavg)"
}
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 1 ]; then run A "$a" "$i"; run B "$b" "$i"; else run B "$b" "$i"; run A "$a" "$i"; fi
  if cmp -s "$out/A-$i.jsonl" "$out/B-$i.jsonl"; then echo "pair $i: identical"; else echo "pair $i: DIFFERENT"; fi
done
