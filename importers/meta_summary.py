"""Meta Ads exports: the account summary row, proved rather than assumed, and the empty export.

Some Meta exports put an account total first, with blank campaign, ad set and ad cells. A row is that
summary only when the file proves it: it is the first data row, its name and ID cells are blank, its
period spans every other row's (start on or before theirs, end on or after), and each additive measure it
has (spend, impressions, link clicks, purchases) equals or exceeds the sum of the other rows' (a cent of
rounding per row allowed). Reach is unique people and not additive, so it proves nothing. An account-level
export broken down by day has no name columns at all: its first row is a real day, and stays.

Meta's export for a period without delivery is the header and a single `"No data available."` line.
"""

from __future__ import annotations

import re

import pandas as pd

from channelcompare.errors import EmptyFile
from importers.build import RecordBuilder
from importers.dates import to_datetime
from importers.meta_names import NAMES, SPEND
from importers.numbers import to_number
from importers.sample import FileSample
from importers.tabular import Table

IDENTITY = ("campaign_name", "campaign_id", "adset_name", "adset_id", "ad_name", "ad_id")
ADDITIVE = ("impressions", "clicks", "purchases")
_NO_DATA = re.compile(r"^(?:no data available|aucune donnée disponible|no hay datos disponibles)\.?$", re.I)


def raise_if_no_data(sample: FileSample) -> None:
    """The empty export: under the header, one row whose only cell says there is no data."""
    data = [[c for c in row if c] for row in sample.rows[sample.header_row + 1 :]]
    data = [cells for cells in data if cells]
    if len(data) == 1 and len(data[0]) == 1 and _NO_DATA.match(data[0][0]):
        raise EmptyFile(
            f"{sample.path.name}: this export holds no data for the chosen period (Meta wrote "
            f"'{data[0][0]}'). Choose a period in which the ads ran and export again.",
            path=str(sample.path),
        )


def skip_proved_summary(rows: RecordBuilder, table: Table) -> list[str]:
    """Leave out the first data row when it is proved to be the account summary (module docstring)."""
    names = [c for key in IDENTITY if (c := table.find(*NAMES[key])) is not None]
    if not names or len(table.frame) < 2 or table.frame[names].iloc[0].notna().any():
        return []
    line = int(table.lines[0])
    if not (_spans_the_others(table) and _covers_the_sums(table, rows.decimal)):
        return [
            f"Line {line} has no campaign, ad set or ad name but is not an account summary (its period or "
            "totals do not cover the other rows): kept as a row."
        ]
    summary = pd.Series(False, index=table.frame.index)
    summary.iloc[0] = True
    rows.skip(summary)
    return [
        f"Line {line} is Meta's account summary (no campaign, ad set or ad name; its period and totals cover "
        "the other rows): left out so its totals are not counted twice."
    ]


def _spans_the_others(table: Table) -> bool:
    start = table.find(*NAMES["start"]) or table.find(*NAMES["day"])
    end = table.find(*NAMES["end"]) or start
    if start is None or end is None:
        return False
    starts, _ = to_datetime(table.frame[start])
    ends, _ = to_datetime(table.frame[end])
    if pd.isna(starts.iloc[0]) or pd.isna(ends.iloc[0]):
        return False
    return bool(starts.iloc[0] <= starts.iloc[1:].min() and ends.iloc[0] >= ends.iloc[1:].max())


def _covers_the_sums(table: Table, decimal: str) -> bool:
    columns = [c for key in ADDITIVE if (c := table.find(*NAMES[key])) is not None]
    columns += [c for c in table.frame.columns if SPEND.fullmatch(" ".join(str(c).casefold().split()))]
    checked = 0
    for column in columns:
        raw = table.frame[column]
        values = raw if raw.dtype == "float64" else to_number(raw, decimal)[0]
        first, others = values.iloc[0], values.iloc[1:].fillna(0.0).sum()
        if pd.isna(first):
            continue
        if first < others - 0.01 * len(values):
            return False
        checked += 1
    return checked > 0
