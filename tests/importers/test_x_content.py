"""X account analytics content export (2024+): BOM, `Fri, Jun 5, 2026` dates, quoted thousands."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from importers.x_content import XContent
from tests.importers.social_support import read, totals, variant

X = XContent()


def test_totals_dates_and_thousands() -> None:
    result = read(X, "x_content.csv")
    assert result.rejected == [] and result.warnings == []
    assert totals(result) == {
        "impressions": 4651.0,  # "1,234" + 860 + "2,045" + 512
        "engagements": 157.0,  # 48 + 23 + 78 + 8
        "clicks": 16.0,  # URL Clicks 5 + 2 + 9 + 0
    }
    records = result.records
    assert records["start"].tolist() == [datetime(2026, 9, d) for d in (3, 7, 18, 29)]
    assert set(records["channel"]) == {"organic_social"} and set(records["platform"]) == {"x"}
    assert records["source_line"].tolist() == [2, 3, 5, 6]


def test_engagements_are_x_own_total_of_every_interaction() -> None:
    """X's Engagements equal the sum of the interaction columns in this export (likes ... permalink clicks)."""
    records = read(X, "x_content.csv").records
    assert records["engagements"].tolist() == [48.0, 23.0, 78.0, 8.0]


def test_bad_date_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "x_content.csv", '"Mon, Sep 7, 2026"', "yesterday")
    result = read(X, path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Date")]
    assert "'yesterday' is not a date" in result.rejected[0].reason and result.rows == 3
