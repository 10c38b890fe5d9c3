#!/usr/bin/env bash
# Times corpus mode on a generated corpus of STORIES stories reported by OUTLETS outlets each,
# read through a manifest, with the heap capped at HEAP; prints wall time, CPU time and maximum
# resident set (from /usr/bin/time -v), and the grouping's pair precision and recall against the
# generator's truth (articles "story-NNNNN" of one event). Run from the repository root:
#   bench/time-corpus.sh [STORIES] [OUTLETS] [HEAP]     (default 2000 5 2g: 10,000 articles)
# The corpus is generated once into $TMPDIR (never committed) and kept for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-2000}
outlets=${2:-5}
heap=${3:-2g}
corpus="${TMPDIR:-/tmp}/newsdiff-corpus-$stories-$outlets"
[ -f cli/target/newsdiff.jar ] && [ -f bench/target/benchmarks.jar ] \
  || mvn -B -q -DskipTests package -pl cli,bench -am
if [ ! -f "$corpus/manifest.csv" ]; then
  java -cp bench/target/benchmarks.jar dev.newsdiff.bench.CorpusGenerator "$stories" "$outlets" "$corpus"
  # The manifest a scrape's export would give: path and outlet a row.
  (cd "$corpus" && { echo "path,outlet"; for f in outlet-*/*.txt; do echo "$f,${f%%/*}"; done; } \
    > manifest.tmp && mv manifest.tmp manifest.csv)
fi
out="$corpus.jsonl"
/usr/bin/time -v java "-Xmx$heap" -jar cli/target/newsdiff.jar corpus --format jsonl -o "$out" \
  "$corpus/manifest.csv" 2> "$corpus.time"
grep -E "Elapsed|User time|System time|Maximum resident" "$corpus.time"
python3 - "$out" "$stories" "$outlets" <<'PY'
import json, re, sys
from collections import Counter
found = same = 0
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    if "story" not in doc:
        print("articles %d, stories %d" % (doc["corpus"]["articles"], doc["corpus"]["stories"]))
        continue
    events = Counter(re.search(r"story-(\d+)", a["path"]).group(1) for a in doc["story"]["articles"])
    n = sum(events.values())
    found += n * (n - 1) // 2
    same += sum(k * (k - 1) // 2 for k in events.values())
truth = int(sys.argv[2]) * int(sys.argv[3]) * (int(sys.argv[3]) - 1) // 2
print("same-story pairs: precision %.4f, recall %.4f" % (same / max(found, 1), same / truth))
PY
