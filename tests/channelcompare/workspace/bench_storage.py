"""Measures the two ways of storing records that docs/workspace.md compares (not part of the test suite).

    .venv/bin/python -m tests.channelcompare.workspace.bench_storage [ROWS]

Prints seconds for: pandas.read_csv of the same rows (the baseline), a typed SQLite table written with
executemany and read back into a DataFrame, and the workspace itself (LZ4 Arrow blobs) adding and loading.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.model import COLUMNS, MEASURES, TEXT_COLUMNS, TIME_COLUMNS, normalize_records
from channelcompare.sources import ImportResult
from channelcompare.workspace import Workspace


def orders(rows: int, seed: int = 1) -> pd.DataFrame:
    """Shopify-like orders: one row per order with a time, a code and a revenue (10% unknown)."""
    rng = np.random.default_rng(seed)
    when = pd.Timestamp("2026-09-01") + pd.to_timedelta(rng.integers(0, 30 * 24 * 60, rows), unit="min")
    revenue = rng.gamma(4, 12, rows).round(2)
    revenue[rng.random(rows) < 0.1] = np.nan
    frame = pd.DataFrame(
        {
            "source_file": "orders_export_1.csv",
            "format_id": "shopify_orders",
            "platform": "shopify",
            "channel": rng.choice(["email", "paid_social", "direct", "organic_search"], rows),
            "campaign_id": "#" + pd.Series(np.arange(1000, 1000 + rows)).astype(str),
            "currency": "EUR",
            "discount_code": rng.choice(["NLSEPT", "WELCOME10", "INSTA15", None], rows),
            "start": when,
            "end": when,
            "orders": 1.0,
            "revenue": revenue,
            "source_line": np.arange(2, rows + 2),
        }
    )
    return normalize_records(frame)


def typed_table(frame: pd.DataFrame, path: Path) -> tuple[float, float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    kinds = {**dict.fromkeys(TEXT_COLUMNS, "TEXT"), **dict.fromkeys(MEASURES, "REAL")}
    declared = ", ".join(f"{name} {kinds.get(name, 'INTEGER')}" for name in COLUMNS)
    connection.execute(f"CREATE TABLE r ({declared})")
    started = time.perf_counter()
    columns = []
    for name in COLUMNS:
        values = frame[name].to_numpy().astype("int64") if name in TIME_COLUMNS else frame[name].to_numpy()
        column = values.astype(object)
        column[frame[name].isna().to_numpy()] = None
        columns.append(column.tolist())
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO r VALUES ({', '.join('?' * len(COLUMNS))})", zip(*columns, strict=True)
    )
    connection.execute("COMMIT")
    written = time.perf_counter() - started
    started = time.perf_counter()
    back = pd.DataFrame.from_records(connection.execute("SELECT * FROM r").fetchall(), columns=list(COLUMNS))
    for name in TIME_COLUMNS:
        back[name] = pd.to_datetime(back[name])
    connection.close()
    return written, time.perf_counter() - started


def main(rows: int) -> None:
    frame = orders(rows)
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "orders.csv"
        frame.to_csv(csv, index=False)
        started = time.perf_counter()
        pd.read_csv(csv)
        print(f"pandas.read_csv            {time.perf_counter() - started:6.2f} s")
        written, read = typed_table(frame, Path(folder) / "typed.sqlite")
        print(f"typed table  write {written:6.2f} s   read {read:6.2f} s")
        path = Path(folder) / "bench.ccws"
        with Workspace.open(path) as workspace:
            started = time.perf_counter()
            workspace.add_import(ImportResult(str(csv), "shopify_orders", "shopify", frame), "bench")
            written = time.perf_counter() - started
        measured = subprocess.run(
            [sys.executable, "-c", _LOAD, str(path)], capture_output=True, text=True, check=True
        ).stdout.split()
        print(
            f"workspace    write {written:6.2f} s   read {float(measured[0]):6.2f} s   file {path.stat().st_size / 1e6:.0f} MB"
        )
        print(
            f"DataFrame {float(measured[1]):.0f} MB; peak resident memory grew by {float(measured[2]):.0f} MB while loading"
        )


#: Loads in a fresh process, so that the peak memory is the load's own (after imports and a warm-up).
_LOAD = """
import sys, time
import pandas as pd
from channelcompare.workspace import Workspace

def peak_mb():  # VmHWM, not ru_maxrss: a child inherits its parent's ru_maxrss across fork and exec
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1e3

pd.DataFrame({"a": ["x"]}).astype("str").to_numpy()
before = peak_mb()
with Workspace.open(sys.argv[1]) as workspace:
    started = time.perf_counter()
    frame = workspace.records()
    seconds = time.perf_counter() - started
print(seconds, frame.memory_usage(deep=True).sum() / 1e6, peak_mb() - before)
"""


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
