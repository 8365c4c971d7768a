"""Safe cell values: imported text never becomes a formula, numbers never become text.

Campaign names and post texts come from files we do not control. A value such as `=HYPERLINK(...)` or
`+cmd|' /C calc'!A0` must reach the spreadsheet as the very text it was, never as something Excel would
evaluate, neither on opening nor when the analyst later edits the cell. So every text cell is written
with the string type set explicitly (openpyxl would otherwise turn a leading `=` into a formula and `#N/A`
into an error), and text that starts with a formula trigger also carries Excel's quote-prefix flag, which
keeps it text when edited. The CSV export, which has no cell types, prefixes such text with a single
quote, as OWASP recommends.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Final

import numpy as np
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: First characters that make Excel, LibreOffice or Google Sheets read a value as a formula.
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS: Final = 32_767
#: Control characters XML 1.0 cannot carry (tab, newline and carriage return are allowed).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Number = int | float


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would treat `text` as a formula if it were typed in."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(value: object) -> str | None:
    """`value` as text a workbook can hold: None when missing, illegal characters removed, length capped."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = _ILLEGAL_XML.sub("\ufffd", str(value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def clean_number(value: object) -> Number | None:
    """A finite int or float for a numeric cell; None for missing, NaN or infinite values."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, bool | np.bool_):
        return int(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        return number if math.isfinite(number) else None
    raise TypeError(f"not a number: {value!r}")


def csv_text(value: object) -> str:
    """Text for a CSV field: formula-like text is prefixed with a single quote so it stays text."""
    text = clean_text(value)
    if text is None:
        return ""
    return "'" + text if is_formula_like(text) else text


def text_cell(ws: WriteOnlyWorksheet, value: object, style: Cell | None = None) -> Cell | None:
    """A cell holding `value` as a string, never a formula or an error code (None when missing)."""
    text = clean_text(value)
    if not text:  # an empty inline string is not valid SpreadsheetML: leave the cell empty instead
        return _cell(ws, style) if style is not None and text == "" else None
    cell = _cell(ws, style)
    cell.value = text  # may infer a formula or an error code from the text ...
    cell.data_type = "s"  # ... which we overrule: it is a string, whatever it starts with
    if is_formula_like(text):
        cell.quotePrefix = True
    return cell


def number_cell(ws: WriteOnlyWorksheet, value: object, style: Cell | None = None) -> Cell | None:
    """A numeric cell (None when the value is missing, so the cell stays empty rather than 0)."""
    number = clean_number(value)
    if number is None:
        return _cell(ws, style) if style is not None else None
    cell = _cell(ws, style)
    cell.value = number
    return cell


def date_cell(ws: WriteOnlyWorksheet, value: object, style: Cell | None = None) -> Cell | None:
    """A date or date-time cell; None when missing."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if not isinstance(value, date | datetime):
        raise TypeError(f"not a date: {value!r}")
    cell = _cell(ws, style)
    cell.value = value
    return cell


def bool_cell(ws: WriteOnlyWorksheet, value: object, style: Cell | None = None) -> Cell | None:
    if value is None or value is pd.NA:
        return None
    cell = _cell(ws, style)
    cell.value = bool(value)
    return cell


def _cell(ws: WriteOnlyWorksheet, style: Cell | None) -> Cell:
    """A fresh cell; with `style`, it shares that prototype's formatting (a cheap array copy)."""
    # row and column are placeholders: the write-only sheet sets them when it places the cell.
    if style is None:
        return Cell(ws, row=1, column=1)
    return Cell(ws, row=1, column=1, style_array=style._style)  # type: ignore[attr-defined]  # copies the array: quotePrefix changes it
