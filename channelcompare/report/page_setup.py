"""How each sheet prints: orientation, scaling, repeated titles, print area, header and footer, frozen panes.

The report is often printed or saved as PDF and forwarded, so every sheet says how it prints instead of
leaving it to the spreadsheet's defaults (portrait, 100 %, columns cut across pages with no heading):
- A4, landscape where the sheet is wide (all but Definitions), all columns on the page width
  (`fitToWidth=1`), as many pages down as the rows need (`fitToHeight=0`);
- the table's header row repeats on every page (`print_title_rows`), and on the Campaigns sheet, whose 34
  columns cannot be read at one page wide, the campaign's name columns repeat on every page across;
- the print area is exactly what the sheet holds (helper columns for the charts stay off paper);
- the header carries the report's title and period, the footer the sheet's name and "page n of N";
- table sheets freeze their header rows and first column, so the same holds on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

#: Excel header/footer codes: &P page number, &N page count, &A sheet name (`&&` is a literal "&").
PAGE_OF: str = "&P / &N"
A4 = "9"


@dataclass(frozen=True)
class PrintLayout:
    """How one sheet prints. `title_rows` ("3:3") repeat on every page down; `title_columns` ("A:C") on
    every page across; `pages_wide` = 1 fits every column on the page width."""

    landscape: bool = True
    title_rows: str | None = None
    title_columns: str | None = None
    pages_wide: int = 1


def apply_layout(ws: Any, layout: PrintLayout, header_text: str) -> None:
    """Page setup, repeated titles, header and footer; before the sheet is closed (they go in its tail)."""
    ws.page_setup.orientation = "landscape" if layout.landscape else "portrait"
    ws.page_setup.paperSize = A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = layout.pages_wide
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if layout.title_rows:
        ws.print_title_rows = layout.title_rows  # a defined name: a sheet with a later header sets it then
    if layout.title_columns:
        ws.print_title_cols = layout.title_columns
    _header_footer(ws, header_text)


def _header_footer(ws: Any, header_text: str) -> None:
    """The same header and footer on every page (odd, even and first pages alike)."""
    for page in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        page.left.text = _escaped(header_text)
        page.left.size = 9
    for page in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        page.left.text = "&A"
        page.left.size = 9
        page.right.text = PAGE_OF
        page.right.size = 9


def _escaped(text: str) -> str:
    """A literal text for a header: "&" starts a code there, so it is doubled."""
    return text.replace("&", "&&")


def set_print_area(ws: Any, last_column: int, last_row: int) -> None:
    """Print exactly A1 to the last written cell (defined names are written when the workbook is saved)."""
    ws.print_area = f"A1:{get_column_letter(max(1, last_column))}{max(1, last_row)}"


#: The Campaigns sheet has too many columns (34) for one page width at a readable size: it prints three
#: pages wide, with its headings and the channel, platform and name on every page.
CAMPAIGNS_PRINT = PrintLayout(title_rows="3:3", title_columns="A:C", pages_wide=3)
