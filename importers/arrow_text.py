"""The CSV reader's Arrow columns turned into the table's cells: trimmed, blanks missing, line breaks
counted, numbers parsed or a column skipped as the importer asked.

These run on every column of every CSV import, a million cells each for the large exports, so each avoids
a pass or a copy the usual column does not need. Batches are converted as they are read and each raw batch
is let go then, so the peak stays near one copy of the text the importer reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from importers.plain_cells import plain_numbers

#: How the reader takes a column: as text; as numbers (float64 when every cell is a plain number in the
#: file's decimal mark, which is what the importer's own parsing would give, else text as usual); or not
#: at all (an importer that never reads it: only whether each cell is blank is kept, for blank rows).
Kind = Literal["text", "number", "skip"]
_WINDOW = 4 * 1024 * 1024


@dataclass(frozen=True)
class ColumnPlan:
    """What an importer reads of a wide CSV export, by header name (the frame's unique names).

    Columns it does not `read` never become pandas text: only whether their cells are blank is kept (a row
    with something in them is not a blank row). Columns it reads as `numbers` come as float64 when every
    cell is a plain number (`RecordBuilder.number` then takes them as they are), else as text as usual.
    XLSX and the exact CSV reader ignore the plan and read everything as text.
    """

    reads: Callable[[str], bool]
    numbers: Callable[[str], bool]

    def kind(self, name: str) -> Kind:
        if not self.reads(name):
            return "skip"
        return "number" if self.numbers(name) else "text"


@dataclass(frozen=True)
class Converted:
    frame: pd.DataFrame
    #: 0-based line offset of each row from the first record's line (in-cell line breaks counted).
    lines: np.ndarray
    #: Rows with a non-blank cell in a skipped column (None when no column was skipped).
    elsewhere: np.ndarray | None


class Collector:
    """Takes the CSV reader's batches as they come and converts them a group at a time: each column's cells
    trimmed, their line breaks counted, kept (or, for a skipped column, only which are non-blank). The raw
    text of a group is let go at once, so the raw text of the whole file never exists next to the trimmed
    text. Number columns are kept raw: whether every cell is a plain number is known only at the end."""

    #: Batches converted together (16 MB of file): Python's cost per Arrow call spread over many cells.
    GROUP = 16

    def __init__(self, kinds: list[Kind], decimal: str) -> None:
        self.kinds, self.decimal = kinds, decimal
        self.pending: list[pa.RecordBatch] = []
        self.chunks: list[list[pa.Array]] = [[] for _ in kinds]
        self.newlines: list[np.ndarray] = []
        self.elsewhere: list[np.ndarray] = []

    def add(self, batch: pa.RecordBatch) -> None:
        self.pending.append(batch)
        if len(self.pending) >= self.GROUP:
            self._convert_pending()

    def _convert_pending(self) -> None:
        if not self.pending:
            return
        group = pa.Table.from_batches(self.pending)
        self.pending = []
        newlines = np.zeros(group.num_rows, dtype=np.int64)
        elsewhere = np.zeros(group.num_rows, dtype=bool)
        every_row_filled, skipped = False, []
        for index, kind in enumerate(self.kinds):
            column = group.column(index)
            if kind == "skip":
                skipped.append(column)
                continue
            if kind == "text":
                column = trimmed(column)
                newlines += line_breaks(column)
                every_row_filled = every_row_filled or column.null_count == 0
            self.chunks[index].extend(column.chunks)
        for column in skipped:
            if not every_row_filled:  # only a row blank in every column read needs to know (Meta: never)
                elsewhere |= _filled(column)
            if has_line_break(column):  # counted as in every trimmed cell: a break at either end is no line
                newlines += line_breaks(trimmed(column))
        self.newlines.append(newlines)
        self.elsewhere.append(elsewhere)

    def finish(self) -> Converted:
        """The kept columns as pandas columns (numbers parsed), one at a time, each column's chunks let go."""
        self._convert_pending()
        newlines = np.concatenate([np.zeros(0, dtype=np.int64), *self.newlines])
        cells: dict[int, pd.Series] = {}
        for index, kind in enumerate(self.kinds):
            if kind != "skip":
                column = pa.chunked_array(self.chunks[index], type=pa.large_string())
                self.chunks[index] = []
                cells[index], breaks = _series(column, kind, self.decimal)
                newlines += breaks
                del column
        lines = np.arange(len(newlines), dtype=np.int64)  # one line per record unless a cell holds a break
        if newlines.any():
            lines = np.cumsum(newlines + 1) - (newlines + 1)
        elsewhere = np.concatenate([np.zeros(0, dtype=bool), *self.elsewhere])
        frame = pd.DataFrame(cells, copy=False)
        return Converted(frame, lines, elsewhere if "skip" in self.kinds else None)


def _series(column: pa.ChunkedArray, kind: Kind, decimal: str) -> tuple[pd.Series, np.ndarray | int]:
    """A kept column as a pandas column, and the line breaks in its cells (text columns were trimmed and
    counted already; a number column comes raw: a cell that is a plain number needs neither)."""
    if kind == "number":
        numbers = plain_numbers(column, decimal)
        if numbers is None:  # `5 ` or a blank cell of spaces: the same test once the cells are trimmed
            column = trimmed(column)
            numbers = plain_numbers(column, decimal)
        if numbers is not None and not np.isinf(numbers).any():  # `1e309`: to_number rejects its row
            return pd.Series(numbers, dtype=np.float64), 0
        return pd.Series(column.to_pandas(), dtype="str"), line_breaks(column)
    return pd.Series(column.to_pandas(), dtype="str"), 0


def _filled(column: pa.ChunkedArray) -> np.ndarray:
    """Which cells are not blank once trimmed, without trimming (a cell of whitespace is blank all the same)."""
    empty = pc.equal(pc.binary_length(column), 0)
    spaces = pc.fill_null(pc.or_(pc.utf8_is_space(column), empty), True)  # whitespace only, or nothing
    return pc.invert(spaces).to_numpy(zero_copy_only=False)


def line_breaks(column: pa.ChunkedArray) -> np.ndarray | int:
    """Line breaks in each cell, or 0 when the column has none (counting costs 15 ms a million cells)."""
    if not has_line_break(column):
        return 0
    return pc.fill_null(pc.count_substring(column, "\n"), 0).to_numpy(zero_copy_only=False).astype(np.int64)


def trimmed(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Whitespace trimmed; cells left empty become null (missing)."""
    text = pc.utf8_trim_whitespace(column)
    empty = pc.equal(text, "")
    if not pc.any(empty).as_py():  # the usual column: no second copy of its text just to change nothing
        return text
    return pc.if_else(empty, pa.scalar(None, text.type), text)


def has_line_break(column: pa.ChunkedArray) -> bool:
    """Whether a LF byte is anywhere in the column's text: one pass over its data buffers (0.03 s for all
    26 columns of a 1M-row export), true also for bytes of null or sliced-off cells (then the caller counts
    per cell, which is exact)."""
    for chunk in column.chunks:
        data = chunk.buffers()[2]
        if data is None:
            continue
        text = np.frombuffer(data, np.uint8)
        for start in range(0, len(text), _WINDOW):  # a block at a time: no bool copy of a whole column
            if (text[start : start + _WINDOW] == 10).any():
                return True
    return False
