"""Every export fixture with the OWASP payloads in place of its imported text, and named with one.

Each fixture in tests/data is imported once; every value it gave a text column that carries the file's
own words (campaign names and ids, attribution settings, UTM campaign, discount codes, tags) is replaced,
cell by cell and in the file's own encoding and separator, by a payload of
tests/data/hostile/owasp_csv_injection.json. The file is saved under a name that starts with a payload,
which reaches the `source_file` column. These files then go through import, comparison, report and CSV.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

from channelcompare.sources import ImportResult
from importers.load import import_file
from tests.channelcompare.report.csv_checks import PAYLOADS
from tests.conftest import DATA

#: Canonical columns that hold the file's own words (the others are our vocabulary, numbers or dates).
FILE_TEXT = ("campaign_id", "campaign_name", "attribution", "utm_campaign", "discount_code", "tags")
#: Payloads a file name can carry (no path separator).
NAME_PAYLOADS = tuple(p for p in PAYLOADS if "/" not in p)
FIXTURES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".xlsx"))


def imported_words(result: ImportResult) -> list[str]:
    """The distinct values of the file's own text columns, first seen first (short codes left out)."""
    words: dict[str, None] = {}
    for column in FILE_TEXT:
        for value in result.records[column].dropna():
            text = str(value).strip()
            # digits only are ids or number cells: "12" could be any count, and X's post ids are what proves
            # an export in an unlisted UI language (read by column order) is one
            if len(text) >= 4 and not text.isdigit():
                words.setdefault(text, None)
    return list(words)


def hostile_copy(fixture: Path, folder: Path, number: int) -> tuple[Path, dict[str, str]]:
    """`fixture` with its imported words replaced by payloads; returns the copy and word -> payload."""
    words = imported_words(import_file(fixture))
    encoding = "utf-8" if fixture.suffix == ".xlsx" else _encoding(fixture.read_bytes())
    usable = [p for p in PAYLOADS if _encodes(p, encoding)]  # a cp1252 export has no full-width signs
    swap = Swap(words, usable, number)
    target = folder / f"{NAME_PAYLOADS[number % len(NAME_PAYLOADS)]} {fixture.name}"
    if fixture.suffix == ".xlsx":
        _swap_xlsx(fixture, target, swap)
    else:
        _swap_csv(fixture, target, swap, encoding)
    return target, swap.done


class Swap:
    """Word -> payload, also for a cell that is part of a word (a name built from several cells)."""

    def __init__(self, words: list[str], payloads: list[str], start: int) -> None:
        self.words, self.payloads = words, payloads
        self.done: dict[str, str] = {}
        self.start = start
        for word in words:
            self._assign(word)

    def __call__(self, cell: str, first_in_row: bool = False) -> str:
        text = cell.strip()
        if text in self.done:
            return self.done[text]
        if first_in_row:  # a label or a section title ("Combination 1 Stats"), which the importer reads
            return cell
        if len(text) >= 8 and any(c.isalpha() for c in text) and any(text in word for word in self.words):
            return self._assign(text)
        return cell

    def _assign(self, text: str) -> str:
        payload = self.payloads[(self.start + len(self.done)) % len(self.payloads)]
        self.done[text] = payload
        return payload


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _swap_csv(fixture: Path, target: Path, swap: Swap, encoding: str) -> None:
    text = fixture.read_bytes().decode(encoding)
    delimiter = max(("\t", ";", ","), key=text.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    out = io.StringIO(newline="")
    # CRLF: Python's csv module quotes a field holding CR or LF only when they are in the line terminator
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([[swap(cell, index == 0) for index, cell in enumerate(row)] for row in rows])
    target.write_bytes(out.getvalue().encode(encoding))


def _encoding(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _swap_xlsx(fixture: Path, target: Path, swap: Swap) -> None:
    workbook = openpyxl.load_workbook(fixture)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if (
                    isinstance(cell.value, str)
                    and (payload := swap(cell.value, cell.column == 1)) != cell.value
                ):
                    cell.value = payload
                    cell.data_type = "s"  # the payload as text in the fixture itself, like a real export
    workbook.save(target)
