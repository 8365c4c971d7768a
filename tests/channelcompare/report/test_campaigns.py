"""The Campaigns sheet at scale: weekly sums beyond the detail limit, split beyond Excel's row limit."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import compare
from channelcompare.model import normalize_records
from channelcompare.report import campaigns as campaigns_module
from channelcompare.report import write_report
from channelcompare.report.campaign_table import DETAIL_LIMIT, campaign_table
from channelcompare.report.campaigns import column_names
from channelcompare.report.i18n import Words


def _daily_ads(rows: int, campaigns: int = 40) -> pd.DataFrame:
    """Meta Ads rows broken down by day (the shape that makes big imports)."""
    rng = np.random.default_rng(3)
    day = pd.Timestamp("2026-09-01") + pd.to_timedelta(rng.integers(0, 30, rows), "D")
    reach = rng.integers(100, 3000, rows).astype(float)
    return normalize_records(
        pd.DataFrame(
            {
                "channel": "paid_social",
                "platform": "meta",
                "format_id": "meta_ads",
                "source_file": "meta.csv",
                "campaign_id": rng.integers(0, campaigns, rows).astype(str),
                "currency": "EUR",
                "start": day,
                "end": day,
                "reach": reach,
                "clicks": (reach * 0.007).round(),
                "cost": (reach * 0.015).round(2),
                "source_line": np.arange(2, rows + 2),
            }
        )  # fmt: skip
    )


def test_small_imports_list_every_record() -> None:
    table = campaign_table(_daily_ads(500))
    assert not table.weekly and len(table.rows) == 500 and table.rows["rows"].eq(1).all()


def test_beyond_the_detail_limit_rows_are_summed_per_campaign_and_week() -> None:
    records = _daily_ads(3_000)
    table = campaign_table(records, detail_limit=1_000)
    assert table.weekly and table.records == 3_000
    assert len(table.rows) <= 40 * 5  # 40 campaigns × at most 5 weeks touched by September
    assert table.rows["rows"].sum() == 3_000
    for measure in ("reach", "clicks", "cost"):
        assert table.rows[measure].sum() == pytest.approx(records[measure].sum())
    rate = table.rows["clicks"] / table.rows["reach"]
    assert np.allclose(table.rows["click_rate"], rate)


def test_rows_without_id_or_name_are_never_merged() -> None:
    records = _daily_ads(100).assign(campaign_id=None)
    table = campaign_table(records, detail_limit=10)
    assert len(table.rows) == 100


def _distinct_campaigns(rows: int) -> pd.DataFrame:
    """Daily ad rows, each its own campaign: nothing for the aggregation to merge."""
    return _daily_ads(rows).assign(campaign_id=[f"c{i}" for i in range(rows)])


def test_50k_records_write_fast_and_say_they_were_summed(tmp_path: Path) -> None:
    one_ad = _distinct_campaigns(25_000)
    records = pd.concat([one_ad, one_ad.assign(source_line=one_ad["source_line"] + 25_000)])  # two ads a day
    comparison = compare(records)
    started = time.perf_counter()
    path = write_report(tmp_path / "big.xlsx", comparison, records, [])
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"50,000 records took {elapsed:.1f} s"
    ws = openpyxl.load_workbook(path, read_only=True)["Campaigns"]
    rows = list(ws.iter_rows(values_only=True))
    assert "summed per week" in rows[1][0] and "25,000 campaign periods" in rows[1][0]
    periods = rows[2].index(
        "Campaign periods"
    )  # the ads of one campaign-day count once, as in the comparison
    assert sum(row[periods] for row in rows[3:]) == 25_000 > DETAIL_LIMIT


def test_the_sheet_lists_campaign_periods_as_the_comparison_counts_them(tmp_path: Path) -> None:
    records = _daily_ads(3_000, campaigns=5)  # 5 campaigns × 30 days, ~20 ads a campaign-day
    comparison = compare(records)
    for aggregated, given in ((False, records), (True, aggregate_records(records))):
        path = write_report(tmp_path / f"{aggregated}.xlsx", comparison, given, [], aggregated=aggregated)
        ws = openpyxl.load_workbook(path, read_only=True)["Campaigns"]
        rows = list(ws.iter_rows(min_row=4, values_only=True))
        assert len(rows) == comparison.channels["paid_social"].rows == 150
        assert comparison.channels["paid_social"].campaigns == 5
        reach = sum(row[column_names(Words("en")).index(("reach", "Reach"))] for row in rows)
        assert reach == pytest.approx(records["reach"].sum())


def test_beyond_excel_rows_the_list_continues_on_another_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(campaigns_module, "EXCEL_MAX_ROWS", 303)  # 300 data rows a sheet
    records = _distinct_campaigns(700)
    path = write_report(tmp_path / "split.xlsx", compare(records), records, [])
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert workbook.sheetnames[2:5] == ["Campaigns", "Campaigns 2", "Campaigns 3"]
    counts = [sum(1 for _ in workbook[name].iter_rows(min_row=4)) for name in workbook.sheetnames[2:5]]
    assert counts == [300, 300, 100]
    note = next(workbook["Campaigns"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert "continues on sheet Campaigns 2" in note
