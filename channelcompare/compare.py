"""Compare every channel with a baseline channel: metrics, intervals, tests and findings.

The options (`channelcompare.options`) and result types (`channelcompare.results`) are re-exported here so
callers need one import.
The statistics are in `stats`, the pooling in `summarize`, the verdicts in `findings`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd

from channelcompare import views
from channelcompare.aggregate import aggregate_records
from channelcompare.attribution import SalesView, sales_view
from channelcompare.benchmarks import Benchmark, BenchmarkError, load_benchmarks
from channelcompare.comparisons import make_tests
from channelcompare.currency import convert_records, current_rates
from channelcompare.errors import ChannelCompareError
from channelcompare.filters import filter_mask, filter_records, previous_period, records_period
from channelcompare.findings import findings
from channelcompare.flows import classify_automation
from channelcompare.honesty import comparable, comparison_warnings, visit_warnings
from channelcompare.model import SOCIAL_CHANNELS
from channelcompare.money import settle_currency
from channelcompare.options import CompareOptions
from channelcompare.per_item import item_sample
from channelcompare.prepare import campaign_rows, table_of_rows
from channelcompare.prepared import PreparedRecords, prepare_records
from channelcompare.results import ChannelSummary, Comparison, Finding, MetricValue
from channelcompare.sentences import Context
from channelcompare.summarize import Group, channel_groups, platform_groups, table_arrays
from channelcompare.window import coverage_notes, prorated, spanning_both, straddle_notes
from channelcompare.wording import period_owner

__all__ = [
    "Benchmark", "ChannelSummary", "CompareOptions", "Comparison", "Finding", "MetricValue", "PreparedRecords", "compare", "prepare_records", "store_sales",
]  # fmt: skip


def compare(
    records: pd.DataFrame | PreparedRecords,
    options: CompareOptions | None = None,
    *,
    aggregated: bool = False,
    sales: SalesView | None = None,
) -> Comparison:
    """Compare the channels of `records` (the canonical table) with the baseline channel.

    Duplicate campaign rows (ad-level rows of one campaign and day) are summed first (`aggregate_records`);
    callers that compare the same data repeatedly pass `prepare_records(records)` instead, or aggregate
    once and pass `aggregated=True`. `sales` is `store_sales(records, options)` when the caller kept it
    from an earlier call (see there).
    """
    options = options or CompareOptions()
    if isinstance(records, PreparedRecords):
        prepared, frame, settled = records, records.records, records.currency_note
        automation = list(records.automation_notes)
    else:
        prepared = None
        records, automation = classify_automation(records)  # retargeted email, as prepare_records does
        frame, settled = settle_currency(records if aggregated else aggregate_records(records))
    converted, currency_note = _in_reporting_currency(frame, options)
    # Converted money makes other rows: the prepared ones no longer apply.
    rows = prepared.rows_for(options.opens_as_interactions) if prepared and converted is frame else None
    records, refused = _without_rows_in_both_periods(converted, options)
    rows = None if refused else rows
    comparison = _compare_period(records, options, rows)
    comparison.warnings += refused + automation
    comparison.currency_note = currency_note
    comparison.warnings[:0] = [n for n in (settled, currency_note) if n]
    benchmarks, problem = _benchmarks(options.benchmarks_path)
    comparison.benchmarks = benchmarks
    comparison.warnings += problem
    if sales is None:
        sales = _sales(records, options, benchmarks)
    comparison.share_of_sales, comparison.claimed_vs_observed = (
        sales.share_of_sales_json(),
        sales.claimed_vs_observed_json(),
    )
    comparison.warnings += sales.warnings
    if options.period_over_period:
        _add_previous(records, options, comparison, rows)
    return comparison


def store_sales(
    records: pd.DataFrame, options: CompareOptions | None = None, *, orders: pd.DataFrame | None = None
) -> SalesView:
    """The store's share of sales and the platforms' claims, as `compare` adds them to its result.

    They depend on the records, the period, the channel rules, the currency and the benchmarks, never on
    the channel, platform or campaign filters: a caller that refilters the same records can compute this
    once and pass it to each `compare(..., sales=...)` (the window does, ~70 ms of every filter change
    at a million records). `records` as given to `compare`, aggregated or not. `orders`:
    `store_orders(records, options.channel_rules)` of every period, which a caller may keep across
    periods (each order's channel depends on the order and the rules alone).
    """
    options = options or CompareOptions()
    settled, _settled = settle_currency(records)
    orders = orders if settled is records else None  # settled currencies: the kept orders no longer apply
    converted, _note = _in_reporting_currency(settled, options)
    orders = orders if converted is settled else None  # converted money: the kept orders no longer apply
    converted = _without_rows_in_both_periods(converted, options)[0]
    return _sales(converted, options, _benchmarks(options.benchmarks_path)[0], orders)


def _sales(
    records: pd.DataFrame,
    options: CompareOptions,
    benchmarks: list[Benchmark],
    orders: pd.DataFrame | None = None,
) -> SalesView:
    start, end = options.start, options.end
    if options.prorate and (start or end):
        records = prorated(records, start, end)[0]
    in_period = filter_records(records, start=start, end=end)[0]  # sales: every channel
    if orders is not None:
        orders = orders[filter_mask(orders, start=start, end=end)[0].to_numpy()]
    return sales_view(in_period, options.channel_rules, benchmarks=benchmarks, orders=orders)


def _in_reporting_currency(records: pd.DataFrame, options: CompareOptions) -> tuple[pd.DataFrame, str | None]:
    """Records with money in the reporting currency, and the note saying which rates were used."""
    if not options.reporting_currency:
        return records, None
    rates = options.rates or current_rates()
    try:
        target = options.reporting_currency.upper()
        # Money still without a currency (none, or several, in the data) is kept apart, never relabelled.
        converted, conversion = convert_records(records, target, rates, assumed=None)
    except ValueError as error:  # the reporting currency itself has no ECB rate
        raise ChannelCompareError(
            f"Amounts cannot be shown in {options.reporting_currency}: {error}. Choose a currency the ECB publishes."
        ) from error
    return converted, conversion.note()


def _compare_period(
    records: pd.DataFrame, options: CompareOptions, rows: pd.DataFrame | None = None
) -> Comparison:
    """The comparison of the records that pass the options' filters; `rows`: their `campaign_rows`, if known."""
    windowed = options.start is not None or options.end is not None
    judged = _selected(records, options) if windowed else records  # no window: nothing to judge
    window_notes = straddle_notes(judged, options.start, options.end, prorate=options.prorate)
    if options.prorate and (options.start or options.end):
        records, cut = prorated(records, options.start, options.end)
        rows = None if cut.any() else rows  # cut rows are other rows: the prepared ones no longer apply
    keep, warnings = filter_mask(records, **options.filter_kwargs())
    period = _period(records.loc[keep.to_numpy(), ["start", "end"]], options)
    warnings += window_notes
    if rows is None:
        rows = campaign_rows(records[keep], opens_as_interactions=options.opens_as_interactions)
    else:
        kept = filter_mask(rows, **options.filter_kwargs())[0].to_numpy()
        rows = rows if kept.all() else rows[kept]
    table, more = table_of_rows(rows, effort_costs=options.effort_costs)
    warnings += coverage_notes(table, period, chosen=bool(options.start or options.end))
    arrays = table_arrays(table)  # shared by every channel and platform group
    groups = channel_groups(table, arrays)
    platforms = platform_groups(table, tuple(c for c in SOCIAL_CHANNELS if c != options.baseline), arrays)
    baseline = groups.get(options.baseline)
    items = {key: item_sample(arrays, group.rows) for key, group in {**groups, **platforms}.items()}
    found = _findings(table, groups, platforms, options.baseline, period, more)
    more += comparison_warnings(table, groups, baseline, opens_as_interactions=options.opens_as_interactions)
    return Comparison(
        baseline=options.baseline,
        period=period,
        channels=_summaries(groups),
        findings=found,
        warnings=warnings + more,
        tables=views.CampaignViews(table),
        previous=None,
        benchmarks=[],
        platforms=_summaries(platforms),
        items=items,
    )


def _without_rows_in_both_periods(
    records: pd.DataFrame, options: CompareOptions
) -> tuple[pd.DataFrame, list[str]]:
    """Period over period with pro-rating refuses rows that span both periods (`window.spanning_both`)."""
    if not (options.period_over_period and options.prorate and options.start and options.end):
        return records, []
    return spanning_both(records, previous_period(options.start, options.end), (options.start, options.end))


def _selected(records: pd.DataFrame, options: CompareOptions) -> pd.DataFrame:
    """The records every filter but the dates keeps: the rows the window judges."""
    undated = {**options.filter_kwargs(), "start": None, "end": None}
    return records[filter_mask(records, **undated)[0].to_numpy()]


def _findings(
    table: pd.DataFrame,
    groups: dict[str, Group],
    platforms: dict[str, Group],
    baseline_key: str,
    period: tuple[date, date] | None,
    warnings: list[str],
) -> list[Finding]:
    """Every group measured like the baseline (and each platform of a multi-platform social channel)
    compared with it; warnings for what cannot be compared."""
    baseline = groups.get(baseline_key)
    if baseline is None:
        warnings.append(
            f"The baseline channel {baseline_key} has no campaigns in this selection: nothing is compared."
        )
        return []
    candidates = [g for key, g in groups.items() if key != baseline_key] + list(platforms.values())
    others, apart = comparable(candidates, baseline)
    warnings += visit_warnings(apart, baseline)
    context = Context(baseline.summary, period_owner(period))
    return findings(table, make_tests(table, others, baseline), baseline, context)


def _summaries(groups: dict[str, Group]) -> dict[str, ChannelSummary]:
    return {key: group.summary for key, group in groups.items()}


def _period(records: pd.DataFrame, options: CompareOptions) -> tuple[date, date] | None:
    """The period asked for; the data's own first and last day fill what was not asked."""
    covered = records_period(records)
    start = options.start or (covered[0] if covered else None)
    end = options.end or (covered[1] if covered else None)
    if start is None or end is None:
        return None
    return start, end


def _add_previous(
    records: pd.DataFrame, options: CompareOptions, comparison: Comparison, rows: pd.DataFrame | None
) -> None:
    if comparison.period is None:
        comparison.warnings.append("Period over period needs dated records; the selection has none.")
        return
    start, end = previous_period(*comparison.period)
    previous = _compare_period(
        records, replace(options, start=start, end=end, period_over_period=False), rows
    )
    if not previous.channels:
        comparison.warnings.append(
            f"No records fall in the previous period ({start:%d %b %Y} to {end:%d %b %Y}): nothing to compare "
            "the change with."
        )
    comparison.previous = previous


def _benchmarks(path: Path | None) -> tuple[list[Benchmark], list[str]]:
    try:
        return load_benchmarks(path), []
    except BenchmarkError as exc:
        return [], [f"Benchmarks not shown: {exc.message}"]
