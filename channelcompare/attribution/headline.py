"""The headline check of the sales view: social's share of the store's sales against the published figure
(under 1% of online orders, Forrester / GSI 2012; `resources/benchmarks.csv`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from channelcompare.benchmarks import Benchmark, load_benchmarks

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
    """The sentence: social's share of revenue (and of orders), the published figure, email's share."""
    share = view.social_share if view.social_share is not None else view.social_order_share
    if share is None:
        return None
    what = "revenue" if view.social_share is not None else "orders"
    text = f"Social brought {share:.1%} of the store's {what} this period"
    if view.social_order_share is not None and view.social_share is not None:
        text += f" ({view.social_order_share:.1%} of orders)"
    if view.benchmark is not None:
        b = view.benchmark
        text += f"; published figure: under {b.value:.0%} of online orders ({b.source}, {b.year})"
    if view.email_share is not None:
        text += f"; email brought {view.email_share:.1%}"
    return text + "."
