"""Run a headless command in a process of its own and measure it: exit status, output, wall time, peak memory.

The peak is the child's own maximum resident set (os.wait4), so it counts what Rust and Arrow allocate,
which tracemalloc does not see.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

#: Budgets of one hostile import, start-up (about 1.5 s and 110 MB on a quiet machine) included.
WALL_SECONDS = 20.0
PEAK_RSS_BYTES = 300 * 1024**2


@dataclass(frozen=True)
class Run:
    returncode: int
    signal: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_rss: int


def headless(*args: Path | str, timeout: float = 2 * WALL_SECONDS) -> Run:
    """`main.py ARGS...` from the repository root, killed after `timeout` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "main.py", *map(str, args)], cwd=ROOT, stdout=out, stderr=err
        )
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        return Run(
            returncode=child.returncode,
            signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_rss=usage.ru_maxrss * 1024,
        )
