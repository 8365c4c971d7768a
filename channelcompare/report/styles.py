"""The report's look: fonts, fills and number formats, as prototype cells that new cells copy.

Write-only workbooks cannot style a range after the fact, and assigning fonts and formats cell by cell is
what makes openpyxl slow. Each style is therefore built once per workbook as a prototype cell; a data
cell copies the prototype's style array, which costs about as much as copying a tuple.
"""

from __future__ import annotations

from typing import Final

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

INK: Final = "1F2937"
ACCENT: Final = "1F4E79"
MUTED: Final = "6B7280"
HEADER_FILL: Final = "1F4E79"
BAND_FILL: Final = "EEF3F8"
BAD_FILL: Final = "F8D7DA"
BAD_INK: Final = "842029"
GOOD_FILL: Final = "D1E7DD"

PERCENT: Final = "0.00%"
COUNT: Final = "#,##0"
DECIMAL: Final = "#,##0.00"
RATIO: Final = '0.00"×"'
P_VALUE: Final = '[<0.0001]"<0.0001";0.0000'
DATE: Final = "yyyy-mm-dd"
DATETIME: Final = "yyyy-mm-dd hh:mm"

#: Symbols of the currencies an export may carry; any other code is written out (e.g. "1,234.00 SEK").
CURRENCY_SYMBOLS: Final = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "JPY": "¥",
    "CHF": "CHF",
    "CAD": "CA$",
    "AUD": "A$",
    "INR": "₹",
    "BRL": "R$",
    "CNY": "CN¥",
}


def currency_format(code: str | None, lang: str) -> str:
    """Number format for amounts in `code`: symbol before the number in English, after it in French."""
    if not code:
        return DECIMAL
    symbol = CURRENCY_SYMBOLS.get(code.upper(), code.upper()).replace('"', "")
    decimals = "#,##0" if code.upper() == "JPY" else "#,##0.00"
    if lang == "fr" or symbol == code.upper():
        return f'{decimals}" {symbol}"'
    return f'"{symbol}"{decimals}'


class Palette:
    """Prototype cells of one worksheet's styles, created on first use (one per style and format)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._protos: dict[tuple[str, str | None], Cell] = {}

    def get(self, role: str, number_format: str | None = None) -> Cell:
        """The prototype for a role (`body`, `header`, `title`, ...) with an optional number format."""
        key = (role, number_format)
        if key not in self._protos:
            cell = Cell(self.ws, row=1, column=1)
            _ROLES[role](cell)
            if number_format:
                cell.number_format = number_format
            self._protos[key] = cell
        return self._protos[key]

    def shaded(self, fill: str, ink: str, number_format: str) -> Cell:
        """A body cell on its own `fill` with its own `ink` (the Timing heatmap's computed colours)."""
        key = (f"shaded:{fill}:{ink}", number_format)
        if key not in self._protos:
            cell = Cell(self.ws, row=1, column=1)
            cell.font = Font(name="Calibri", size=11, color=ink)
            cell.fill = PatternFill("solid", fgColor=fill)
            cell.alignment = Alignment(horizontal="center", vertical="top")
            cell.number_format = number_format
            self._protos[key] = cell
        return self._protos[key]


def _body(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, color=INK)
    cell.alignment = Alignment(vertical="top")


def _wrapped(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, color=INK)
    cell.alignment = Alignment(vertical="top", wrap_text=True)


def _header(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    cell.border = Border(bottom=Side(style="thin", color=ACCENT))


def _title(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=18, bold=True, color=ACCENT)


def _section(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=13, bold=True, color=ACCENT)
    cell.border = Border(bottom=Side(style="medium", color=ACCENT))


def _label(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, bold=True, color=INK)
    cell.alignment = Alignment(vertical="top")


def _platform(cell: Cell) -> None:
    """A platform's name, indented under its channel's."""
    cell.font = Font(name="Calibri", size=11, color=INK)
    cell.alignment = Alignment(vertical="top", indent=2)


def _note(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=10, italic=True, color=MUTED)
    cell.alignment = Alignment(vertical="top", wrap_text=False)


def _bad(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, bold=True, color=BAD_INK)
    cell.fill = PatternFill("solid", fgColor=BAD_FILL)
    cell.alignment = Alignment(vertical="top", wrap_text=True)


def _finding(cell: Cell) -> None:
    cell.font = Font(name="Calibri", size=11, color=INK)
    cell.alignment = Alignment(vertical="top", wrap_text=True)
    cell.border = Border(bottom=Side(style="hair", color=MUTED))


_ROLES = {
    "body": _body,
    "wrapped": _wrapped,
    "header": _header,
    "title": _title,
    "section": _section,
    "label": _label,
    "platform": _platform,
    "note": _note,
    "bad": _bad,
    "finding": _finding,
}


def metric_format(kind: str, currency: str | None, lang: str) -> str:
    """Number format for a metric of `kind` (see `MetricDef.kind`)."""
    if kind == "rate":
        return PERCENT
    if kind in ("per_1000", "money"):
        return currency_format(currency, lang)
    if kind == "ratio":
        return DECIMAL
    return COUNT
