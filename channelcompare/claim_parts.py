"""Each part of the claim as a verdict with its figures (channelcompare/claim.py puts them together)."""

from __future__ import annotations

from typing import Any

import numpy as np

from channelcompare.claim_result import ClaimPart, Figure
from channelcompare.claim_stats import mean_ratio, more_items, more_orders, verdict_of
from channelcompare.metrics import MPP_FLAG
from channelcompare.per_item import mean_interval
from channelcompare.wording import CHANNEL_LABELS

#: How many hours make the peak when the user chose none: the busiest three of the day.
PEAK_HOURS = 3
ATTRIBUTION_CAVEAT = (
    "Platforms credit sales with their own attribution windows (Klaviyo 5 days, Meta 7-day click and 1-day "
    "view by default): their conversions are claims, not the store's orders."
)
BOOTSTRAP = "a 95% percentile bootstrap over items (2,000 seeded resamples)"


def share_part(sales: dict[str, Any] | None) -> ClaimPart:
    """Social's share of the store's orders (a lower bound) against the published "under 1%"."""
    method = (
        "Social's attributed share of the store's orders with its 95% Wilson interval, against the "
        "published figure; orders without a channel signal make it a lower bound."
    )
    if not sales or sales.get("social_order_share") is None or not sales.get("total_orders"):
        caveat = "No store orders with channel signals are loaded (Shopify, WooCommerce or an orders table)."
        return ClaimPart("share_of_sales", "cant_tell", None, [], method, [caveat], "orders")
    share, orders = float(sales["social_order_share"]), float(sales["total_orders"])
    interval = sales.get("social_order_interval")
    ci = (float(interval[0]), float(interval[1])) if interval else None
    benchmark = sales.get("benchmark") or {"value": 0.01, "source": "Forrester / GSI", "year": 2012}
    published = float(benchmark["value"])
    verdict = verdict_of(ci, published, claim_is_below=True)
    unattributed = float((sales.get("unattributed") or {}).get("orders") or 0.0) / orders
    caveats = [ATTRIBUTION_CAVEAT]
    if unattributed:
        caveats.insert(0, f"{unattributed:.0%} of orders carry no channel signal: any of them may be social.")
    if ci is None:  # GA4 alone: its last-click rows are no sample of the store's orders
        caveats.insert(0, "Only web analytics give the share: load the store's orders for an interval.")
    counted = verdict == "cant_tell" and ci is not None
    more = _at_least_one(more_orders(share, orders, published)) if counted else None
    figures = _share_figures(sales, ci, unattributed, benchmark)
    return ClaimPart("share_of_sales", verdict, more, figures, method, caveats, "orders")


def _share_figures(
    sales: dict[str, Any], ci: tuple[float, float] | None, unattributed: float, benchmark: dict[str, Any]
) -> list[Figure]:
    share, orders, published = (
        float(sales["social_order_share"]),
        float(sales["total_orders"]),
        benchmark["value"],
    )
    return [
        Figure("social_order_share", share, ci, share * orders, orders, "share of the store's orders"),
        Figure("social_revenue_share", sales.get("social_share"), unit="share of the store's revenue"),
        Figure(
            "unattributed_share",
            unattributed,
            None,
            unattributed * orders,
            orders,
            "share of orders with no signal",
        ),
        Figure("ga4_last_click_share", sales.get("ga4_social_share"), unit="GA4 last-click share of revenue"),
        Figure(
            "published", published, unit=f"under {published:.0%}: {benchmark['source']}, {benchmark['year']}"
        ),
    ]


def interactions_part(
    key: str, social: np.ndarray, other: np.ndarray, channel: str, opens_as_interactions: bool
) -> ClaimPart:
    """Interactions per social post against per send of `channel` (the claim: fewer on social)."""
    label = CHANNEL_LABELS.get(channel, channel).lower()
    method = f"Mean interactions per social post against per {label} send, their ratio with {BOOTSTRAP}."
    ratio, ci = mean_ratio(social, other)
    figures = [
        _per_item("social_per_post", social, "interactions per social post"),
        _per_item(f"{channel}_per_send", other, f"interactions per {label} send"),
        Figure("ratio", ratio, ci, unit=f"social per post ÷ {label} per send"),
    ]
    caveats = [
        "Social interactions are the platforms' engagements (likes, comments, shares); email's are unique "
        "clicks. Per item ignores audience size: compare the rates per person reached too."
    ]
    if opens_as_interactions:
        caveats.append(MPP_FLAG)
    if not len(other) or not len(social):
        missing = label if not len(other) else "social posts"
        caveats.insert(0, f"No {missing} with interactions are loaded.")
    verdict = verdict_of(ci, 1.0, claim_is_below=True)
    more = _at_least_one(more_items(social, other)) if verdict == "cant_tell" else None
    return ClaimPart(key, verdict, more, figures, method, caveats, "posts or sends")


def peak_hours_part(social: np.ndarray, hours: np.ndarray, chosen: tuple[int, ...] | None) -> ClaimPart:
    """Posts sent in the peak hours against the others (the claim: the peak pays)."""
    timed = hours >= 0
    peak, source = (
        (sorted(set(chosen)), "your choice") if chosen else (_busiest(hours[timed]), "top hours by volume")
    )
    at_peak = timed & np.isin(hours, peak)
    inside, outside = social[at_peak], social[timed & ~at_peak]
    ratio, ci = mean_ratio(inside, outside)
    named = ", ".join(f"{h}h" for h in peak) or "none"
    figures = [
        _per_item("peak_per_post", inside, f"interactions per post at {named} ({source})"),
        _per_item("other_hours_per_post", outside, "interactions per post at other hours"),
        Figure("ratio", ratio, ci, unit="peak ÷ other hours"),
    ]
    caveats = [f"Peak hours: {source}. No export read gives the audience's online hours yet."]
    if source != "your choice":
        caveats.append("The busiest hours are when you post, which need not be when the audience is there.")
    method = f"Mean interactions per post in the peak hours against the other hours, ratio with {BOOTSTRAP}."
    verdict = verdict_of(ci, 1.0, claim_is_below=False)
    more = _at_least_one(more_items(inside, outside)) if verdict == "cant_tell" else None
    return ClaimPart("peak_hours", verdict, more, figures, method, caveats, "posts")


def _busiest(hours: np.ndarray) -> list[int]:
    """The `PEAK_HOURS` hours with the most posts (an earlier hour first on a tie)."""
    counts = np.bincount(hours, minlength=24) if len(hours) else np.zeros(24, dtype=np.int64)
    order = sorted(range(24), key=lambda h: (-counts[h], h))
    return sorted(h for h in order[:PEAK_HOURS] if counts[h] > 0)


def _per_item(key: str, totals: np.ndarray, unit: str) -> Figure:
    if not len(totals):
        return Figure(key, None, unit=unit)
    ci, _method = mean_interval(totals)
    return Figure(key, float(totals.mean()), ci, float(totals.sum()), float(len(totals)), unit)


def _at_least_one(more: int | None) -> int | None:
    """A "can't tell" always needs at least one more item (the interval test and the formula differ)."""
    return None if more is None else max(1, more)
