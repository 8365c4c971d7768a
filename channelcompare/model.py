"""The canonical data model: one tidy table of campaign results, whatever the source.

Every importer turns its platform's export into this table, and everything downstream (metrics,
comparison, reports, workspace) reads only this table. One row is one campaign, post, ad, flow message,
traffic channel or order over its period, as the source reported it.

Missing stays missing: a measure the source does not carry is NaN, never 0, so that a rate whose
numerator or denominator is unknown is itself unknown rather than wrongly zero.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa

CHANNELS: Final = (
    "email",
    "email_automation",  # lifecycle automation: welcome, post-purchase, win-back, birthday
    "email_retargeting",  # triggered by a visit or a cart: abandoned cart, browse abandonment, back in stock
    "sms",
    "organic_social",
    "paid_social",
    "paid_search",
    "display",
    "organic_search",
    "direct",
    "referral",
    "other",
)
SOCIAL_CHANNELS: Final = ("organic_social", "paid_social")
EMAIL_CHANNELS: Final = ("email", "email_automation", "email_retargeting")

PLATFORMS: Final = (
    "mailchimp",
    "mailerlite",
    "klaviyo",
    "meta",
    "facebook",
    "instagram",
    "linkedin",
    "x",
    "tiktok",
    "youtube",
    "pinterest",
    "google_ads",
    "ga4",
    "shopify",
    "generic",
)

#: Counts and amounts. All float64 so that NaN can mean "the source does not say".
MEASURES: Final = (
    "sent",
    "delivered",
    "opens",
    "clicks",
    "engagements",
    "reach",
    "impressions",
    "sessions",
    "conversions",
    "orders",
    "revenue",
    "cost",
)
MONEY_MEASURES: Final = ("revenue", "cost")

#: Text columns. `derived` lists the measures computed from a rate (comma-separated), `attribution` the
#: platform's attribution setting for its conversions, and the utm/discount/tags columns carry the channel
#: signals of store orders for sales attribution.
TEXT_COLUMNS: Final = (
    "source_file",
    "format_id",
    "platform",
    "channel",
    "campaign_id",
    "campaign_name",
    "currency",
    "attribution",
    "derived",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "discount_code",
    "tags",
)
#: Post or send time when known (then start == end), else the reporting period. Naive local time as exported.
TIME_COLUMNS: Final = ("start", "end")
#: 1-based line (CSV) or row (XLSX) number in the source file, for tracing a figure back to its origin.
LINE_COLUMN: Final = "source_line"

COLUMNS: Final = (*TEXT_COLUMNS, *TIME_COLUMNS, *MEASURES, LINE_COLUMN)


def empty_records() -> pd.DataFrame:
    """An empty canonical table with every column and dtype."""
    return normalize_records(pd.DataFrame())


def normalize_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Return `frame` with exactly the canonical columns, in order, with canonical dtypes.

    Columns that are absent are added as missing; unknown columns are dropped. Measures become float64,
    times datetime64, text the pandas string dtype, the line number int64 (0 when unknown).
    """
    out: dict[str, object] = {}
    missing = constant_text(None, frame.index)  # one column of nulls shared by every absent text column
    for name in TEXT_COLUMNS:
        out[name] = frame[name].astype("str") if name in frame else missing
    for name in TIME_COLUMNS:
        values = frame[name] if name in frame else pd.Series(pd.NaT, index=frame.index)
        out[name] = to_timestamps(values)
    unknown = pd.Series(np.nan, index=frame.index)  # likewise for absent measures (copy-on-write)
    for name in MEASURES:
        out[name] = _floats(frame[name]) if name in frame else unknown
    line = frame[LINE_COLUMN] if LINE_COLUMN in frame else pd.Series(0, index=frame.index)
    out[LINE_COLUMN] = pd.to_numeric(line, errors="coerce").fillna(0).astype(np.int64)
    # copy=False: the columns are not stacked into one 2-D block (a copy of every measure of a 1M-row
    # import, 0.1-0.3 s with its page faults); each stays its own array, shared copy-on-write
    return pd.DataFrame(out, index=frame.index, copy=False).reset_index(drop=True)


def _floats(values: pd.Series) -> pd.Series:
    """A measure as float64; text that is not a number becomes NaN. A float64 column is kept as it is."""
    if values.dtype == np.float64:
        return values
    return pd.to_numeric(values, errors="coerce").astype(np.float64)


def to_timestamps(values: pd.Series) -> pd.Series:
    """Datetimes as datetime64[ns]; text may mix dates and date-times (ISO 8601), unparseable text is NaT.

    pandas infers one format from the first text value, so "2026-09-01" followed by "2026-09-01 07:30"
    would lose the second: ISO 8601 parsing accepts both, and anything else is parsed value by value.
    """
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_localize(None)
        return values.astype("datetime64[ns]")
    parsed = pd.to_datetime(values, errors="coerce", format="ISO8601")
    leftover = parsed.isna() & values.notna()
    if leftover.any():
        parsed[leftover] = pd.to_datetime(values[leftover], errors="coerce", format="mixed")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    return parsed.astype("datetime64[ns]")


def constant_text(value: str | None, index: pd.Index) -> pd.Series:
    """One text value (or missing) on every row, made by Arrow in one piece: a Series of a repeated Python
    string is an object array first, then a million conversions (0.03 s per column at 1M rows), and a
    list of a million Nones took 0.08 s per absent column."""
    cells = pa.repeat(pa.scalar(value, pa.large_string()), len(index))
    return pd.Series(cells, index=index, dtype="str")


def concat_records(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Stack several canonical tables into one (an empty list gives the empty table)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_records()
    return normalize_records(pd.concat(frames, ignore_index=True))
