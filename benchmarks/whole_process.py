"""The whole-process figures: what a user (or a script) waits for, wall clock from launch to exit.

* CSV import of every generated shape: `main.py import --json FILE` against
  `python -c "import pandas; pandas.read_csv(FILE)"` (with the options that shape needs), target ≤ 2×.
* Headless start-up: `main.py import --json` of a 10-row export against `python -c "import pandas"`,
  target ≤ 1.3×: every headless command pays its imports before it reads a byte.

Each line gives the wall clock with its user and system CPU seconds, the ratio of the wall-clock medians,
the ratio in CPU (user + system) and the spread of the per-pair wall ratios over the runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from benchmarks import generate, process
from benchmarks.figures import Figure, fresh_profile
from benchmarks.generate import ensure
from benchmarks.shapes import SHAPES


@dataclass(frozen=True)
class ProcessFigure:
    name: str
    ours: process.Measured
    baseline: process.Measured
    baseline_name: str
    target: float | None

    @property
    def ratios(self) -> list[float]:
        """Wall-clock ratio of each interleaved pair (ours, then the baseline right after)."""
        return [
            mine.wall / theirs.wall for mine, theirs in zip(self.ours.runs, self.baseline.runs, strict=True)
        ]

    def figure(self) -> Figure:
        """The line of the main table: judged on the wall clock."""
        return Figure(self.name, self.ours.wall, self.baseline.wall, self.target,
                      baseline_name=self.baseline_name)  # fmt: skip


def csv_imports(rows: int, repeats: int, kinds: list[str] | None = None) -> list[ProcessFigure]:
    """Every shape at `rows` rows, ours against read_csv."""
    out = []
    for kind in kinds or list(SHAPES):
        path = ensure(kind, rows)
        with launched() as env:
            ours, theirs = process.interleaved(
                process.import_command(path), process.read_csv_command(path, SHAPES[kind].read_csv),
                repeats, env,
            )  # fmt: skip
        name = f"CSV import, whole process, {kind} {rows:,} rows"
        out.append(ProcessFigure(name, ours, theirs, "pandas.read_csv", 2.0))
    return out


def headless_startup(repeats: int) -> ProcessFigure:
    path = ensure("meta_ads", 10)
    with launched() as env:
        ours, theirs = process.interleaved(
            process.import_command(path), process.import_pandas_command(), repeats, env
        )
    return ProcessFigure("headless start-up, import --json of 10 rows", ours, theirs, "import pandas", 1.3)


@contextmanager
def launched() -> Iterator[dict[str, str]]:
    """A first-run profile, with bytecode caches for every module, ours and pandas' alike, as after any first
    launch of an installed app. This machine sets PYTHONDONTWRITEBYTECODE and the checkout has no
    __pycache__: without this, our modules (not pandas', compiled at install) would be compiled at every
    launch, ~35 ms more of start-up that a user never pays. The caches live in benchmarks/.cache/pycache."""
    with fresh_profile() as env:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        yield env | {"PYTHONPYCACHEPREFIX": str(generate.CACHE / "pycache")}


def print_table(figures: list[ProcessFigure]) -> None:
    print(
        "\n| whole process | ours: wall (user + sys) | baseline: wall (user + sys) | wall ratio "
        "| CPU ratio | wall ratio per run | target | result |\n|---|---:|---:|---:|---:|---|---:|---|"
    )
    for f in figures:
        line = f.figure()
        cpu = (f.ours.user + f.ours.system) / (f.baseline.user + f.baseline.system)
        verdict = {True: "pass", False: "**FAIL**", None: "info"}[line.passed]
        target = f"≤ {f.target:g}×" if f.target is not None else "–"
        runs = ", ".join(f"{r:.2f}" for r in f.ratios)
        print(
            f"| {f.name} | {_split(f.ours)} | {_split(f.baseline)} ({f.baseline_name}) | {line.ratio:.2f}× "
            f"| {cpu:.2f}× | {runs} | {target} | {verdict} |"
        )


def _split(measured: process.Measured) -> str:
    return f"{measured.wall:.2f} s ({measured.user:.2f} + {measured.system:.2f})"
