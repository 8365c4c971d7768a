"""The comparison window: which rows lie in a period, which straddle it, and pro-rating by day.

A row counts in a period only when its own period (first to last day, or its send/post day) lies inside
it. A row that straddles the window (a monthly export row against 15-30 September) is left out and named,
or, when the user asks, pro-rated: its additive measures are scaled by the share of its days inside the
window and its dates clipped to the window. Reach is de-duplicated by the platform over the row's whole
period, so a part of it means nothing: a pro-rated row's reach is unknown. See docs/data-model.md.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import numpy as np
import pandas as pd

from channelcompare.model import MEASURES
from channelcompare.wording import PLATFORM_LABELS

#: Measures a part of whose period can be had by scaling: counts and amounts that add up over days.
NON_ADDITIVE: Final = ("reach",)
PRORATED_MEASURES: Final = tuple(m for m in MEASURES if m not in NON_ADDITIVE)


def row_days(records: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Each row's first and last day (midnight); a row without an end lasts its first day."""
    first = records["start"].dt.normalize()
    return first, records["end"].fillna(records["start"]).dt.normalize()


def _days(first: pd.Series, last: pd.Series) -> pd.Series:
    """Days from `first` to `last`, both included."""
    return (last - first).dt.days + 1


def inside_mask(records: pd.DataFrame, start: date | None, end: date | None) -> pd.Series:
    """Rows whose whole period lies in the window (either bound may be open); undated rows are out."""
    first, last = row_days(records)
    keep = first.notna()
    if start is not None:
        keep &= first >= pd.Timestamp(start)
    if end is not None:
        keep &= last <= pd.Timestamp(end)
    return keep


def straddle_mask(records: pd.DataFrame, start: date | None, end: date | None) -> pd.Series:
    """Rows that overlap the window without lying inside it."""
    first, last = row_days(records)
    overlap = first.notna()
    if start is not None:
        overlap &= last >= pd.Timestamp(start)
    if end is not None:
        overlap &= first <= pd.Timestamp(end)
    return overlap & ~inside_mask(records, start, end)


def prorated(records: pd.DataFrame, start: date | None, end: date | None) -> tuple[pd.DataFrame, pd.Series]:
    """`records` with every row straddling the window cut to its days inside: additive measures scaled by
    days inside / days of the row, reach unknown, dates clipped. Also the mask of the rows cut."""
    cut = straddle_mask(records, start, end)
    if not cut.any():
        return records, cut
    first, last = row_days(records[cut])
    low = first if start is None else first.where(first >= pd.Timestamp(start), pd.Timestamp(start))
    high = last if end is None else last.where(last <= pd.Timestamp(end), pd.Timestamp(end))
    share = _days(low, high) / _days(first, last)
    out = records.copy()
    for name in PRORATED_MEASURES:
        out.loc[cut, name] = records.loc[cut, name] * share
    for name in NON_ADDITIVE:
        out.loc[cut, name] = np.nan
    out.loc[cut, "start"], out.loc[cut, "end"] = low, high
    return out, cut


def spanning_both(
    records: pd.DataFrame, previous: tuple[date, date], current: tuple[date, date]
) -> tuple[pd.DataFrame, list[str]]:
    """Period over period refuses rows that span both periods: pro-rated into each, a monthly row would give
    both halves the same rate (+0.0% on every metric). They are left out of both, and named."""
    spanning = straddle_mask(records, *previous) & straddle_mask(records, *current)
    if not spanning.any():
        return records, []
    names = sorted(
        {PLATFORM_LABELS.get(str(p), str(p)) for p in records.loc[spanning, "platform"].fillna("generic")}
    )
    return records[~spanning].reset_index(drop=True), [
        f"Period over period: {', '.join(names)} {'has' if len(names) == 1 else 'have'} {int(spanning.sum()):,} "
        f"row(s) spanning both {span_text(*previous)} and {span_text(*current)}: left out of both periods "
        "(pro-rated, they would show the same rate in each)."
    ]


def straddle_notes(
    records: pd.DataFrame, start: date | None, end: date | None, *, prorate: bool
) -> list[str]:
    """One sentence per platform with rows straddling the window: what they are and what became of them."""
    if start is None and end is None:
        return []  # no window: nothing straddles it (and a filter change pays nothing here)
    cut = straddle_mask(records, start, end)
    if not cut.any():
        return []
    first, last = row_days(records[cut])
    lengths = _days(first, last)
    frame = pd.DataFrame({"platform": records.loc[cut, "platform"].fillna("generic"), "days": lengths})
    what = "pro-rated by day (additive measures only; their reach is left out)" if prorate else "left out"
    notes = []
    for platform, group in frame.groupby("platform", sort=True):
        label = PLATFORM_LABELS.get(str(platform), str(platform))
        notes.append(f"{label}: {_rows_phrase(group['days'])} not fit {span_text(start, end)}: {what}.")
    return notes


def _rows_phrase(days: pd.Series) -> str:
    """ "1 monthly row does", "3 rows of 7 to 31 days do"."""
    count, low, high = len(days), int(days.min()), int(days.max())
    noun = "row" if count == 1 else "rows"
    verb = "does" if count == 1 else "do"
    if low == high:
        return f"{count} {_length_word(low)} {noun} {verb}"
    return f"{count} {noun} of {low} to {high} days {verb}"


def _length_word(days: int) -> str:
    if days == 7:
        return "weekly"
    if 28 <= days <= 31:
        return "monthly"
    return f"{days}-day"


def span_text(start: date | None, end: date | None) -> str:
    """ "15–30 Sep 2026", "15 Sep–3 Oct 2026", "the period from 15 Sep 2026"."""
    if start is None and end is None:
        return "the whole period"
    if start is None or end is None:
        bound = start or end
        assert bound is not None
        return f"the period {'from' if start else 'up to'} {bound.day} {bound:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b}–{end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y}–{end.day} {end:%b %Y}"


#: A source whose rows begin this many days after the window starts, or end as many before it ends, is
#: named with its span: a week without a post is ordinary, a fortnight is a different period.
COVERAGE_SLACK_DAYS: Final = 7


def coverage_notes(records: pd.DataFrame, window: tuple[date, date] | None, *, chosen: bool) -> list[str]:
    """The sources (platforms) of the compared rows (the campaign table, or records) that cover a different
    span than the window, with
    their spans; `chosen` False when the window is only the data's own span (nobody picked it)."""
    if window is None or records.empty:
        return []
    spans = _platform_spans(records)
    slack = pd.Timedelta(days=COVERAGE_SLACK_DAYS)
    short = spans[
        (spans["first"] > pd.Timestamp(window[0]) + slack) | (spans["last"] < pd.Timestamp(window[1]) - slack)
    ]
    if short.empty:
        return []
    named = "; ".join(
        f"{PLATFORM_LABELS.get(str(p), str(p))} {span_text(row.first.date(), row.last.date())}"
        for p, row in short.sort_index().iterrows()
    )
    where = span_text(*window)
    if not chosen:
        return [f"No period was chosen, so the comparison runs over every loaded row, {where}; but the sources "
                f"cover different spans ({named}): choose a period they share."]  # fmt: skip
    return [f"Sources cover different spans within {where}: {named}. Their figures are not of the same days."]


def _platform_spans(records: pd.DataFrame) -> pd.DataFrame:
    """Per platform, the first and last day of its rows. Grouped on factorised codes and normalised after
    the min/max: this runs at every filter change (a text groupby and per-row normalising cost ~20 ms)."""
    platform = records["platform"]
    if isinstance(platform.dtype, pd.CategoricalDtype):  # the campaign table's: codes are there already
        codes, names = platform.cat.codes.to_numpy(), platform.cat.categories
    else:
        codes, names = pd.factorize(platform.fillna("generic"))
    first = pd.Series(records["start"].to_numpy()).groupby(codes).min()
    last = pd.Series(records["end"].fillna(records["start"]).to_numpy()).groupby(codes).max()
    spans = pd.DataFrame({"first": first.dt.normalize(), "last": last.dt.normalize()}).dropna()
    spans = spans[spans.index >= 0]  # a missing category
    spans.index = pd.Index([str(names[int(c)]) for c in spans.index], name="platform")
    return spans
