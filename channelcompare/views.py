"""The comparison's tables beyond the channel summary: timing (weekday × hour), trends per day, week or
month, funnel.

Each is one groupby over the campaign table; rates follow the same rule as everywhere (rows where both the
numerator and the denominator are known).
"""

from __future__ import annotations

import threading
from typing import Final

import numpy as np
import pandas as pd

from channelcompare.metrics import METRICS, ratio_values
from channelcompare.prepare import den, num
from channelcompare.wording import PLATFORM_LABELS

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TIMING_METRICS: Final = ("click_rate", "interaction_rate")
FUNNEL_STAGES: Final = ("audience", "clicks", "conversions", "revenue")


def _pooled_columns(metrics: tuple[str, ...]) -> list[str]:
    return ["audience"] + [c for m in metrics for c in (num(m), den(m))]


def _pool(frame: pd.DataFrame, keys: list[str], metrics: tuple[str, ...]) -> pd.DataFrame:
    """Sum each metric's numerator and denominator per group; the rate, the counts and the campaigns."""
    columns = _pooled_columns(metrics)
    grouped = frame.groupby(keys, sort=True, observed=True)
    sums = grouped[columns].sum(min_count=1)
    sums.insert(0, "campaigns", grouped["audience"].count())
    for metric in metrics:
        sums[metric] = ratio_values(sums[num(metric)], sums[den(metric)], METRICS[metric].kind)
    out = sums.reset_index()
    out["channel"] = out["channel"].astype("str")
    return out


def timing(table: pd.DataFrame) -> pd.DataFrame:
    """Click and interaction rate by channel, weekday and hour of the send or publish time.

    Only rows with a point in time count (start equal to end, or no end) from sources that carry the hour
    (a file whose times are all midnight only has dates).
    """
    start = table["start"]
    at_a_time = start.notna() & (table["end"].isna() | (table["end"] == start))
    midnight = start.dt.normalize() == start
    files = pd.factorize(table["source_file"], use_na_sentinel=False)[0]
    has_hours = ~midnight.groupby(files).transform("all")
    keep = (at_a_time & has_hours).to_numpy()
    # Only the columns pooled, not a copy of the whole table (~30 columns of ~100,000 campaign-days).
    timed = table.loc[keep, ["channel", *_pooled_columns(TIMING_METRICS)]]
    timed = timed.assign(weekday=start[keep].dt.day_of_week, hour=start[keep].dt.hour)
    if timed.empty:
        return pd.DataFrame(
            columns=["channel", "weekday", "weekday_name", "hour", "campaigns", "audience", *TIMING_METRICS]
        )
    pooled = _pool(timed, ["channel", "weekday", "hour"], TIMING_METRICS)
    pooled.insert(2, "weekday_name", pooled["weekday"].map(dict(enumerate(WEEKDAYS))).astype("str"))
    return pooled.rename(columns={num("click_rate"): "clicks", num("interaction_rate"): "interactions"}).drop(
        columns=[den(m) for m in TIMING_METRICS]
    )


def trends(table: pd.DataFrame, bucket: str | None = None) -> pd.DataFrame:
    """Every metric per channel and period of `bucket` ("day", "week" from Monday, "month"; by default
    `trend_bucket(table)`), from the dated rows whose whole period lies in one bucket: a monthly row is
    never drawn in the week of its first day (`too_coarse` names the rows left out)."""
    bucket = bucket or trend_bucket(table)
    first, last = _days(table)
    starts = bucket_starts(first, bucket)
    keep = (first.notna() & (starts == bucket_starts(last, bucket))).to_numpy()
    dated = table.loc[keep, ["channel", *_pooled_columns(tuple(METRICS))]]
    columns = ["channel", "period_start", "bucket", "campaigns", "audience", *METRICS]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    pooled = _pool(dated.assign(period_start=starts[keep]), ["channel", "period_start"], tuple(METRICS))
    return pooled.assign(bucket=bucket)[columns]


TREND_BUCKETS: Final = ("day", "week", "month")


def bucket_starts(days: pd.Series, bucket: str) -> pd.Series:
    """The first day of each day's bucket (the Monday of its week, the 1st of its month)."""
    if bucket == "day":
        return days
    if bucket == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    return days - pd.to_timedelta(days.dt.day - 1, unit="D")


def trend_bucket(table: pd.DataFrame) -> str:
    """The finest bucket every dated row fits in, but never finer than a week (a month of daily points is
    mostly empty days for sends and posts); a month when some rows fit no bucket (they are listed)."""
    first, last = _days(table)
    dated = first.notna()
    for bucket in ("week", "month"):
        if (bucket_starts(first[dated], bucket) == bucket_starts(last[dated], bucket)).all():
            return bucket
    return "month"


def too_coarse(table: pd.DataFrame, bucket: str) -> list[str]:
    """Per platform, the rows whose period is longer than one bucket: "Meta Ads: 8 rows of 30 days"."""
    first, last = _days(table)
    coarse = (first.notna() & (bucket_starts(first, bucket) != bucket_starts(last, bucket))).to_numpy()
    if not coarse.any():
        return []
    frame = pd.DataFrame(
        {"platform": table.loc[coarse, "platform"].astype("str"), "days": (last - first).dt.days[coarse] + 1}
    )
    out = []
    for platform, days in frame.groupby("platform", sort=True)["days"]:
        label = PLATFORM_LABELS.get(str(platform), str(platform))
        low, high = int(days.min()), int(days.max())
        span = f"{low} days" if low == high else f"{low} to {high} days"
        out.append(f"{label}: {len(days)} row{'s' if len(days) > 1 else ''} of {span}")
    return out


def _days(table: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    first = table["start"].dt.normalize()
    return first, table["end"].fillna(table["start"]).dt.normalize()


def funnel(table: pd.DataFrame) -> pd.DataFrame:
    """Audience → clicks → conversions → revenue per channel (sums of what is known), with each stage's
    ratio to the stage before and the currency of revenue."""
    grouped = table.groupby("channel", sort=True, observed=True)
    sums = grouped[list(FUNNEL_STAGES)].sum(min_count=1)
    currency = grouped["money_currency"].first()
    long = sums.reset_index().melt(id_vars="channel", var_name="stage", value_name="value")
    long["stage"] = pd.Categorical(long["stage"], FUNNEL_STAGES, ordered=True)
    long = long.sort_values(["channel", "stage"], kind="stable").reset_index(drop=True)
    previous = long.groupby("channel")["value"].shift(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = long["value"] / previous
    long["of_previous"] = ratio.where((long["stage"] != "revenue") & (previous > 0))
    long["currency"] = long["channel"].map(currency).astype("str").where(long["stage"] == "revenue")
    long["stage"] = long["stage"].astype("str")
    long["channel"] = long["channel"].astype("str")
    return long


class CampaignViews:
    """Timing, trends and funnel of one campaign table, each built the first time it is read, then kept.

    The window shows one tab at a time and a filter change must be on screen within 100 ms: building all
    three costs ~30 ms at a million records, so the Overview does not wait for tables only other tabs
    show. A report or `to_json` reads all three; trends are built in every bucket at once (the Trends tab
    offers them), so the campaign rows can go once the three are built. Thread-safe: the window and a report worker may both read.
    """

    _BUILDERS: Final = {"timing": timing, "trends": trends, "funnel": funnel}

    def __init__(self, table: pd.DataFrame) -> None:
        self._table: pd.DataFrame | None = table
        self._built: dict[str, pd.DataFrame] = {}
        self._by_bucket: dict[str, tuple[pd.DataFrame, list[str]]] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> pd.DataFrame:
        with self._lock:
            if name not in self._built:
                assert self._table is not None
                self._built[name] = self._BUILDERS[name](self._table)
                if name == "trends":  # every bucket the Trends tab offers, while the rows are here
                    for bucket in TREND_BUCKETS:
                        self._by_bucket[bucket] = (
                            trends(self._table, bucket),
                            too_coarse(self._table, bucket),
                        )
                if len(self._built) == len(self._BUILDERS):
                    self._table = None  # every table is built: let the campaign rows go
            return self._built[name]

    def trends_in(self, bucket: str) -> tuple[pd.DataFrame, list[str]]:
        """The trends per `bucket` ("day", "week", "month") and the rows too long to be drawn in it."""
        self.get("trends")
        return self._by_bucket[bucket]
