"""Google Analytics 4 traffic acquisition export (report -> Share -> Download file -> CSV), EN and FR UI.

The file starts with `#` comment lines that carry the period (`# Start date: 20260901`, in French
`# Date de début : 20260901`), then one table with a row per default channel group. A `Grand total` row may
come first, and a second block (chart data: `Date,Sessions` after a blank line and a `# ---` line) may follow:
the first is dropped, and reading stops at the second. Each channel-group row becomes one record: sessions,
engaged sessions (engagements), key events (conversions, formerly "Conversions") and total revenue. GA4 does
not write its revenue currency into the file; it is the property's currency.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample, norm
from importers.tabular import Table, read_table

GROUP_COLUMNS = (
    "Session primary channel group (Default Channel Group)",
    "Session default channel group",
    "Session primary channel group",
    "Default channel group",
    "Groupe de canaux principal de la session (Groupe de canaux par défaut)",
    "Groupe de canaux par défaut de la session",
    "Groupe de canaux par défaut",
)
SOURCE_MEDIUM_COLUMNS = (
    "Session source / medium",
    "Session source/medium",
    "Source / support de la session",
    "Source/Support de la session",
)
_SOURCE_MEDIUM_HEADER = re.compile(r"^(session source ?/ ?medium|source ?/ ?support de la session)$")
# not the first-user group of User acquisition (importers/ga4_user_acquisition.py)
_GROUP_HEADER = re.compile(
    r"^(session .*channel group.*|default channel group|groupe de canaux (?!.*premier utilisateur).*)$"
)
_START = re.compile(r"^#\s*(?:start date|date de début)\s*:\s*(\d{8})", re.IGNORECASE)
_END = re.compile(r"^#\s*(?:end date|date de fin)\s*:\s*(\d{8})", re.IGNORECASE)
_TOTAL_ROWS = frozenset({"grand total", "total général", "total", "totals"})


class Ga4Traffic:
    format_id = "ga4_traffic"
    platform = "ga4"
    label = "Google Analytics 4 traffic acquisition export"

    def score(self, sample: FileSample) -> int:
        group_column = bool(sample.header) and bool(_GROUP_HEADER.match(norm(sample.header[0])))
        if not group_column:
            return 0
        return 90 if _period(sample)[0] else 60

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        rows, group, channel = channel_group_rows(path, sample, progress, cancelled, GROUP_COLUMNS)
        start, end = _period(sample)
        _measures(rows, start, end)
        warnings = _unknown_groups(group, channel) + _warnings(start, end)
        return rows.result(self, warnings=warnings)


class Ga4SourceMedium:
    """The same report with `Session source / medium` as its primary dimension: one record per source/medium,
    classified with the channel rules (so the user's rules can fix `newsletter` sessions GA4 left Unassigned)."""

    format_id = "ga4_source_medium"
    platform = "ga4"
    label = "Google Analytics 4 traffic acquisition export by source / medium"

    def score(self, sample: FileSample) -> int:
        if not sample.header or not _SOURCE_MEDIUM_HEADER.match(norm(sample.header[0])):
            return 0
        return 85 if _period(sample)[0] else 55

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        from channelcompare.attribution.rules import RuleSet  # ~50 ms: only when such a file is read
        from channelcompare.attribution.suggest import grouped_warnings, unassigned_mediums

        rows, pair = _keyed_rows(path, sample, progress, cancelled, SOURCE_MEDIUM_COLUMNS)
        start, end = _period(sample)
        source, medium = _source_and_medium(pair)
        rows.set("campaign_id", pair)
        rows.set("utm_source", source)
        rows.set("utm_medium", medium)
        rows.set("channel", RuleSet().classify(source, medium))
        sessions = _measures(rows, start, end)
        lost = unassigned_mediums(RuleSet(), source, medium, weights=sessions)
        warnings = grouped_warnings(lost, "rows", "sessions") + _warnings(start, end)
        return rows.result(self, warnings=warnings)


def channel_group_rows(
    path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck, columns: tuple[str, ...]
) -> tuple[RecordBuilder, pd.Series, pd.Series]:
    """Rows keyed by a channel group column (`columns`: its names), the group as campaign id and its
    channel by GA4's default grouping; returns the rows, the groups and their channels (NaN: unknown)."""
    # The attribution package costs ~50 ms to import: paid only when a file of this kind is read.
    from channelcompare.attribution.defaults import GA4_GROUP_CHANNELS

    rows, group = _keyed_rows(path, sample, progress, cancelled, columns)
    channel = group.str.strip().str.casefold().map(GA4_GROUP_CHANNELS)
    rows.set("channel", channel.fillna("other").astype("str"))
    rows.set("campaign_id", group)
    return rows, group, channel


def _source_and_medium(pair: pd.Series) -> tuple[pd.Series, pd.Series]:
    """`google / organic` split in two. A cell without the ` / ` (GA4 writes `(not set)` alone) is a source
    with no medium, which the channel rules send to Unassigned, as GA4 does."""
    # two columns always, also when no cell has the ` / ` or every cell is blank (`str.split` then gave one)
    parts = pair.astype("str").str.extract(r"(?s)^(.*?)(?: / (.*))?$")
    return parts[0].str.strip(), parts[1].str.strip()


def _keyed_rows(
    path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck, key_columns: tuple[str, ...]
) -> tuple[RecordBuilder, pd.Series]:
    """The first block's rows and their first-column key (the campaign name), total rows skipped."""
    table = _first_block(read_table(path, sample, progress=progress, cancelled=cancelled))
    rows = RecordBuilder(table, sample)
    key = rows.text("campaign_name", *key_columns, required=True)
    key = key if key is not None else pd.Series("", index=rows.index, dtype="str")
    rows.skip(key.str.strip().str.casefold().isin(_TOTAL_ROWS))
    return rows, key


def _measures(rows: RecordBuilder, start: datetime | None, end: datetime | None) -> pd.Series:
    """Sessions, engaged sessions, key events, revenue and the period, shared by both report shapes."""
    sessions = rows.number("sessions", "Sessions", required=True)
    rows.number("engagements", "Engaged sessions", "Sessions avec engagement")
    rows.number("conversions", "Key events", "Conversions", "Événements clés", "Conversions clés")
    rows.number("revenue", "Total revenue", "Revenu total", "Revenus totaux", "Purchase revenue")
    rows.constant("start", start if start else pd.NaT)
    rows.constant("end", end if end else pd.NaT)
    return sessions


def _first_block(table: Table) -> Table:
    """Rows up to the first comment row or the first blank line after the header (the chart block follows)."""
    first_cell = table.frame.iloc[:, 0].astype("str").fillna("")
    comment = first_cell.str.startswith("#").to_numpy()
    gap = np.diff(table.lines, prepend=table.lines[:1] - 1) > 1 if len(table.lines) else np.array([], bool)
    stop = np.flatnonzero(comment | gap)
    end = int(stop[0]) if len(stop) else len(table.frame)
    return Table(table.path, table.frame.iloc[:end].reset_index(drop=True), table.lines[:end], table.rejected)


def _period(sample: FileSample) -> tuple[datetime | None, datetime | None]:
    """`# Start date` / `# End date` from the preamble (trailing commas of a spreadsheet round trip ignored)."""
    start = end = None
    lines = sample.lines or tuple(",".join(row) for row in sample.rows)  # xlsx: the preamble is in the cells
    for line in lines:
        if not line.startswith("#"):
            break
        cleaned = line.rstrip(", \t")
        if found := _START.match(cleaned):
            start = datetime.strptime(found.group(1), "%Y%m%d")
        if found := _END.match(cleaned):
            end = datetime.strptime(found.group(1), "%Y%m%d")
    return start, end


def _unknown_groups(group: pd.Series, channel: pd.Series) -> list[str]:
    unknown = sorted(set(group[channel.isna() & ~group.str.casefold().isin(_TOTAL_ROWS)].dropna()))
    if not unknown:
        return []
    return [
        f"Channel group(s) {', '.join(repr(u) for u in unknown)} are not GA4 default channel groups; "
        "counted as other. Export the report with the Default Channel Group dimension."
    ]


def _warnings(start: datetime | None, end: datetime | None) -> list[str]:
    out = []
    if start is None or end is None:
        out.append("The file has no '# Start date' / '# End date' lines: the period is unknown.")
    out.append(
        "GA4 does not write the revenue currency into its exports: revenue is in the property's currency."
    )
    return out
