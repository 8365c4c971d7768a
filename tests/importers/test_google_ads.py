"""Google Ads campaign report: both CSV flavours, preamble period, `Total:` rows, `--`, quoted thousands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.google_ads import GoogleAds, parse_range
from tests.importers.social_support import assert_rate, by_line, platform_column, read, totals, variant

GOOGLE = GoogleAds()
TOTALS = {
    "impressions": 86456.0,  # "4,210" + "18,904" + "52,340" + "11,002"
    "clicks": 1364.0,  # 388 + 602 + 141 + 233
    "cost": 1604.00,  # 182.36 + "1,024.18" + 96.40 + 301.06
    "conversions": 56.83,  # 33.00 + 14.50 + 0.00 + 9.33
    "revenue": 2643.75,  # "1,540.80" + 690.25 + 0.00 + 412.70
}


@pytest.mark.parametrize("name", ["google_ads_campaigns.csv", "google_ads_campaigns_excel.csv"])
def test_both_flavours_give_the_same_totals_without_total_rows(name: str) -> None:
    result = read(GOOGLE, name)
    assert totals(result) == TOTALS
    assert result.rejected == [] and result.currency == "EUR"
    assert result.period() == (date(2026, 9, 1), date(2026, 9, 30))
    assert result.warnings == [
        "3 total row(s) left out so they are not counted twice: 'Total: Search', 'Total: Campaigns', "
        "'Total: Account' (line(s) 8, 9, 10)"
    ]
    records = result.records
    assert records["channel"].tolist() == ["paid_search", "paid_search", "display", "paid_search"]
    assert records["source_line"].tolist() == [4, 5, 6, 7]
    assert set(records["platform"]) == {"google_ads"}


def test_recomputed_ctr_and_cpc_match_google() -> None:
    name = "google_ads_campaigns.csv"
    result = read(GOOGLE, name)
    clicks = by_line(result, "clicks")
    assert_rate(clicks / by_line(result, "impressions") * 100, platform_column(name, "CTR"), decimals=2)
    assert_rate(by_line(result, "cost") / clicks, platform_column(name, "Avg. CPC"), decimals=2)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "google_ads_campaigns.csv", ',"1,024.18",', ",approx. 1000,")
    result = read(GOOGLE, path)
    assert [(r.line, r.column) for r in result.rejected] == [(5, "Cost")]
    assert result.rows == 3


def test_all_time_report_has_no_period_and_says_so(tmp_path: Path) -> None:
    path = variant(
        tmp_path, "google_ads_campaigns.csv", '"September 1, 2026 - September 30, 2026"', "All time"
    )
    result = read(GOOGLE, path)
    assert result.period() is None and any("date range" in w for w in result.warnings)


def test_parse_range() -> None:
    start, end = parse_range("Sep 1, 2026 – Sep 30, 2026") or (None, None)
    assert start is not None and end is not None and (start.month, end.day) == (9, 30)
    assert parse_range("All time") is None


def test_not_applicable_cells_are_missing_not_rejected(tmp_path: Path) -> None:
    path = variant(tmp_path, "google_ads_campaigns.csv", "0.00%,0.00,0.00,0.68,--", "--,--, --,0.68,--")
    result = read(GOOGLE, path)
    assert result.rejected == [] and result.rows == 4
    display = result.records[result.records["channel"] == "display"]
    assert display["conversions"].isna().all() and display["revenue"].isna().all()
    assert result.totals()["conversions"] == pytest.approx(56.83)


def test_account_level_daily_report() -> None:
    """`Day` and `Customer ID`, no campaign: one record per day; `Total: Account` equals their sum, left out."""
    result = read(GoogleAds(), "google_ads_account_daily.csv")
    assert result.rows == 3 and result.rejected == [] and result.currency == "EUR"
    assert totals(result) == {
        "impressions": 7045.0,  # "2,410" + "2,655" + "1,980"
        "clicks": 572.0,  # 198 + 214 + 160
        "cost": 345.37,  # 120.45 + 124.12 + 100.80
        "conversions": 14.5,  # 6.00 + 5.50 + 3.00
        "revenue": 679.30,  # 288.00 + 251.40 + 139.90
    }
    records = result.records
    assert records["start"].dt.day.tolist() == [1, 2, 3] and records["end"].equals(records["start"])
    assert set(records["campaign_name"]) == {"Atelier Lumen"} and set(records["channel"]) == {"paid_search"}
    assert any("account-level report" in w for w in result.warnings)
    assert any("Total: Account" in w for w in result.warnings)
