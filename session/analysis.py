"""The analysis the views show, and what a data change costs paid once, not at every filter change.

A filter change at a million records must be on screen within 100 ms. So, once per data change, the
records are put together and aggregated into campaign-days, and the Campaigns table (per-row metrics, and
its columns as arrays) is built for every campaign row. A filter change then only selects rows of that
table (each filter judges every row on its own) and reruns the comparison on the aggregate. The store's
sales view does not depend on the channel, platform and campaign filters: it is kept while the period,
the rules and the currency stay the same. Runs in the window's analysis worker; the headless commands make
their one analysis the same way (`analyse_results`).
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.load import release_freed_arrow_memory
from session.campaigns import column_arrays, shown_columns
from session.state import Choices, RecordsJob

if TYPE_CHECKING:  # typed without importing the engine at start-up (the window imports this early)
    from channelcompare.attribution.view import SalesView
    from channelcompare.options import CompareOptions
    from channelcompare.prepared import PreparedRecords
    from channelcompare.results import Comparison

#: Sales views kept (a few periods the user goes back and forth between).
SALES_KEPT = 8


@dataclass(frozen=True)
class Available:
    """What the filter bar offers: every channel and platform loaded, and the period they cover."""

    channels: list[str]
    platforms: list[str]
    period: tuple[date, date] | None  # as channelcompare.filters.records_period gives it

    @classmethod
    def of(cls, records: pd.DataFrame) -> Available:
        from channelcompare.filters import records_period

        channels = sorted(str(c) for c in records["channel"].dropna().unique())
        platforms = sorted(str(p) for p in records["platform"].dropna().unique())
        return cls(channels, platforms, records_period(records))


@dataclass
class Analysis:
    """What the views show: the engine's comparison and the per-campaign metrics, for one set of choices."""

    comparison: Comparison
    #: Every campaign row's metrics; `campaigns` are those the choices keep.
    campaign_rows: CampaignRows
    choices: Choices
    #: The records the analysis ran on, duplicate campaign rows summed (channelcompare.aggregate).
    records: pd.DataFrame | None = None
    available: Available | None = None
    #: Every record loaded, as imported (put together in the worker), and the session version they are of.
    all_records: pd.DataFrame | None = None
    version: int = -1

    @functools.cached_property
    def _selected(self) -> tuple[pd.DataFrame, list[Any]]:
        # Taken when the Campaigns tab first shows this analysis (~10 ms at a million records), not at
        # every filter change while another tab is on screen.
        return self.campaign_rows.select(self.choices)

    @property
    def campaigns(self) -> pd.DataFrame:
        """The Campaigns table's rows for these choices."""
        return self._selected[0]

    @property
    def campaign_arrays(self) -> list[Any]:
        """Its columns as the table model reads them (`column_arrays`)."""
        return self._selected[1]


@dataclass(frozen=True)
class CampaignRows:
    """The Campaigns table for every campaign row of the aggregate; `select` takes a filter's rows."""

    rows: pd.DataFrame  # the campaign rows, which the filters judge
    table: pd.DataFrame
    arrays: list[Any]  # column_arrays of `table`
    opens_as_interactions: bool = False

    @classmethod
    def of(cls, aggregated: pd.DataFrame, *, opens_as_interactions: bool) -> CampaignRows:
        from channelcompare.listed import PRORATED
        from channelcompare.metrics import campaign_metrics
        from channelcompare.prepare import is_campaign_row

        # Store orders have their own view (Sales), as in the report.
        rows = aggregated[is_campaign_row(aggregated)].reset_index(drop=True)
        rows[PRORATED] = pd.Series(pd.NA, index=rows.index, dtype="string")  # none until a window cuts one
        table = shown_columns(campaign_metrics(rows, opens_as_interactions=opens_as_interactions))
        return cls(rows, table, column_arrays(table), opens_as_interactions)

    def select(self, choices: Choices) -> tuple[pd.DataFrame, list[Any]]:
        """The rows the figures count: those inside the window, and with pro-rating the straddling ones cut
        to the window (their metrics recomputed, labelled `prorated`), as `channelcompare.listed`."""
        from channelcompare.filters import filter_mask
        from channelcompare.listed import prorates
        from channelcompare.window import straddle_mask

        keep, _warnings = filter_mask(self.rows, **choices.filter_kwargs())  # the engine reports them
        cut = straddle_mask(self.rows, choices.start, choices.end) if prorates(choices) else None
        if cut is not None and cut.any():
            return self._with_prorated(keep, cut, choices)
        if keep.all():
            return self.table, self.arrays
        positions = np.flatnonzero(keep.to_numpy())
        return self.table.take(positions).reset_index(drop=True), [a.take(positions) for a in self.arrays]

    def _with_prorated(self, keep: pd.Series, cut: pd.Series, choices: Choices) -> tuple[pd.DataFrame, list[Any]]:
        from channelcompare.listed import listed_records
        from channelcompare.metrics import campaign_metrics

        listed = listed_records(self.rows[(keep | cut).to_numpy()], choices)
        table = shown_columns(campaign_metrics(listed, opens_as_interactions=self.opens_as_interactions))
        return table, column_arrays(table)


@dataclass(frozen=True)
class Loaded:
    """One state of the session's records: as imported, and prepared for comparisons."""

    version: int
    records: pd.DataFrame
    prepared: PreparedRecords
    available: Available


class AnalysisCache:
    """Analyses of the session's records, reusing what the last data change prepared.

    One worker at a time uses it (the Recomputer), so it needs no lock."""

    def __init__(self) -> None:
        self._data: Loaded | None = None
        self._campaigns: tuple[tuple[int, bool], CampaignRows] | None = None
        #: Sales views by (version, period, rules, benchmarks): going back to a period reuses its view.
        self._sales: OrderedDict[tuple[Any, ...], SalesView] = OrderedDict()
        self._classified: tuple[tuple[Any, ...], pd.DataFrame] | None = None

    def analyse(self, job: RecordsJob, choices: Choices) -> Analysis:
        from channelcompare.compare import compare

        data_changed = self._data is None or self._data.version != job.version
        data = self._loaded(job, choices)
        comparison = compare(data.prepared, choices, sales=self._store_sales(data, choices))
        rows = self._campaign_rows(data, choices)
        analysis = Analysis(comparison, rows, choices, data.prepared.records, data.available)
        analysis.all_records, analysis.version = data.records, data.version
        if data_changed:  # what preparing freed is purged now, not in the next filter changes
            release_freed_arrow_memory()
        return analysis

    def _loaded(self, job: RecordsJob, choices: Choices) -> Loaded:
        from channelcompare.compare import prepare_records

        opens = choices.opens_as_interactions
        if self._data is None or self._data.version != job.version:
            records = job.build()
            prepared = prepare_records(records, opens_as_interactions=opens)
            self._data = Loaded(job.version, records, prepared, Available.of(prepared.records))
        elif self._data.prepared.opens_as_interactions != opens:  # the same records, measured otherwise
            aggregated = self._data.prepared.records
            prepared = prepare_records(aggregated, opens_as_interactions=opens, aggregated=True)
            # its money was settled already: what settling said stays with it
            prepared = replace(prepared, currency_note=self._data.prepared.currency_note)
            self._data = replace(self._data, prepared=prepared)
        return self._data

    def _campaign_rows(self, data: Loaded, choices: Choices) -> CampaignRows:
        key = (data.version, choices.opens_as_interactions)
        if self._campaigns is None or self._campaigns[0] != key:
            aggregated = data.prepared.records
            rows = CampaignRows.of(aggregated, opens_as_interactions=choices.opens_as_interactions)
            self._campaigns = (key, rows)
        return self._campaigns[1]

    def _store_sales(self, data: Loaded, options: CompareOptions) -> SalesView | None:
        """The sales view for this data, period, rules and benchmarks; None (compare computes it) when
        money is converted: the rates in use can change under the same options (File > Fetch rates)."""
        from channelcompare.compare import store_sales

        if options.reporting_currency is not None:
            return None
        key = (
            data.version, options.start, options.end, options.prorate, options.period_over_period,
            options.channel_rules, options.benchmarks_path,
        )  # fmt: skip
        if key not in self._sales:
            records = data.prepared.records
            self._sales[key] = store_sales(records, options, orders=self._orders(data, options))
            while len(self._sales) > SALES_KEPT:
                self._sales.popitem(last=False)
        self._sales.move_to_end(key)
        return self._sales[key]

    def _orders(self, data: Loaded, options: CompareOptions) -> pd.DataFrame:
        """The store's orders with their channels, for every period: a date change only selects them."""
        from channelcompare.attribution import RuleSet
        from channelcompare.attribution.sales import store_orders

        key = (data.version, options.channel_rules)
        if self._classified is None or self._classified[0] != key:
            self._classified = (key, store_orders(data.prepared.records, options.channel_rules or RuleSet()))
        return self._classified[1]


def analyse_results(results: list[ImportResult], choices: Choices) -> Analysis:
    """One analysis of `results`, made as the window makes it (the headless commands' path). Every result
    counts, even two of one path (a workspace can hold both); the window's session keeps the latest."""
    return AnalysisCache().analyse(RecordsJob(0, tuple((r.records, None) for r in results)), choices)
