"""LinkedIn Campaign Manager: UTF-16 TAB with preamble, English and Dutch (language from the header)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.linkedin_ads import LinkedInAds
from importers.linkedin_names import preamble_period
from importers.sample import sample_file
from tests.conftest import DATA
from tests.importers.social_support import assert_rate, by_line, platform_column, read, totals, variant

LINKEDIN = LinkedInAds()
TOTALS = {
    "cost": 259.90,  # 55.39 + 61.20 + 48.75 + 30.10 + 35.80 + 28.66
    "impressions": 8931.0,  # 1720 + 1985 + 1530 + 1204 + 1390 + 1102
    "clicks": 23.0,  # Clicks to Landing Page 5 + 6 + 3 + 3 + 4 + 2 (LinkedIn's Clicks: 27)
    "engagements": 82.0,  # 19 + 22 + 15 + 8 + 11 + 7
    "conversions": 2.0,  # 0 + 1 + 0 + 0 + 1 + 0
}
COLUMNS = {  # language -> (file, Clicks, CTR, CPM)
    "en": ("linkedin_campaigns_en.csv", "Clicks", "Click Through Rate", "Average CPM"),
    "nl": ("linkedin_campaigns_nl.csv", "Klikken", "Doorklikfrequentie (CTR)", "Gemiddelde CPM"),
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_english_and_dutch_give_the_same_records(language: str) -> None:
    result = read(LINKEDIN, COLUMNS[language][0])
    assert totals(result) == TOTALS
    assert result.rejected == [] and result.warnings == [] and result.currency == "EUR"
    assert result.period() == (date(2026, 9, 14), date(2026, 9, 16))
    records = result.records
    assert records["source_line"].tolist() == [7, 8, 9, 10, 11, 12]  # 4 preamble lines, a blank, the header
    assert records["start"].dt.day.tolist() == [14, 15, 16, 14, 15, 16]
    assert records["campaign_name"].iloc[0] == "Cadeaux d'entreprise – Décideurs RH"
    assert set(records["channel"]) == {"paid_social"} and set(records["platform"]) == {"linkedin"}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_recomputed_ctr_and_cpm_match_linkedin(language: str) -> None:
    name, clicks, ctr, cpm = COLUMNS[language]
    result = read(LINKEDIN, name)
    impressions = by_line(result, "impressions")
    assert_rate(by_line(result, "cost") / impressions * 1000, platform_column(name, cpm), decimals=2)
    # LinkedIn's CTR counts all its Clicks (ours are landing-page clicks, a subset)
    assert_rate(platform_column(name, clicks) / impressions * 100, platform_column(name, ctr), decimals=3)
    assert (by_line(result, "clicks") <= platform_column(name, clicks).reindex(impressions.index)).all()


def test_language_comes_from_the_header_not_the_values(tmp_path: Path) -> None:
    """`1.055` is one thousand and fifty-five in a Dutch export, even when no cell has a decimal comma."""
    lines = [
        "Rapport met advertentieprestaties",
        "Begindatum van rapport: 1 september 2026 00:00",
        "Einddatum van rapport: 1 september 2026 23:59",
        "Datum gegenereerd: 2 september 2026 09:14",
        "",
        "Begindatum (in UTC)\tCampagnenaam\tValuta\tTotaal besteed\tWeergaven\tKlikken",
        "1-9-2026\tB2B\tEUR\t1.055\t41.720\t12",
    ]
    path = tmp_path / "nl.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    assert sample_file(path).decimal == "."  # the values alone would mislead
    result = read(LINKEDIN, path)
    assert totals(result) == {"cost": 1055.0, "impressions": 41720.0, "clicks": 12.0}
    assert any("Clicks to Landing Page" in warning for warning in result.warnings)


def test_all_time_breakdown_rows_cover_the_report_period(tmp_path: Path) -> None:
    text = (DATA / "linkedin_campaigns_en.csv").read_bytes().decode("utf-16")
    path = tmp_path / "all_time.csv"
    path.write_bytes(
        text.replace("9/15/2026", "9/14/2026").replace("9/16/2026", "9/14/2026").encode("utf-16")
    )
    result = read(LINKEDIN, path)
    assert result.period() == (date(2026, 9, 14), date(2026, 9, 16))
    assert result.records["end"].dt.day.unique().tolist() == [16]
    assert any("total over the report period" in warning for warning in result.warnings)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "linkedin_campaigns_en.csv", "\t1985\t", "\tlots\t")
    result = read(LINKEDIN, path)
    assert [(r.line, r.column) for r in result.rejected] == [(8, "Impressions")]
    assert result.rows == 5 and result.totals()["impressions"] == 8931.0 - 1985


def test_a_file_resaved_as_utf8_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "resaved.csv"
    path.write_text((DATA / "linkedin_campaigns_en.csv").read_bytes().decode("utf-16"), encoding="utf-8")
    assert LINKEDIN.score(sample_file(path)) > 0
    assert totals(read(LINKEDIN, path)) == TOTALS


def test_preamble_period_in_both_languages() -> None:
    english = ["Ad Performance Report", "Report Start: September 14, 2026, 12:00 AM", "Report End: 9/16/2026"]
    dutch = [
        "Begindatum van rapport: 14 september 2026 00:00",
        "Einddatum van rapport: 16 september 2026 23:59",
    ]
    for lines in (english, dutch):
        period = preamble_period(lines)
        assert period is not None and (period[0].day, period[1].day) == (14, 16)
    assert preamble_period(["Report Start: someday"]) is None
