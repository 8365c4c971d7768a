"""Claimed vs observed: the revenue each platform claims next to the revenue the store attributes to its channel.

Platforms count their own conversions with their own attribution windows (Meta: 7-day click, 1-day view;
Klaviyo: 5 days after an open or click), so the same order is often claimed by several platforms, and their
claims added up exceed what the shop sold. A claim above the store's view of that channel is flagged.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Final

import pandas as pd

#: Platforms whose records are the store's or the site's view, not a platform's claim.
OBSERVING_PLATFORMS: Final = ("shopify", "generic", "ga4")


@dataclass(frozen=True)
class Claim:
    """One platform's claim for one channel, beside the store's view of that channel (same currency)."""

    channel: str
    platform: str
    claimed_revenue: float
    claimed_conversions: float | None
    attribution: str | None
    currency: str | None
    observed_revenue: float | None
    observed_orders: float | None
    #: GA4's revenue for the channel (session last click), when a GA4 export is loaded.
    ga4_revenue: float | None
    #: claimed / observed; None when the store saw nothing in this channel or currencies differ.
    ratio: float | None
    over_claiming: bool
    note: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


#: Channels the engine tells apart that the store's orders cannot: each is compared as the store's channel.
STORE_CHANNELS = {"email_retargeting": "email_automation"}


def platform_claims(records: pd.DataFrame) -> pd.DataFrame:
    """Revenue and conversions each platform claims per channel, with its attribution windows and currency."""
    claims = records[~records["platform"].isin(OBSERVING_PLATFORMS) & records["revenue"].notna()]
    if claims.empty:
        return pd.DataFrame(
            columns=["channel", "platform", "revenue", "conversions", "attribution", "currency"]
        )
    # The store's rules cannot tell retargeting from other automated email (both arrive as a flow's email
    # click), so a platform's automation claims are set whole against the store's automated-email orders.
    channel = claims["channel"].astype("str").replace(STORE_CHANNELS).rename("channel")
    grouped = claims.groupby([channel, claims["platform"]], sort=True)
    return pd.DataFrame(
        {
            "revenue": grouped["revenue"].sum(),
            "conversions": grouped["conversions"].sum(min_count=1),
            "attribution": grouped["attribution"].agg(_distinct),
            "currency": grouped["currency"].agg(_distinct),
        }
    ).reset_index()


def _distinct(values: pd.Series) -> str | None:
    # distinct first: a million rows of one platform hold a handful of attribution settings and currencies
    found = sorted({str(v) for v in values.dropna().unique() if str(v).strip()})
    return "; ".join(found) if found else None


Observed = tuple[float | None, float | None, float | None]


def compare_claims(
    claims: pd.DataFrame, observed: dict[str, Observed], store_currency: str | None
) -> list[Claim]:
    """A Claim per platform and channel. `observed` maps channel -> (store revenue, store orders, GA4 revenue)."""
    out = []
    for row in claims.itertuples(index=False):  # one row per platform and channel: a handful
        revenue, orders, ga4 = observed.get(str(row.channel), (0.0, 0.0, None))
        out.append(_claim(row, (revenue, orders, ga4), store_currency))
    return out


def _claim(row: Any, observed: Observed, store_currency: str | None) -> Claim:
    revenue, orders, ga4 = observed
    claimed = float(row.revenue)
    conversions = None if pd.isna(row.conversions) else float(row.conversions)
    currency = row.currency if isinstance(row.currency, str) else None
    comparable = revenue is not None and (
        currency is None or store_currency is None or currency == store_currency
    )
    ratio = claimed / revenue if comparable and revenue else None
    over = bool(comparable and revenue is not None and claimed > revenue)
    if not comparable:
        note = f"claim in {currency}, store view in {store_currency or 'several currencies'}: not compared"
    elif revenue == 0 and claimed > 0:
        note = "the store attributes no revenue to this channel"
    elif over:
        note = f"claims {ratio:.1f}x the revenue the store attributes to this channel"
    else:
        note = "within the store's view"
    return Claim(
        channel=str(row.channel),
        platform=str(row.platform),
        claimed_revenue=claimed,
        claimed_conversions=conversions,
        attribution=row.attribution if isinstance(row.attribution, str) else None,
        currency=currency,
        observed_revenue=revenue,
        observed_orders=orders,
        ga4_revenue=ga4,
        ratio=None if ratio is None or math.isnan(ratio) else ratio,
        over_claiming=over,
        note=note,
    )


def total_claims_warning(
    claims: list[Claim], store_revenue: float | None, currency: str | None
) -> str | None:
    """Say so when the platforms' claims added up exceed everything the store sold."""
    same = [c.claimed_revenue for c in claims if c.currency in (None, currency)]
    if not same or not store_revenue or sum(same) <= store_revenue:
        return None
    return (
        f"The platforms together claim {sum(same):,.2f} of revenue, more than the store's total sales "
        f"({store_revenue:,.2f}): the same orders are claimed more than once under different attribution windows."
    )
