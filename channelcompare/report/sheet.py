"""A thin writer over one write-only worksheet: rows of safe cells, headings, widths, row tracking.

Write-only worksheets stream rows to disk, so each sheet module builds its rows top to bottom through
this writer, which keeps count of the current row for the references charts and tables need.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break

from channelcompare.report import cells
from channelcompare.report.i18n import Words
from channelcompare.report.page_setup import PrintLayout, apply_layout, set_print_area
from channelcompare.report.styles import Palette

DEFAULT_WIDTH = 8.43  # characters: a spreadsheet's default column width
HEADING_SHARE = 0.75  # of a column's width that a bold heading's words fill before wrapping


class SheetWriter:
    """Streams rows into one sheet and remembers how many it wrote."""

    def __init__(self, workbook: Workbook, title: str, words: Words) -> None:
        # Any: openpyxl's stubs omit what write-only sheets get at run time (dimensions, page setup,
        # merged cells, conditional formats, tables, charts).
        self.ws: Any = workbook.create_sheet(_sheet_title(title))
        # Every row we append holds prepared cells. openpyxl's own row builder first tries each one as a
        # value, fails, and formats an error message it then discards: a third of the time of a big sheet.
        self.ws._values_to_row = _place_cells
        self.words = words
        self.palette = Palette(self.ws)
        self.row = 0  # last row written (1-based); 0 before the first
        self.columns = 0  # widest row written, in columns (the print area's width)

    @property
    def title(self) -> str:
        return str(self.ws.title)

    def style(self, role: str, number_format: str | None = None) -> Cell:
        return self.palette.get(role, number_format)

    def append(self, values: Iterable[Cell | None], height: float | None = None) -> int:
        """Write one row of prepared cells (None leaves a cell empty); returns its row number."""
        if height is not None:
            self.ws.row_dimensions[self.row + 1].height = height
        row = list(values)
        self.ws.append(row)
        self.row += 1
        self.columns = max(self.columns, len(row))
        return self.row

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.append([])

    def text(self, value: object, role: str = "body") -> Cell | None:
        return cells.text_cell(self.ws, value, self.style(role))

    def number(self, value: object, number_format: str | None = None, role: str = "body") -> Cell | None:
        return cells.number_cell(self.ws, value, self.style(role, number_format))

    def line(self, *texts: object, role: str = "body") -> int:
        """A row of text cells in one role (a title, a note)."""
        return self.append(self.text(t, role) for t in texts)

    def header(self, labels: Sequence[str | None], height: float | None = None) -> int:
        """A row of headings, as tall as its longest wrapped heading needs (at least `height`)."""
        fitted = max(
            (self._heading_height(i, label) for i, label in enumerate(labels, 1) if label), default=0
        )
        tallest = max(height or 0.0, fitted)
        return self.append((self.text(label, "header") for label in labels), height=tallest or None)

    def _heading_height(self, column: int, label: str) -> float:
        width = self.ws.column_dimensions[get_column_letter(column)].width or DEFAULT_WIDTH
        # Bold headings wrap at word boundaries: count on fewer characters a line than body text.
        return fit_height(label, width * HEADING_SHARE) if len(label) > width else 0.0

    def widths(self, widths: Sequence[float], first_column: int = 1) -> None:
        """Column widths in characters; must be set before the first row is written."""
        self._before_rows("widths")
        for offset, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(first_column + offset)].width = width

    def print_layout(self, layout: PrintLayout | None = None) -> None:
        """How the sheet prints (see `page_setup`): by default landscape, all columns on the page width.
        Before the first row: the fit-to-page flag is in the sheet's head, streamed with the first row."""
        self._before_rows("print_layout")
        apply_layout(self.ws, layout or PrintLayout(), self.words.page_header)

    def repeat_rows(self, row: int) -> None:
        """Print `row` (a table's headings) at the top of every page; any time before the save."""
        self.ws.print_title_rows = f"{row}:{row}"

    def finish(self) -> None:
        """Print exactly what the sheet holds; called once its last row is written."""
        set_print_area(self.ws, self.columns, self.row)

    def page_break(self) -> None:
        """Start a new printed page after the row just written."""
        self.ws.row_breaks.append(Break(id=self.row))

    def merge(self, first_col: int, last_col: int) -> None:
        """Merge columns `first_col`..`last_col` of the row just written (for long texts)."""
        self.ws.merged_cells.add(area(first_col, self.row, last_col, self.row))

    def freeze(self, cell: str) -> None:
        """Freeze the rows above and the columns left of `cell`; before the first row (see `print_layout`)."""
        self._before_rows("freeze")
        self.ws.freeze_panes = cell

    def _before_rows(self, what: str) -> None:
        # A write-only sheet streams its head (properties, views, widths) with its first row: set later,
        # these would be silently lost, as the Channels and Sources panes once were.
        if self.row:
            raise RuntimeError(f"{what} must come before the first row of sheet {self.title!r}")

    def close_with_rows(self, blocks: Iterable[bytes | memoryview], count: int) -> None:
        """Close the sheet with `count` more rows given as `<row>` XML (see `sheet_xml`), in `blocks`.

        A write-only sheet streams its XML to a temporary file that `Workbook.save` later packs; the rows
        are put into that file, after the rows openpyxl wrote, before the end of `sheetData`."""
        self.ws.close()  # writes the tail (auto-filter, page setup) after the rows written so far
        out = self.ws._writer.out
        with open(out, "rb") as handle:
            head, tail = _sheet_data_split(handle.read())
        spliced = out + ".rows"
        try:
            with open(spliced, "wb") as handle:
                handle.write(head)
                for block in blocks:
                    handle.write(block)
                handle.write(tail)
            os.replace(spliced, out)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(spliced)
        self.row += count
        self.finish()


def _place_cells(values: Iterable[Cell | None], row_index: int) -> Iterator[Cell]:
    """Give prepared cells their coordinates, skipping empty ones (openpyxl's write-only row protocol)."""
    for column_index, cell in enumerate(values, start=1):
        if cell is not None:
            cell.row = row_index
            cell.column = column_index
            yield cell


def _sheet_data_split(xml: bytes) -> tuple[bytes, bytes]:
    """`xml` cut where further rows belong: just before `</sheetData>` (an empty `<sheetData/>` opened)."""
    end = xml.rfind(b"</sheetData>")
    if end >= 0:
        return xml[:end], xml[end:]
    empty = xml.rfind(b"<sheetData/>")
    if empty < 0:
        raise ValueError("the worksheet has no sheetData element")
    return xml[:empty] + b"<sheetData>", b"</sheetData>" + xml[empty + len(b"<sheetData/>") :]


def fit_height(text: str, width_chars: float, line_points: float = 15.0) -> float:
    """Row height (points) that shows `text` wrapped in a column (or merged span) of `width_chars`.

    Spreadsheets do not grow rows for wrapped text in merged cells, so long paragraphs need it set."""
    per_line = max(1, int(width_chars * 1.1))
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    return lines * line_points + 3


def ref(sheet: str, first_col: int, first_row: int, last_col: int, last_row: int) -> str:
    """An absolute range reference to another sheet, quoted as Excel wants it."""
    quoted = "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!${get_column_letter(first_col)}${first_row}:${get_column_letter(last_col)}${last_row}"


def area(first_col: int, first_row: int, last_col: int, last_row: int) -> str:
    return f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"


def _sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31]
