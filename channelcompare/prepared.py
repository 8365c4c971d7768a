"""Records made ready to be compared many times, as the window does at every filter change.

`compare(records, options)` pays, on every call, for work that depends on the records alone: summing the
ad rows of one campaign-day (`aggregate_records`) and deriving each campaign row's measures
(`campaign_rows`). `prepare_records` does both once; `compare(prepared, options)` then only filters the
prepared rows and makes the decisions that depend on which rows are compared together. The result is
the same as comparing the records themselves (tests/channelcompare/test_prepared.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from channelcompare.aggregate import aggregate_records
from channelcompare.flows import classify_automation
from channelcompare.money import settle_currency
from channelcompare.prepare import campaign_rows


@dataclass(frozen=True)
class PreparedRecords:
    """Aggregated records and their campaign rows' row-by-row measures."""

    records: pd.DataFrame  # aggregate_records of what was given
    rows: pd.DataFrame  # campaign_rows of `records`
    opens_as_interactions: bool
    #: What settling money without a currency did (`money.settle_currency`), or None.
    currency_note: str | None = None
    #: Automated emails no flow rule knows (`flows.classify_automation`): kept as lifecycle automation.
    automation_notes: tuple[str, ...] = ()

    def rows_for(self, opens_as_interactions: bool) -> pd.DataFrame | None:
        """The prepared rows when they were derived with this option, else None (derive them afresh)."""
        return self.rows if opens_as_interactions == self.opens_as_interactions else None


def prepare_records(
    records: pd.DataFrame, *, opens_as_interactions: bool = False, aggregated: bool = False
) -> PreparedRecords:
    """`records` aggregated (unless `aggregated` says they are) with their campaign rows derived."""
    records, automation = classify_automation(records)  # before summing: the channel is a key of the sum
    if not aggregated:
        records = aggregate_records(records)
    records, note = settle_currency(records)
    rows = campaign_rows(records, opens_as_interactions=opens_as_interactions)
    return PreparedRecords(records, rows, opens_as_interactions, note, tuple(automation))
