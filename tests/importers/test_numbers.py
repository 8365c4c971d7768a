"""Number cells as platforms write them, parsed vectorised."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from importers.numbers import to_number

CASES = [
    ("1234.5", ".", 1234.5),
    ("1,234.50", ".", 1234.5),
    ("1.234,50", ".", 1234.5),
    ("1.234,50", ",", 1234.5),
    ("1\u00a0234,50", ",", 1234.5),
    ("1 234,50", ",", 1234.5),
    ("1,5", ",", 1.5),
    ("1.234", ",", 1234.0),
    ("1,234", ".", 1234.0),
    ("1,234,567", ".", 1234567.0),
    ("0.25", ",", 0.25),
    ("27.78%", ".", 27.78),
    ("27,78 %", ",", 27.78),
    ("$1,234.56", ".", 1234.56),
    ("€12", ".", 12.0),
    ("12,50 €", ",", 12.5),
    ("CA$0.00", ".", 0.0),
    ("EUR 12", ".", 12.0),
    ("350 (35.18%)", ".", 350.0),
    ('"1,751"'.strip('"'), ".", 1751.0),
    ("-3.5", ".", -3.5),
]


@pytest.mark.parametrize(("cell", "decimal", "expected"), CASES)
def test_formatted_numbers(cell: str, decimal: str, expected: float) -> None:
    values, bad = to_number(pd.Series([cell]), decimal)
    assert values[0] == pytest.approx(expected)
    assert not bad[0]


@pytest.mark.parametrize("cell", ["--", " --", "-", "n/a", "N/A", "", None])
def test_not_applicable_is_missing_not_bad(cell: str | None) -> None:
    values, bad = to_number(pd.Series([cell, "1"], dtype="str"))
    assert math.isnan(values[0])
    assert not bad[0]


@pytest.mark.parametrize("cell", ["lots", "12abc", "1.2.3,4,5", "%"])
def test_text_is_bad(cell: str) -> None:
    values, bad = to_number(pd.Series(["7", cell]))
    assert bad.tolist() == [False, True]
    assert values[0] == 7 and math.isnan(values[1])


def test_percent_as_fraction() -> None:
    values, _ = to_number(pd.Series(["27.78%", "0.5"]), percent_as_fraction=True)
    assert values.tolist() == pytest.approx([0.2778, 0.5])


def test_large_columns_are_vectorised() -> None:
    """400k formatted cells in seconds (a per-cell Python loop would take far longer on a busy machine)."""
    import time

    cells = pd.Series(["1,234.50", "--", "27%", "12"] * 100_000)
    began = time.perf_counter()
    values, bad = to_number(cells)
    assert time.perf_counter() - began < 10
    assert values.sum() == pytest.approx(100_000 * (1234.5 + 27 + 12))
    assert not bad.any()


def test_plain_cells_read_exactly_as_pandas_reads_them() -> None:
    cells = ["0", "-4", "2.5", "1e3", "120214567890000001", "0.1", None, "3.14159265358979323846"]
    numbers, bad = to_number(pd.Series(cells, dtype="str"))
    expected = pd.to_numeric(pd.Series(cells, dtype=object), errors="coerce").astype("float64")
    assert numbers.tolist()[:-2] == expected.tolist()[:-2] and numbers.isna().tolist()[-2]
    assert numbers.iloc[-1] == float(cells[-1]) and not bad.any()


def test_a_number_that_overflows_is_a_bad_cell_not_infinity() -> None:
    """`1e400` reads as infinity, which breaks every sum and JSON output: its row is rejected instead."""
    for cells in (["1", "1e400"], ["1", "1e400", "1 234"], ["2", "-1e309"]):
        numbers, bad = to_number(pd.Series(cells, dtype="str"))
        assert bad.tolist()[1] and numbers.isna().tolist()[1] and numbers.iloc[0] in (1, 2)


def test_a_column_of_plain_cells_reads_as_cell_by_cell() -> None:
    """The whole-column shortcut (every cell plain or blank) gives what the cell-by-cell path gives, and a
    single odd cell deep in a column sends the column down that path, where it is flagged."""
    plain = ["12", "-0", "3.5", None, "1e3", "120214567890000001"] * 50_000
    numbers, bad = to_number(pd.Series(plain, dtype="str"))
    expected = pd.to_numeric(pd.Series(plain, dtype=object), errors="coerce").astype("float64")
    assert numbers.equals(expected) and not bad.any()
    for odd in ("1.", "inf", "+5", ".5"):
        cells = pd.Series([*plain, odd, "7"], dtype="str")
        numbers, bad = to_number(cells)
        alone, alone_bad = to_number(pd.Series([odd], dtype="str"))
        assert bad.tolist()[-2:] == [alone_bad[0], False] and bad.sum() == alone_bad.sum()
        assert numbers.iloc[-2:].tolist() == pytest.approx([alone[0], 7.0], nan_ok=True)
    assert to_number(pd.Series(["1."]))[1][0] and not to_number(pd.Series(["+5"]))[1][0]
