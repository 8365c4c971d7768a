"""Mailchimp campaign list: every variant (List/Audience, 40/26 columns, French Excel, xlsx) gives the same totals."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from importers.load import import_file
from importers.numbers import to_number
from importers.sample import sample_file
from importers.tabular import read_table
from tests.conftest import DATA
from tests.importers.email_support import assert_totals, imported, with_bad_cell, xlsx_variant

# Hand-summed from the three rows of the fixture.
TOTALS = {
    "sent": 18420 + 18391 + 18377,
    "delivered": 18236 + 18202 + 18190,
    "opens": 7823 + 7310 + 6975,
    "clicks": 547 + 498 + 455,
    "conversions": 46 + 39 + 0,
    "orders": 46 + 39 + 0,
    "revenue": 2208.00 + 1871.50 + 0,
}


@pytest.mark.parametrize(
    "name",
    ["mailchimp_campaigns.csv", "mailchimp_campaigns_audience.csv", "mailchimp_campaigns_fr_excel.csv"],
)
def test_totals_of_every_variant(name: str) -> None:
    result = imported(name)
    assert result.format_id == "mailchimp_campaigns" and result.platform == "mailchimp"
    assert result.rows == 3 and not result.rejected and not result.warnings
    assert_totals(result, TOTALS)
    assert set(result.records["channel"]) == {"email"}
    assert result.period() == (pd.Timestamp("2026-09-02").date(), pd.Timestamp("2026-09-20").date())


def test_fields_of_one_campaign() -> None:
    first = imported("mailchimp_campaigns.csv").records.iloc[0]
    assert first["campaign_name"] == "Rentrée : -15 % sur les bougies d'automne"
    assert first["campaign_id"] == "a1b2c3d4e5"
    assert first["start"] == first["end"] == pd.Timestamp("2026-09-02 09:30")
    assert first["source_line"] == 2 and first["source_file"] == "mailchimp_campaigns.csv"


def test_french_excel_resave_reads_day_first_and_decimal_commas() -> None:
    sample = sample_file(DATA / "mailchimp_campaigns_fr_excel.csv")
    assert (sample.encoding, sample.delimiter, sample.decimal, sample.day_first) == ("cp1252", ";", ",", True)
    records = imported("mailchimp_campaigns_fr_excel.csv").records
    assert records["start"].tolist() == imported("mailchimp_campaigns.csv").records["start"].tolist()


def test_xlsx_variant_gives_the_same_totals(tmp_path: Path) -> None:
    result = import_file(xlsx_variant("mailchimp_campaigns.csv", tmp_path))
    assert result.rows == 3 and not result.rejected
    assert_totals(result, TOTALS)
    assert result.records["start"].tolist() == imported("mailchimp_campaigns.csv").records["start"].tolist()


@pytest.mark.parametrize(("rate", "count"), [("Open Rate", "Unique Opens"), ("Click Rate", "Unique Clicks")])
def test_recomputed_rates_match_mailchimp(rate: str, count: str) -> None:
    """Mailchimp's rates are unique counts over Successful Deliveries, rounded to 0.01 %."""
    path = DATA / "mailchimp_campaigns.csv"
    table = read_table(path, sample_file(path)).frame
    platform_rate, _ = to_number(table[rate])
    records = imported("mailchimp_campaigns.csv").records
    ours = 100 * records[{"Open Rate": "opens", "Click Rate": "clicks"}[rate]] / records["delivered"]
    assert (ours - platform_rate).abs().max() <= 0.005 + 1e-9


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = with_bad_cell("mailchimp_campaigns.csv", tmp_path, 3, ",498,", ",lots,")
    result = import_file(path)
    assert result.rows == 2
    assert [(r.line, r.column, r.reason) for r in result.rejected] == [
        (3, "Unique Clicks", "Unique Clicks: 'lots' is not a number")
    ]
    assert result.totals()["clicks"] == 547 + 455
