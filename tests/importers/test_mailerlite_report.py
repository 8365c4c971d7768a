"""MailerLite campaign report: delivered is sent minus bounces, which reproduces MailerLite's own rates."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.importers.email_support import assert_totals, imported, with_bad_cell


def test_totals_and_fields() -> None:
    result = imported("mailerlite_report.csv")
    assert result.format_id == "mailerlite_report" and result.platform == "mailerlite"
    assert result.rows == 1 and not result.rejected
    assert_totals(result, {"sent": 3902, "delivered": 3902 - 21 - 54, "opens": 1489, "clicks": 33})
    record = result.records.iloc[0]
    assert record["campaign_name"] == "Atelier Lumen : les bougies de la rentrée"
    assert record["start"] == pd.Timestamp("2026-09-03 10:00")


def test_recomputed_rates_match_mailerlite() -> None:
    record = imported("mailerlite_report.csv").records.iloc[0]
    assert round(100 * record["opens"] / record["delivered"], 2) == 38.91  # "1489 (38.91%)"
    assert round(100 * record["clicks"] / record["delivered"], 2) == 0.86  # "33 (0.86%)"


def test_bad_value_is_rejected_with_its_own_line(tmp_path: Path) -> None:
    path = with_bad_cell("mailerlite_report.csv", tmp_path, 8, '"33 (0.86%)"', '"beaucoup"')
    result = import_file(path)
    assert result.rows == 0
    assert [(r.line, r.column, r.reason) for r in result.rejected] == [
        (8, "Clicked", "Clicked: 'beaucoup' is not a number")
    ]
