"""Whole-process figures, as the user waits: a command launched in a fresh interpreter, timed by the wall
clock from launch to exit, with the kernel's user and system CPU seconds of that child (`os.wait4`).

Ours and the baseline run interleaved (ours, baseline, ours, ...) so that the load of other jobs on the
shared machine touches both; each figure is the median of the runs, and the spread (lowest-highest) is kept
for the report.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ProcessTime:
    """One launch: wall-clock seconds from spawn to exit, the child's user and system CPU seconds, and its
    page faults (minor: a page mapped for the first time; most of the system time of a large import)."""

    wall: float
    user: float
    system: float
    faults: int = 0


@dataclass(frozen=True)
class Measured:
    """The median of several launches of one command, and the range the wall clock moved in."""

    runs: tuple[ProcessTime, ...]

    def median(self, field: str) -> float:
        return statistics.median(getattr(run, field) for run in self.runs)

    @property
    def wall(self) -> float:
        return self.median("wall")

    @property
    def user(self) -> float:
        return self.median("user")

    @property
    def system(self) -> float:
        return self.median("system")

    @property
    def faults(self) -> float:
        return self.median("faults")

    @property
    def spread(self) -> tuple[float, float]:
        walls = [run.wall for run in self.runs]
        return min(walls), max(walls)


def launch(argv: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> ProcessTime:
    """Run `argv` to its end (output discarded); a failure raises with the end of its stderr."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert child.stderr is not None
    errors = child.stderr.read()  # the pipe is drained as it fills, so a chatty child never blocks
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if wall > timeout or child.returncode not in (0, 1):  # 1: an import with rejected rows still ran
        raise RuntimeError(
            f"{argv[1:3]} exited {child.returncode}:\n{errors.decode(errors='replace')[-2000:]}"
        )
    return ProcessTime(wall, usage.ru_utime, usage.ru_stime, usage.ru_minflt + usage.ru_majflt)


def interleaved(
    ours: list[str], baseline: list[str], repeats: int, env: dict[str, str] | None = None
) -> tuple[Measured, Measured]:
    """`repeats` launches of each, alternated; one unmeasured launch of each first warms the file cache."""
    launch(ours, env)
    launch(baseline, env)
    mine, theirs = [], []
    for _ in range(repeats):
        mine.append(launch(ours, env))
        theirs.append(launch(baseline, env))
    return Measured(tuple(mine)), Measured(tuple(theirs))


def import_command(path: Path) -> list[str]:
    """What a script runs: the headless import of one file, with its JSON summary."""
    return [sys.executable, str(ROOT / "main.py"), "import", "--json", str(path)]


def read_csv_command(path: Path, options: str = "") -> list[str]:
    """The raw reader on the same file: pandas.read_csv with its defaults (and the options the shape needs
    to be read at all, e.g. the encoding and separator of a UTF-16 TSV)."""
    code = f"import sys, pandas; pandas.read_csv(sys.argv[1]{', ' + options if options else ''})"
    return [sys.executable, "-c", code, str(path)]


def import_pandas_command() -> list[str]:
    return [sys.executable, "-c", "import pandas"]
