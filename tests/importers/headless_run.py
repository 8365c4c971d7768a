"""Run a headless command in a process of its own and measure it: exit status, output, wall time, peak memory.

The peak is the child's own high-water resident set (`VmHWM` of /proc/self/status, read at exit), so it
counts what Rust and Arrow allocate, which tracemalloc does not see. Not `wait4`'s `ru_maxrss`: the kernel
carries the parent's high-water mark across the fork and exec into it, so a child of a large pytest process
would report the parent's size.
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


#: `python -c` program: runs main.py with the given arguments and writes its VmHWM (bytes) to argv[1] at exit.
_MEASURED_MAIN = """
import atexit, runpy, sys
def _hwm(path=sys.argv[1]):
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(path, "w") as out:
        out.write(str(kb * 1024))
atexit.register(_hwm)
sys.argv = ["main.py", *sys.argv[2:]]
runpy.run_path("main.py", run_name="__main__")
"""


def _peak(hwm: Path, fallback: int) -> int:
    """The child's VmHWM, or `fallback` when it died before writing it (killed, aborted)."""
    try:
        text = hwm.read_text()
    finally:
        hwm.unlink(missing_ok=True)
    return int(text) if text else fallback


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
        hwm = Path(tempfile.mkstemp(prefix="hwm-")[1])
        child = subprocess.Popen(
            [sys.executable, "-c", _MEASURED_MAIN, str(hwm), *map(str, args)], cwd=ROOT, stdout=out, stderr=err
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
            peak_rss=_peak(hwm, usage.ru_maxrss * 1024),
        )
