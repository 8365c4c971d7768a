"""Mailchimp campaign list export (Reports -> select campaigns -> Export as CSV).

One row per sent campaign. The header exists with `List` (older) or `Audience` (newer), in a 40-column
form (with Google Analytics add-on columns, usually `n/a`) and a 26-column form ending at `Total Revenue`.
Mailchimp's definitions: opens and clicks are unique (`Unique Opens`, `Unique Clicks`), both rates are
over `Successful Deliveries`; orders and revenue come from the connected store (`Total Orders`,
`Total Revenue`, net of discounts, unlike `Total Gross Sales`).
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.tabular import read_table

SIGNATURE = ("Unique Id", "Send Date", "Open Rate")
SEND_TIME = ("Send Date", "Send Date-time", "Send Time")


class MailchimpCampaigns:
    format_id = "mailchimp_campaigns"
    platform = "mailchimp"
    label = "Mailchimp campaign list export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns(*SIGNATURE):
            return 0
        extras = ("Title", "Successful Deliveries", "Unique Clicks", "Total Recipients")
        return 60 + 5 * sum(sample.has_columns(name) for name in extras)

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Title", "Subject", required=True)
        rows.text("campaign_id", "Unique Id")
        sent_at = rows.date("start", *SEND_TIME, required=True)
        rows.set("end", sent_at)
        rows.number("sent", "Total Recipients", required=True)
        rows.number("delivered", "Successful Deliveries", required=True)
        rows.number("opens", "Unique Opens", required=True)
        rows.number("clicks", "Unique Clicks", required=True)
        orders = rows.number("orders", "Total Orders")
        rows.set("conversions", orders)
        rows.number("revenue", "Total Revenue")
        rows.number("cost", "Campaign Cost")
        rows.constant("channel", "email")
        return rows.result(self)
