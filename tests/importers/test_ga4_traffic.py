"""GA4 traffic acquisition: channel-group rows become per-channel records (EN and FR UI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.base import never_cancelled, no_progress
from importers.ga4_traffic import Ga4Traffic
from importers.load import import_file
from importers.orders_generic import GenericOrders
from importers.sample import sample_file
from importers.shopify_orders import ShopifyOrders
from tests.conftest import DATA


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


def test_meta_dynamic_utms_are_paid_social_and_unmatched_mediums_are_one_warning() -> None:
    """`Instagram_Stories / FB-Paid_…` (Meta's {{placement}} and a custom medium): the paid marker wins."""
    result = import_file(DATA / "ga4_source_medium_meta_utms.csv")
    assert result.rows == 9 and not result.rejected  # Grand total left out
    sessions = result.records.groupby("channel")["sessions"].sum().to_dict()
    assert sessions == {
        "paid_social": 1200 + 900 + 300 + 100,  # Instagram_Stories, Facebook_Mobile_Feed, Instagram_Feed, an
        "organic_search": 700,
        "email": 400,
        "other": 250 + 90 + 60,  # newsletter, weird, relance: no rule claims them
    }
    unmatched = [w for w in result.warnings if "match no channel rule" in w]
    assert len(unmatched) == 1
    assert "3 utm_medium values (3 rows, sessions 400)" in unmatched[0]
    assert "'newsletter' (1 rows, sessions 250)" in unmatched[0] and "-> email" in unmatched[0]
