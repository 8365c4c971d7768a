"""Klaviyo's current campaign export (Campaigns -> Export, 2025): one row per campaign message.

Header (checked against a real export): `Campaign Message ID,Campaign Message Name,Send Date,Send Time,Open
Rate,Click Rate,Unsubscribe Rate,Bounce Rate,Spam Complaints Rate,Total Opens,Unique Opens,Total Clicks,
Unique Clicks,Total Unsubscribes,Unique Unsubscribes,Spam Complaints,Bounces,Subject,Preview Text,Day of
Week,Campaign Message Channel`. Rates are fractions (`0.53213`, `5e-05`); `Send Time` is `10:30 AM`.

The file has no recipients and no delivered column, but Klaviyo's rates are over delivered messages
(unique opens / delivered reproduces `Open Rate` in real files), so delivered = round(unique opens / open
rate), or unique clicks / click rate when no one opened (SMS has no opens), and sent = delivered +
`Bounces`. Both are listed in the record's `derived` column. The export carries no orders or revenue.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.klaviyo_campaigns import ATTRIBUTION, CHANNELS, channel_of
from importers.sample import FileSample
from importers.tabular import read_table

SEND_FORMATS = ["%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M"]


class KlaviyoCampaignMessages:
    format_id = "klaviyo_campaign_messages"
    platform = "klaviyo"
    label = "Klaviyo campaign messages export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Campaign Message ID", "Campaign Message Name", "Send Date"):
            return 0
        return 85 + 5 * sample.has_columns("Unique Opens", "Open Rate")

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Campaign Message Name", required=True)
        rows.text("campaign_id", "Campaign Message ID")
        day = rows.column("Send Date", required=True)
        time = rows.column("Send Time")
        if day is not None:
            when = day if time is None else (day + " " + time.fillna("")).str.strip()
            sent_at = rows.parse_dates("start", when.rename("Send Date"), formats=SEND_FORMATS)
            rows.set("end", sent_at)
        _measures(rows)
        channel = channel_of(rows.column("Campaign Message Channel", "Channel"), rows.index, CHANNELS)
        rows.set("channel", channel)
        rows.set("attribution", channel.map(ATTRIBUTION))
        return rows.result(self)


def _measures(rows: RecordBuilder) -> None:
    opens = rows.number("opens", "Unique Opens", required=True)
    clicks = rows.number("clicks", "Unique Clicks", required=True)
    open_rate = rows.number(None, "Open Rate", percent_as_fraction=True)
    click_rate = rows.number(None, "Click Rate", percent_as_fraction=True)
    bounces = rows.number(None, "Bounces").fillna(0.0)
    delivered = _base(opens, open_rate).fillna(_base(clicks, click_rate))
    rows.set("delivered", delivered)
    rows.set("sent", delivered + bounces)
    rows.set("derived", pd.Series("delivered,sent", index=rows.index, dtype="str").where(delivered.notna()))


def _base(count: pd.Series, rate: pd.Series) -> pd.Series:
    """count / rate, rounded: the delivered messages a rate was taken over (unknown when the rate is 0)."""
    return (count / rate.where(rate > 0)).round()
