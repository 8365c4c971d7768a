"""RecordBuilder: from a read table to a validated ImportResult with rejections that say where and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from channelcompare.errors import MissingColumns
from importers.build import RecordBuilder
from importers.sample import sample_file
from importers.tabular import read_table


class Fake:
    format_id = "test_format"
    platform = "generic"


def builder(tmp_path: Path, text: str) -> RecordBuilder:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    sample = sample_file(path)
    return RecordBuilder(read_table(path, sample), sample)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    rows = builder(
        tmp_path,
        "Title,Unique Clicks,Total Recipients,Send Date\n"
        "A,10,100,2026-09-01\nB,lots,100,2026-09-02\nC,5,--,2026-09-03\nTotal,15,200,\n",
    )
    rows.text("campaign_name", "Title")
    rows.number("clicks", "Unique Clicks")
    rows.number("sent", "Total Recipients")
    rows.date("start", "Send Date")
    rows.constant("channel", "email")
    rows.skip(rows.column("Title") == "Total")
    result = rows.result(Fake(), currency="EUR")
    assert result.records["campaign_name"].tolist() == ["A", "C"]
    assert result.records["source_line"].tolist() == [2, 4]
    assert result.totals()["clicks"] == 15 and result.totals()["sent"] == 100
    assert [(r.line, r.column, r.reason) for r in result.rejected] == [
        (3, "Unique Clicks", "Unique Clicks: 'lots' is not a number")
    ]
    assert set(result.records["source_file"]) == {"export.csv"}
    assert set(result.records["currency"]) == {"EUR"} and result.currency == "EUR"
    assert set(result.records["format_id"]) == {"test_format"}


def test_validation_rejections_are_merged(tmp_path: Path) -> None:
    rows = builder(tmp_path, "Impressions,Clicks\n10,20\n10,5\n")
    rows.number("impressions", "Impressions")
    rows.number("clicks", "Clicks")
    rows.constant("channel", "paid_social")
    result = rows.result(Fake())
    assert result.rows == 1
    assert [(r.line, r.reason) for r in result.rejected] == [(2, "clicks is above impressions")]


def test_missing_required_columns_all_named(tmp_path: Path) -> None:
    rows = builder(tmp_path, "Title,Opens\nA,1\n")
    rows.number("clicks", "Unique Clicks", required=True)
    rows.number("sent", "Total Recipients", "Recipients", required=True)
    rows.number("opens", "Opens", required=True)
    with pytest.raises(MissingColumns, match="'Unique Clicks'; 'Total Recipients' or 'Recipients'"):
        rows.result(Fake())
