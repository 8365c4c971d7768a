"""Klaviyo campaigns (legacy shape): email and SMS rows kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.load import import_file
from importers.numbers import to_number
from importers.sample import sample_file
from importers.tabular import read_table
from tests.conftest import DATA
from tests.importers.email_support import assert_totals, french_excel_variant, imported, xlsx_variant

TOTALS = {
    "sent": 9850 + 2100 + 9900,
    "delivered": 9790 + 2079 + 9845,
    "opens": 4012 + 3890,  # SMS has no opens
    "clicks": 288 + 96 + 301,
    "conversions": 31 + 12 + 27,
    "orders": 31 + 12 + 27,
    "revenue": 1488.00 + 540.00 + 1296.50,
}


def test_totals_and_channels() -> None:
    result = imported("klaviyo_campaigns.csv")
    assert result.format_id == "klaviyo_campaigns" and result.rows == 3 and not result.rejected
    assert_totals(result, TOTALS)
    by_channel = result.by_channel()
    assert set(by_channel) == {"email", "sms"}
    assert by_channel["sms"]["rows"] == 1 and by_channel["sms"]["clicks"] == 96
    assert by_channel["sms"]["opens"] is None
    assert by_channel["email"]["sent"] == 9850 + 9900
    attribution = dict(zip(result.records["channel"], result.records["attribution"], strict=True))
    assert attribution == {"email": "5-day open or click", "sms": "5-day click"}


def test_dollar_revenue_gives_the_currency() -> None:
    assert imported("klaviyo_campaigns.csv").currency == "USD"


def test_xlsx_variant_gives_the_same_totals(tmp_path: Path) -> None:
    assert_totals(import_file(xlsx_variant("klaviyo_campaigns.csv", tmp_path)), TOTALS)


@pytest.mark.parametrize(
    ("rate", "count", "base"),
    [
        ("Open Rate", "opens", "delivered"),
        ("Click Rate", "clicks", "delivered"),
        ("Placed Order Rate", "orders", "delivered"),
    ],
)
def test_recomputed_rates_match_klaviyo(rate: str, count: str, base: str) -> None:
    path = DATA / "klaviyo_campaigns.csv"
    platform, _ = to_number(read_table(path, sample_file(path)).frame[rate])
    records = imported("klaviyo_campaigns.csv").records
    ours = 100 * records[count] / records[base]
    assert ((ours - platform).abs().dropna() <= 0.005 + 1e-9).all()
    assert platform.notna().sum() == ours.notna().sum()


def test_unknown_channel_is_rejected_not_counted_as_email(tmp_path: Path) -> None:
    text = (DATA / "klaviyo_campaigns.csv").read_text(encoding="utf-8").replace(",SMS\n", ",WhatsApp\n")
    path = tmp_path / "klaviyo.csv"
    path.write_text(text, encoding="utf-8")
    result = import_file(path)
    assert result.rows == 2
    assert [(r.line, r.column) for r in result.rejected] == [(3, "channel")]


def test_french_excel_resave_gives_the_same_totals(tmp_path: Path) -> None:
    result = import_file(french_excel_variant("klaviyo_campaigns.csv", tmp_path))
    assert not result.rejected
    assert_totals(result, TOTALS)
    assert result.records["start"].tolist() == imported("klaviyo_campaigns.csv").records["start"].tolist()
