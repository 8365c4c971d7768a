"""The Campaigns sheet(s): one line per campaign row (or weekly sum, see `campaign_table`), with its
measures and the engine's per-row metrics.

This is the one sheet that can be large (a million cells for a million-record import), so its data rows
are not written cell by cell through openpyxl (about 6 µs a cell) but as XML built column by column
(`sheet_xml`, about 0.1 µs a cell); openpyxl writes the title, note and headings, registers the styles,
and writes every other part of the workbook.
Beyond Excel's 1,048,576 rows the list continues on further sheets, and each sheet says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

import pandas as pd
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from channelcompare.errors import Cancelled
from channelcompare.metrics import METRICS
from channelcompare.model import MEASURES, MONEY_MEASURES
from channelcompare.report import sheet_xml
from channelcompare.report.campaign_cells import ALL_TEXT, TAIL_TEXT, TEXT_COLUMNS, ColumnCells
from channelcompare.report.campaign_table import CampaignTable
from channelcompare.report.definitions import metric_label
from channelcompare.report.i18n import Words
from channelcompare.report.page_setup import CAMPAIGNS_PRINT
from channelcompare.report.sheet import SheetWriter, area

EXCEL_MAX_ROWS: Final = 1_048_576
HEADER_ROWS: Final = 3  # title, note, column headings
COUNT_COLUMNS: Final = ("rows", *(m for m in MEASURES if m not in MONEY_MEASURES), "audience", "interactions")
_BLOCK_ROWS: Final = 50_000  # rows whose XML is built at once (about 60 MB for ordinary names)
#: Bytes of XML one block may reach: Arrow strings hold 2 GB, and hostile 32,767-character names are possible.
_BLOCK_BYTES: Final = 256 * 2**20


def column_names(words: Words) -> list[tuple[str, str]]:
    """(table column, heading) in sheet order."""
    heading = {
        "channel": words.get("col.channel"),
        "platform": words.get("col.platform"),
        "campaign_name": words.get("col.campaign"),
        "campaign_id": words.get("col.campaign_id"),
        "start": words.get("col.start"),
        "end": words.get("col.end"),
        "rows": words.get("col.records"),
        "audience": words.get("col.audience"),
        "interactions": words.get("col.interactions"),
        "currency": words.get("col.currency"),
        "audience_basis": words.get("col.audience_basis"),
        "attribution": words.get("col.attribution"),
        "prorated": words.get("col.prorated"),
        "source_file": words.get("col.source_file"),
        "source_line": words.get("col.source_line"),
        **{m: words.get(f"measure.{m}") for m in MEASURES},
        **{m: metric_label(words, m) for m in METRICS},
    }
    order = [
        *TEXT_COLUMNS,
        "start",
        "end",
        *COUNT_COLUMNS,
        *MONEY_MEASURES,
        *METRICS,
        *TAIL_TEXT,
        "source_line",
    ]
    return [(name, heading[name]) for name in order]


def write_campaigns(
    workbook: Workbook,
    words: Words,
    table: CampaignTable,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> list[str]:
    """Write the table on as many sheets as Excel needs; returns their names."""
    capacity = EXCEL_MAX_ROWS - HEADER_ROWS
    chunks = max(1, -(-len(table.rows) // capacity))
    names = [_sheet_name(words, i) for i in range(chunks)]
    for index in range(chunks):
        part = table.rows.iloc[index * capacity : (index + 1) * capacity]
        sheet = SheetWriter(workbook, names[index], words)
        following = names[index + 1] if index + 1 < chunks else None
        note = _note(words, table, following)
        _write_part(sheet, part, note, _scaled(progress, index, chunks), cancelled)
    return names


def _note(words: Words, table: CampaignTable, following: str | None) -> str:
    counts = {"records": f"{table.records:,}", "rows": f"{len(table.rows):,}"}
    notes = [words.get("campaigns.weekly" if table.weekly else "campaigns.note", **counts)]
    if table.store_rows:
        notes.append(words.get("campaigns.excluded", rows=f"{table.store_rows:,}"))
    if table.analytics_rows:
        notes.append(words.get("campaigns.analytics_excluded", rows=f"{table.analytics_rows:,}"))
    if following:
        notes.append(words.get("campaigns.split", next=following))
    return " ".join(notes)


def _sheet_name(words: Words, index: int) -> str:
    return words.get("sheet.campaigns") + ("" if index == 0 else f" {index + 1}")


def _scaled(progress: Callable[[float], None], index: int, count: int) -> Callable[[float], None]:
    return lambda fraction: progress((index + fraction) / count)


def _write_part(
    sheet: SheetWriter,
    part: pd.DataFrame,
    note: str,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> None:
    """Title, note and headings through openpyxl; the data rows as XML built column-wise (`sheet_xml`)."""
    words = sheet.words
    columns = column_names(words)
    sheet.widths([_width(name) for name, _ in columns])
    sheet.freeze(f"D{HEADER_ROWS + 1}")
    sheet.print_layout(CAMPAIGNS_PRINT)
    sheet.line(words.get("sheet.campaigns"), role="title")
    sheet.line(note, role="note")
    sheet.header([label for _, label in columns], height=32)
    last_row = HEADER_ROWS + max(1, len(part))
    sheet.ws.auto_filter.ref = area(1, HEADER_ROWS, len(columns), last_row)
    column_cells = ColumnCells(sheet, part)
    names = [name for name, _ in columns]
    sheet.close_with_rows(_blocks(column_cells, part, names, progress, cancelled), len(part))


def _blocks(
    column_cells: ColumnCells,
    part: pd.DataFrame,
    names: list[str],
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> Iterator[memoryview]:
    """The rows' XML, a block of rows at a time (bounded memory; progress and cancel between blocks)."""
    block_rows = _block_rows(part)
    for start in range(0, len(part), block_rows):
        if cancelled():
            raise Cancelled("The report was cancelled; no file was written.")
        block = part.iloc[start : start + block_rows]
        rows = sheet_xml.row_numbers(HEADER_ROWS + 1 + start, len(block))
        cells = [
            column_cells.cells(block, name, get_column_letter(index), rows)
            for index, name in enumerate(names, start=1)
        ]
        yield sheet_xml.utf8_bytes(sheet_xml.row_elements(rows, cells))
        progress(min(1.0, (start + len(block)) / len(part)))


def _block_rows(part: pd.DataFrame) -> int:
    """Rows per block, so that a block's XML stays under `_BLOCK_BYTES` even for the longest texts: each
    character may take 6 bytes (`&` escaped as `&amp;`), a row's markup about 2,000."""
    texts = (part[name].dropna().astype("str") for name in ALL_TEXT)
    longest = sum(int(text.str.len().max()) if len(text) else 0 for text in texts)
    return max(1, min(_BLOCK_ROWS, _BLOCK_BYTES // (2_000 + 6 * longest)))


def _width(name: str) -> float:
    widths = {
        "channel": 20,
        "campaign_name": 42,
        "campaign_id": 16,
        "source_file": 28,
        "prorated": 22,
        "start": 17,
        "end": 17,
    }
    return widths.get(name, 13)
