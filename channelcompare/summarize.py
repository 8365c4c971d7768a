"""Pool the campaign table per channel (or per platform within a channel): one groupby, then per group the
metric values with their intervals.

Every metric pools its numerator and denominator over the rows that carry both (`paired`), and says how
many campaigns and rows that is. Rates get the 95% Wilson interval of their pooled counts. Revenue per
1,000, cost per conversion and ROAS are not proportions: with at least 3 campaigns (distinct campaign keys,
channelcompare/grain.py) they get a t interval with G−1 degrees of freedom from the cluster-robust variance
of the ratio estimator (campaigns as the clusters), else no interval.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from channelcompare import grain, stats
from channelcompare.metrics import METRICS, MetricDef, ratio_values, scale
from channelcompare.per_item import ITEM_LEVELS, PER_ITEM, per_item_metrics
from channelcompare.prepare import den, distinct_pairs, num
from channelcompare.results import ChannelSummary, MetricValue
from channelcompare.wording import group_label

MIN_CAMPAIGNS = 3


@dataclass
class Group:
    """The rows of one compared group in the campaign table, and its summary."""

    key: str
    channel: str
    platform: str | None
    rows: np.ndarray
    summary: ChannelSummary
    #: The table's metric columns as arrays (`table_arrays`), taken once for every group of the table.
    arrays: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def counts(self, table: pd.DataFrame, metric: str) -> tuple[np.ndarray, np.ndarray]:
        """Per campaign (numerator, denominator) of `metric` over its rows where both are known: one entry
        per campaign key, the rows of a campaign (its days, its ads) summed."""
        numerators, denominators, keys = self.paired(table, metric)
        return stats.cluster_sums(numerators, denominators, keys)

    def paired(self, table: pd.DataFrame, metric: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row: (numerator, denominator, campaign key) of `metric` where both are known. The one
        pairing every view's number comes from."""
        arrays = self.arrays or table_arrays(table)
        numerators = arrays[num(metric)][self.rows]
        denominators = arrays[den(metric)][self.rows]
        known = ~np.isnan(numerators) & ~np.isnan(denominators)
        return numerators[known], denominators[known], arrays["campaign_key"][self.rows][known]


def table_arrays(table: pd.DataFrame) -> dict[str, np.ndarray]:
    """The audience and every metric's numerator and denominator as arrays: a group reads its rows of
    them for each metric, and taking a column out of the frame each time cost more than the arithmetic."""
    names = ["audience", *(column for name in METRICS for column in (num(name), den(name)))]
    arrays = {name: table[name].to_numpy(dtype=np.float64) for name in names}
    if "campaign_key" in table:
        arrays["campaign_key"] = table["campaign_key"].to_numpy(dtype=np.int64)
    else:  # a table made without its grain: every row its own campaign
        arrays["campaign_key"] = np.arange(len(table), dtype=np.int64)
    arrays["daily"] = grain.is_daily(table["start"], table["end"])  # one pass, read by every group
    _item_arrays(table, arrays)
    return arrays


def _item_arrays(table: pd.DataFrame, arrays: dict[str, np.ndarray]) -> None:
    """What the per-item metrics read: which rows are sends or posts, and the measures they sum."""
    level = table["level"].astype("object") if "level" in table else pd.Series("send", index=table.index)
    arrays["is_item"] = level.isin(ITEM_LEVELS).to_numpy()
    timed = (table["start"] == table["end"]).to_numpy()  # a post or send time, not a reporting period
    arrays["item.hour"] = np.where(timed, table["start"].dt.hour.fillna(-1).to_numpy(), -1).astype(np.int64)
    for measure in PER_ITEM.values():
        column = table[measure] if measure in table else pd.Series(np.nan, index=table.index)
        arrays[f"item.{measure}"] = column.to_numpy(dtype=np.float64)


def channel_groups(table: pd.DataFrame, arrays: dict[str, np.ndarray] | None = None) -> dict[str, Group]:
    """One group per channel. `arrays`: `table_arrays(table)`, when the caller has them."""
    platforms = _platforms(table)
    arrays = arrays if arrays is not None else table_arrays(table)
    out = {}
    for channel, rows in table.groupby("channel", sort=True, observed=True).indices.items():
        channel = str(channel)
        label = group_label(channel, platforms.get(channel, ()))
        out[channel] = _group(
            table, arrays, channel, channel, None, np.asarray(rows), label, platforms.get(channel, ())
        )
    return out


def platform_groups(
    table: pd.DataFrame, channels: tuple[str, ...], arrays: dict[str, np.ndarray] | None = None
) -> dict[str, Group]:
    """One group per platform within each of `channels` that has several platforms ("channel/platform")."""
    platforms = _platforms(table)
    arrays = arrays if arrays is not None else table_arrays(table)
    wanted = table["channel"].isin([c for c in channels if len(platforms.get(c, ())) > 1]).to_numpy()
    subset = table.loc[wanted, ["channel", "platform"]]
    out = {}
    for pair, rows in subset.groupby(["channel", "platform"], sort=True, observed=True).indices.items():
        channel, platform = (str(part) for part in pair)  # type: ignore[attr-defined]
        key = f"{channel}/{platform}"
        positions = np.flatnonzero(wanted)[rows]
        label = group_label(channel, (platform,), platform)
        out[key] = _group(table, arrays, key, channel, platform, positions, label, (platform,))
    return out


def _platforms(table: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """The platforms present in each channel, sorted."""
    out: dict[str, list[str]] = {}
    for channel, platform in distinct_pairs(table["channel"], table["platform"]):
        out.setdefault(channel, []).append(platform)
    return {channel: tuple(names) for channel, names in out.items()}


def _group(
    table: pd.DataFrame,
    arrays: dict[str, np.ndarray],
    key: str,
    channel: str,
    platform: str | None,
    rows: np.ndarray,
    label: str,
    platforms: tuple[str, ...],
) -> Group:
    audience = arrays["audience"][rows]
    known = ~np.isnan(audience)
    bases = sorted(b for b in _distinct(table["audience_basis"], rows) if b)
    currencies = _distinct(table["money_currency"], rows)
    campaigns = len(np.unique(arrays["campaign_key"][rows][known]))
    units = _units(table, arrays, rows[known], campaigns)
    summary = ChannelSummary(
        channel=channel,
        audience=float(audience[known].sum()) if known.any() else None,
        audience_basis=", ".join(bases),
        campaigns=campaigns,
        metrics={},
        currency=currencies[0] if currencies else None,
        label=label,
        platform=platform,
        platforms=platforms,
        rows=int(known.sum()),
        campaign_unit=units[0],
        row_unit=units[1],
        summed_reach="reach" in bases and int(known.sum()) > 1,
    )
    group = Group(key, channel, platform, np.asarray(rows), summary, arrays)
    summary.metrics = {name: _metric_value(table, group, metric) for name, metric in METRICS.items()}
    summary.metrics.update(per_item_metrics(arrays, group.rows))
    return group


def _units(
    table: pd.DataFrame, arrays: dict[str, np.ndarray], rows: np.ndarray, campaigns: int
) -> tuple[str, str]:
    """What the group's campaign keys and rows are ("campaigns", "campaign-days")."""
    levels = _distinct(table["level"], rows) if "level" in table else []
    daily = bool(len(rows)) and bool(arrays["daily"][rows].all())
    return grain.unit_words(levels, campaigns, len(rows), daily=daily)


def _distinct(column: pd.Series, rows: np.ndarray) -> list[str]:
    """The distinct known values of `column` at `rows`, in order of first appearance."""
    if isinstance(column.dtype, pd.CategoricalDtype):  # as the campaign table makes them: compare codes
        codes = column.cat.codes.to_numpy()[rows]
        return [str(column.cat.categories[code]) for code in pd.unique(codes[codes >= 0])]
    return [str(value) for value in pd.unique(column.iloc[rows].dropna())]


def _metric_value(table: pd.DataFrame, group: Group, metric: MetricDef) -> MetricValue:
    numerators, denominators, keys = group.paired(table, metric.name)
    if len(numerators) == 0:
        return MetricValue(None, None, None, None)
    x, n = float(numerators.sum()), float(denominators.sum())
    campaigns, rows = len(np.unique(keys)), len(numerators)
    value = float(ratio_values(np.array([x]), np.array([n]), metric.kind)[0])
    if math.isnan(value):
        return MetricValue(None, None, x, n, campaigns, rows)
    if metric.is_proportion:
        return MetricValue(value, stats.wilson(x, n), x, n, campaigns, rows, "wilson")
    clustered = stats.cluster_sums(numerators, denominators, keys)
    ci, method = _campaign_interval(*clustered, value, scale(metric.kind))
    return MetricValue(value, ci, x, n, campaigns, rows, method)


def _campaign_interval(
    numerators: np.ndarray, denominators: np.ndarray, value: float, scale: float
) -> tuple[tuple[float, float] | None, str]:
    """t interval with G−1 degrees of freedom over G campaigns (clusters), or none and why."""
    if len(numerators) < MIN_CAMPAIGNS:
        return None, f"fewer than {MIN_CAMPAIGNS} campaigns: no reliable interval"
    variance = stats.ratio_estimate_variance(numerators, denominators)
    if variance is None:
        return None, "no variance between campaigns"
    spread = stats.t_95(len(numerators) - 1) * math.sqrt(variance) * scale
    return (max(0.0, value - spread), value + spread), "cluster_t"
