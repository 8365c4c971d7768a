"""Cells of a big worksheet as SpreadsheetML, generated column by column (the Campaigns sheet).

Why this module exists although openpyxl writes the rest of the workbook: openpyxl spends about 6 µs on
every cell (a `Cell` object, its style hashed and looked up, an lxml element), even in write-only mode
with prototype styles; the Campaigns sheet of a 1,000,000-record import holds about a million cells, so
openpyxl alone took 4-5 s, twice the import's own time. Here a column's cells are built at once with
Arrow's string kernels (about 0.1 µs a cell) into exactly the XML openpyxl would write: inline strings,
numbers in their shortest exact form, dates as Excel serial numbers, and style ids that openpyxl itself
registered (`Cell.style_id`), so styles.xml and everything else stay openpyxl's.

Safety, as in `cells.text_cell`: every text cell is written as an inline string (`t="inlineStr"`); this
module never writes a formula element, whatever the text starts with. Text is cleaned by
`cells.clean_text` (control characters XML cannot carry, Excel's length limit) and escaped: `&`, `<`, `>`,
and carriage returns as a character reference (an XML parser would turn a raw one into a line feed).
Text a spreadsheet would read as a formula gets the quote-prefixed style, which keeps it text when edited.
Text is cleaned once per distinct value, not per cell, with Arrow's string kernels (`_text_tail` is the
same for one value, and the fallback for text Arrow cannot hold).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from channelcompare.report.cells import FORMULA_TRIGGERS, MAX_CELL_CHARS, clean_text, is_formula_like

_EXCEL_EPOCH = np.datetime64(datetime(1899, 12, 30), "us")
_INLINE = '" t="inlineStr"><is>'
#: `cells._ILLEGAL_XML` for Arrow's RE2: the control characters XML 1.0 cannot carry, and U+FFFE, U+FFFF.
_ILLEGAL_RE2 = "[\\x{00}-\\x{08}\\x{0b}\\x{0c}\\x{0e}-\\x{1f}\\x{fffe}\\x{ffff}]"


@dataclass(frozen=True)
class TextStyles:
    """Style ids (the `s` attribute) of a text column: as is, and with the quote prefix."""

    plain: int
    quoted: int


def row_numbers(first: int, count: int) -> pa.Array:
    """The row numbers `first` .. `first + count - 1` as text, shared by every column of a block."""
    return pc.cast(pa.array(np.arange(first, first + count, dtype=np.int64)), pa.string())


def text_cells(values: pd.Series, letter: str, rows: pa.Array, styles: TextStyles) -> pa.Array:
    """One `<c>` per row of a text column; empty (no cell) where the value is missing or blank."""
    codes, uniques = pd.factorize(values.reset_index(drop=True), use_na_sentinel=True)
    try:
        tails = _text_tails(pa.array(pd.Series(uniques, dtype=object).map(str), type=pa.string()), styles)
    except (pa.ArrowException, UnicodeError):  # text Arrow cannot hold (a lone surrogate): one at a time
        tails = pa.array([_text_tail(value, styles) for value in uniques], type=pa.string())
    tail = tails.take(pa.array(codes, mask=codes < 0))
    return _cells(pc.binary_join_element_wise(f'<c r="{letter}', rows, tail, ""))


def _text_tails(texts: pa.Array, styles: TextStyles) -> pa.Array:
    """`_text_tail` of every distinct text at once, with Arrow's string kernels (30,000 campaign names:
    ~0.1 s one at a time in Python)."""
    texts = pc.replace_substring_regex(texts, _ILLEGAL_RE2, "\ufffd")
    too_long = pc.greater(pc.utf8_length(texts), MAX_CELL_CHARS)
    if pc.any(too_long).as_py():
        cut = pc.binary_join_element_wise(pc.utf8_slice_codeunits(texts, 0, MAX_CELL_CHARS - 1), "…", "")
        texts = pc.if_else(too_long, cut, texts)
    formula = pc.starts_with(texts, FORMULA_TRIGGERS[0])
    for trigger in FORMULA_TRIGGERS[1:]:
        formula = pc.or_(formula, pc.starts_with(texts, trigger))
    style = pc.if_else(formula, str(styles.quoted), str(styles.plain))
    padded = pc.not_equal(texts, pc.utf8_trim_whitespace(texts))
    space = pc.if_else(padded, ' xml:space="preserve"', "")
    escaped = texts
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;")):
        escaped = pc.replace_substring(escaped, raw, entity)
    tails = pc.binary_join_element_wise(
        '" s="', style, _INLINE + "<t", space, ">", escaped, "</t></is></c>", ""
    )
    return pc.if_else(pc.equal(texts, ""), pa.scalar(None, pa.string()), tails)  # no empty inline string


def _text_tail(value: object, styles: TextStyles) -> str | None:
    """The end of a text cell, from its style id on: `" s="5" t="inlineStr"><is><t>…</t></is></c>`."""
    text = clean_text(value)
    if not text:  # an empty inline string is not valid SpreadsheetML
        return None
    style = styles.quoted if is_formula_like(text) else styles.plain
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    space = ' xml:space="preserve"' if text.strip() != text else ""  # keep leading and trailing blanks
    return f'" s="{style}{_INLINE}<t{space}>{escaped}</t></is></c>'


def number_cells(values: np.ndarray, letter: str, rows: pa.Array, styles: int | np.ndarray) -> pa.Array:
    """One numeric `<c>` per row; no cell where the value is missing or not finite (NaN stays empty).

    `styles`: one style id for the column, or one per row (amounts formatted in each row's currency)."""
    numbers = np.asarray(values, dtype=np.float64)
    text = pc.cast(pa.array(numbers, mask=~np.isfinite(numbers)), pa.string())  # shortest exact form
    if isinstance(styles, np.ndarray):
        style: pa.Array | str = pc.cast(pa.array(styles, type=pa.int64()), pa.string())
    else:
        style = str(styles)
    return _cells(
        pc.binary_join_element_wise(f'<c r="{letter}', rows, '" s="', style, '"><v>', text, "</v></c>", "")
    )


def date_cells(values: pd.Series, letter: str, rows: pa.Array, style: int) -> pa.Array:
    """Naive date-times as Excel serial numbers (days since 1899-12-30), as openpyxl's `to_excel`."""
    return number_cells(excel_serials(values), letter, rows, style)


def excel_serials(values: pd.Series) -> np.ndarray:
    """Whole days plus the time of day as a fraction, in openpyxl's order of operations (the same float)."""
    stamps = values.to_numpy(dtype="datetime64[us]")
    missing = np.isnat(stamps)
    micros = (stamps - _EXCEL_EPOCH).astype(np.int64)
    days, micro_of_day = np.divmod(micros, 86_400_000_000)
    days = np.where((days > 0) & (days <= 60), days - 1, days)  # Excel's 29 February 1900
    seconds, micro = np.divmod(micro_of_day, 1_000_000)
    serials = days + (seconds + micro / 10**6) / 86_400
    return np.where(missing, np.nan, serials)


def row_elements(rows: pa.Array, cells: list[pa.Array]) -> pa.Array:
    """`<row r="n">` + the row's cells + `</row>`, one string per row."""
    return pc.binary_join_element_wise('<row r="', rows, '">', *cells, "</row>", "")


def utf8_bytes(strings: pa.Array) -> memoryview:
    """The concatenated UTF-8 of a string array without nulls, without copying it."""
    if strings.null_count:
        raise ValueError("rows with a null cannot be written")
    offsets = np.frombuffer(strings.buffers()[1], dtype=np.int32)[strings.offset :]
    data = strings.buffers()[2]
    if data is None:  # every string empty
        return memoryview(b"")
    return memoryview(data)[offsets[0] : offsets[len(strings)]]


def _cells(cells: pa.Array) -> pa.Array:
    """A missing value is no cell at all."""
    return pc.fill_null(cells, "")
