#!/usr/bin/env bash
# Paired A/B timing of two commands on a noisy machine: runs them alternately RUNS times
# (A then B, then B then A, ...) and prints each one's median and the median of the paired
# differences, which drifts in machine speed do not move. Run from anywhere:
#   bench/ab.sh RUNS 'command A' 'command B'
# Stops at the first run that fails: a failing command is fast and would win.
set -euo pipefail
if [[ $# -ne 3 ]]; then
  echo "usage: bench/ab.sh RUNS 'command A' 'command B'" >&2
  exit 2
fi
runs=$1
a=$2
b=$3
times=$(mktemp)
trap 'rm -f "$times"' EXIT

ms() {
  local s e
  s=$(date +%s%N)
  if ! bash -c "$1" >/dev/null 2>&1; then
    echo "ab.sh: this command failed: $1" >&2
    exit 1
  fi
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}

for i in $(seq "$runs"); do
  if (( i % 2 )); then ta=$(ms "$a"); tb=$(ms "$b"); else tb=$(ms "$b"); ta=$(ms "$a"); fi
  echo "$ta $tb" >>"$times"
done
awk '
  function median(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { n++; A[n] = $1; B[n] = $2; D[n] = $2 - $1 }
  END { printf "A median %s ms, B median %s ms, median of B-A %s ms (%d pairs)\n", median(A, n), median(B, n), median(D, n), n }' "$times"
