"""Shopify orders export (Orders -> Export -> CSV): one record per order, refunds netted, currency kept.

The export has one row per line item; the order's own columns (status, amounts, currency, discount code) are
on its first row only, and continuation rows repeat `Name` and `Email`. So the first row of each `Name` is the
order, and counting orders means counting those rows, never line items. Revenue is `Total` minus `Refunded
Amount`. Cancelled or voided orders are left out and reported; fully refunded orders stay as records with
0 revenue and 0 orders. Shopify has no UTM column: the channel comes from the code rules (discount code, tags,
note attributes; channelcompare/attribution/codes.py), then from the first other signal the order carries
(channelcompare/attribution/signals.py): UTMs or ad click ids that tracking apps write into note attributes
(Elevar's `_elevar_visitor_info` JSON, `utm_source:` lines, a landing page), the Landing Site's UTMs, a
social sales channel in `Source` (`tiktok`: TikTok Shop orders are social sales), the referring site.
Orders with none are unattributed (`other`), never guessed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult, Rejection
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.tabular import Table, read_table

_SIGNATURE = ("Financial Status", "Lineitem quantity", "Lineitem name")


class ShopifyOrders:
    format_id = "shopify_orders"
    platform = "shopify"
    label = "Shopify orders export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns(*_SIGNATURE):
            return 0
        return 95 if sample.has_columns("Name", "Total", "Created at") else 70

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        columns = table.require({"name": ("Name",), "total": ("Total",)})
        orders, warnings = _order_rows(table, columns["name"], columns["total"])
        rows = RecordBuilder(orders, sample)
        _fill(rows)
        warnings += _status_warnings(rows)
        currencies = sorted(set(rows.fields["currency"].dropna())) if "currency" in rows.fields else []
        if len(currencies) > 1:
            warnings.append(
                f"Orders in several currencies ({', '.join(currencies)}): amounts are reported per currency and "
                "never summed unconverted."
            )
        result = rows.result(
            self, currency=currencies[0] if len(currencies) == 1 else None, warnings=warnings
        )
        result.warnings.extend(_attribution_notes(result))
        return result


def _order_rows(table: Table, name: str, total: str) -> tuple[Table, list[str]]:
    """The first row of each order; a later row of the same order carrying a Total is a repeat, not an order."""
    frame = table.frame
    first = ~frame[name].duplicated() & frame[name].notna()
    repeated = frame[name].duplicated() & frame[total].notna()
    warnings = []
    if repeated.any():
        shown = ", ".join(frame.loc[repeated, name].head(5))
        warnings.append(
            f"{int(repeated.sum())} order(s) appear more than once with their amounts ({shown}); each is counted "
            "once, from its first line. Was the export concatenated with another one?"
        )
    nameless = frame[name].isna().to_numpy()
    rejected = list(table.rejected) + [
        Rejection(int(line), "Name", "no order Name: the row cannot be tied to an order")
        for line in table.lines[nameless]
    ]
    keep = first.to_numpy()
    return Table(table.path, frame[keep].reset_index(drop=True), table.lines[keep], rejected), warnings


def _fill(rows: RecordBuilder) -> None:
    name = rows.text("campaign_id", "Name", required=True)
    assert name is not None  # required: a missing column is raised by result()
    rows.set("campaign_name", "Order " + name)
    rows.text("currency", "Currency")
    rows.text("discount_code", "Discount Code")
    rows.text("tags", "Tags")
    created = rows.date("start", "Created at", "Paid at", required=True)
    rows.set("end", created)
    total = rows.number(None, "Total", required=True)
    refunded = rows.number(None, "Refunded Amount").fillna(0.0)
    rows.flag(total.isna(), "Total", "Total is empty on the order's first line")
    status = _column(rows, "Financial Status").str.casefold()
    fully_refunded = (status == "refunded") | ((total > 0) & (refunded >= total))
    rows.set("revenue", (total - refunded).clip(lower=0.0).where(~fully_refunded, 0.0))
    rows.set("orders", pd.Series(np.where(fully_refunded, 0.0, 1.0), index=rows.index))
    _channels(rows)


def _channels(rows: RecordBuilder) -> None:
    """Code rules, then the first signal an order has: tracking-app UTMs or click ids in its note attributes,
    its Landing Site's UTMs, its sales channel (`Source`), its referrer (note attributes, Referring Site)."""
    # The attribution package costs ~50 ms to import: paid only when an orders file is read.
    from channelcompare.attribution.rules import RuleSet
    from channelcompare.attribution.signals import (
        first_signal,
        order_channels,
        referrer_from_note_attributes,
        referrer_utm,
        sales_channel_utm,
        utm_from_note_attributes,
        utm_from_urls,
    )

    notes = _column(rows, "Note Attributes")
    referrer = referrer_from_note_attributes(notes).fillna(_column(rows, "Referring Site"))
    signals = first_signal(
        utm_from_note_attributes(notes),
        utm_from_urls(_column(rows, "Landing Site")),
        sales_channel_utm(_column(rows, "Source")),
        referrer_utm(referrer),
    )
    for field in ("discount_code", "tags"):
        signals[field] = rows.fields.get(field, pd.Series(None, index=rows.index, dtype="str"))
    signals["note_attributes"] = notes
    for name, values in signals.items():
        if str(name).startswith("utm_"):
            rows.set(str(name), values)
    rows.set("channel", order_channels(signals, RuleSet()).channel)


def _column(rows: RecordBuilder, *names: str) -> pd.Series:
    values = rows.column(*names)
    return values.astype("str") if values is not None else pd.Series(None, index=rows.index, dtype="str")


def _status_warnings(rows: RecordBuilder) -> list[str]:
    """Leave cancelled and voided orders out (not rejected: they are not bad rows), and say so."""
    status = _column(rows, "Financial Status").str.casefold()
    cancelled = _column(rows, "Cancelled at").notna() | (status == "voided")
    out = []
    if cancelled.any():
        amount = rows.number(None, "Total")[cancelled].sum()
        out.append(f"{int(cancelled.sum())} cancelled or voided order(s) left out (totalling {amount:,.2f}).")
        rows.skip(cancelled)
    refunded = (rows.fields["orders"] == 0) & ~cancelled
    if refunded.any():
        out.append(
            f"{int(refunded.sum())} fully refunded order(s) kept with 0 revenue and not counted as orders."
        )
    in_store = (_column(rows, "Source").str.casefold() == "pos") & ~cancelled
    if in_store.any():
        out.append(
            f"{int(in_store.sum())} point-of-sale order(s) (Source = pos) are counted with the online ones."
        )
    pending = status.isin(["pending", "authorized"]) & ~cancelled
    if pending.any():
        out.append(
            f"{int(pending.sum())} order(s) not paid yet (pending or authorized) are counted as orders."
        )
    return out


def _attribution_notes(result: ImportResult) -> list[str]:
    records = result.records
    unattributed = (records["channel"] == "other") & records["orders"].gt(0)
    if not unattributed.any():
        return []
    share = unattributed.sum() / max(int(records["orders"].gt(0).sum()), 1)
    return [
        f"{int(unattributed.sum())} order(s) ({share:.0%}) have no discount code, tag, tracking note, sales "
        "channel or referrer that a channel rule recognises: they count as unattributed (other). Add code "
        "rules in Channel rules to attribute them."
    ]
