"""Klaviyo campaigns export, legacy shape (Campaigns -> Export / Download CSV with `Campaign Name`).

One row per campaign (or A/B variant), email and SMS in the same file: `Campaign Channel` keeps them apart
(channels `email` and `sms`; SMS rows have no opens). Klaviyo's definitions: opens and clicks are unique
people, conversions are the account's conversion metric (`Unique Placed Order` by default), revenue its
value (`Revenue`), credited with
Klaviyo's attribution window, 5 days after an open or a click by default (the export does not say which
window the account uses, so that default is recorded). Klaviyo's current export (`Campaign Message ID`,
...) is importers/klaviyo_campaign_messages.py.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.numbers import currency_of
from importers.sample import FileSample
from importers.tabular import read_table

ATTRIBUTION = {"email": "5-day open or click", "sms": "5-day click"}
CHANNELS = {"email": "email", "sms": "sms", "text": "sms", "push": "other", "mobile push": "other"}
SEND_TIME = ("Send Time", "Send Date")
#: Total counts first: the revenue columns are the value of every order, so they pair with every order.
CONVERSIONS = (
    "Total Placed Order",
    "Placed Order",
    "Unique Placed Order",
    "Unique Ordered Product",
    "Unique Purchase Event",
)
REVENUE = ("Revenue", "Placed Order Value", "Ordered Product Value", "Purchase Event Value")


class KlaviyoCampaigns:
    format_id = "klaviyo_campaigns"
    platform = "klaviyo"
    label = "Klaviyo campaigns export"

    def score(self, sample: FileSample) -> int:
        has = sample.has_columns
        if not (has("Campaign Name", "Campaign ID") and any(has(name) for name in SEND_TIME)):
            return 0
        if has("Flow ID") or not any(has(name) for name in (*CONVERSIONS, "Successful Deliveries")):
            return 0
        return 70 + 5 * sum(has(name) for name in ("Campaign Channel", "Unique Clicks", "Total Recipients"))

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Campaign Name", required=True)
        rows.text("campaign_id", "Campaign ID")
        rows.text("tags", "Tags")
        sent_at = rows.date("start", *SEND_TIME, required=True)
        rows.set("end", sent_at)
        sent = rows.number("sent", "Total Recipients", required=True)
        bounced = rows.number(None, "Bounces")
        delivered = rows.number("delivered", "Successful Deliveries")
        rows.set("delivered", delivered.fillna(sent - bounced))
        rows.number("opens", "Unique Opens", required=True)
        rows.number("clicks", "Unique Clicks", required=True)
        orders = rows.number("orders", *CONVERSIONS)
        rows.set("conversions", orders)
        rows.number("revenue", *REVENUE)
        channel = channel_of(
            rows.column("Campaign Channel", "Channel", "Message Channel"), rows.index, CHANNELS
        )
        rows.set("channel", channel)
        rows.set("attribution", channel.map(ATTRIBUTION))
        revenue = rows.column(*REVENUE)
        return rows.result(self, currency=currency_of(revenue) if revenue is not None else None)


def channel_of(raw: pd.Series | None, index: pd.Index, channels: dict[str, str]) -> pd.Series:
    """Klaviyo's channel cell as a canonical channel; no column or a blank cell means email.

    An unknown value is kept as written, so validation rejects the row and names it rather than
    counting it as email.
    """
    if raw is None:
        return pd.Series(channels["email"], index=index, dtype="str")
    key = raw.str.strip().str.casefold()
    return key.map(channels).fillna(key).fillna(channels["email"])
