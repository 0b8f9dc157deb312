#!/usr/bin/env python3
"""Times shell commands interleaved (A, B, A, B, ...), so that a machine whose speed drifts from minute to minute
affects every variant alike; hyperfine runs one command's runs back to back. Used for the A/B figures in
docs/performance.md.

Usage: src/bench/interleave.py RUNS NAME=COMMAND [NAME=COMMAND ...]
"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
variants = [argument.split("=", 1) for argument in sys.argv[2:]]
seconds = {name: [] for name, _ in variants}
for _ in range(runs):
    for name, command in variants:
        start = time.perf_counter()
        subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        seconds[name].append(time.perf_counter() - start)
for name, _ in variants:
    times = sorted(seconds[name])
    print(f"{name:14s} median {statistics.median(times) * 1000:7.0f} ms  mean {statistics.mean(times) * 1000:7.0f}"
          f"  min {times[0] * 1000:6.0f}  max {times[-1] * 1000:6.0f}")
