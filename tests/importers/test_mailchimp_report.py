"""Mailchimp single-campaign report: key/value blocks, one record per campaign or per A/B combination."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.importers.email_support import assert_totals, imported, with_bad_cell


def test_overall_stats() -> None:
    result = imported("mailchimp_report.csv")
    assert result.format_id == "mailchimp_report" and result.rows == 1 and not result.rejected
    assert_totals(result, {"sent": 18420, "delivered": 18236, "opens": 7823, "clicks": 547})
    record = result.records.iloc[0]
    assert record["campaign_name"] == "Rentrée : -15 % sur les bougies d'automne"
    assert record["start"] == pd.Timestamp("2026-09-02 09:30") and record["channel"] == "email"
    assert record["source_line"] == 6  # the "Overall Stats" line
    # Mailchimp's own rates: 7,823 (42.90%) and 547 (3.00%) of deliveries
    assert round(100 * 7823 / 18236, 2) == 42.90 and round(100 * 547 / 18236, 2) == 3.00


def test_ab_combinations_are_separate_records() -> None:
    result = imported("mailchimp_report_ab.csv")
    assert result.rows == 2 and result.currency == "EUR"
    assert_totals(
        result,
        {
            "sent": 1751 + 1750,
            "delivered": 1742 + 1741,
            "opens": 741 + 690,
            "clicks": 52 + 44,
            "revenue": 308.40,
        },
    )
    names = result.records["campaign_name"].tolist()
    assert (
        names[0]
        == "Test A/B : objet Figue & Cèdre (Combination 1 Stats: Figue & Cèdre, notre nouvelle bougie)"
    )
    assert result.records["start"].tolist() == [pd.Timestamp("2026-09-10 18:15")] * 2
    # the report's rounded rates: 741 (42.5%), 44 (2.5%)
    opens = result.records["opens"] / result.records["delivered"] * 100
    assert opens.round(1).tolist() == [42.5, 39.6]


def test_bad_value_is_rejected_with_its_own_line(tmp_path: Path) -> None:
    path = with_bad_cell("mailchimp_report_ab.csv", tmp_path, 29, '"1,741"', '"lots"')
    result = import_file(path)
    assert result.rows == 1
    assert [(r.line, r.column) for r in result.rejected] == [(29, "Successful Deliveries")]
    assert "'lots' is not a number" in result.rejected[0].reason
