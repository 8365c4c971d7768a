"""The Campaigns sheet(s): one line per campaign row (or weekly sum, see `campaign_table`), with its
measures and the engine's per-row metrics.

This is the one sheet that can be large, so it is written lean: values are prepared column by column
with pandas, and each cell copies a prototype's style instead of being styled attribute by attribute.
Beyond Excel's 1,048,576 rows the list continues on further sheets, and each sheet says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

import numpy as np
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.workbook import Workbook

from channelcompare.errors import Cancelled
from channelcompare.metrics import METRICS
from channelcompare.model import MEASURES, MONEY_MEASURES
from channelcompare.report import cells, styles
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
_PROGRESS_EVERY: Final = 5_000


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
    words = sheet.words
    columns = column_names(words)
    sheet.widths([_width(name) for name, _ in columns])
    sheet.freeze(f"D{HEADER_ROWS + 1}")
    sheet.line(words.get("sheet.campaigns"), role="title")
    sheet.line(note, role="note")
    sheet.header([label for _, label in columns], height=32)
    for done, row in enumerate(_rows(sheet, part, [name for name, _ in columns]), start=1):
        sheet.append(row)
        if done % _PROGRESS_EVERY == 0:
            if cancelled():
                raise Cancelled("The report was cancelled; no file was written.")
            progress(done / max(1, len(part)))
    last_row = HEADER_ROWS + max(1, len(part))
    sheet.ws.auto_filter.ref = area(1, HEADER_ROWS, len(columns), last_row)


def _rows(sheet: SheetWriter, part: pd.DataFrame, names: list[str]) -> Iterator[list[Cell | None]]:
    """Cells row by row from values prepared column by column."""
    words = sheet.words
    makers, values = [], []
    for name in names:
        makers.append(_maker(sheet, name, words))
        values.append(_values(part, name, words))
    money = {names.index(m) for m in (*MONEY_MEASURES, *METRICS) if _is_money(m)}
    currencies = values[names.index("currency")]
    for row_index, row in enumerate(zip(*values, strict=True)):
        currency = currencies[row_index]
        yield [
            _money_cell(sheet, row[i], currency) if i in money else make(row[i])
            for i, make in enumerate(makers)
        ]


def _maker(sheet: SheetWriter, name: str, words: Words) -> Callable[[object], Cell | None]:
    ws = sheet.ws
    if name in (*TEXT_COLUMNS, *TAIL_TEXT):
        proto = sheet.style("body")
        return lambda value: cells.text_cell(ws, value, proto)
    if name in ("start", "end"):
        proto = sheet.style("body", styles.DATETIME)
        return lambda value: cells.date_cell(ws, value, proto)
    number_format = styles.PERCENT if name in METRICS and METRICS[name].kind == "rate" else styles.COUNT
    if name in METRICS and METRICS[name].kind == "ratio":
        number_format = styles.DECIMAL
    proto = sheet.style("body", number_format)
    return lambda value: cells.fast_number(ws, value, proto)  # type: ignore[arg-type]


def _money_cell(sheet: SheetWriter, value: object, currency: object) -> Cell | None:
    if value is None:
        return None
    code = currency if isinstance(currency, str) else None
    proto = sheet.style("body", styles.currency_format(code, sheet.words.lang))
    return cells.fast_number(sheet.ws, value, proto)  # type: ignore[arg-type]


def _values(part: pd.DataFrame, name: str, words: Words) -> list[object]:
    """A column as Python values, None where missing or not finite, labels translated."""
    column = part[name]
    if name == "platform":
        column = column.map(lambda p: PLATFORM_LABELS.get(p, p) if isinstance(p, str) else p)
    elif name == "channel":
        column = column.map(lambda c: words.get(f"channel.{c}") if words.has(f"channel.{c}") else c)
    elif name == "audience_basis":
        column = column.map(lambda b: basis_label(words, b) if isinstance(b, str) else b)
    if pd.api.types.is_datetime64_any_dtype(column):
        stamps = np.array(column.dt.to_pydatetime(), dtype=object)  # a writable copy
        stamps[column.isna().to_numpy()] = None
        return stamps.tolist()
    if pd.api.types.is_numeric_dtype(column):
        numbers = column.to_numpy(dtype=np.float64)
        boxed = numbers.astype(object)
        boxed[~np.isfinite(numbers)] = None
        return boxed.tolist()
    return column.astype(object).where(column.notna(), None).tolist()


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
