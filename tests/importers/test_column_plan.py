"""Reading only what an importer maps, numbers parsed while read: the same records as reading every cell
as text, the same rejections with the same lines (importers/arrow_text.py, tabular.ColumnPlan)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from channelcompare.sources import ImportResult
from importers import csv_reader, meta_ads
from importers.arrow_text import _filled, trimmed
from importers.load import import_file
from importers.numbers import _PLAIN_DOT, _PLAIN_INTEGER
from importers.plain_cells import plain_numbers
from importers.sample import sample_file
from importers.tabular import read_table
from tests.conftest import DATA

HEADER = (
    '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Ad name","Ad delivery",'
    '"Amount spent (EUR)",Impressions,Reach,"CPM (cost per 1,000 impressions) (EUR)","Link clicks",Purchases\n'
)


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ImportResult, ImportResult]:
    """The import as the app runs it, and the same file with every cell read as text (no plan)."""
    planned = import_file(path)
    with monkeypatch.context() as patch:
        patch.setattr(meta_ads, "PLAN", None)
        as_text = import_file(path)
    return planned, as_text


def assert_same(planned: ImportResult, as_text: ImportResult) -> None:
    pd.testing.assert_frame_equal(planned.records, as_text.records)
    assert planned.rejected == as_text.rejected
    assert (planned.warnings, planned.currency) == (as_text.warnings, as_text.currency)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("meta_ads*.csv")))
def test_meta_fixtures_read_the_same_with_the_plan(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """English, French (decimal commas), title-case 2017 and platform-breakdown exports."""
    planned, as_text = both_ways(DATA / name, monkeypatch)
    assert planned.rows > 0
    assert_same(planned, as_text)


def row(day: int, name: str, spend: str = "12.50", impressions: str = "1500", cpm: str = "8.3") -> str:
    date = f"2026-09-{day % 30 + 1:02d}"
    return f"{date},{date},Rentrée,1202,{name},active,{spend},{impressions},900,{cpm},7,\n"


def test_bad_cells_deep_in_a_large_export_are_rejected_with_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_reader, "BLOCK_BYTES", 4096)  # many batches and groups of batches
    rows = [row(i, f"Ad {i}") for i in range(3000)]
    rows[100] = row(100, '"Carrousel\nà deux lignes"')  # a line break: every line below moves by one
    rows[1500] = ",,,,,,,,,9.99,,\n"  # only a column the importer never reads: a row, not a blank one
    rows[1600] = ",,,,,,,,,,,\n"  # blank: dropped
    rows[2500] = row(2500, "Ad 2500", impressions="lots")
    rows[2700] = row(2700, "Ad 2700", spend="1.")  # a cast would read 1.0; the importer says no
    rows[2800] = row(2800, "Ad 2800").replace(
        "2026-09-11", "soon"
    )  # both dates: rejected once, for the first
    rows[2900] = row(2900, "Ad 2900", spend=" 3.5 ")
    path = tmp_path / "meta.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    with monkeypatch.context() as patch:  # the fast reader, which the plan is for
        patch.setattr(csv_reader, "_pandas_records", None)
        planned, as_text = both_ways(path, monkeypatch)
    assert_same(planned, as_text)
    # line = index + 2 (the header is line 1), + 1 below the two-line cell of row 100
    assert [(r.line, r.column) for r in planned.rejected] == [
        (2503, "Impressions"),
        (2703, "Amount spent (EUR)"),
        (2803, "Reporting starts"),
    ]
    assert planned.rejected[0].reason == "Impressions: 'lots' is not a number"
    records = planned.records.set_index("source_line")
    assert records.loc[1503, "impressions"] == 0.0 and pd.isna(records.loc[1503, "campaign_name"])
    assert 1603 not in records.index and records.loc[2903, "cost"] == 3.5
    assert records.loc[2902, "impressions"] == 1500.0 and len(records) == 3000 - 4


def test_numbers_come_as_floats_and_unread_columns_stay_listed(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text(HEADER + row(1, "A") + row(2, "B", impressions='"1,234"'), encoding="utf-8")
    table = read_table(path, sample_file(path), plan=meta_ads.PLAN)
    assert table.frame["Amount spent (EUR)"].dtype == np.float64
    assert table.frame["Impressions"].tolist() == ["1500", "1,234"]  # not plain: text, as without a plan
    assert "Ad delivery" not in table.frame and "CPM (cost per 1,000 impressions) (EUR)" not in table.frame
    assert "Ad delivery" in table.columns_found and len(table.columns_found) == 12


@pytest.mark.parametrize(("decimal", "pattern"), [(".", _PLAIN_DOT), (",", _PLAIN_INTEGER)])
def test_a_column_is_plain_exactly_when_every_cell_matches_the_pattern(decimal: str, pattern: str) -> None:
    """Cells of number characters, two at a time (a cell boundary inside every pair of rows)."""
    pick = random.Random(7)
    cells = ["1", "+5", ".5", "1.", "1.e5", "-.5", "1e-5", "1E+5", "-", "5-", "inf", "nan", "1e400", "0.10"]
    cells += [
        "".join(pick.choice("0123456789.eE+- ") for _ in range(pick.randint(1, 5))) for _ in range(3000)
    ]
    for first, second in zip(cells, cells[1:] + cells[:1], strict=True):
        column = pa.chunked_array([pa.array([first, None, second], pa.large_string())])
        numbers = plain_numbers(column, decimal)
        plain = all(re.fullmatch(pattern, cell) for cell in (first, second))
        assert (numbers is not None) == plain, (first, second)
        if numbers is not None:
            assert numbers[0] == float(first) and np.isnan(numbers[1]) and numbers[2] == float(second)


def test_a_row_wider_than_the_sample_takes_the_exact_reader_plan_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [row(i, f"Ad {i}") for i in range(2000)]
    rows[1800] = row(1800, "Ad 1800").rstrip("\n") + ",extra\n"
    path = tmp_path / "meta.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    planned, as_text = both_ways(path, monkeypatch)
    assert_same(planned, as_text)
    assert [(r.line, r.column) for r in planned.rejected] == [(1802, None)] and planned.rows == 1999


def test_a_cell_of_an_unread_column_is_blank_exactly_when_trimming_empties_it() -> None:
    spaces = [chr(c) for c in range(0x3100) if chr(c).isspace()] + ["\u180e", "\u200b", "\ufeff", "a", "é"]
    pick = random.Random(5)
    cells = ["".join(pick.choice(spaces) for _ in range(pick.randint(0, 3))) for _ in range(20_000)] + [None]
    column = pa.chunked_array([pa.array(cells, pa.large_string())])
    blank_once_trimmed = ~pc.is_valid(trimmed(column)).to_numpy(zero_copy_only=False)
    assert (_filled(column) == ~blank_once_trimmed).all()
