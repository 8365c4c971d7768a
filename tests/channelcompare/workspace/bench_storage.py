"""Measures the two ways of storing records that docs/workspace.md compares (not part of the test suite).

    .venv/bin/python -m tests.channelcompare.workspace.bench_storage [ROWS]

Prints seconds for: pandas.read_csv of the same rows (the baseline), a typed SQLite table written with
executemany and read back into a DataFrame, and the workspace itself (LZ4 Arrow blobs) adding and loading.
"""

from __future__ import annotations

import resource
import sqlite3
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
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with Workspace.open(path) as workspace:
            started = time.perf_counter()
            loaded = workspace.records()
            read = time.perf_counter() - started
        print(
            f"workspace    write {written:6.2f} s   read {read:6.2f} s   file {path.stat().st_size / 1e6:.0f} MB"
        )
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1e3
        print(
            f"DataFrame {loaded.memory_usage(deep=True).sum() / 1e6:.0f} MB; peak RSS grew by <= {grown:.0f} MB"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
