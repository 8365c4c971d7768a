"""TikTok Ads Manager: destination clicks, complete payments, CSV and XLSX alike, full-width quirk."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.sample import sample_file
from importers.tiktok_ads import TikTokAds
from tests.importers.social_support import assert_rate, by_line, platform_column, read, totals, variant

TIKTOK = TikTokAds()
TOTALS = {
    "cost": 150.00,  # 42.18 + 39.70 + 35.05 + 33.07
    "impressions": 34625.0,  # 9850 + 9120 + 8010 + 7645
    "reach": 26300.0,  # 7420 + 6890 + 6120 + 5870
    "clicks": 190.0,  # Clicks (destination) 61 + 52 + 40 + 37 (Clicks (all): 462)
    "conversions": 2.0,  # Complete payment 1 + 1 + 0 + 0 (Conversions: 4)
    "revenue": 98.50,  # Complete payment value 46.00 + 52.50
}


@pytest.mark.parametrize("name", ["tiktok_ads.csv", "tiktok_ads.xlsx"])
def test_csv_and_xlsx_give_the_same_totals(name: str) -> None:
    result = read(TIKTOK, name)
    assert totals(result) == TOTALS
    assert result.rejected == [] and result.warnings == [] and result.currency == "EUR"
    records = result.records
    assert records["start"].dt.day.tolist() == [10, 11, 10, 11]
    assert set(records["campaign_name"]) == {"Rentrée TikTok – Test"}
    assert set(records["channel"]) == {"paid_social"} and records["source_line"].tolist() == [2, 3, 4, 5]


def test_recomputed_ctr_cpc_cpm_match_tiktok() -> None:
    name = "tiktok_ads.csv"
    result = read(TIKTOK, name)
    clicks, impressions, cost = (by_line(result, m) for m in ("clicks", "impressions", "cost"))
    assert_rate(clicks / impressions * 100, platform_column(name, "CTR (destination)"), decimals=2)
    assert_rate(cost / clicks, platform_column(name, "CPC (destination)"), decimals=2)
    assert_rate(cost / impressions * 1000, platform_column(name, "CPM"), decimals=2)


def test_full_width_parenthesis_and_roas_only_revenue(tmp_path: Path) -> None:
    path = variant(tmp_path, "tiktok_ads.csv", "Clicks (destination)", "Clicks (destination）")
    path.write_text(path.read_text(encoding="utf-8").replace("Complete payment value", "Value (other)"))
    assert TIKTOK.score(sample_file(path)) > 0
    result = read(TIKTOK, path)
    assert result.totals()["clicks"] == 190.0
    # without a payment value column, revenue is Purchase ROAS x cost (rounded ROAS), marked derived
    assert result.totals()["revenue"] == pytest.approx(1.09 * 42.18 + 1.32 * 39.70)
    assert set(result.records["derived"]) == {"revenue"}


def test_total_row_is_left_out_and_bad_cell_rejected(tmp_path: Path) -> None:
    path = tmp_path / "tiktok_ads.csv"
    text = (Path(__file__).parents[1] / "data" / "tiktok_ads.csv").read_text(encoding="utf-8")
    text = text.replace(",9120,", ",9 120 impressions,")
    total = "Total of 4 results,,,,,EUR,150.00,34625,26300,190,462,0.55%,0.79,4.33,4,2,98.50,0.66\n"
    path.write_text(text + total, encoding="utf-8")
    result = read(TIKTOK, path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Impressions")]
    assert result.rows == 3 and any("'Total of 4 results'" in w and "line(s) 6" in w for w in result.warnings)
