"""Filters of the comparison (date range, platforms, channels, campaign name) and the previous period."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from channelcompare.window import inside_mask


def filter_records(
    records: pd.DataFrame,
    *,
    start: date | None = None,
    end: date | None = None,
    platforms: tuple[str, ...] | None = None,
    channels: tuple[str, ...] | None = None,
    campaign_contains: str | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """The records that pass every filter given, and warnings about rows a filter could not judge.

    A row is in the date range only when its own period (first to last day, or its send/post day) lies
    inside the range, both days included (`channelcompare.window`): a monthly row is not in 15-30 September.
    Rows without any date are left out when a range is set, and counted.
    """
    keep, warnings = filter_mask(
        records,
        start=start,
        end=end,
        platforms=platforms,
        channels=channels,
        campaign_contains=campaign_contains,
    )
    return records[keep].reset_index(drop=True), warnings


def filter_mask(
    records: pd.DataFrame,
    *,
    start: date | None = None,
    end: date | None = None,
    platforms: tuple[str, ...] | None = None,
    channels: tuple[str, ...] | None = None,
    campaign_contains: str | None = None,
) -> tuple[pd.Series, list[str]]:
    """`filter_records` as a boolean mask over `records` (each row is judged on its own), and the warnings."""
    keep = pd.Series(True, index=records.index)
    warnings: list[str] = []
    if start is not None and end is not None and start > end:
        warnings.append(
            f"The date range ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}): no row is in it."
        )
    if start is not None or end is not None:
        in_range = inside_mask(records, start, end)
        undated = int(records["start"].isna().sum())
        keep &= in_range
        if undated:
            warnings.append(f"{undated:,} row(s) have no date and were left out of the date range.")
    if platforms is not None:
        keep &= records["platform"].isin(platforms)
    if channels is not None:
        keep &= records["channel"].isin(channels)
    if campaign_contains:
        names = records["campaign_name"].fillna("")
        keep &= names.str.contains(campaign_contains, case=False, regex=False)
    return keep, warnings


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of equal length that ends the day before `start`."""
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)


def records_period(records: pd.DataFrame) -> tuple[date, date] | None:
    """First and last day the records cover, or None when no row has a date."""
    first = records["start"].dropna()
    if first.empty:
        return None
    last = records["end"].fillna(records["start"]).dropna()
    return first.min().date(), max(last.max(), first.max()).date()
