"""Helpers for the email importer tests: import a fixture, compare totals, make the xlsx variant."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from channelcompare.sources import ImportResult
from importers.load import import_file
from tests.conftest import DATA

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_PERCENT = re.compile(r"^-?\d+(\.\d+)?%$")
_DATE_FORMATS = ("%b %d, %Y %I:%M %p", "%Y-%m-%d %H:%M:%S")


def imported(name: str) -> ImportResult:
    return import_file(DATA / name)


def assert_totals(result: ImportResult, expected: dict[str, float | None]) -> None:
    """Every measure of the model: the expected value, or None where the file carries no such data."""
    totals = result.totals()
    for measure, value in totals.items():
        want = expected.get(measure)
        if want is None:
            assert value is None, f"{measure}: expected no data, got {value}"
        else:
            assert value == pytest.approx(want), measure


def xlsx_variant(name: str, folder: Path) -> Path:
    """The fixture saved as xlsx the way the platform's xlsx download holds it: numbers, percents and
    dates as typed cells (percent cells hold fractions), text as text."""
    book = openpyxl.Workbook()
    sheet = book.active
    with (DATA / name).open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append([_typed(cell) for cell in row])
            for cell, text in zip(sheet[sheet.max_row], row, strict=False):
                if _PERCENT.match(text):
                    cell.number_format = "0.00%"
    path = folder / (Path(name).stem + ".xlsx")
    book.save(path)
    return path


def _typed(cell: str) -> object:
    if _NUMBER.match(cell):
        return float(cell)
    if _PERCENT.match(cell):
        return float(cell[:-1]) / 100
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cell, fmt)
        except ValueError:
            pass
    return cell


def french_excel_variant(name: str, folder: Path) -> Path:
    """The fixture as a French Excel saves it: semicolons, decimal commas, cp1252, day-first dates."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    with (DATA / name).open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            writer.writerow([_french(cell) for cell in row])
    path = folder / (Path(name).stem + "_fr.csv")
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def _french(cell: str) -> str:
    typed = _typed(cell)
    if isinstance(typed, datetime):
        return typed.strftime("%d/%m/%Y %H:%M")
    money = re.fullmatch(r"\$([\d,]+\.\d\d)", cell)
    if money:
        return money.group(1).replace(",", "\u00a0").replace(".", ",") + " $"
    if _NUMBER.match(cell) or _PERCENT.match(cell):
        return cell.replace(".", ",")
    return cell


def with_bad_cell(name: str, folder: Path, line: int, old: str, new: str) -> Path:
    """A copy of the fixture with the first `old` on 1-based `line` replaced by `new`."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path = folder / name
    path.write_text("".join(lines), encoding="utf-8")
    return path
