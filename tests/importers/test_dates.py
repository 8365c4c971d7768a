"""Date cells as platforms write them, parsed vectorised into naive local datetimes."""

from __future__ import annotations

import pandas as pd
import pytest

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
