"""Run every benchmark figure and print our cost, the baseline's (same run), the ratio, the target, pass/fail.

    .venv/bin/python benchmarks/run.py            # full: targets at 1,000,000 rows, growth from 10k to 1M
    .venv/bin/python benchmarks/run.py --quick    # 100,000 rows (whole-process: 10,000), one run each

Exports are generated once into benchmarks/.cache (benchmarks/generate.py). Exit status 1 when a target
is missed. See benchmarks/README.md for the last full run and what each figure means.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import whole_process  # noqa: E402
from benchmarks.figures import Figure, Suite, responsiveness, startup  # noqa: E402

FIGURES = (
    "csv", "others", "xlsx", "compare", "report", "workspace", "memory", "startup", "gui", "process", "headless",
)  # fmt: skip
GROWN = ("csv", "compare", "report", "workspace", "memory")
T = TypeVar("T")
FULL_ROWS = 1_000_000
QUICK_PROCESS_ROWS = 10_000


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.perf_counter()
    rows = args.rows or (100_000 if args.quick else FULL_ROWS)
    repeats = args.repeats or (1 if args.quick else 3)
    only = set(args.only.split(",")) if args.only else set(FIGURES)
    print(machine())
    suite = run_suite(rows, repeats, only, xlsx_rows=min(rows, 100_000), gui_runs=3 if args.quick else 5)
    if rows != FULL_ROWS:  # the targets are the at a million rows: elsewhere the ratios inform
        suite.figures = [replace(f, target=None) if f.at_full_size else f for f in suite.figures]
        print(
            f"targets judged at {FULL_ROWS:,} rows only; at {rows:,} rows those figures are for information"
        )
    # --quick launches every shape at 10,000 rows: a fresh interpreter per launch, 14 launches and more
    processes = measure_processes(QUICK_PROCESS_ROWS if args.quick else rows, repeats, only)
    print_table(suite.figures)
    whole_process.print_table(processes)
    if not args.quick and not args.rows:
        smaller = [
            run_suite(n, repeats, only & set(GROWN), xlsx_rows=0, gui_runs=0) for n in (10_000, 100_000)
        ]
        print_growth([*smaller, suite])
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    judged = [*suite.figures, *(f.figure() for f in processes)]
    return 1 if any(f.passed is False for f in judged) else 0


def measure_processes(rows: int, repeats: int, only: set[str]) -> list[whole_process.ProcessFigure]:
    """The whole-process figures (wall clock, user and system time): every shape's import, the start-up."""
    out = []
    if "process" in only:
        out = whole_process.csv_imports(rows, repeats)
        if rows != FULL_ROWS:
            out = [replace(f, target=None) for f in out]
    if "headless" in only:
        out.append(whole_process.headless_startup(max(repeats, 3)))
    return out


def parser() -> argparse.ArgumentParser:
    out = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    out.add_argument(
        "--quick", action="store_true", help="100,000 rows, one run of each figure, no growth table"
    )
    out.add_argument("--rows", type=int, help="Meta rows for every figure (no growth table)")
    out.add_argument("--repeats", type=int, help="runs of each timed figure (median); default 3, quick 1")
    out.add_argument("--only", help="comma-separated subset of: " + ", ".join(FIGURES))
    return out


def run_suite(rows: int, repeats: int, only: set[str], *, xlsx_rows: int, gui_runs: int) -> Suite:
    from channelcompare.model import concat_records

    suite = Suite(rows, repeats)
    needs_import = only & {"csv", "compare", "report", "workspace"}
    if needs_import:
        import_time, parse, results = suite.csv_import()
        records = concat_records([r.records for r in results])
        comparison = suite.comparison(records, parse) if only & {"compare", "report"} else None
        if "report" in only:
            suite.report(comparison, records, results, import_time)
        if "workspace" in only:
            suite.workspace_load(results, import_time)
        del records, results
    if "others" in only:
        suite.other_imports()
    if "xlsx" in only and xlsx_rows:
        suite.xlsx_import(xlsx_rows)
    if "memory" in only:
        suite.memory()
    if "startup" in only and gui_runs:
        measured = _guarded("start-up", lambda: startup(gui_runs))
        if measured is not None:
            suite.figures.append(measured[0])
            print(
                f"modules loaded before the first paint: {', '.join(measured[1]) or 'none of the heavy ones'}"
            )
    if "gui" in only and gui_runs:
        suite.figures.extend(
            _guarded("GUI responsiveness", lambda: responsiveness([suite.meta, *suite.others])) or []
        )
    return suite


def _guarded(name: str, measure: Callable[[], T]) -> T | None:
    """A figure measured in a child process; its failure is reported and the run goes on."""
    try:
        return measure()
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"{name}: not measured ({str(error).splitlines()[0]})")
        return None


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )  # fmt: skip
    return f"{time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def print_table(figures: list[Figure]) -> None:
    if not figures:
        return
    print("\n| figure | ours | baseline | ratio | target | result |\n|---|---:|---:|---:|---:|---|")
    for f in figures:
        verdict = {True: "pass", False: "**FAIL**", None: "info"}[f.passed]
        target = f"≤ {f.target:g}×" if f.target is not None else "–"
        print(
            f"| {f.name} | {_amount(f.ours, f.unit)} | {_amount(f.baseline, f.unit)} ({f.baseline_name}) "
            f"| {f.ratio:.2f}× | {target} | {verdict} |"
        )


def print_growth(suites: list[Suite]) -> None:
    """Each cost at every size, and the exponent k of cost ∝ rows^k from 10k and from 100k to 1M (1 = linear;
    below 1, fixed costs still weigh at the small sizes)."""
    sizes = [s.rows for s in suites]
    print("\n| cost | " + " | ".join(f"{n:,} rows" for n in sizes) + " | k from 10k | k from 100k |")
    print("|---|" + "---:|" * len(sizes) + "---:|---:|")
    for name in [n for n in suites[-1].costs if n in suites[0].costs]:  # the costs measured at every size
        values = [s.costs.get(name, math.nan) for s in suites]
        unit = "MB" if "memory" in name else "s"
        exponents = " | ".join(f"{_exponent(values, sizes, first):.2f}" for first in (0, len(sizes) - 2))
        print(f"| {name} | " + " | ".join(_amount(v, unit) for v in values) + f" | {exponents} |")


def _exponent(values: list[float], sizes: list[int], first: int) -> float:
    if not values[first] > 0:
        return math.nan
    return math.log(values[-1] / values[first]) / math.log(sizes[-1] / sizes[first])


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"


if __name__ == "__main__":
    sys.exit(main())
