"""GA4 traffic acquisition: channel-group rows become per-channel records (EN and FR UI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.base import never_cancelled, no_progress
from importers.ga4_traffic import Ga4Traffic
from importers.orders_generic import GenericOrders
from importers.sample import sample_file
from importers.shopify_orders import ShopifyOrders


def read(path: Path):
    return Ga4Traffic().read(path, sample_file(path), no_progress, never_cancelled)


@pytest.mark.parametrize("name", ["ga4_traffic_en.csv", "ga4_traffic_fr.csv"])
def test_detected_only_by_ga4(data_dir: Path, name: str) -> None:
    sample = sample_file(data_dir / name)
    assert Ga4Traffic().score(sample) == 90
    assert ShopifyOrders().score(sample) == GenericOrders().score(sample) == 0


def test_english_export(data_dir: Path) -> None:
    result = read(data_dir / "ga4_traffic_en.csv")
    records = result.records
    # Grand total dropped; the chart block after the blank line ignored.
    assert records["channel"].tolist() == [
        "organic_search",
        "direct",
        "email",
        "paid_social",
        "organic_social",
        "referral",
        "other",
    ]
    assert records["campaign_name"].iloc[-1] == "Unassigned"
    totals = result.totals()
    # The channel rows add up to the file's own Grand total row.
    assert (totals["sessions"], totals["engagements"], totals["conversions"]) == (10000, 6200, 300)
    assert totals["revenue"] == pytest.approx(14400.5)
    assert totals["orders"] is None  # GA4 key events are not orders
    assert result.period() == (pd_date("2026-09-01"), pd_date("2026-09-30"))
    assert records["source_line"].tolist() == list(range(12, 19))
    assert not result.rejected


def test_french_export(data_dir: Path) -> None:
    result = read(data_dir / "ga4_traffic_fr.csv")
    records = result.records
    assert records["channel"].tolist() == ["organic_search", "email", "organic_social"]
    assert records["campaign_name"].tolist()[1] == "E-mail"
    assert result.totals()["sessions"] == 1700 and result.totals()["revenue"] == 2200
    assert result.totals()["conversions"] == 45
    assert result.period() == (pd_date("2026-09-01"), pd_date("2026-09-30"))


def test_unknown_group_and_missing_period_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "ga4.csv"
    path.write_text(
        "Session default channel group,Sessions,Engaged sessions,Key events,Total revenue\n"
        "Email,10,5,1,40\nPodcasts,3,1,0,0\n",
        encoding="utf-8",
    )
    result = read(path)
    assert result.records["channel"].tolist() == ["email", "other"]
    assert any("'Podcasts'" in w for w in result.warnings)
    assert any("period is unknown" in w for w in result.warnings)


def pd_date(text: str):
    from datetime import date

    return date.fromisoformat(text)


def test_spreadsheet_round_trip_with_trailing_commas(tmp_path: Path, data_dir: Path) -> None:
    lines = (data_dir / "ga4_traffic_en.csv").read_text(encoding="utf-8").splitlines()
    padded = [line + ",,,," if line.startswith("#") else line for line in lines]
    path = tmp_path / "ga4.csv"
    path.write_text("\n".join(padded) + "\n", encoding="utf-8")
    result = read(path)
    assert result.period() == (pd_date("2026-09-01"), pd_date("2026-09-30"))
    assert result.totals()["sessions"] == 10000


def test_source_medium_export_is_classified_with_the_rules(data_dir: Path) -> None:
    from importers.ga4_traffic import Ga4SourceMedium

    path = data_dir / "ga4_source_medium.csv"
    sample = sample_file(path)
    assert Ga4SourceMedium().score(sample) == 85 and Ga4Traffic().score(sample) == 0
    result = Ga4SourceMedium().read(path, sample, no_progress, never_cancelled)
    records = result.records
    assert records["channel"].tolist() == [
        "organic_search",
        "direct",
        "other",
        "other",
        "email",
        "paid_social",
    ]
    assert records[["utm_source", "utm_medium"]].iloc[2].tolist() == ["mailchimp", "newsletter"]
    assert result.totals()["sessions"] == 2300  # the Grand total row is dropped, the chart block ignored
    assert any("'newsletter'" in w and "350" in w and "-> email" in w for w in result.warnings)
