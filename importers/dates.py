"""Vectorised parsing of the dates platforms write, into naive local datetimes: the one date reader.

Real cells: `Jun 09, 2018 09:30 pm` (Mailchimp), `Mon, Apr 26, 2021 12:25`, `2026-05-14 11:23:45 +0100`
(offset dropped: the time stays as exported, local to the account), `20250901` (GA4), `23-9-2026`
(LinkedIn NL), `9/21/2026` or `02/09/2025` (order from the file, see sample.detect_day_first), ISO with
or without `T`, Excel serial numbers (`46266`) from xlsx cells without a date format, `Mon Feb 17 2025`
(X, early 2025), `2025年2月17日` and month names in the UI language (`17 févr. 2025`, importers/date_words.py).
What a column means is decided once for the column: its day order and the language of its month names.
Ranges (`May 01 2025 - May 31 2025`) are importers/date_ranges.py.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from importers.date_words import cjk_to_iso, column_language, to_english
from importers.numbers import NOT_APPLICABLE

#: Formats with month names, tried in order on cells that are not ISO, numeric or serial.
NAMED_FORMATS = (
    "%b %d, %Y %I:%M %p",  # Jun 09, 2018 09:30 pm (Mailchimp campaign list)
    "%a, %b %d, %Y %I:%M %p",
    "%a, %b %d, %Y %H:%M",  # Mon, Apr 26, 2021 12:25 (Mailchimp single report)
    "%b %d, %Y %H:%M",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%a %b %d %H:%M:%S %z %Y",  # Sat Sep 05 16:30:00 +0000 2026 (X legacy)
)
#: Formats for cells rewritten by date_words.to_english (lowercase English, no weekday, `, ` commas).
WORDED_FORMATS = (
    "%b %d, %Y %I:%M %p",  # feb 17, 2025 9:30 pm
    "%b %d, %Y %H:%M",
    "%b %d, %Y",
    "%b %d %Y",  # Mon Feb 17 2025 (X content, early 2025)
    "%b %d %Y %H:%M",
    "%b %d %Y %I:%M %p",
    "%d %b %Y",  # 17 févr. 2025, 17 de febrero de 2025, 17. Februar 2025
    "%d %b %Y %H:%M",
    "%d %b %Y, %H:%M",
    "%d %b %Y %H:%M:%S",
    "%d %b, %Y",
    "%b %Y",  # a month alone: its first day
)
_OFFSET = r" *(?:[+-][0-9]{2}:?[0-9]{2}|Z|UTC|GMT)$"
_NUMERIC = (
    r"^(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<year>[0-9]{4}|[0-9]{2})"
    r"(?:[ T,]+(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))? *(?P<ampm>[AaPp][Mm])?)?$"
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def to_datetime(
    values: pd.Series, day_first: bool | None = None, formats: list[str] | None = None
) -> tuple[pd.Series, pd.Series]:
    """Parse text cells into naive datetime64. Returns (datetimes, bad); blanks and markers are NaT, not bad.

    `formats`, when given, are tried first (strptime codes). `day_first` decides `02/09/2025`; when None,
    the column itself decides (a first part above 12 means day first), else `/` is month first and
    `-` or `.` day first.
    """
    # Exports repeat their dates (a million daily rows hold a few hundred days): each distinct cell is
    # parsed once, and the results are spread back by position. A code of -1 (missing) picks the NaT/False
    # appended last.
    codes, distinct = pd.factorize(values.astype("str"))
    parsed, bad = _parse_distinct(pd.Series(distinct, dtype="str"), day_first, formats)
    times = np.append(parsed.to_numpy(), np.datetime64("NaT", "ns"))[codes]
    flags = np.append(bad.to_numpy(dtype=bool), False)[codes]
    return pd.Series(times, index=values.index), pd.Series(flags, index=values.index)


def _parse_distinct(
    values: pd.Series, day_first: bool | None, formats: list[str] | None
) -> tuple[pd.Series, pd.Series]:
    text = values.str.strip()
    blank = text.isna() | text.str.casefold().isin(NOT_APPLICABLE)
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    todo = ~blank
    for parse in _parsers(formats, day_first):
        if not todo.any():
            break
        parsed = parse(text[todo])
        result.loc[parsed.index] = parsed
        todo &= result.isna()
    return result, todo


Parser = Callable[[pd.Series], pd.Series]


def _parsers(formats: list[str] | None, day_first: bool | None) -> list[Parser]:
    explicit = [_with_format(f) for f in formats or []]
    numeric: list[Parser] = [_iso, _yyyymmdd, lambda t: _numeric(t, day_first), _excel_serial]
    return [*explicit, *numeric, *(_with_format(f) for f in NAMED_FORMATS), _cjk, _worded]


def _with_format(fmt: str) -> Parser:
    def parse(text: pd.Series) -> pd.Series:
        parsed = pd.to_datetime(text, format=fmt, errors="coerce")
        return _naive(parsed)

    return parse


def _naive(parsed: pd.Series) -> pd.Series:
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_localize(None)
    return _ns(parsed)


def _ns(parsed: pd.Series) -> pd.Series:
    """As datetime64[ns]. pandas parses into microseconds; a date nanoseconds cannot hold (before 1677,
    after 2262: `9999-12-31`, `0001-01-01`, a typed `3026`) becomes NaT, so its row is rejected as not a
    date instead of the cast raising OutOfBoundsDatetime for the whole file."""
    if parsed.dtype != "datetime64[ns]":
        parsed = parsed.where((parsed >= pd.Timestamp.min) & (parsed <= pd.Timestamp.max))
    return parsed.astype("datetime64[ns]")


def _cjk(text: pd.Series) -> pd.Series:
    """2025年2月17日 (Japanese UI), with or without a time."""
    return _iso(cjk_to_iso(text))


def _worded(text: pd.Series) -> pd.Series:
    """Month names in the column's language (decided once from its cells), weekdays dropped."""
    english = to_english(text, column_language(text))
    result = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    todo = english
    for fmt in WORDED_FORMATS:
        parsed = _naive(pd.to_datetime(todo, format=fmt, errors="coerce"))
        result.loc[parsed.index] = parsed
        todo = todo[parsed.isna()]
        if todo.empty:
            break
    return result


def _iso(text: pd.Series) -> pd.Series:
    """2026-09-01, 2026-09-01 09:30[:00[.123]], with T, with an offset or Z (dropped: local as exported)."""
    candidates = text[text.str.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    stripped = candidates.str.replace(_OFFSET, "", regex=True)
    return _ns(pd.to_datetime(stripped, format="ISO8601", errors="coerce"))


def _yyyymmdd(text: pd.Series) -> pd.Series:
    candidates = text[text.str.fullmatch(r"(?:19|20)[0-9]{6}")]
    return _ns(pd.to_datetime(candidates, format="%Y%m%d", errors="coerce"))


def _numeric(text: pd.Series, day_first: bool | None) -> pd.Series:
    """dd/mm/yyyy or mm/dd/yyyy (also `-` and `.`, 2-digit years, optional time with am/pm)."""
    candidates = text[text.str.fullmatch(_NUMERIC).fillna(False).astype(bool)]
    result = pd.Series(pd.NaT, index=candidates.index, dtype="datetime64[ns]")
    if candidates.empty:
        return result
    candidates = candidates.str.replace(r"^([0-9/.-]+)[ T,]+", r"\1 ", regex=True)
    if day_first is None:
        day_first = _column_day_first(candidates)
    todo = candidates
    for fmt in _numeric_formats(
        day_first
    ):  # strptime-style formats run in C; a Python regex per cell would not
        parsed = pd.to_datetime(todo, format=fmt, errors="coerce")
        result.loc[parsed.index] = _ns(parsed)
        todo = todo[parsed.isna()]
        if todo.empty:
            break
    return result


def _numeric_formats(day_first: bool) -> list[str]:
    dates = [
        ("%d{0}%m{0}" if day_first else "%m{0}%d{0}").format(sep) + year
        for sep in "/-."
        for year in ("%Y", "%y")
    ]
    times = ("", " %H:%M", " %H:%M:%S", " %I:%M %p", " %I:%M:%S %p")
    return [date + time for date in dates for time in times]


def _column_day_first(candidates: pd.Series) -> bool:
    """A first part above 12 means day first, a second above 12 month first; else `/` month first."""
    head = pd.Series(candidates.drop_duplicates().head(5000).to_numpy(dtype=object))
    parts = head.str.extract(r"^([0-9]{1,2})[/.-]([0-9]{1,2})").astype(int)
    if (parts[0] > 12).any():
        return True
    if (parts[1] > 12).any():
        return False
    return not head.str.contains("/", regex=False).all()


def _excel_serial(text: pd.Series) -> pd.Series:
    """Excel day numbers between 1982 and 2090 (30000-69000), as xlsx cells without a date format hold."""
    candidates = text[text.str.fullmatch(r"[0-9]{5}(?:\.[0-9]+)?")]
    days = pd.to_numeric(candidates, errors="coerce")
    days = days.where((days >= 30000) & (days < 69000))
    return (_EXCEL_EPOCH + pd.to_timedelta(days, unit="D")).astype("datetime64[ns]")
