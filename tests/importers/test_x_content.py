"""X account analytics content export (2024+): BOM, `Fri, Jun 5, 2026` dates, quoted thousands."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from importers.sample import sample_file
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


def test_early_2025_header_and_dates_without_commas() -> None:
    """`Link`, `Share`, `Url clicks` and `Mon Feb 17 2025`; the `/status/undefined` artefact row is left out."""
    result = read(X, "x_content_2025.csv")
    assert result.rejected == []
    assert totals(result) == {
        "impressions": 4392.0,  # "1,480" + 702 + "2,210" (the artefact row's 0 not counted)
        "engagements": 174.0,  # 64 + 19 + 91
        "clicks": 20.0,  # Url clicks 7 + 2 + 11
    }
    assert result.records["start"].tolist() == [datetime(2025, 2, d) for d in (17, 20, 25)]
    assert len(result.warnings) == 1 and "/status/undefined" in result.warnings[0]
    assert "line(s) 5" in result.warnings[0]  # header 1, a two-line post text on 3-4


def test_japanese_ui_export() -> None:
    result = read(X, "x_content_ja.csv")
    assert result.rejected == [] and result.warnings == []
    assert totals(result) == {"impressions": 5755.0, "engagements": 236.0, "clicks": 21.0}
    assert result.records["start"].tolist() == [datetime(2025, 4, d) for d in (14, 16, 26)]


def test_unlisted_ui_language_is_read_by_the_fixed_column_order() -> None:
    """A French header we have no names for: 17 columns, ids first, post links fourth, read by position."""
    result = read(X, "x_content_fr.csv")
    assert result.rejected == []
    assert totals(result) == {"impressions": 1850.0, "engagements": 72.0, "clicks": 7.0}  # "1 210" + 640
    assert result.records["start"].tolist() == [datetime(2025, 3, 4), datetime(2025, 3, 14)]


def test_positional_reading_needs_post_links(tmp_path: Path) -> None:
    path = variant(tmp_path, "x_content_fr.csv", "https://x.com/", "https://example.com/", count=2)
    assert X.score(sample_file(path)) == 0
