"""Per item: what one send or one post brings, the unit the claim "far fewer interactions per post than
email" speaks in (docs/metrics.md, "Per item").

An item is a distinct campaign key (channelcompare/grain.py) at the send, post or flow-message level: one
newsletter, one post, one automated message over the period. The value is Σ measure / Σ items over the
rows that carry the measure: items that do not report it are left out of both sides.

Counts per post are over-dispersed (a viral post among quiet ones), so the interval is not Poisson: it is
a seeded percentile bootstrap over items (Efron & Tibshirani 1993, ch. 13), the items being the units
resampled, with at least 3 items. Above `BOOTSTRAP_MAX_ITEMS` the sample mean is close to normal and the t
interval with G−1 degrees of freedom is used instead (same unit, a fraction of the cost).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from channelcompare import stats
from channelcompare.metrics import MetricDef
from channelcompare.results import MetricValue

#: metric name -> the measure summed per item (email interactions are unique clicks, or opens on request).
PER_ITEM: Final[dict[str, str]] = {
    "interactions_per_item": "interactions",
    "clicks_per_item": "clicks",
    "conversions_per_item": "conversions",
    "revenue_per_item": "revenue",
}
#: Each per-item metric's definition, as the tooltips and a report's Definitions sheet show them.
PER_ITEM_DEFINITIONS: Final[dict[str, MetricDef]] = {
    "interactions_per_item": MetricDef(
        "interactions_per_item", "Interactions per post or send", "interactions / items", "count",
        "interactions", "items",
        "Social: the platform's engagements per post. Email: unique clicks per send (opens only when asked, "
        "inflated by Apple Mail Privacy Protection).",
    ),
    "clicks_per_item": MetricDef(
        "clicks_per_item", "Clicks per post or send", "clicks / items", "count", "clicks", "items",
        "Unique clicks (link clicks for posts) per post or send.",
    ),
    "conversions_per_item": MetricDef(
        "conversions_per_item", "Conversions per post or send", "conversions / items", "count",
        "conversions", "items", "Conversions (else orders) the source attributes, per post or send.",
    ),
    "revenue_per_item": MetricDef(
        "revenue_per_item", "Revenue per post or send", "revenue / items", "money", "revenue", "items",
        "Attributed revenue per post or send, in the channel's currency.",
    ),
}  # fmt: skip
#: Levels whose campaign keys are items: a send, a post, an automated flow message.
ITEM_LEVELS: Final = frozenset({"send", "post", "flow"})
MIN_ITEMS: Final = 3
BOOTSTRAP_RESAMPLES: Final = 2000
#: Above this many items the t interval: the mean is near normal, and 2,000 resamples of 5,000 posts took
#: 0.3 s per metric, which a filter change (100 ms budget) cannot pay.
BOOTSTRAP_MAX_ITEMS: Final = 500
#: Fixed seed: the same rows give the same interval in every view and every run.
SEED: Final = 20260917


def item_sums(measure: np.ndarray, keys: np.ndarray, is_item: np.ndarray) -> np.ndarray:
    """The measure summed per item over the item rows that carry it (one entry per distinct key)."""
    known = is_item & ~np.isnan(measure)
    totals, _ = stats.cluster_sums(measure[known], np.zeros(int(known.sum())), keys[known])
    return totals


def per_item_value(totals: np.ndarray, seed: int = SEED) -> MetricValue:
    """Σ measure / Σ items with its campaign-level 95% interval, as a metric value."""
    items = len(totals)
    if items == 0:
        return MetricValue(None, None, None, None, interval="no sends or posts carry the measure")
    total = float(totals.sum())
    value = total / items
    ci, method = mean_interval(totals, seed)
    return MetricValue(value, ci, total, float(items), items, items, method)


def mean_interval(totals: np.ndarray, seed: int = SEED) -> tuple[tuple[float, float] | None, str]:
    """95% interval of the mean per item: percentile bootstrap over items, t for many items."""
    items = len(totals)
    if items < MIN_ITEMS:
        return None, f"fewer than {MIN_ITEMS} items: no reliable interval"
    if float(np.ptp(totals)) == 0.0:
        return None, "no variance between items"
    if items > BOOTSTRAP_MAX_ITEMS:
        spread = stats.t_95(items - 1) * float(np.std(totals, ddof=1)) / math.sqrt(items)
        mean = float(totals.mean())
        return (max(0.0, mean - spread), mean + spread), "t_items"
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, items, size=(BOOTSTRAP_RESAMPLES, items))
    means = totals[draws].mean(axis=1)
    low, high = np.quantile(means, [0.025, 0.975])
    return (float(low), float(high)), "bootstrap_items"


def per_item_metrics(arrays: dict[str, np.ndarray], rows: np.ndarray) -> dict[str, MetricValue]:
    """Every per-item metric of the group at `rows` of the campaign table's arrays (`table_arrays`)."""
    keys, is_item = arrays["campaign_key"][rows], arrays["is_item"][rows]
    return {
        name: per_item_value(item_sums(arrays[f"item.{measure}"][rows], keys, is_item))
        for name, measure in PER_ITEM.items()
    }


@dataclass(frozen=True)
class ItemSample:
    """A group's sends or posts that carry interactions: each one's total and its hour (-1 when the export
    gives a period rather than a time)."""

    totals: np.ndarray
    hours: np.ndarray


def item_sample(arrays: dict[str, np.ndarray], rows: np.ndarray) -> ItemSample:
    """The interactions of each item of the group at `rows`, with the hour it went out."""
    measure, keys = arrays["item.interactions"][rows], arrays["campaign_key"][rows]
    known = arrays["is_item"][rows] & ~np.isnan(measure)
    codes, first, dense = np.unique(keys[known], return_index=True, return_inverse=True)
    totals = np.bincount(dense, weights=measure[known], minlength=len(codes))
    return ItemSample(totals, arrays["item.hour"][rows][known][first])
