"""Whole columns of plain numbers (`12`, `-3.5`, `1e3`), read at once: the usual column of every export.

`importers.numbers.to_number` reads a cell as a plain number when it matches `-?[0-9]+(\\.[0-9]+)?([eE]
[-+]?[0-9]+)?` (only `-?[0-9]+` in a file whose decimal mark is a comma), with Arrow's cast; other cells
take its slower path for separators, currencies and markers. Matching that pattern with RE2 cost 22 ms a
million cells, more than the cast. `plain_numbers` proves the same of a whole column from its bytes
instead, given that the cast parses every cell (Arrow's grammar is `[+-]digits[.digits][e[+-]digits]`,
digits before or after the point, or `inf`/`nan`): no byte but digits, `.`, `e`, `E`, `+`, `-`; a `+` only
after the exponent's `e`; a `-` only first or after it; a `.` only between two digits of one cell. What the
cast accepts beyond the pattern (`+5`, `.5`, `1.`, `inf`) breaks one of these, and the column goes the slow
way, cell by cell, as it always did.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[ord("0") : ord("9") + 1] = True
_EXPONENT = np.zeros(256, dtype=bool)
_EXPONENT[[ord("e"), ord("E")]] = True
_ALLOWED = {".": _DIGIT | _EXPONENT, ",": _DIGIT.copy()}
for _mark in "+-.":
    _ALLOWED["."][ord(_mark)] = True
_ALLOWED[","][ord("-")] = True


def plain_numbers(cells: pa.ChunkedArray, decimal: str) -> np.ndarray | None:
    """float64 of a text column whose every cell is a plain number or missing (NaN), else None.

    The array stays in Arrow's memory pool, which reuses what the text it replaces gave back.
    """
    column = cells.combine_chunks() if cells.num_chunks != 1 else cells.chunk(0)
    if not (pa.types.is_large_string(column.type) or pa.types.is_string(column.type)):
        return None
    if not _written_plain(column, decimal):
        return None
    try:
        numbers = pc.fill_null(pc.cast(column, pa.float64()), np.nan)  # no nulls left: numpy can view it
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return numbers.to_numpy()


def _written_plain(column: pa.Array, decimal: str) -> bool:
    """Whether every cell is written as the plain pattern, for cells the cast parses (see the docstring)."""
    offsets_buffer, data_buffer = column.buffers()[1:3]
    if offsets_buffer is None or data_buffer is None:
        return True  # no text at all: every cell missing
    wide = pa.types.is_large_string(column.type)
    offsets = np.frombuffer(offsets_buffer, np.int64 if wide else np.int32)
    offsets = offsets[column.offset : column.offset + len(column) + 1].astype(np.int64)
    data = np.frombuffer(data_buffer, np.uint8)[offsets[0] : offsets[-1]]
    if not _ALLOWED[decimal][data].all():
        return False
    starts = np.zeros(len(data) + 1, dtype=bool)  # first byte of each cell; the end closes the last one
    starts[offsets[:-1] - offsets[0]] = True
    starts[-1] = True
    after_exponent = np.zeros(len(data), dtype=bool)
    after_exponent[1:] = _EXPONENT[data[:-1]] & ~starts[1:-1]
    plus, minus, point = (data == ord("+")), (data == ord("-")), (data == ord("."))
    if (plus & ~after_exponent).any() or (minus & ~(starts[:-1] | after_exponent)).any():
        return False
    where = np.flatnonzero(point)
    if not len(where):
        return True
    inside = ~starts[where] & ~starts[where + 1]  # neither first nor last byte of its cell
    between_digits = _DIGIT[data[where - 1]] & _DIGIT[data[np.minimum(where + 1, len(data) - 1)]]
    return bool((inside & between_digits).all())
