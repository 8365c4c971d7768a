"""Pinterest Ads Manager report: paid impressions with spend, outbound clicks, checkouts as conversions."""

from __future__ import annotations

from pathlib import Path

from importers.load import import_file
from tests.conftest import DATA

# Hand-summed from the four campaign-days of the fixture.
TOTALS = {
    "cost": 18.40 + 17.95 + 24.10 + 22.55,
    "impressions": 5980 + 5702 + 8214 + 7490,  # Paid impressions (Impressions, with earned: 29,367)
    "clicks": 57 + 49 + 73 + 66,  # Outbound clicks (Pin clicks: 804)
    "conversions": 2 + 1 + 3 + 0,  # Checkouts (Total conversions: 24)
    "revenue": 71.00 + 35.50 + 118.40 + 0.00,
}


def test_totals_and_definitions() -> None:
    result = import_file(DATA / "pinterest_ads.csv")
    assert result.format_id == "pinterest_ads" and result.platform == "pinterest"
    assert result.rows == 4 and not result.rejected and not result.warnings and result.currency == "EUR"
    totals = result.totals()
    for measure, expected in TOTALS.items():
        assert abs(totals[measure] - expected) < 1e-9, measure
    records = result.records
    assert set(records["campaign_name"]) == {"Bougies d'automne, Pins", "Figue & Cèdre – lancement"}
    assert set(records["campaign_id"]) == {"626700000001", "626700000002"}
    assert records["start"].dt.day.tolist() == [10, 11, 10, 11] and set(records["channel"]) == {"paid_social"}


def test_without_paid_columns_impressions_and_total_conversions_are_used(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text(
        "Campaign name,Date,Spend in account currency,Impressions,Pin clicks,Outbound clicks,Total conversions\n"
        "A,2026-09-01,10.00,1000,30,12,2\n"
        "Total,,10.00,1000,30,12,2\n",
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.rows == 1 and result.totals()["impressions"] == 1000 and result.totals()["conversions"] == 2
    assert any("total row" in w for w in result.warnings)
