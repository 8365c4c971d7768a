"""LinkedIn Campaign Manager performance report (Analyze → Export), English and Dutch.

The file is UTF-16 with a BOM, TAB-separated, with four preamble lines (report title, `Report Start:`,
`Report End:`, generation date) and a blank line before the header. The UI language sets the column
names, the decimal mark and the date order (EN `55.39`, `9/21/2026`; NL `1.234,50`, `23-9-2026`), so the
language is decided from the header, never from the values: `1.234` is 1234 in Dutch and 1.234 in English.

LinkedIn's own definitions, kept as LinkedIn states them:
- cost is `Total Spent`, in the row's `Currency`.
- clicks are `Clicks to Landing Page` (clicks to the advertiser's URL, like Meta's link clicks) when the
  export has them; else LinkedIn's `Clicks`, which also count clicks on the company name and "see more"
  (a warning says so). LinkedIn's `Click Through Rate` is `Clicks` / `Impressions`.
- engagements are `Total Engagements` (clicks, reactions, comments, shares, follows).
- conversions are `Conversions` (website conversions), else `Leads` (lead-gen forms).
- rows carry the day in `Start Date (in UTC)`. When the time breakdown is "All", every row carries the
  report start: such rows are given the report's whole period instead of its first day.
Channel `paid_social`, platform `linkedin`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.linkedin_names import DUTCH_KEYS, NAMES, PREAMBLE_TITLES, preamble_period
from importers.sample import FileSample
from importers.social_common import coarsest, header_has, single_currency
from importers.tabular import read_table


class LinkedInAds:
    format_id = "linkedin_ads"
    platform = "linkedin"
    label = "LinkedIn Campaign Manager report"

    def score(self, sample: FileSample) -> int:
        named = header_has(sample, *NAMES["campaign_name"], *NAMES["adset_name"])
        spent = header_has(sample, *NAMES["cost"])
        titled = sample.first_line().lstrip('"').startswith(PREAMBLE_TITLES)
        if named and spent:
            return 90 if titled else 80
        return 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        dutch = bool(sample.header_keys & DUTCH_KEYS)
        rows.decimal, rows.day_first = ("," if dutch else "."), dutch
        warnings = _map_measures(rows)
        warnings += _map_time(rows, sample)
        name = coarsest(
            rows, NAMES["group_name"], NAMES["campaign_name"], NAMES["adset_name"], NAMES["ad_name"]
        )
        ident = coarsest(rows, NAMES["group_id"], NAMES["campaign_id"], NAMES["adset_id"], NAMES["ad_id"])
        for field, values in (("campaign_name", name), ("campaign_id", ident)):
            if values is not None:
                rows.set(field, values)
        currency_column = rows.text("currency", *NAMES["currency"])
        currency, mixed = single_currency(currency_column, path.name)
        rows.constant("channel", "paid_social")
        return rows.result(self, currency=currency, warnings=warnings + mixed)


def _map_measures(rows: RecordBuilder) -> list[str]:
    warnings: list[str] = []
    rows.number("cost", *NAMES["cost"], required=True)
    rows.number("impressions", *NAMES["impressions"], required=True)
    rows.number("reach", *NAMES["reach"])
    rows.number("engagements", *NAMES["engagements"])
    rows.number("revenue", *NAMES["conversion_value"])
    if rows.column(*NAMES["landing_clicks"]) is not None:
        rows.number("clicks", *NAMES["landing_clicks"])
    elif rows.column(*NAMES["clicks"]) is not None:
        rows.number("clicks", *NAMES["clicks"])
        warnings.append(
            "This export has no 'Clicks to Landing Page': clicks are LinkedIn's 'Clicks', which also count "
            "clicks on the company name and 'see more', so they overstate clicks to your site."
        )
    if rows.column(*NAMES["conversions"]) is not None:
        rows.number("conversions", *NAMES["conversions"])
    else:
        rows.number("conversions", *NAMES["leads"])
    return warnings


def _map_time(rows: RecordBuilder, sample: FileSample) -> list[str]:
    """Daily rows keep their day; rows of an "All" breakdown get the report's period (see docstring)."""
    day = rows.date(None, *NAMES["date"])
    rows.set("start", day)
    rows.set("end", day)
    period = preamble_period(_preamble(sample))
    if period is None or period[0].date() == period[1].date():
        return []
    first, last = (pd.Timestamp(d.date()) for d in period)
    if day.dropna().empty or not day.dropna().eq(first).all():
        return []
    rows.set("start", day.where(day.isna(), first))
    rows.set("end", day.where(day.isna(), last))
    return [
        f"Every row carries the report start ({first.date()}): the export is a total over the report "
        f"period, so each row covers {first.date()} to {last.date()} rather than one day."
    ]


def _preamble(sample: FileSample) -> list[str]:
    lines = sample.lines or tuple("\t".join(row) for row in sample.rows)
    return [re.sub(r'^"|"$', "", line.strip()) for line in lines[: sample.header_row + sample.skipped_lines]]
