"""The whole-process timer: wall clock of a child from launch to exit, with the child's own user and system
CPU seconds (not this process's), interleaved runs and their medians."""

from __future__ import annotations

import sys

import pytest

from benchmarks import process

BUSY = [sys.executable, "-c", "sum(i * i for i in range(3_000_000))"]  # ~0.2 s of user CPU, no system calls
SLEEPY = [sys.executable, "-c", "import time; time.sleep(0.3)"]


def test_a_busy_child_is_user_time_and_a_sleeping_one_only_wall_time() -> None:
    busy, sleepy = process.launch(BUSY), process.launch(SLEEPY)
    assert busy.user >= 0.1 and busy.user > 2 * busy.system and busy.wall >= busy.user
    assert sleepy.wall >= 0.3 and sleepy.user + sleepy.system < 0.25


def test_interleaved_runs_give_medians_and_the_spread() -> None:
    ours, theirs = process.interleaved(SLEEPY, BUSY, repeats=3)
    assert len(ours.runs) == len(theirs.runs) == 3
    low, high = ours.spread
    assert 0.3 <= low <= ours.wall <= high and theirs.user >= 0.1


def test_a_failing_command_says_what_it_printed() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        process.launch([sys.executable, "-c", "import sys; print('boom', file=sys.stderr); sys.exit(3)"])


def test_the_table_gives_wall_user_and_system_both_ratios_and_each_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks.whole_process import ProcessFigure, print_table

    ours = process.Measured((process.ProcessTime(2.0, 1.2, 0.4), process.ProcessTime(3.0, 1.3, 0.5)))
    theirs = process.Measured((process.ProcessTime(1.0, 0.7, 0.2), process.ProcessTime(1.0, 0.8, 0.2)))
    figure = ProcessFigure(
        "CSV import, whole process, meta_ads 10 rows", ours, theirs, "pandas.read_csv", 2.0
    )
    print_table([figure])
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert "| 2.50 s (1.25 + 0.45) | 1.00 s (0.75 + 0.20) (pandas.read_csv) | 2.50× | 1.79× |" in line
    assert "| 2.00, 3.00 | ≤ 2× | **FAIL** |" in line and figure.figure().passed is False
