"""Table selections as tab-separated text that pastes into Excel as cells, never as formulas."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt

from ui.models.dataframe_model import DataFrameModel

#: A cell starting with one of these would be evaluated by a spreadsheet (CSV/TSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def selection_as_tsv(model: DataFrameModel, indexes: Iterable[QModelIndex], *, headers: bool = False) -> str:
    """The selected cells as a rectangle of rows (one line each) and columns (tab-separated).

    Numbers are written in full precision with the locale's decimal mark and no group separator, so Excel
    reads them as numbers; text is cleaned of tabs and line breaks and quoted against formula injection.
    """
    cells = {(i.row(), i.column()): i for i in indexes if i.isValid()}
    if not cells:
        return ""
    rows = sorted({r for r, _ in cells})
    columns = sorted({c for _, c in cells})
    lines = [_header_line(model, columns)] if headers else []
    for row in rows:
        values = [_cell(model, row, c) if (row, c) in cells else "" for c in columns]
        lines.append("\t".join(values))
    return "\r\n".join(lines) + "\r\n"


def _cell(model: DataFrameModel, row: int, column: int) -> str:
    value: Any = model.raw(row, column)
    kind = model.kind(column)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return (
            value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
        )
    if isinstance(value, (int, float)) and kind not in ("text", "channel", "platform"):
        return model.locale.toString(float(value), "g", 15).replace(model.locale.groupSeparator(), "")
    return _safe_text(model.format(value, kind))


def _safe_text(text: str) -> str:
    text = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _header_line(model: DataFrameModel, columns: list[int]) -> str:
    return "\t".join(_safe_text(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in columns)
