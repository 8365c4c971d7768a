"""The measured figures: each runs our code and its baseline side by side, in the same run.

Times are CPU seconds, medians of `repeats` interleaved runs (ours, baseline, ours, ...), so that a
change of load on the shared machine touches both. Memory and start-up run in fresh subprocesses (benchmarks/probes.py).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from benchmarks.generate import ensure

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Figure:
    """One line of the table: our cost, the baseline's, and the ratio's target (None: for information)."""

    name: str
    ours: float
    baseline: float
    target: float | None
    unit: str = "s"
    baseline_name: str = ""
    #: The target is the issue's for 1,000,000 rows (False: for the figure's own size, as XLSX at 100k).
    at_full_size: bool = True

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("nan")

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.ratio <= self.target


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """CPU seconds of this process (every thread) spent in `action`: unlike the wall clock, the load of
    other jobs on the shared machine barely moves it."""
    gc.collect()
    started = time.process_time()
    result = action()
    return time.process_time() - started, result


def side_by_side(
    ours: Callable[[], object], baseline: Callable[[], object], repeats: int
) -> tuple[float, float, object]:
    """Median seconds of `ours` and `baseline`, run alternately; and our last result."""
    mine, theirs, result = [], [], None
    for _ in range(repeats):
        seconds, result = timed(ours)
        mine.append(seconds)
        theirs.append(timed(baseline)[0])
    return statistics.median(mine), statistics.median(theirs), result


def median_time(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    runs = [timed(action) for _ in range(repeats)]
    return statistics.median(seconds for seconds, _ in runs), runs[-1][1]


class Suite:
    """Every figure at one size (`rows` Meta rows; the email, X and store exports at 1% of that)."""

    def __init__(self, rows: int, repeats: int) -> None:
        self.rows, self.repeats = rows, repeats
        self.meta = ensure("meta_ads", rows)
        self.others = [
            ensure(kind, max(rows // 100, 100)) for kind in ("mailchimp", "x_posts", "shopify_orders")
        ]
        self.figures: list[Figure] = []
        self.costs: dict[str, float] = {}  # seconds (or MB) of each cost, for the growth table

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        self.costs[figure.name.split(",")[0]] = figure.ours  # the cost without its size
        return figure

    def csv_import(self) -> tuple[float, float, list]:
        from importers.load import import_file

        ours, parse, meta = side_by_side(
            lambda: import_file(self.meta), lambda: pd.read_csv(self.meta), self.repeats
        )
        self.add(
            Figure(f"CSV import, Meta {self.rows:,} rows", ours, parse, 2.0, baseline_name="pandas.read_csv")
        )
        results = [meta] + [import_file(path) for path in self.others]
        return ours, parse, results

    def other_imports(self) -> None:
        """Information: the other platforms' imports against read_csv of the same file (1% size)."""
        from importers.load import import_file

        for path in self.others:
            ours, theirs, _ = side_by_side(
                partial(import_file, path), partial(pd.read_csv, path), self.repeats
            )
            self.figures.append(
                Figure(f"CSV import, {path.stem}", ours, theirs, None, baseline_name="pandas.read_csv")
            )

    def xlsx_import(self, rows: int) -> None:
        from importers.load import import_file

        path = ensure("meta_ads", rows, "xlsx")
        ours, theirs, _ = side_by_side(
            lambda: import_file(path), lambda: pd.read_excel(path, engine="calamine"), self.repeats
        )
        self.add(
            Figure(
                f"XLSX import, Meta {rows:,} rows",
                ours,
                theirs,
                1.3,
                baseline_name="read_excel(calamine)",
                at_full_size=False,
            )
        )

    def comparison(self, records: pd.DataFrame, parse: float) -> object:
        """Prepare once (what the app does per data change: aggregate, derive the campaign rows), then the
        full comparison (timing, trends and funnel included, as a report reads them), then what a filter
        change costs (the prepared rows filtered; the tables are built when their tab is shown)."""
        from channelcompare.compare import compare, prepare_records

        once, prepared = median_time(lambda: prepare_records(records), self.repeats)
        rows = prepared.records  # type: ignore[attr-defined]
        name = f"prepare once, {len(records):,} records → {len(rows):,} rows"
        self.add(Figure(name, once, parse, None, baseline_name="CSV parse"))

        def full() -> object:
            result = compare(rows, aggregated=True)
            _tables = (result.timing, result.trends, result.funnel)
            return result

        seconds, result = median_time(full, self.repeats)
        self.add(Figure(f"compare, {len(records):,} records", seconds, parse, 0.3, baseline_name="CSV parse"))
        per_filter, _ = median_time(lambda: compare(prepared), self.repeats)  # type: ignore[arg-type]
        name = "compare per filter change (prepared records; tables built when shown)"
        self.add(Figure(name, per_filter, parse, None, baseline_name="CSV parse"))
        return result

    def report(self, comparison: object, records: pd.DataFrame, results: list, import_time: float) -> None:
        """The report from the records aggregated once, as the app holds them (the aggregation is its own line)."""
        from channelcompare.aggregate import aggregate_records
        from channelcompare.report import write_report

        rows = aggregate_records(records)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "report.xlsx"
            seconds, _ = median_time(
                lambda: write_report(out, comparison, rows, results, aggregated=True),  # type: ignore[arg-type]
                self.repeats,
            )
        self.add(
            Figure(
                f"Excel report, {len(records):,} records",
                seconds,
                import_time,
                0.5,
                baseline_name="CSV import",
            )
        )

    def workspace_load(self, results: list, import_time: float) -> None:
        from channelcompare.workspace import Workspace

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.ccws"
            with Workspace.open(path) as workspace:
                for index, result in enumerate(results):
                    workspace.add_import(result, f"bench-{index}")

            def load() -> int:
                with Workspace.open(path) as workspace:
                    return len(workspace.records())

            seconds, count = median_time(load, self.repeats)
        self.add(
            Figure(
                f"workspace load, {count:,} records", seconds, import_time, 0.5, baseline_name="CSV import"
            )
        )

    def memory(self) -> None:
        peak, frame = probe("memory", str(self.meta))
        self.add(
            Figure(f"peak memory, import of {self.rows:,} rows", peak, frame, 2.5, "MB", "final DataFrame")
        )


def probe(kind: str, *args: str, timeout: float = 600) -> list[float]:
    """Run benchmarks/probes.py in a fresh interpreter; its last stdout line is a JSON list of numbers."""
    with fresh_profile() as env:
        completed = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "probes.py"), kind, *args],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
        )  # fmt: skip
    if completed.returncode != 0:
        raise RuntimeError(f"probe {kind} failed:\n{completed.stderr[-3000:]}")
    return [float(v) for v in json.loads(completed.stdout.strip().splitlines()[-1])]


@contextmanager
def fresh_profile() -> Iterator[dict[str, str]]:
    """Offscreen Qt, and settings and workspace in a new empty folder: the app starts as on a first run
    (a benchmark never reads or changes the user's, and an earlier probe's import is not reopened)."""
    with tempfile.TemporaryDirectory(prefix="channelcompare-bench-") as home:
        yield dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
            HOME=home,
            XDG_CONFIG_HOME=str(Path(home) / "config"),
            XDG_DATA_HOME=str(Path(home) / "data"),
        )


def first_paint(which: str) -> tuple[float, list[str]]:
    """Seconds from launching the interpreter to the first painted window, and the heavy modules loaded.

    The child exits as soon as it has painted, so its run time is the figure (a minute at most: an app
    stuck behind an error dialog fails the figure instead of hanging the run)."""
    with fresh_profile() as env:
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "probes.py"), "paint", which],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
        )  # fmt: skip
        seconds = time.perf_counter() - started
    if child.returncode != 0 or not child.stdout.strip():
        raise RuntimeError(f"the {which} window never painted:\n{child.stderr[-3000:]}")
    reports = [json.loads(e)["loaded"] for e in child.stderr.splitlines() if e.startswith('{"loaded"')]
    return seconds, [str(name) for name in reports[0]] if reports else []


def startup(runs: int) -> tuple[Figure, list[str]]:
    """Median of `runs` alternated launches of the app (no data) and of the bare QMainWindow script."""
    first_paint("bare")  # warm the file cache for both
    app: list[float] = []
    bare: list[float] = []
    loaded: list[str] = []
    for _ in range(runs):
        seconds, loaded = first_paint("app")
        app.append(seconds)
        bare.append(first_paint("bare")[0])
    figure = Figure("start-up to first paint (no data)", statistics.median(app), statistics.median(bare), 1.5,
                    baseline_name="bare QMainWindow", at_full_size=False)  # fmt: skip
    return figure, loaded


def responsiveness(paths: list[Path]) -> list[Figure]:
    """The stall during an import through the app's worker, and the slowest filter change (absolute ms)."""
    stall, filter_stall, *changes = probe("gui", *map(str, paths))
    print(
        "filter changes (ms): " + ", ".join(f"{ms:.0f}" for ms in changes)
        + f"; longest GUI stall while they ran: {filter_stall:.0f} ms"
    )  # fmt: skip
    return [
        Figure("longest GUI stall during the import", stall, 100.0, 1.0, "ms", "100 ms"),
        Figure(f"slowest of {len(changes)} filter changes shown", max(changes), 100.0, 1.0, "ms", "100 ms"),
    ]
