"""MailerLite (classic) single-campaign report.

Key/value blocks: `Campaign report`, `Subject:`, `Sent` (send time), then `Campaign results` with
`Total emails sent:`, `Opened:` `1085 (26.66%)` and `Clicked:` `32 (0.79%)` (unique counts), then
`Bad statistics` with the bounces. MailerLite's rates are over delivered emails, which the file does not
state: delivered = sent - hard bounces - soft bounces (this reproduces its rates, see the tests).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.keyvalue import Section, ValueLines, at_value_lines, key_norm, read_sections
from importers.sample import FileSample, norm
from importers.tabular import Table

KEYS = {
    "Subject": ("Subject", "Campaign name", "Name"),
    "Sent": ("Sent", "Sent at"),
    "Total emails sent": ("Total emails sent",),
    "Opened": ("Opened",),
    "Clicked": ("Clicked",),
    "Hard bounce": ("Hard bounce", "Hard bounces"),
    "Soft bounce": ("Soft bounce", "Soft bounces"),
}


class MailerLiteReport:
    format_id = "mailerlite_report"
    platform = "mailerlite"
    label = "MailerLite campaign report"

    def score(self, sample: FileSample) -> int:
        if sample.kind != "csv" or norm(sample.first_line()) != "campaign report":
            return 0
        keys = {key_norm(row[0]) for row in sample.rows if row}
        return 90 if "total emails sent" in keys else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        sections = read_sections(path, sample, stop_at=("Links activity", "Reading environment"))
        table, value_lines = _report_table(path, sections)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Subject")
        sent_at = rows.date("start", "Sent")
        rows.set("end", sent_at)
        sent = rows.number("sent", "Total emails sent", required=True)
        bounced = rows.number(None, "Hard bounce") + rows.number(None, "Soft bounce")
        rows.set("delivered", sent - bounced)
        rows.number("opens", "Opened", required=True)
        rows.number("clicks", "Clicked", required=True)
        rows.constant("channel", "email")
        return at_value_lines(rows.result(self), value_lines)


def _report_table(path: Path, sections: list[Section]) -> tuple[Table, ValueLines]:
    """The whole report as a one-row table (at the `Total emails sent:` line), and where each value is."""
    row: dict[str, str | None] = {}
    found_at: dict[str, int] = {}
    for column, keys in KEYS.items():
        found = next((hit for s in sections if (hit := s.get(*keys))), None)
        row[column] = found[0] if found else None
        if found:
            found_at[column] = found[1]
    line = found_at.get("Total emails sent", 1)
    frame = pd.DataFrame([row], dtype="str")
    value_lines = {(line, column): at for column, at in found_at.items()}
    return Table(path, frame, np.array([line], dtype=np.int64)), value_lines
