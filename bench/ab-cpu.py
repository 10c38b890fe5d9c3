#!/usr/bin/env python3
"""Paired timing of shell commands, wall and CPU, on a noisy machine.

    bench/ab-cpu.py RUNS 'command A' 'command B' ['command C' ...]

Runs the commands alternately RUNS times (A B C, then C B A, ...) and prints each one's median
wall time and CPU time, and the median of its paired differences from the first command. The
CPU time is `perf stat`'s task-clock: every thread of the process (the JIT compiler's and the
collector's too), to the microsecond. On a loaded machine it drifts much less than wall time,
which is what bench/ab.sh gives. Needs `perf` (linux-perf). Stops at the first run that fails:
a failing command is fast and would win.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, commands = int(sys.argv[1]), sys.argv[2:]
    wall = [[] for _ in commands]
    cpu = [[] for _ in commands]
    with tempfile.TemporaryDirectory() as tmp:
        stat = os.path.join(tmp, "perf.csv")
        for i in range(runs):
            order = range(len(commands)) if i % 2 == 0 else reversed(range(len(commands)))
            for k in order:
                start = time.perf_counter()
                ran = subprocess.run(
                    ["perf", "stat", "-x,", "-e", "task-clock", "-o", stat, "bash", "-c", commands[k]],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                end = time.perf_counter()
                if ran.returncode:
                    sys.exit(f"ab-cpu.py: this command failed: {commands[k]}")
                with open(stat) as f:
                    clock = next(line for line in f if "task-clock" in line)
                wall[k].append((end - start) * 1000)
                cpu[k].append(float(clock.split(",")[0]))
    for k, command in enumerate(commands):
        line = (f"[{k}] wall median {statistics.median(wall[k]):7.1f} ms, "
                f"CPU median {statistics.median(cpu[k]):7.1f} ms")
        if k:
            dw = statistics.median(b - a for a, b in zip(wall[0], wall[k]))
            dc = statistics.median(b - a for a, b in zip(cpu[0], cpu[k]))
            line += f"; paired against [0]: wall {dw:+.1f} ms, CPU {dc:+.1f} ms"
        print(f"{line}  {command}")
    print(f"{runs} runs each; load average {' '.join(open('/proc/loadavg').read().split()[:3])}")


if __name__ == "__main__":
    main()
