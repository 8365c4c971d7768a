"""Mailchimp account-data export `campaigns.csv` (Account -> Settings -> Manage my data -> Export data).

The account export is a zip: `campaigns.csv` lists every campaign with its title, subject, audience, send
date and recipients, while opens, clicks and orders sit apart in `reports/aggregate_activity/`. So this file
gives sends only: `sent` = recipients, nothing is known of deliveries, opens or clicks (they stay missing,
never 0, so no rate is computed from it), and the user is told where the engagement is. Campaigns never sent
(drafts, no send date) are left out and reported: they reached nobody.
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.tabular import read_table

AUDIENCE = ("Audience", "List", "Audience Name", "List Name")
RECIPIENTS = ("Recipients", "Total Recipients", "Emails Sent")
#: Columns of the Reports export: their presence means the richer campaign list export, not this file.
ENGAGEMENT = ("Open Rate", "Unique Opens", "Unique Clicks", "Successful Deliveries")


class MailchimpAccountCampaigns:
    format_id = "mailchimp_account_campaigns"
    platform = "mailchimp"
    label = "Mailchimp account data export (campaigns.csv)"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Title", "Send Date"):
            return 0
        if not any(sample.has_columns(name) for name in AUDIENCE):
            return 0
        if not any(sample.has_columns(name) for name in RECIPIENTS):
            return 0
        if any(sample.has_columns(name) for name in ENGAGEMENT):
            return 0
        return 70 + 5 * sample.has_columns("Subject")

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Title", required=True)
        rows.text("campaign_id", "Campaign ID", "Unique Id", "Id")
        sent_at = rows.date("start", "Send Date", required=True)
        rows.set("end", sent_at)
        # a blank send date is a draft, never sent; an unreadable one stays a rejection with its line
        raw_date = rows.column("Send Date")
        unsent = raw_date.fillna("").str.strip() == "" if raw_date is not None else sent_at.isna()
        rows.skip(unsent)
        rows.number("sent", *RECIPIENTS, required=True)
        rows.constant("channel", "email")
        return rows.result(self, warnings=_warnings(path, int(unsent.sum())))


def _warnings(path: Path, unsent: int) -> list[str]:
    out = [
        f"{path.name} is Mailchimp's account data export: it lists sends and recipients only. Opens and "
        "clicks are in the Reports export: Mailchimp -> Analytics -> Reports -> select the campaigns -> "
        "Export as CSV, then load that file instead (it holds these sends too)."
    ]
    if unsent:
        out.append(f"{path.name}: {unsent} campaign(s) without a send date (drafts, never sent) left out.")
    return out
