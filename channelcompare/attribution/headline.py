"""The headline check of the sales view: social's share of the store's sales against the published figure
(under 1% of online orders, Forrester / GSI 2012; `resources/benchmarks.csv`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from channelcompare.benchmarks import Benchmark, load_benchmarks
from channelcompare.model import SOCIAL_CHANNELS
from channelcompare.stats import wilson
from channelcompare.wording import percent_range

if TYPE_CHECKING:
    from channelcompare.attribution.view import SalesView


def social_benchmark(benchmarks: list[Benchmark] | None) -> Benchmark | None:
    """The published share-of-sales figure for social (Forrester first), from the given or bundled benchmarks."""
    candidates = [
        b for b in (benchmarks if benchmarks is not None else load_benchmarks()) if b.channel == "social"
    ]
    candidates = [b for b in candidates if b.metric in ("share_of_orders", "share_of_revenue")]
    candidates.sort(key=lambda b: ("forrester" not in b.source.casefold(), b.year))
    return candidates[0] if candidates else None


def headline(view: SalesView) -> str | None:
    """The sentence: social's share of revenue (and of orders, with its Wilson interval), how much carries no
    signal, GA4's last-click share beside it, the published figure, email's share.

    Unattributed orders may belong to any channel, so with any of them every store share is a lower bound
    ("at least"); the interval is the sampling uncertainty of the order share alone, not that bound."""
    share = view.social_share if view.social_share is not None else view.social_order_share
    if share is None:
        return None
    what = "revenue" if view.social_share is not None else "orders"
    bound = "at least " if view.source != "ga4" and view.unattributed_orders else ""
    text = f"Social brought {bound}{share:.1%} of the store's {what} this period"
    details = _order_details(view)
    if details:
        text += f" ({'; '.join(details)})"
    ga4 = ga4_social_share(view)
    if ga4 is not None and view.source != "ga4":
        text += f"; GA4's last-click view gives social {ga4:.1%} of its revenue"
    if view.benchmark is not None:
        b = view.benchmark
        text += f"; published figure: under {b.value:.0%} of online orders ({b.source}, {b.year})"
    if view.email_share is not None:
        text += f"; email brought {bound}{view.email_share:.1%}"
    return text + "."


def _order_details(view: SalesView) -> list[str]:
    """ "0.9% of orders, 95% interval 0.46-1.77%", "72% of orders carry no signal"."""
    details = []
    interval = social_order_interval(view)
    if view.social_order_share is not None and view.social_share is not None:
        details.append(f"{view.social_order_share:.1%} of orders")
    if interval is not None:
        details.append(f"95% interval {percent_range(*interval)}")
    if view.unattributed_orders and view.total_orders:
        details.append(f"{view.unattributed_orders / view.total_orders:.0%} of orders carry no signal")
    return [", ".join(details[:2])] + details[2:] if len(details) > 2 else details


def social_order_interval(view: SalesView) -> tuple[float, float] | None:
    """Wilson 95% interval of social's share of the store's orders (orders are counts; revenue is not)."""
    if view.source == "ga4" or not view.total_orders:
        return None
    counts = [view.by_channel[c].orders for c in SOCIAL_CHANNELS if c in view.by_channel]
    known = [c for c in counts if c is not None]
    return wilson(float(sum(known)), view.total_orders) if known else None


def ga4_social_share(view: SalesView) -> float | None:
    """GA4's own view of social (sessions' last click): the social channels' share of GA4 revenue."""
    shares = [view.by_channel[c].ga4_share for c in SOCIAL_CHANNELS if c in view.by_channel]
    known = [s for s in shares if s is not None]
    return float(sum(known)) if known else None
