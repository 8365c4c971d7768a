"""A generic orders CSV (from a shop, a CRM or a tracking app): one order per row, with its traffic source.

Required: an order id, a date and a total, plus at least one channel signal: `utm_source`/`utm_medium`/
`utm_campaign` columns, a landing-page URL (its query string carries the UTMs), or a referrer URL (its host
becomes the source with medium `referral`, as GA4 does). A discount-code column is used too, through the code
rules. UTM columns win over the landing URL, which wins over the referrer. Orders with no signal count as
unattributed (`other`). A repeated order id is counted once (its first row); a refunded amount is netted and
cancelled orders are left out, when the file has such columns.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.tabular import Table, read_table

ORDER_ID = ("order_id", "order id", "order number", "order_number", "order", "transaction_id", "transaction id",
            "id", "name", "commande", "n° de commande", "numéro de commande")  # fmt: skip
DATE = ("date", "created_at", "created at", "order date", "order_date", "processed_at", "date de commande")
TOTAL = ("total", "order total", "total_price", "revenue", "amount", "value", "montant", "montant total")
UTM = {
    "utm_source": ("utm_source", "utm source"),
    "utm_medium": ("utm_medium", "utm medium"),
    "utm_campaign": ("utm_campaign", "utm campaign"),
}
LANDING = ("landing_page", "landing page", "landing_url", "landing url", "landing_site", "landing site",
           "page d'atterrissage", "page de destination")  # fmt: skip
REFERRER = ("referrer", "referrer_url", "referring_site", "referring site", "referer", "site référent")
DISCOUNT = ("discount_code", "discount code", "coupon", "coupon_code", "code promo")
_CANCELLED = frozenset({"cancelled", "canceled", "voided", "annulée", "annulé"})


class GenericOrders:
    format_id = "orders_generic"
    platform = "generic"
    label = "Orders CSV with UTM, landing page or referrer"

    def score(self, sample: FileSample) -> int:
        keys = sample.header_keys
        has = lambda names: any(name in keys for name in names)  # noqa: E731
        signal = has(UTM["utm_source"] + UTM["utm_medium"] + LANDING + REFERRER)
        return 50 if signal and has(ORDER_ID) and has(TOTAL) and has(DATE) else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        table, warnings = _first_row_per_order(table)
        rows = RecordBuilder(table, sample)
        order_id = rows.text("campaign_id", *ORDER_ID, required=True)
        if order_id is not None:
            rows.set("campaign_name", "Order " + order_id)
        rows.date("start", *DATE, required=True)
        rows.set("end", rows.fields.get("start", pd.Series(pd.NaT, index=rows.index)))
        total = rows.number(None, *TOTAL, required=True)
        refunded = rows.number(None, "refunded", "refunded_amount", "refunded amount", "refund").fillna(0.0)
        rows.set("revenue", (total - refunded).clip(lower=0.0))
        rows.constant("orders", 1.0)
        rows.text("currency", "currency", "devise")
        rows.text("discount_code", *DISCOUNT)
        warnings += _channels(rows)
        warnings += _leave_out_cancelled(rows)
        currencies = (
            sorted(set(rows.fields["currency"].dropna().str.upper())) if "currency" in rows.fields else []
        )
        if len(currencies) > 1:
            warnings.append(
                f"Orders in several currencies ({', '.join(currencies)}): amounts are reported per currency and "
                "never summed unconverted."
            )
        return rows.result(self, currency=currencies[0] if len(currencies) == 1 else None, warnings=warnings)


def _first_row_per_order(table: Table) -> tuple[Table, list[str]]:
    column = table.find(*ORDER_ID)
    if column is None:
        return table, []  # reported as a missing column by the builder
    repeated = table.frame[column].duplicated() & table.frame[column].notna()
    if not repeated.any():
        return table, []
    keep = (~repeated).to_numpy()
    warning = (
        f"{int(repeated.sum())} row(s) repeat an order id already seen (first: line "
        f"{int(table.lines[~keep][0])}); each order is counted once, with the amounts of its first row."
    )
    return Table(table.path, table.frame[keep].reset_index(drop=True), table.lines[keep], table.rejected), [
        warning
    ]


def _channels(rows: RecordBuilder) -> list[str]:
    """UTMs (columns, else landing URL, else referrer host) and the channel they give; warnings for mediums
    that no rule claims."""
    # The attribution package costs ~50 ms to import: paid only when an orders file is read.
    from channelcompare.attribution.rules import RuleSet
    from channelcompare.attribution.signals import UTM_FIELDS, order_channels, referrer_source, utm_from_urls
    from channelcompare.attribution.suggest import grouped_warnings, unassigned_mediums

    signals = pd.DataFrame(index=rows.index)
    for field, names in UTM.items():
        signals[field] = rows.column(*names)
    landing, referrer = rows.column(*LANDING), rows.column(*REFERRER)
    if landing is not None:
        from_url = utm_from_urls(landing)
        for field in UTM_FIELDS:
            signals[field] = (
                signals[field].fillna(from_url[field]) if signals[field].notna().any() else from_url[field]
            )
    if referrer is not None:
        no_utm = signals[list(UTM_FIELDS)].isna().all(axis=1)
        host = referrer_source(referrer).where(no_utm)
        signals["utm_source"] = signals["utm_source"].fillna(host)
        signals["utm_medium"] = signals["utm_medium"].fillna(
            pd.Series("referral", index=rows.index).where(host.notna())
        )
    signals["discount_code"] = rows.fields.get("discount_code")
    for field in UTM_FIELDS:
        signals[field] = signals[field].astype("str")
        rows.set(field, signals[field])
    rows.set("channel", order_channels(signals, RuleSet()).channel)
    lost = unassigned_mediums(
        RuleSet(), signals["utm_source"], signals["utm_medium"], signals["utm_campaign"]
    )
    return grouped_warnings(lost, "orders")


def _leave_out_cancelled(rows: RecordBuilder) -> list[str]:
    status = rows.column("status", "financial_status", "order status", "statut")
    if status is None:
        return []
    cancelled = status.astype("str").str.strip().str.casefold().isin(_CANCELLED)
    if not cancelled.any():
        return []
    rows.skip(cancelled)
    return [f"{int(cancelled.sum())} cancelled order(s) left out."]
