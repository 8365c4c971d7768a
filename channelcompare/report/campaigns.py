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

import numpy as np
import pandas as pd
import pyarrow as pa
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from channelcompare.errors import Cancelled
from channelcompare.metrics import METRICS
from channelcompare.model import MEASURES, MONEY_MEASURES
from channelcompare.report import cells, sheet_xml, styles
from channelcompare.report.campaign_table import CampaignTable
from channelcompare.report.definitions import metric_label
from channelcompare.report.i18n import Words
from channelcompare.report.labels import basis_label
from channelcompare.report.sheet import SheetWriter, area
from channelcompare.wording import PLATFORM_LABELS

EXCEL_MAX_ROWS: Final = 1_048_576
HEADER_ROWS: Final = 3  # title, note, column headings
TEXT_COLUMNS: Final = ("channel", "platform", "campaign_name", "campaign_id")
TAIL_TEXT: Final = ("currency", "audience_basis", "attribution", "source_file")
COUNT_COLUMNS: Final = ("rows", *(m for m in MEASURES if m not in MONEY_MEASURES), "audience", "interactions")
_BLOCK_ROWS: Final = 50_000  # rows whose XML is built at once (about 60 MB at most)


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
    sheet.line(words.get("sheet.campaigns"), role="title")
    sheet.line(note, role="note")
    sheet.header([label for _, label in columns], height=32)
    last_row = HEADER_ROWS + max(1, len(part))
    sheet.ws.auto_filter.ref = area(1, HEADER_ROWS, len(columns), last_row)
    styles = _Styles(sheet, part)
    names = [name for name, _ in columns]
    sheet.close_with_rows(_blocks(styles, part, names, progress, cancelled), len(part))


def _blocks(
    styles: _Styles,
    part: pd.DataFrame,
    names: list[str],
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> Iterator[memoryview]:
    """The rows' XML, a block of rows at a time (bounded memory; progress and cancel between blocks)."""
    for start in range(0, len(part), _BLOCK_ROWS):
        if cancelled():
            raise Cancelled("The report was cancelled; no file was written.")
        block = part.iloc[start : start + _BLOCK_ROWS]
        rows = sheet_xml.row_numbers(HEADER_ROWS + 1 + start, len(block))
        cells = [
            styles.cells(block, name, get_column_letter(index), rows)
            for index, name in enumerate(names, start=1)
        ]
        yield sheet_xml.utf8_bytes(sheet_xml.row_elements(rows, cells))
        progress(min(1.0, (start + len(block)) / len(part)))


class _Styles:
    """The style id of each column's cells, registered with openpyxl's workbook (see `styles.Palette`)."""

    def __init__(self, sheet: SheetWriter, part: pd.DataFrame) -> None:
        self.sheet, self.words = sheet, sheet.words
        body = sheet.style("body")
        quoted = cells.text_cell(sheet.ws, "=", body)  # the body style with the quote prefix
        self.text = sheet_xml.TextStyles(body.style_id, quoted.style_id)  # type: ignore[union-attr]
        self.date = sheet.style("body", styles.DATETIME).style_id
        currencies = part["currency"].dropna().unique().tolist() if len(part) else []
        self.money = {code: self._money(code) for code in currencies}
        self.no_currency = self._money(None)

    def _money(self, code: str | None) -> int:
        return int(self.sheet.style("body", styles.currency_format(code, self.words.lang)).style_id)

    def cells(self, block: pd.DataFrame, name: str, letter: str, rows: pa.Array) -> pa.Array:
        if name in (*TEXT_COLUMNS, *TAIL_TEXT):
            return sheet_xml.text_cells(_labelled(block[name], name, self.words), letter, rows, self.text)
        if name in ("start", "end"):
            return sheet_xml.date_cells(block[name], letter, rows, self.date)
        values = block[name].to_numpy(dtype=np.float64, na_value=np.nan)
        if _is_money(name):
            per_row = block["currency"].map(self.money).fillna(self.no_currency)
            return sheet_xml.number_cells(values, letter, rows, per_row.to_numpy(dtype=np.int64))
        return sheet_xml.number_cells(values, letter, rows, self._number_style(name))

    def _number_style(self, name: str) -> int:
        kind = METRICS[name].kind if name in METRICS else "count"
        number_format = {"rate": styles.PERCENT, "ratio": styles.DECIMAL}.get(kind, styles.COUNT)
        return int(self.sheet.style("body", number_format).style_id)


def _labelled(column: pd.Series, name: str, words: Words) -> pd.Series:
    """Channel, platform and audience-basis codes as the reader's words (once per distinct code)."""
    if name not in ("platform", "channel", "audience_basis"):
        return column
    codes = column.dropna().unique().tolist()
    return column.map({code: _label(words, name, code) for code in codes})


def _label(words: Words, name: str, code: str) -> str:
    if name == "platform":
        return PLATFORM_LABELS.get(code, code)
    if name == "channel":
        return words.get(f"channel.{code}") if words.has(f"channel.{code}") else code
    return basis_label(words, code) or code


def _is_money(name: str) -> bool:
    return name in MONEY_MEASURES or (name in METRICS and METRICS[name].kind in ("money", "per_1000"))


def _width(name: str) -> float:
    widths = {
        "channel": 20,
        "campaign_name": 42,
        "campaign_id": 16,
        "source_file": 28,
        "start": 17,
        "end": 17,
    }
    return widths.get(name, 13)
