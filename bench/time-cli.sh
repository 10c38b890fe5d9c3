#!/usr/bin/env bash
# Times newsdiff as a whole process, cold (a new JVM each run), against `java -version` on the
# same machine, and on generated versions of the story. Run from the repository root:
#   bench/time-cli.sh [RUNS]
# Prints the median of RUNS runs (default 7) for each case and the ratio to java -version.
# java -version and the comparison of the samples run alternately, so that the machine's
# drifts in speed (large on a shared machine) fall on both sides of the ratio alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
./newsdiff --version >/dev/null   # build the jar and the class-data archive first
[ -f bench/target/benchmarks.jar ] || mvn -B -q -DskipTests package -pl bench -am   # the version generator

ms_of() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "time-cli.sh: this command failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
time_of() {
  for _ in $(seq "$runs"); do
    ms_of "$@"
  done | median
}

versions=$(mktemp -d)
trap 'rm -rf "$versions"' EXIT
java -cp bench/target/benchmarks.jar dev.newsdiff.bench.Versions 50 "$versions/50" >/dev/null
java -cp bench/target/benchmarks.jar dev.newsdiff.bench.Versions 10 "$versions/10" >/dev/null

# The same Java the launcher runs: JAVA_HOME's, else the PATH's.
java=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
fi
java_times=()
samples_times=()
for _ in $(seq "$runs"); do
  java_times+=("$(ms_of "$java" -version)")
  samples_times+=("$(ms_of ./newsdiff compare samples/turkiye-defence-briefing)")
done
java_ms=$(printf '%s\n' "${java_times[@]}" | median)
samples_ms=$(printf '%s\n' "${samples_times[@]}" | median)
ten_ms=$(time_of ./newsdiff compare "$versions/10")
fifty_ms=$(time_of ./newsdiff compare "$versions/50")
printf 'java -version                     %6d ms\n' "$java_ms"
printf 'newsdiff compare (3 samples)      %6d ms   %.1fx java -version\n' "$samples_ms" "$(awk -v a="$samples_ms" -v b="$java_ms" 'BEGIN {print a / b}')"
printf 'newsdiff compare (10 versions)    %6d ms\n' "$ten_ms"
printf 'newsdiff compare (50 versions)    %6d ms\n' "$fifty_ms"
