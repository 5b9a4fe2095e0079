"""Run one command and print its wall time and peak RSS as JSON (used by benchmarks.common.measure_process).

Why a separate small process: on Linux a child's peak RSS (ru_maxrss) starts at the high-water mark of
the process it was forked from. The benchmark runner grows large (it imports pyqtgraph, builds a
10,000-note store), so children forked from it would all report at least its size. This launcher
is small, so what it reports is the command's own peak.
"""

import json
import os
import sys
import time


def main() -> int:
    cmd = sys.argv[1:]
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    spawned = time.monotonic()  # the clock benchmarks/_paint_clock.py stamps with
    pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime  # the command's own CPU time: less moved by other processes than wall
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"wall": wall, "maxrss_kib": usage.ru_maxrss, "cpu": cpu, "code": code, "spawned": spawned}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
