"""WooCommerce Analytics -> Orders -> Download (CSV), one row per order.

Columns (WooCommerce's own exporter): `Date, Order #, N. Revenue (formatted), Status, Customer, Customer type,
Product(s), Items sold, Coupon(s), Net Sales, Attribution`; older versions name the net column `N. Revenue`
and have no `Attribution`. `N. Revenue (formatted)` carries the store currency's mark (`$1,234.00`).

`revenue` = `Net Sales`: WooCommerce's net sales (after coupons and refunds, before shipping and taxes: not
the Shopify orders' basis, which includes them). Cancelled, failed, draft and trashed orders are left out and
reported; refunded orders stay with 0 orders and 0 revenue. The channel comes from the coupon code (code
rules), then from `Attribution` (WooCommerce's order attribution) as a source and medium for the channel
rules: `Source: Klaviyo` -> `klaviyo / (utm)`, `Organic: Google` -> `google / organic`, `Referral:
Facebook` -> `facebook / referral`, `Direct` -> `(direct) / (none)`; `Web admin`, `Mobile app` and `Unknown`
say nothing. Platform `generic` (a store's own orders), format `woocommerce_orders`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.numbers import currency_of
from importers.sample import FileSample
from importers.tabular import read_table

REVENUE = ("Net Sales", "N. Revenue")
_LEFT_OUT = frozenset({"cancelled", "failed", "trash", "checkout-draft", "draft"})
#: `Attribution` prefixes -> the medium they mean (the source follows the colon).
_ORIGINS = {"source": "(utm)", "organic": "organic", "referral": "referral"}


class WooCommerceOrders:
    format_id = "woocommerce_orders"
    platform = "generic"
    label = "WooCommerce Analytics orders export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Order #", "Status", "Customer type"):
            return 0
        return 90 if any(sample.has_columns(name) for name in (*REVENUE, "N. Revenue (formatted)")) else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        number = rows.text("campaign_id", "Order #", required=True)
        if number is not None:
            rows.set("campaign_name", "Order " + number)
        rows.set("end", rows.date("start", "Date", required=True))
        status = rows.column("Status", required=True)
        status = status.str.strip().str.casefold() if status is not None else pd.Series("", index=rows.index)
        refunded = status == "refunded"
        revenue = rows.number(None, *REVENUE, required=True)
        rows.set("revenue", revenue.where(~refunded, 0.0))
        rows.set("orders", pd.Series(np.where(refunded, 0.0, 1.0), index=rows.index))
        rows.text("discount_code", "Coupon(s)")
        _channels(rows)
        warnings = _left_out(rows, status) + _no_attribution(rows)
        formatted = rows.column("N. Revenue (formatted)")
        return rows.result(
            self, currency=currency_of(formatted) if formatted is not None else None, warnings=warnings
        )


def attribution_utm(values: pd.Series) -> pd.DataFrame:
    """WooCommerce's `Attribution` cell as utm_source / utm_medium (see the module docstring)."""
    text = values.astype("str").str.strip()
    parts = text.str.extract(r"^(?P<origin>[^:]+):\s*(?P<source>.+)$")
    medium = parts["origin"].str.strip().str.casefold().map(_ORIGINS)
    source = parts["source"].str.strip().where(medium.notna())
    direct = text.str.casefold() == "direct"
    return pd.DataFrame(
        {
            "utm_source": source.mask(direct, "(direct)").astype("str"),
            "utm_medium": medium.mask(direct, "(none)").astype("str"),
            "utm_campaign": pd.Series(None, index=values.index, dtype="str"),
        }
    )


def _channels(rows: RecordBuilder) -> None:
    # The attribution package costs ~50 ms to import: paid only when an orders file is read.
    from channelcompare.attribution.rules import RuleSet
    from channelcompare.attribution.signals import order_channels

    attribution = rows.column("Attribution")
    blank = pd.Series(None, index=rows.index, dtype="str")
    signals = attribution_utm(attribution) if attribution is not None else attribution_utm(blank)
    signals["discount_code"] = rows.fields.get("discount_code", blank)
    for field in ("utm_source", "utm_medium", "utm_campaign"):
        rows.set(field, signals[field])
    rows.set("channel", order_channels(signals, RuleSet()).channel)


def _left_out(rows: RecordBuilder, status: pd.Series) -> list[str]:
    gone = status.isin(_LEFT_OUT)
    if not gone.any():
        return []
    rows.skip(gone)
    kinds = ", ".join(sorted(set(status[gone])))
    return [f"{int(gone.sum())} order(s) with status {kinds} left out: they are not sales."]


def _no_attribution(rows: RecordBuilder) -> list[str]:
    if rows.column("Attribution") is not None:
        return []
    return [
        f"{rows.table.path.name} has no Attribution column (WooCommerce before 8.5, or order attribution "
        "switched off): orders get a channel from their coupon codes only."
    ]
