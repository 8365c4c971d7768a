"""The cells of each Campaigns column, as `sheet_xml` builds them: which kind, which style, which words.

Style ids are registered with openpyxl's workbook through prototype cells (`styles.Palette`), so styles.xml
stays openpyxl's; amounts take the number format of their own row's currency.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa

from channelcompare.metrics import METRICS
from channelcompare.model import MONEY_MEASURES
from channelcompare.report import cells, sheet_xml, styles
from channelcompare.report.i18n import Words
from channelcompare.report.labels import basis_label
from channelcompare.report.sheet import SheetWriter
from channelcompare.wording import PLATFORM_LABELS

TEXT_COLUMNS: Final = ("channel", "platform", "campaign_name", "campaign_id")
TAIL_TEXT: Final = ("currency", "audience_basis", "attribution", "prorated", "source_file")
ALL_TEXT: Final = (*TEXT_COLUMNS, *TAIL_TEXT)


class ColumnCells:
    """Builds one column of a block of rows (`cells`), with the style ids it registered once for the sheet."""

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
        if name in ALL_TEXT:
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
