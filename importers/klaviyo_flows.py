"""Klaviyo flows export (Flows -> Export analytics): one row per flow message, triggered email and SMS.

Flows are automations (welcome series, abandoned cart, post-purchase), so email messages are channel
`email_automation` (SMS messages `sms`). The export carries rates, as fractions (0.4512, not 45.12%), and
few counts: delivered, opens and clicks are derived as rate x base and listed in the `derived` column.
Klaviyo's bases: bounces and SMS delivery failures over `Total Recipients`; opens and clicks over
delivered messages. Orders (`Unique Placed Order`) and revenue (`Total Placed Order Value`) are counts.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.klaviyo_campaigns import ATTRIBUTION, channel_of
from importers.sample import FileSample
from importers.tabular import read_table

CHANNELS = {"email": "email_automation", "sms": "sms", "push": "other", "mobile push": "other"}


class KlaviyoFlows:
    format_id = "klaviyo_flows"
    platform = "klaviyo"
    label = "Klaviyo flows export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Flow ID", "Flow Name", "Message Channel"):
            return 0
        return 80 + 5 * sum(sample.has_columns(n) for n in ("Open Rate", "Click Rate", "Total Recipients"))

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        flow = rows.column("Flow Name", required=True)
        message = rows.column("Message Name")
        if flow is not None:
            rows.set("campaign_name", flow if message is None else flow + " – " + message.fillna(""))
        rows.text("campaign_id", "Message ID", "Flow ID")
        rows.text("tags", "Tags")
        channel = channel_of(rows.column("Message Channel", required=True), rows.index, CHANNELS)
        rows.set("channel", channel)
        rows.set(
            "attribution", channel.map({"email_automation": ATTRIBUTION["email"], "sms": ATTRIBUTION["sms"]})
        )
        warnings = _dates(rows)
        _measures(rows, channel)
        return rows.result(self, warnings=warnings)


def _measures(rows: RecordBuilder, channel: pd.Series) -> None:
    def rate(*names: str) -> pd.Series:
        return rows.number(None, *names, percent_as_fraction=True)

    sent = rows.number("sent", "Total Recipients", required=True)
    failed = rate("Bounce Rate").where(channel != "sms", rate("SMS Failed Delivery Rate"))
    delivered = (sent * (1 - failed)).round()
    base = delivered.fillna(sent)
    orders = rows.number(None, "Unique Placed Order")
    orders_from_rate = (rate("Placed Order Rate") * sent).round().where(orders.isna())
    derived = {
        "delivered": delivered,
        "opens": (rate("Open Rate") * base).round(),
        "clicks": (rate("Click Rate") * base).round(),
        "orders": orders_from_rate,
        "conversions": orders_from_rate,
    }
    for name, values in derived.items():
        rows.set(name, values)
    rows.set("orders", orders.fillna(orders_from_rate))
    rows.set("conversions", orders.fillna(orders_from_rate))
    rows.number("revenue", "Total Placed Order Value", "Placed Order Value", "Revenue")
    rows.set("derived", _derived_list(derived))


def _derived_list(derived: dict[str, pd.Series]) -> pd.Series:
    """Per row, the comma-separated names of the measures that were computed from a rate."""
    index = next(iter(derived.values())).index
    names = pd.Series("", index=index, dtype="str")
    for name, values in derived.items():
        names = names + np.where(values.notna(), "," + name, "")
    return names.str.lstrip(",").mask(names == "")


def _dates(rows: RecordBuilder) -> list[str]:
    """Start and end from `Date`, or from `Date Range` (`2026-09-01 - 2026-09-30`); a warning if neither."""
    day = rows.column("Date", "Day")
    span = rows.column("Date Range", "Date range")
    if day is not None:
        values = rows.date("start", "Date", "Day")
        rows.set("end", values)
        return []
    if span is not None:
        # always two columns, also when no row is left (every row rejected for a malformed header)
        parts = span.astype("str").str.extract(r"^(.*?)(?:\s+(?:-|–|to)\s+(.*))?$")
        rows.parse_dates("start", parts[0].rename(str(span.name)))
        rows.parse_dates("end", parts[1].fillna(parts[0]).rename(str(span.name)))
        return []
    return [
        f"{rows.table.path.name} has no Date or Date Range column: its flow messages have no dates and are "
        "left out of time-based views. Export the flows report with a date range to place them in time."
    ]
