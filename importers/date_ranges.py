"""Period cells holding a range: `2025-02-17 - 2025-03-16` (Klaviyo `Date Range`), `May 01 2025 - May 31 2025`
(Klaviyo flows exported per flow, column `Date`), `Jun 1 – Jun 7, 2026`, `2025-02-17 to 2025-03-16`.

A cell without a separator is a single day (start = end). The separator needs spaces around it, so the
dashes inside an ISO date never split it. Both halves go through the one date reader (importers/dates.py),
with the column's day order; a cell is bad when either half is.
"""

from __future__ import annotations

import pandas as pd

from importers.build import RecordBuilder
from importers.dates import to_datetime

#: ` - `, ` – `, ` — `, ` to `, ` au ` (fr), ` bis ` (de), ` a ` (es/pt), ` ~ ` (ja) between two dates.
SEPARATOR = r"\s+(?:-|–|—|~|〜|to|au|bis|a|até)\s+"


def split_range(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(start text, end text) of each cell; a cell without a separator is its own start and end.

    `Jun 1 – Jun 7, 2026` writes the year once, on the end: the start borrows it when it has none.
    """
    if values.empty:  # split(expand=True) of no cell has no column 0 (every row rejected before this)
        return values.astype("str"), values.astype("str")
    parts = values.astype("str").str.split(SEPARATOR, n=1, expand=True, regex=True)
    start = parts[0]
    end = parts[1].fillna(start) if parts.shape[1] > 1 else start
    year = end.str.extract(r"((?:19|20)[0-9]{2})\s*$", expand=False)
    yearless = ~start.str.contains(r"[0-9]{4}", regex=True).fillna(True) & year.notna()
    start = start.mask(yearless, start + ", " + year)
    return start.where(values.notna()), end.where(values.notna())


def to_date_range(values: pd.Series, day_first: bool | None = None) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(start, end, bad) datetimes of range cells; blanks are NaT and not bad."""
    start_text, end_text = split_range(values)
    start, bad_start = to_datetime(start_text, day_first)
    end, bad_end = to_datetime(end_text, day_first)
    return start, end, bad_start | bad_end


def read_range(rows: RecordBuilder, raw: pd.Series) -> None:
    """Set `start` and `end` from a range column, rejecting the rows whose cell is not a date range."""
    start, end, bad = to_date_range(raw, rows.day_first)
    rows.flag(bad, str(raw.name), f"{raw.name}: '" + raw[bad].fillna("") + "' is not a date or a date range")
    rows.set("start", start)
    rows.set("end", end)
