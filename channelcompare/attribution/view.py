"""The sales view the engine, the app and the report show: share of sales, the headline, claimed vs observed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from channelcompare.attribution import claims as claim_mod
from channelcompare.attribution import sales
from channelcompare.attribution.headline import (
    ga4_social_share,
    headline,
    social_benchmark,
    social_order_interval,
)
from channelcompare.attribution.rules import RuleSet
from channelcompare.attribution.suggest import UnassignedMedium, grouped_warnings, unassigned_mediums
from channelcompare.benchmarks import Benchmark
from channelcompare.currency import RateTable, convert_records
from channelcompare.fx_days import is_code


@dataclass
class SalesView:
    """Everything about sales attribution for one set of records. Shares are fractions (0.012 = 1.2%)."""

    #: Where the store's view comes from: "shopify", "generic", "shopify+generic", "ga4", or None (no sales data).
    source: str | None
    currency: str | None
    by_channel: dict[str, sales.ChannelSales]
    #: Per currency when orders are in several currencies and were not converted (then by_channel has no revenue).
    by_currency: dict[str, dict[str, sales.ChannelSales]] = field(default_factory=dict)
    total_orders: float | None = None
    total_revenue: float | None = None
    unattributed_orders: float | None = None
    unattributed_revenue: float | None = None
    unattributed_share: float | None = None
    sessions: float | None = None
    #: Store orders / GA4 sessions (Shopify's definition of conversion rate), when both are loaded and overlap.
    store_conversion_rate: float | None = None
    social_share: float | None = None
    social_order_share: float | None = None
    email_share: float | None = None
    email_order_share: float | None = None
    #: Wilson 95% interval of social's share of orders; GA4's own (last-click) share of revenue for social.
    social_order_interval: tuple[float, float] | None = None
    ga4_social_share: float | None = None
    benchmark: Benchmark | None = None
    headline: str | None = None
    claims: list[claim_mod.Claim] = field(default_factory=list)
    #: Mediums of unattributed orders that no rule claims (`newsletter`), each with a suggested rule.
    unassigned_mediums: list[UnassignedMedium] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conversion_note: str | None = None

    def share_of_sales_json(self) -> dict[str, Any] | None:
        if self.source is None:
            return None
        return {
            "source": self.source,
            "currency": self.currency,
            "by_channel": {name: c.to_json() for name, c in self.by_channel.items()},
            "by_currency": {
                cur: {name: c.to_json() for name, c in table.items()}
                for cur, table in self.by_currency.items()
            },
            "total_orders": self.total_orders,
            "total_revenue": self.total_revenue,
            "unattributed": {
                "orders": self.unattributed_orders,
                "revenue": self.unattributed_revenue,
                "share": self.unattributed_share,
            },
            "sessions": self.sessions,
            "store_conversion_rate": self.store_conversion_rate,
            "social_share": self.social_share,
            "social_order_share": self.social_order_share,
            "email_share": self.email_share,
            "email_order_share": self.email_order_share,
            "social_order_interval": list(self.social_order_interval) if self.social_order_interval else None,
            "ga4_social_share": self.ga4_social_share,
            "headline": self.headline,
            "benchmark": self.benchmark.to_json() if self.benchmark else None,
            "unassigned_mediums": [m.to_json() for m in self.unassigned_mediums],
            "warnings": list(self.warnings),
            "conversion_note": self.conversion_note,
        }

    def claimed_vs_observed_json(self) -> list[dict[str, Any]] | None:
        return [c.to_json() for c in self.claims] if self.claims else None


def sales_view(
    records: pd.DataFrame,
    rules: RuleSet | None = None,
    *,
    reporting_currency: str | None = None,
    rates: RateTable | None = None,
    convert: bool = True,
    benchmarks: list[Benchmark] | None = None,
    orders: pd.DataFrame | None = None,
) -> SalesView:
    """Share of sales per channel, headline against the published figure, and platform claims vs the store.

    Orders in several currencies are converted to `reporting_currency` (default: the currency of most orders)
    with `rates`, or the bundled ECB rates when none are given; with `convert=False`, or when no rates can be
    loaded, revenue is reported per currency only (`by_currency`). `orders`: `store_orders(records, rules)`,
    when the caller has them already.
    """
    rules = rules or RuleSet()
    orders = sales.store_orders(records, rules) if orders is None else orders
    ga4, ga4_warnings = sales.ga4_rows(records, rules)
    if convert and rates is None and orders["currency"].dropna().str.upper().nunique() > 1:
        rates = sales.bundled_rates()
    view = _store_view(orders, reporting_currency, rates) if len(orders) else _ga4_view(ga4)
    if view.source is None:
        return view
    view.warnings += ga4_warnings
    if len(orders) and len(ga4):
        _add_sessions(view, orders, ga4)
    if len(orders):
        _add_unassigned(view, orders[orders["unattributed"]], rules)
    for name, share in sales.social_and_email(view.by_channel).items():
        setattr(view, name, share)
    view.social_order_interval, view.ga4_social_share = social_order_interval(view), ga4_social_share(view)
    view.benchmark = social_benchmark(benchmarks)
    view.headline = headline(view)
    _add_claims(view, records, rates, convert)
    return view


def _store_view(orders: pd.DataFrame, target: str | None, rates: RateTable | None) -> SalesView:
    source = "+".join(p for p in sales.STORE_PLATFORMS if (orders["platform"] == p).any())
    orders, unreadable = _without_unreadable_currency(orders)
    currencies = sorted(set(orders["currency"].dropna().str.upper()))
    view = SalesView(source, currencies[0] if len(currencies) == 1 else None, {})
    view.warnings += unreadable
    if "+" in source:
        view.warnings.append(
            "Orders come from a Shopify export and a generic orders file; both are counted. If they hold the "
            "same shop's orders, remove one of them."
        )
    if len(currencies) > 1:
        view.by_currency = {
            c: sales.channel_table(orders[orders["currency"].str.upper() == c]) for c in currencies
        }
    if len(currencies) > 1 and rates is not None:
        target = target or str(orders.groupby(orders["currency"].str.upper())["orders"].sum().idxmax())
        orders, conversion = convert_records(orders, target, rates)
        view.currency, view.conversion_note = target, conversion.note()
        view.warnings.append(f"Orders are in {', '.join(currencies)}: {view.conversion_note}")
    elif len(currencies) > 1:
        orders = orders.assign(revenue=float("nan"))
        view.warnings.append(
            f"Orders are in {', '.join(currencies)} and no exchange rates were given: revenue is shown per "
            "currency and never summed unconverted; shares across currencies use order counts."
        )
    view.by_channel = sales.channel_table(orders)
    _add_unattributed(view, orders)
    return view


def _without_unreadable_currency(orders: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Orders whose currency cell is not a currency code (a formula payload) keep their count but not their
    revenue: an amount of no known currency is never added to another."""
    text = orders["currency"].str.strip().str.upper()
    bad = text.notna() & ~is_code(text)
    if not bad.any():
        return orders, []
    kept = orders.assign(revenue=orders["revenue"].where(~bad), currency=text.where(~bad))
    return kept, [
        f"{int(bad.sum()):,} order(s) have a currency cell that is not a currency code: their revenue is left "
        "out of the store's totals (the orders still count). Check the export's Currency column."
    ]


def _add_unattributed(view: SalesView, orders: pd.DataFrame) -> None:
    lost = orders[orders["unattributed"]]
    view.total_orders = float(orders["orders"].sum())
    view.total_revenue = sales.as_number(orders["revenue"].sum(min_count=1))
    view.unattributed_orders = float(lost["orders"].sum())
    view.unattributed_revenue = sales.as_number(lost["revenue"].sum(min_count=1)) if len(lost) else 0.0
    basis = (view.unattributed_revenue, view.total_revenue)
    if view.total_revenue is None:
        basis = (view.unattributed_orders, view.total_orders)
    view.unattributed_share = sales.ratio(*basis)
    if view.unattributed_share and view.unattributed_share > 0.3:
        view.warnings.append(
            f"{view.unattributed_share:.0%} of the store's sales carry no channel signal (unattributed): every "
            "channel's share is a lower bound. Add code rules (discount codes, tags) to attribute more orders."
        )


def _add_unassigned(view: SalesView, lost: pd.DataFrame, rules: RuleSet) -> None:
    source, medium, campaign = (lost[name] for name in ("utm_source", "utm_medium", "utm_campaign"))
    view.unassigned_mediums = unassigned_mediums(rules, source, medium, campaign, weights=lost["revenue"])
    view.warnings += grouped_warnings(view.unassigned_mediums, "orders")  # one line however many


def _ga4_view(ga4: pd.DataFrame) -> SalesView:
    if ga4.empty or ga4["revenue"].notna().sum() == 0:
        return SalesView(None, None, {})
    table = sales.with_sessions(sales.channel_table(ga4.assign(orders=float("nan"))), ga4)
    view = SalesView("ga4", None, table, sessions=sales.as_number(ga4["sessions"].sum(min_count=1)))
    view.total_revenue = sales.as_number(ga4["revenue"].sum(min_count=1))
    view.warnings.append(
        "No store orders loaded: shares are of GA4 revenue per channel group (sessions' last click)."
    )
    return view


def _add_sessions(view: SalesView, orders: pd.DataFrame, ga4: pd.DataFrame) -> None:
    """Store orders per GA4 session, over the same days only: the orders of the days GA4's rows cover."""
    view.by_channel = sales.with_sessions(view.by_channel, ga4)
    same_days = sales.within_span(orders, ga4)
    if not same_days.any():
        view.warnings.append(
            "GA4 and the store's orders cover different periods: no conversion rate per session."
        )
        return
    view.sessions = sales.as_number(ga4["sessions"].sum(min_count=1))
    counted = float(orders.loc[same_days, "orders"].sum())
    view.store_conversion_rate = sales.ratio(counted, view.sessions)
    if not same_days.all():
        view.warnings.append(
            f"The store conversion rate counts the {counted:,.0f} orders of the days GA4's rows cover "
            f"({sales.span_words(ga4)}), not all {view.total_orders:,.0f}: sessions and orders of the same days."
        )


#: What platform claims and their currency conversion read of each record.
_CLAIM_COLUMNS = (
    "channel",
    "platform",
    "currency",
    "attribution",
    "start",
    "end",
    "revenue",
    "cost",
    "conversions",
)


def _add_claims(view: SalesView, records: pd.DataFrame, rates: RateTable | None, convert: bool) -> None:
    unconverted = view.currency is None and bool(view.by_currency)
    observed = {
        name: (None if unconverted else c.revenue, c.orders, c.ga4_revenue)
        for name, c in view.by_channel.items()
    }
    # Only the columns claims read: copying all of them for a million ad rows cost ~0.3 s.
    platforms = records.loc[~records["platform"].isin(claim_mod.OBSERVING_PLATFORMS), list(_CLAIM_COLUMNS)]
    foreign = platforms["currency"].notna() & (platforms["currency"].str.upper() != view.currency)
    if view.currency and foreign.any() and convert:
        rates = rates if rates is not None else sales.bundled_rates()
        if rates is not None:  # claims in another currency are compared after conversion at their date's rate
            platforms, conversion = convert_records(platforms, view.currency, rates)
            view.warnings.append(f"Platform claims: {conversion.note()}")
    claimed = claim_mod.platform_claims(platforms)
    view.claims = claim_mod.compare_claims(claimed, observed, view.currency)
    warning = claim_mod.total_claims_warning(view.claims, view.total_revenue, view.currency)
    if warning:
        view.warnings.append(warning)
