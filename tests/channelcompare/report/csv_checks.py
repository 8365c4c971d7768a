"""What a spreadsheet could run in a CSV file, checked independently of `channelcompare.report.csv_safe`.

A cell may begin at the start of a field and after any CR, LF, `;` or tab inside it (a spreadsheet that
guesses another separator, or ends a row at a bare CR, starts a new cell there). A cell is a formula when,
after the spaces and invisible characters some applications strip, its first character is `= + - @` or a
form of them that Unicode compatibility folds to them (full-width, small). Plain numbers are fine.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

from tests.conftest import DATA

PAYLOADS: tuple[str, ...] = tuple(
    json.loads((DATA / "hostile" / "owasp_csv_injection.json").read_text(encoding="utf-8"))["payloads"]
)
_CELL_BREAK = re.compile(r"[\r\n;\t]")


def is_formula(cell: str) -> bool:
    text = cell
    while text and (text[0].isspace() or unicodedata.category(text[0]) in {"Cf", "Cc", "Zs", "Mn"}):
        text = text[1:]
    if unicodedata.normalize("NFKC", text[:1]) not in {"=", "+", "-", "@"}:
        return False
    try:
        float(text)
    except ValueError:
        return True
    return False  # a negative number is a number


def formula_cells(path: Path, delimiter: str) -> list[str]:
    """Every cell start in `path`, read with `delimiter`, that a spreadsheet would take for a formula."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        fields = [field for row in csv.reader(handle, delimiter=delimiter) for field in row]
    return [cell for field in fields for cell in _CELL_BREAK.split(field) if is_formula(cell)]


def fields(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [field for row in csv.reader(handle) for field in row]
