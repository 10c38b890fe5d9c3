#!/usr/bin/env bash
# Times `inspect` and `compare` (against one sample article) on the inputs of
# bench/hostile-inputs.py, each alone in a new JVM, with its peak memory. Run from the repository
# root after packaging the CLI:
#   bench/hostile-inputs.py DIR && bench/time-hostile.sh DIR [FILE-NAME-GLOB]
# Prints one line per run: command, input, exit code, wall seconds, CPU seconds (user + system;
# steadier than the wall time on a busy machine), peak RSS in MB. A run is stopped after 120 s
# (exit 124). Set NEWSDIFF_JAR to time another jar, or NEWSDIFF_LAUNCHER=1 to run through
# ./newsdiff, with the launcher's JVM options (C1 only, the class-data archive) as a user runs it.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=$1
glob=${2:-*}
jar=${NEWSDIFF_JAR:-cli/target/newsdiff.jar}
run=(java -jar "$jar")
[[ -n ${NEWSDIFF_LAUNCHER:-} ]] && run=(./newsdiff)
other=samples/turkiye-defence-briefing/trt-world.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for f in "$dir"/$glob; do
  for cmd in inspect compare; do
    args=("$f")
    [[ $cmd == compare ]] && args+=("$other")
    [[ $(basename "$f") == short-sentences-* && $cmd == compare ]] && args=("$f" "$dir/copy-of-$(basename "$f")") \
      && cp "$f" "$dir/copy-of-$(basename "$f")"
    /usr/bin/time -f '%e %U %S %M' -o "$log" timeout 120 "${run[@]}" "$cmd" "${args[@]}" >/dev/null 2>&1
    rc=$?
    read -r secs user sys kb < <(tail -1 "$log") || true
    cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN {printf "%.1f", u + s}')
    printf '%-8s %-28s exit %3s %7s s %6s s CPU %6s MB\n' "$cmd" "$(basename "$f")" "$rc" "${secs:-?}" "$cpu" "$(( ${kb:-0} / 1024 ))"
  done
done
