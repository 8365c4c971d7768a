"""Reading whole tables: header row, unique names, line numbers, bad rows, xlsx, chunks and cancel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from channelcompare.errors import Cancelled, EmptyFile, MissingColumns
from importers import csv_reader
from importers.sample import sample_file
from importers.tabular import find_column, read_table, unique_names

TRICKY = (
    "sep=;\nReport\n\nName;Clicks;Clicks;Date\n"
    '"multi\nline";1 234;5;02/09/2026\nB;lots;3;03/09/2026\nC;4;5;6;7\n\nD;1,5;2;13/09/2026\n'
)


def write(tmp_path: Path, text: str, name: str = "f.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_line_numbers_count_preamble_multiline_cells_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path, TRICKY)
    table = read_table(path, sample_file(path))
    assert list(table.frame.columns) == ["Name", "Clicks", "Clicks (2)", "Date"]
    assert table.frame["Name"].tolist() == ["multi\nline", "B", "D"]
    assert table.lines.tolist() == [5, 7, 10]
    assert [(r.line, r.column) for r in table.rejected] == [(8, None)]
    assert table.rejected[0].reason == "has more cells than the header's 4 columns"


def test_utf16_tabs_with_preamble(tmp_path: Path) -> None:
    text = "Campaign Performance Report\nDate range\n\nName\tClicks\nA\t3\nB\t4\n"
    path = write(tmp_path, "\ufeff" + text, encoding="utf-16-le")
    table = read_table(path, sample_file(path))
    assert table.frame["Clicks"].tolist() == ["3", "4"]
    assert table.lines.tolist() == [5, 6]


def test_chunks_progress_and_cancel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reader, "BLOCK_BYTES", 64)
    path = write(tmp_path, "a,b\n" + "".join(f"x{i},{i}\n" for i in range(55)))
    seen: list[float] = []
    table = read_table(path, sample_file(path), progress=seen.append)
    assert len(table.frame) == 55 and table.lines[-1] == 56
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3
    with pytest.raises(Cancelled):
        read_table(path, sample_file(path), cancelled=lambda: True)


def test_header_only_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Clicks\n\n")
    with pytest.raises(EmptyFile, match="f.csv has column headers but no data rows"):
        read_table(path, sample_file(path))


def test_xlsx_rows_are_text_with_sheet_row_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Report title"])
    sheet.append([])
    sheet.append(["Name", "Clicks", "Name"])
    sheet.append(["A", 3.0, "x"])
    sheet.append([None, None, None])
    sheet.append(["B", 2.5, "y"])
    path = tmp_path / "t.xlsx"
    book.save(path)
    table = read_table(path, sample_file(path))
    assert list(table.frame.columns) == ["Name", "Clicks", "Name (2)"]
    assert table.frame["Clicks"].tolist() == ["3", "2.5"]
    assert table.lines.tolist() == [4, 6]


def test_find_and_require_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "Clics sur un lien,Date\n3,2026-09-01\n")
    table = read_table(path, sample_file(path))
    assert table.find("Link clicks", "clics sur un LIEN") == "Clics sur un lien"
    with pytest.raises(MissingColumns) as caught:
        table.require(
            {"clicks": ("Link clicks", "Clics sur un lien"), "spend": ("Amount spent", "Montant dépensé")}
        )
    message = caught.value.message
    assert "f.csv" in message and "'Amount spent' or 'Montant dépensé'" in message
    assert "'Clics sur un lien'" in message and "Link clicks" not in message


def test_unique_names_and_find_column() -> None:
    assert unique_names(["a", "A", "", "a"]) == ["a", "A (2)", "Column 3", "a (3)"]
    assert find_column(["Send Date", "Title"], "title") == "Title"
    assert find_column(["Send Date"], "Title") is None
    assert find_column(["Send Date"], "title", "send  DATE") == "Send Date"


def test_trailing_delimiters_are_tolerated_but_extra_values_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Clicks\nA,1,\nB,2,\nC,3,surprise\nD,4\n")
    table = read_table(path, sample_file(path))
    assert list(table.frame.columns) == ["Name", "Clicks"]
    assert table.frame["Name"].tolist() == ["A", "B", "D"]
    assert table.lines.tolist() == [2, 3, 5]
    assert [(r.line, r.reason) for r in table.rejected] == [(4, "has more cells than the header's 2 columns")]


def test_rows_wider_than_the_sample_are_rejected_with_their_line(tmp_path: Path) -> None:
    body = "".join(f"r{i},{i}\n" for i in range(100))  # beyond the sampled head
    path = write(tmp_path, "Name,Clicks\n" + body + "late,1,2,3\nlast,9\n")
    table = read_table(path, sample_file(path))
    assert table.frame["Name"].iloc[-1] == "last" and table.lines[-1] == 103
    assert [(r.line, r.column) for r in table.rejected] == [(102, None)]
    assert "expected 2 fields, saw 4" in table.rejected[0].reason


def test_well_formed_files_take_the_fast_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_reader(*_args: object) -> None:
        raise AssertionError("the pandas reader is only for files with malformed rows")

    monkeypatch.setattr(csv_reader, "_pandas_records", slow_reader)
    path = write(tmp_path, 'Name,Clicks\n"multi\nline",1\n\nB, 2 \n')
    table = read_table(path, sample_file(path))
    assert table.frame["Clicks"].tolist() == ["1", "2"] and table.lines.tolist() == [2, 5]


def test_a_line_break_deep_in_the_file_moves_the_lines_below_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_reader, "BLOCK_BYTES", 64)
    rows = [f"n{i},{i}\n" for i in range(40)]
    rows[30] = 'n30,"line\nbreak"\n'
    path = write(tmp_path, "Name,Note\n" + "".join(rows))
    table = read_table(path, sample_file(path))
    assert table.lines.tolist() == [*range(2, 33), *range(34, 43)]
    assert table.frame["Note"].iloc[30] == "line\nbreak"
    path = write(tmp_path, "Name,Note\n" + "".join(rows[:30] + rows[31:]), name="g.csv")
    assert read_table(path, sample_file(path)).lines.tolist() == list(range(2, 41))
