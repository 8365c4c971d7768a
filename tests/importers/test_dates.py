"""Date cells as platforms write them, parsed vectorised into naive local datetimes."""

from __future__ import annotations

import pandas as pd
import pytest

from importers.date_ranges import to_date_range
from importers.dates import to_datetime

CASES = [
    ("Jun 09, 2018 09:30 pm", None, "2018-06-09 21:30"),
    ("Mon, Apr 26, 2021 12:25", None, "2021-04-26 12:25"),
    ("2026-05-14 11:23:45 +0100", None, "2026-05-14 11:23:45"),
    ("2026-09-01T10:00:00Z", None, "2026-09-01 10:00"),
    ("2026-09-01", None, "2026-09-01"),
    ("20250901", None, "2025-09-01"),
    ("23-9-2026", None, "2026-09-23"),
    ("9/21/2026", None, "2026-09-21"),
    ("02/09/2025", True, "2025-09-02"),
    ("02/09/2025", False, "2025-02-09"),
    ("02/09/2025 14:05", True, "2025-09-02 14:05"),
    ("4/30/21 6:04", None, "2021-04-30 06:04"),
    ("9/2/2026 9:30 PM", False, "2026-09-02 21:30"),
    ("46266", None, "2026-09-01"),
    ("46266.5", None, "2026-09-01 12:00"),
]


@pytest.mark.parametrize(("cell", "day_first", "expected"), CASES)
def test_real_date_cells(cell: str, day_first: bool | None, expected: str) -> None:
    values, bad = to_datetime(pd.Series([cell]), day_first)
    assert values[0] == pd.Timestamp(expected)
    assert not bad[0]


def test_column_decides_order_when_unknown() -> None:
    values, _ = to_datetime(pd.Series(["02/09/2026", "13/09/2026"]), None)
    assert values.tolist() == [pd.Timestamp("2026-09-02"), pd.Timestamp("2026-09-13")]


def test_blank_is_missing_and_text_is_bad() -> None:
    values, bad = to_datetime(pd.Series(["", "--", "lots", "2026-09-01"]))
    assert bad.tolist() == [False, False, True, False]
    assert values.isna().tolist() == [True, True, True, False]


def test_explicit_format_first() -> None:
    values, _ = to_datetime(pd.Series(["01.09.26"]), None, ["%d.%m.%y"])
    assert values[0] == pd.Timestamp("2026-09-01")


def test_repeated_cells_are_parsed_once_and_spread_back_in_order() -> None:
    cells = ["2026-09-02", None, "bad", "2026-09-01", "2026-09-02", "", "bad", "n/a", "2026-09-01"]
    values, bad = to_datetime(pd.Series(cells, dtype="str", index=range(10, 19)))
    one_by_one = [to_datetime(pd.Series([c], dtype="str")) for c in cells]
    assert list(values.index) == list(range(10, 19))
    assert values.tolist() == [v.iloc[0] for v, _ in one_by_one]
    assert bad.tolist() == [bool(b.iloc[0]) for _, b in one_by_one]
    assert bad.tolist() == [False, False, True, False, False, False, True, False, False]
    assert str(values.dtype) == "datetime64[ns]"


#: Every form the one date reader accepts, as real exports write it (cell, expected).
EVERY_FORM = [
    ("2025-02-17", "2025-02-17"),
    ("2025-02-17 09:30", "2025-02-17 09:30"),
    ("2025-02-17T09:30:00+01:00", "2025-02-17 09:30"),
    ("2025-02-17T09:30:00.000Z", "2025-02-17 09:30"),
    ("Mon Feb 17 2025", "2025-02-17"),  # X content, early 2025
    ("Mon, Feb 17, 2025", "2025-02-17"),
    ("Feb 17, 2025 9:30 pm", "2025-02-17 21:30"),
    ("17/02/2025", "2025-02-17"),
    ("45705", "2025-02-17"),  # Excel serial
    ("17 févr. 2025", "2025-02-17"),  # fr
    ("lun. 17 févr. 2025", "2025-02-17"),
    ("1er mai 2025", "2025-05-01"),
    ("17 de febrero de 2025", "2025-02-17"),  # es
    ("17. Februar 2025", "2025-02-17"),  # de
    ("Montag, 17. Februar 2025", "2025-02-17"),
    ("17 de fev. de 2025", "2025-02-17"),  # pt
    ("17 de março de 2025", "2025-03-17"),
    ("2025年2月17日", "2025-02-17"),  # ja
    ("2025年2月17日 9:30", "2025-02-17 09:30"),
]


@pytest.mark.parametrize(("cell", "expected"), EVERY_FORM)
def test_every_form(cell: str, expected: str) -> None:
    values, bad = to_datetime(pd.Series([cell]))
    assert values[0] == pd.Timestamp(expected) and not bad[0]


def test_language_is_decided_once_per_column() -> None:
    """`mar.` is Tuesday in French: a French column reads `mar. 4 mars 2025` as 4 March, not a month."""
    values, bad = to_datetime(pd.Series(["mar. 4 mars 2025", "lun. 17 févr. 2025"]))
    assert values.tolist() == [pd.Timestamp("2025-03-04"), pd.Timestamp("2025-02-17")]
    assert not bad.any()


RANGES = [
    ("2025-02-17 - 2025-03-16", "2025-02-17", "2025-03-16"),
    ("May 01 2025 - May 31 2025", "2025-05-01", "2025-05-31"),
    ("Jun 1 – Jun 7, 2026", "2026-06-01", "2026-06-07"),
    ("2025-02-17 to 2025-03-16", "2025-02-17", "2025-03-16"),
    ("2025-02-17", "2025-02-17", "2025-02-17"),
]


@pytest.mark.parametrize(("cell", "start", "end"), RANGES)
def test_date_ranges(cell: str, start: str, end: str) -> None:
    first, last, bad = to_date_range(pd.Series([cell]))
    assert (first[0], last[0]) == (pd.Timestamp(start), pd.Timestamp(end)) and not bad[0]


def test_a_range_with_a_bad_half_is_bad() -> None:
    _, _, bad = to_date_range(pd.Series(["May 01 2025 - soon", None]))
    assert bad.tolist() == [True, False]
