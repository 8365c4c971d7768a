"""Shopify Analytics "Total sales over time": store totals per day or month, all unattributed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from importers.load import import_file
from tests.conftest import DATA

NAME = "Total sales over time - 2026-09-01 - 2026-09-04.csv"


def test_daily_store_totals() -> None:
    result = import_file(DATA / NAME)
    assert result.format_id == "shopify_sales_over_time" and result.rows == 4 and not result.rejected
    totals = result.totals()
    assert totals["orders"] == 4 + 2 + 0 + 3
    # Total sales = net sales + shipping + taxes: 197.60 + 12 + 41.92; 64 + 6 + 14; 0; 126 + 6 + 26.40
    assert totals["revenue"] == pytest.approx(251.52 + 84.00 + 0.00 + 158.40)
    records = result.records
    assert records["start"].dt.day.tolist() == [1, 2, 3, 4] and records["end"].equals(records["start"])
    assert set(records["channel"]) == {"other"}
    assert len(result.warnings) == 1
    assert "count twice" in result.warnings[0]


def test_monthly_rows_cover_their_month(tmp_path: Path) -> None:
    path = tmp_path / "Total sales over time - 2026-01-01 - 2026-02-28.csv"
    path.write_text(
        '"Month","Orders","Net sales","Total sales"\n"2026-01","40","1800.00","2160.00"\n"2026-02","35","1500.00","1800.00"\n',
        encoding="utf-8",
    )
    records = import_file(path).records
    assert records["start"].tolist() == [pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-01")]
    assert records["end"].tolist() == [pd.Timestamp("2026-01-31"), pd.Timestamp("2026-02-28")]
