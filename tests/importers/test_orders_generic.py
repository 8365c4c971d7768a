"""Generic orders CSV: channel from UTM columns, or from a landing URL's query string, or from a referrer."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.base import never_cancelled, no_progress
from importers.orders_generic import GenericOrders
from importers.sample import sample_file


def read(path: Path):
    return GenericOrders().read(path, sample_file(path), no_progress, never_cancelled)


def test_utm_columns(data_dir: Path) -> None:
    result = read(data_dir / "orders_utm.csv")
    records = result.records
    assert records["campaign_id"].tolist() == ["A-1001", "A-1002", "A-1003", "A-1004", "A-1005"]
    assert records["channel"].tolist() == ["email", "paid_social", "other", "organic_search", "other"]
    assert result.totals()["revenue"] == pytest.approx(48 + 52.5 + 39.9 + 61 + 45)
    assert result.totals()["orders"] == 5
    assert [(r.line, r.column) for r in result.rejected] == [(8, "total")]  # 'lots'
    assert any("1 cancelled order(s) left out" in w for w in result.warnings)
    # utm_medium=newsletter goes to Unassigned in GA4's default grouping: warned, with a suggested rule
    assert any("'newsletter'" in w and "-> email" in w for w in result.warnings)
    assert result.currency == "EUR"


def test_landing_url_and_referrer(data_dir: Path) -> None:
    result = read(data_dir / "orders_landing.csv")
    records = result.records
    assert records["campaign_id"].tolist() == ["B-1", "B-2", "B-3", "B-4", "B-5"]  # repeated B-4 once
    assert records["channel"].tolist() == [
        "email",
        "organic_search",
        "organic_social",
        "other",
        "paid_social",
    ]
    assert records["utm_campaign"].iloc[0] == "Bienvenue été"  # percent-decoded, original case kept
    assert records["utm_source"].iloc[1] == "google.fr" and records["utm_medium"].iloc[1] == "referral"
    assert records["revenue"].tolist() == [40.0, 55.5, 20.0, 35.0, 60.0]  # decimal commas
    assert str(records["start"].iloc[4].date()) == "2026-09-13"  # day first
    assert result.currency is None
    assert any("repeat an order id" in w for w in result.warnings)
    assert any("several currencies (EUR, USD)" in w for w in result.warnings)


def test_needs_a_channel_signal_column(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("order_id,date,total\n1,2026-09-01,10\n", encoding="utf-8")
    assert GenericOrders().score(sample_file(path)) == 0
