"""Mailchimp single-campaign report ("Download" on one campaign's report page).

Key/value blocks, not a table: `Email Campaign Report` (or `Campaign Report` for A/B tests), the title
and delivery time, then `Overall Stats`, or one `Combination N Stats` block per A/B variant, each with
`Total Recipients:`, `Successful Deliveries:`, `Recipients Who Opened:` `350 (35.18%)` (unique opens and
their rate over deliveries), `Recipients Who Clicked:` (unique clicks) and, with a store connected,
`Total Orders:` and `Total Sales:` (`CA$0.00`: the symbol gives the currency).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.errors import EmptyFile
from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.keyvalue import Section, ValueLines, at_value_lines, key_norm, read_sections
from importers.numbers import currency_of
from importers.sample import FileSample, norm
from importers.tabular import Table

_STATS = re.compile(r"(overall|combination \d+) stats")
#: Output column -> report keys, in order of preference.
KEYS = {
    "Title": ("Title",),
    "Subject Line": ("Subject Line",),
    "Delivery Date/Time": ("Delivery Date/Time",),
    "Total Recipients": ("Total Recipients",),
    "Successful Deliveries": ("Successful Deliveries",),
    "Recipients Who Opened": ("Recipients Who Opened",),
    "Recipients Who Clicked": ("Recipients Who Clicked",),
    "Total Orders": ("Total Orders",),
    "Total Sales": ("Total Revenue", "Total Sales"),
}


class MailchimpReport:
    format_id = "mailchimp_report"
    platform = "mailchimp"
    label = "Mailchimp single-campaign report"

    def score(self, sample: FileSample) -> int:
        if sample.kind != "csv" or norm(sample.first_line()) not in (
            "email campaign report",
            "campaign report",
        ):
            return 0
        keys = {key_norm(row[0]) for row in sample.rows if row}
        return 90 if "successful deliveries" in keys else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        sections = read_sections(path, sample, stop_at=("Clicks by URL",))
        table, value_lines = _stats_table(path, sections)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_name", "Name")
        sent_at = rows.date("start", "Delivery Date/Time")
        rows.set("end", sent_at)
        rows.number("sent", "Total Recipients", required=True)
        rows.number("delivered", "Successful Deliveries", required=True)
        rows.number("opens", "Recipients Who Opened", required=True)
        rows.number("clicks", "Recipients Who Clicked", required=True)
        orders = rows.number("orders", "Total Orders")
        rows.set("conversions", orders)
        rows.number("revenue", "Total Sales")
        rows.constant("channel", "email")
        sales = table.frame["Total Sales"] if "Total Sales" in table.frame else pd.Series(dtype="str")
        return at_value_lines(rows.result(self, currency=currency_of(sales)), value_lines)


def _stats_table(path: Path, sections: list[Section]) -> tuple[Table, ValueLines]:
    """One row per stats block (A/B variants each), title and date taken from the head when not repeated."""
    head: dict[str, str] = {}
    for section in sections:
        for column, keys in KEYS.items():
            found = section.get(*keys)
            if found and column in ("Title", "Delivery Date/Time"):
                head.setdefault(column, found[0])
    blocks = [s for s in sections if _STATS.fullmatch(norm(s.title))]
    if any(norm(b.title) == "overall stats" for b in blocks):  # variants would count the sends twice
        blocks = [b for b in blocks if norm(b.title) == "overall stats"]
    if not blocks:
        raise EmptyFile(
            f"{path.name} has no 'Overall Stats' block: download the report again.", path=str(path)
        )
    records = [_block_row(block, head, len(blocks) > 1) for block in blocks]
    frame = pd.DataFrame(records, dtype="str")
    value_lines = {
        (block.line, column): found[1]
        for block in blocks
        for column, keys in KEYS.items()
        if (found := block.get(*keys))
    }
    return Table(path, frame, np.array([b.line for b in blocks], dtype=np.int64)), value_lines


def _block_row(block: Section, head: dict[str, str], variant: bool) -> dict[str, str | None]:
    row: dict[str, str | None] = {}
    for column, keys in KEYS.items():
        found = block.get(*keys)
        row[column] = found[0] if found else head.get(column)
    title = row.get("Title") or row.get("Subject Line") or ""
    suffix = f" ({block.title}: {row['Subject Line']})" if variant and row.get("Subject Line") else ""
    row["Name"] = title + suffix
    return row
