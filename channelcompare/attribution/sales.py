"""Share of sales per channel from the store's orders (or GA4 when there are none), and the headline check.

The store's view comes from Shopify or generic order records, re-classified with the current channel rules so
that an edited rule applies without re-importing. Orders with no channel signal are unattributed: they stay in
the denominator (every share is of all the store's sales) and are shown on their own. Amounts in several
currencies are converted when rates are given, else reported per currency and never summed.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any, Final

import pandas as pd

from channelcompare.attribution.rules import RuleSet
from channelcompare.attribution.signals import order_channels
from channelcompare.currency import RateTable, load_rates
from channelcompare.model import EMAIL_CHANNELS, SOCIAL_CHANNELS
from channelcompare.window import inside_mask, span_text

STORE_PLATFORMS: Final = ("shopify", "generic")
SIGNAL_COLUMNS: Final = ("discount_code", "tags", "utm_source", "utm_medium", "utm_campaign")


@dataclass(frozen=True)
class ChannelSales:
    """One channel's part of the store's sales; GA4 sessions and key-event rate where GA4 data is loaded."""

    orders: float | None
    revenue: float | None
    share: float | None  # of revenue
    order_share: float | None
    sessions: float | None = None
    key_event_rate: float | None = None  # GA4 key events / sessions in this channel
    ga4_revenue: float | None = None  # GA4's own view (session last click), beside the store's
    ga4_share: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def store_orders(records: pd.DataFrame, rules: RuleSet) -> pd.DataFrame:
    """Store order records with `channel` re-derived from their signals and an `unattributed` flag.

    A record whose signals decide nothing keeps the channel its importer gave it (a note-attribute rule
    applied at import); it is unattributed only when that channel is `other` too.
    """
    orders = records[records["platform"].isin(STORE_PLATFORMS) & records["orders"].notna()].copy()
    found = order_channels(orders[list(SIGNAL_COLUMNS)], rules)
    keep_import = (found.decided_by == "none") & (orders["channel"] != "other")
    orders["channel"] = orders["channel"].where(keep_import, found.channel)
    orders["unattributed"] = found.unattributed & ~keep_import
    return orders


def ga4_rows(records: pd.DataFrame, rules: RuleSet) -> tuple[pd.DataFrame, list[str]]:
    """GA4 rows with sessions, source/medium rows re-classified with the current rules; when exports by channel
    group and by source/medium are both loaded, the channel-group one is used so sessions count once."""
    ga4 = records[(records["platform"] == "ga4") & records["sessions"].notna()]
    warnings = []
    if ga4["format_id"].nunique() > 1 and (ga4["format_id"] == "ga4_traffic").any():
        ga4 = ga4[ga4["format_id"] == "ga4_traffic"]
        warnings.append("GA4 exports by channel group and by source / medium are both loaded: sessions and GA4 "
                        "revenue come from the channel-group export only, so they are counted once.")  # fmt: skip
    signalled = ga4["utm_source"].notna() | ga4["utm_medium"].notna()
    if signalled.any():
        channel = rules.classify(ga4["utm_source"], ga4["utm_medium"], ga4["utm_campaign"])
        ga4 = ga4.assign(channel=ga4["channel"].where(~signalled, channel))
    return ga4, warnings


def channel_table(orders: pd.DataFrame) -> dict[str, ChannelSales]:
    """Orders, revenue and shares per channel of one currency's orders (or of a GA4 table: no orders)."""
    grouped = orders.groupby("channel", sort=True)
    order_sum = grouped["orders"].sum(min_count=1)
    revenue_sum = grouped["revenue"].sum(min_count=1)
    total_orders, total_revenue = order_sum.sum(min_count=1), revenue_sum.sum(min_count=1)
    out = {}
    for channel in order_sum.index:
        o, r = as_number(order_sum[channel]), as_number(revenue_sum[channel])
        out[str(channel)] = ChannelSales(o, r, ratio(r, total_revenue), ratio(o, total_orders))
    return out


def with_sessions(table: dict[str, ChannelSales], ga4: pd.DataFrame) -> dict[str, ChannelSales]:
    """Add GA4 sessions and key-event rate per channel (channels only GA4 saw are added with no sales)."""
    if ga4.empty:
        return table
    grouped = ga4.groupby("channel")
    sessions, events = grouped["sessions"].sum(min_count=1), grouped["conversions"].sum(min_count=1)
    revenue = grouped["revenue"].sum(min_count=1)
    out = dict(table)
    for channel in sessions.index:
        base = out.get(str(channel), ChannelSales(None, None, None, None))
        s, r = as_number(sessions[channel]), as_number(revenue[channel])
        out[str(channel)] = replace(
            base,
            sessions=s,
            key_event_rate=ratio(as_number(events[channel]), s),
            ga4_revenue=r,
            ga4_share=ratio(r, revenue.sum(min_count=1)),
        )
    return out


def group_share(
    table: dict[str, ChannelSales], channels: tuple[str, ...], key: str = "share"
) -> float | None:
    """Summed share of a group of channels (social, email); None when no share is known."""
    values = [getattr(table[c], key) for c in channels if c in table and getattr(table[c], key) is not None]
    if not any(getattr(v, key) is not None for v in table.values()):
        return None
    return float(sum(values))


def social_and_email(table: dict[str, ChannelSales]) -> dict[str, float | None]:
    return {
        "social_share": group_share(table, SOCIAL_CHANNELS),
        "social_order_share": group_share(table, SOCIAL_CHANNELS, "order_share"),
        "email_share": group_share(table, EMAIL_CHANNELS),
        "email_order_share": group_share(table, EMAIL_CHANNELS, "order_share"),
    }


def as_number(value: Any) -> float | None:
    """A float, or None for missing values (None, NaN, NA)."""
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def ratio(part: float | None, whole: Any) -> float | None:
    whole = as_number(whole)
    if part is None or not whole:
        return None
    return float(part) / whole


def within_span(rows: pd.DataFrame, reference: pd.DataFrame) -> pd.Series:
    """Rows whose period lies inside the first to last day of `reference` (all rows when either is undated:
    nothing says they differ)."""
    first, last = _span(reference)
    if first is None or last is None or rows["start"].isna().all():
        return pd.Series(True, index=rows.index)
    return inside_mask(rows, first.date(), last.date())


def span_words(rows: pd.DataFrame) -> str:
    """ "1–30 Sep 2026": the first to last day of `rows`."""
    first, last = _span(rows)
    return span_text(first.date(), last.date()) if first is not None and last is not None else "no dates"


def _span(rows: pd.DataFrame) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    first, last = rows["start"].min(), rows["end"].fillna(rows["start"]).max()
    if pd.isna(first) or pd.isna(last):
        return None, None
    return first.normalize(), last.normalize()


def bundled_rates() -> RateTable | None:
    """The ECB rates available offline (bundled snapshot), or None when they cannot be read."""
    try:
        return load_rates()
    except (OSError, ValueError, KeyError):
        return None
