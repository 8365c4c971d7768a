"""The comparison's tables beyond the channel summary: timing (weekday × hour), trends per day, week or
month, funnel.

Each is one groupby over the campaign table; rates follow the same rule as everywhere (rows where both the
numerator and the denominator are known).
"""

from __future__ import annotations

import threading
from typing import Any, Final, cast

import numpy as np
import pandas as pd

from channelcompare.metrics import METRICS, PAIRS, ratio_values
from channelcompare.prepare import den, num
from channelcompare.wording import PLATFORM_LABELS

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TIMING_METRICS: Final = ("click_rate", "interaction_rate")
FUNNEL_STAGES: Final = ("audience", "clicks", "conversions", "revenue")


def pool_pairs(frame: pd.DataFrame, keys: list[str], metrics: tuple[str, ...]) -> pd.DataFrame:
    """Per group of `keys`: each pair's value, numerator, denominator and distinct campaigns, pooled over
    the rows that carry both (the table's paired columns), as the channel summary pools them. Columns
    `metric`, `metric.num`, `metric.den`, `metric.campaigns`."""
    grouped = frame.groupby(keys, sort=True, observed=True)
    sums = grouped[[c for m in metrics for c in (num(m), den(m))]].sum(min_count=1)
    for metric in metrics:
        sums[metric] = ratio_values(sums[num(metric)], sums[den(metric)], PAIRS[metric].kind)
        known = frame[num(metric)].notna()
        keyed = frame.loc[known, [*keys, "campaign_key"]]
        counted = keyed.groupby(keys, sort=True, observed=True)["campaign_key"].nunique()
        sums[f"{metric}.campaigns"] = counted.reindex(sums.index).fillna(0).astype(np.int64)
    out = sums.reset_index()
    out["channel"] = out["channel"].astype("str")
    return out


def timing(table: pd.DataFrame) -> pd.DataFrame:
    """Click and interaction rate by channel, weekday and hour of the send or publish time, each with its
    own numerator, denominator and count of sends or posts (`pool_pairs`): a cell never shows counts that
    are not the ones its rate rests on.

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
    paired = [c for m in TIMING_METRICS for c in (num(m), den(m))]
    timed = table.loc[keep, ["channel", "campaign_key", *paired]]
    timed = timed.assign(weekday=start[keep].dt.day_of_week, hour=start[keep].dt.hour)
    if timed.empty:
        return pd.DataFrame(columns=["channel", "weekday", "weekday_name", "hour", *_timing_columns()])
    pooled = pool_pairs(timed, ["channel", "weekday", "hour"], TIMING_METRICS)
    pooled.insert(2, "weekday_name", pooled["weekday"].map(dict(enumerate(WEEKDAYS))).astype("str"))
    return pooled[["channel", "weekday", "weekday_name", "hour", *_timing_columns()]]


def _timing_columns() -> list[str]:
    return [c for m in TIMING_METRICS for c in (m, num(m), den(m), f"{m}.campaigns")]


def trends(table: pd.DataFrame, bucket: str | None = None) -> pd.DataFrame:
    """Every metric per channel and period of `bucket` ("day", "week" from Monday, "month"; by default
    `trend_bucket(table)`), from the dated rows whose whole period lies in one bucket: a monthly row is
    never drawn in the week of its first day (`too_coarse` names the rows left out). Each metric with its
    own numerator, denominator and distinct campaigns (`pool_pairs`), as the channel summary pools them:
    over the whole window a channel's point equals its summary."""
    bucket = bucket or trend_bucket(table)
    first, last = _days(table)
    starts = bucket_starts(first, bucket)
    keep = (first.notna() & (starts == bucket_starts(last, bucket))).to_numpy()
    paired = [c for m in METRICS for c in (num(m), den(m))]
    dated = table.loc[keep, ["channel", "campaign_key", *paired]]
    columns = ["channel", "period_start", "bucket", *trend_metric_columns()]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    pooled = pool_pairs(dated.assign(period_start=starts[keep]), ["channel", "period_start"], tuple(METRICS))
    return pooled.assign(bucket=bucket)[columns]


def trend_metric_columns() -> list[str]:
    """Each metric, then its `.num`, `.den` and `.campaigns`."""
    return [c for m in METRICS for c in (m, num(m), den(m), f"{m}.campaigns")]


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


#: Each funnel stage after the audience, and the pair that makes its step from the stage before.
FUNNEL_STEPS: Final = {
    "clicks": "click_rate",
    "conversions": "click_to_conversion",
    "revenue": "revenue_per_conversion",
}
#: Web traffic has no clicks: its conversions step is conversions per session.
_STEP_WITHOUT_CLICKS: Final = "conversion_rate"


def funnel(table: pd.DataFrame) -> pd.DataFrame:
    """Audience → clicks → conversions → revenue per channel: each stage's total (the sum of what is known)
    and its step from the stage before as the engine's paired metric (`pool_pairs`: click rate, click-to-
    conversion, revenue per conversion), with the numerator, denominator and campaigns the step rests on.
    A total and a step may differ in what they count (Instagram posts carry reach but no clicks): the step
    is the rate, the columns `numerator` and `denominator` say over which rows."""
    if table.empty:
        return pd.DataFrame(columns=_FUNNEL_COLUMNS)
    grouped = table.groupby("channel", sort=True, observed=True)
    totals = grouped[list(FUNNEL_STAGES)].sum(min_count=1)
    currency = grouped["money_currency"].first()
    pairs = (*FUNNEL_STEPS.values(), _STEP_WITHOUT_CLICKS)
    steps = cast(
        dict[Any, dict[str, Any]], pool_pairs(table, ["channel"], pairs).set_index("channel").to_dict("index")
    )
    rows = [
        _stage_row(str(channel), stage, totals.at[channel, stage], steps, currency[channel])
        for channel in totals.index
        for stage in FUNNEL_STAGES
    ]
    return pd.DataFrame(rows, columns=list(_FUNNEL_COLUMNS))


def _stage_row(
    channel: str, stage: str, total: object, steps: dict[Any, dict[str, Any]], currency: object
) -> dict[str, object]:
    """One stage of one channel: its total and the paired step that leads to it."""
    row: dict[str, object] = {"channel": channel, "stage": stage, "value": total, "step": ""}
    row.update(of_previous=np.nan, numerator=np.nan, denominator=np.nan, campaigns=0)
    row["currency"] = str(currency) if stage == "revenue" and isinstance(currency, str) else None
    step = steps[channel]
    pair = _step_pair(stage, step)
    if pair is not None:
        row.update(step=pair, of_previous=step[pair], numerator=step[num(pair)])
        row.update(denominator=step[den(pair)], campaigns=int(step[f"{pair}.campaigns"]))
    return row


_FUNNEL_COLUMNS: Final = (
    "channel", "stage", "value", "of_previous", "step", "numerator", "denominator", "campaigns", "currency",
)  # fmt: skip


def _step_pair(stage: str, step: dict[str, Any]) -> str | None:
    """The pair that makes `stage`'s step, or None (the audience; a step no row reports both sides of)."""
    pair = FUNNEL_STEPS.get(stage)
    if pair is None:
        return None
    if stage == "conversions" and np.isnan(float(step[num("click_to_conversion")])):
        pair = _STEP_WITHOUT_CLICKS
    return None if np.isnan(float(step[num(pair)])) else pair


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
