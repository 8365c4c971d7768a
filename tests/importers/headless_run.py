"""Run a headless command in a process of its own and measure it: exit status, output, wall time, peak memory.

The peak is the child's own high-water mark of resident memory (`VmHWM`, written by the child as it exits),
so it counts what Rust and Arrow allocate, which tracemalloc does not see. Not wait4's `ru_maxrss`: Linux
carries the forking parent's peak into the child's, which read 590 MB for a 125 MB import run from pytest.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

#: Budgets of one hostile import, start-up (about 1.5 s and 110 MB on a quiet machine) included.
WALL_SECONDS = 20.0
PEAK_RSS_BYTES = 300 * 1024**2

#: Runs main.py with the arguments after the first, and writes the process's VmHWM (kB) to the first at exit.
_MEASURED = """
import atexit, runpy, sys
out = sys.argv.pop(1)
def peak():
    line = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    open(out, "w").write(line.split()[1])
atexit.register(peak)
sys.argv[0] = "main.py"
runpy.run_path("main.py", run_name="__main__")
"""


@dataclass(frozen=True)
class Run:
    returncode: int
    #: The signal that ended the process (SIGABRT: 6), None when it exited.
    signal: int | None
    stdout: str
    stderr: str
    seconds: float
    #: Bytes; -1 when the process died before it could tell.
    peak_rss: int


def headless(*args: Path | str, timeout: float = 2 * WALL_SECONDS) -> Run:
    """`main.py ARGS...` from the repository root; a run past `timeout` seconds fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        command = [sys.executable, "-c", _MEASURED, str(peak_file), *map(str, args)]
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired as expired:
            raise AssertionError(f"main.py {' '.join(map(str, args))} ran past {timeout:.0f} s") from expired
        seconds = time.perf_counter() - started
        peak = int(peak_file.read_text()) * 1024 if peak_file.exists() else -1
        return Run(
            returncode=done.returncode,
            signal=-done.returncode if done.returncode < 0 else None,
            stdout=done.stdout.decode("utf-8", "replace"),
            stderr=done.stderr.decode("utf-8", "replace"),
            seconds=seconds,
            peak_rss=peak,
        )
