"""Import exports and compare every channel with a baseline, headless.

    python main.py compare [--json] [--baseline CHANNEL] [--from DATE] [--to DATE] FILE ...

Prints the channels' metrics with 95% intervals, the findings (most important first) and the warnings; with
--json, one JSON object (see docs/metrics.md). Files that cannot be imported are reported on stderr and the
others still count. Exit status: 0 when the comparison ran, 1 when no file could be imported, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.errors import ChannelCompareError
from channelcompare.metrics import METRICS
from channelcompare.model import CHANNELS, PLATFORMS, concat_records
from channelcompare.results import ChannelSummary, MetricValue
from channelcompare.wording import money, percent
from cli.common import add_input_arguments, input_sources, load_inputs

#: Columns of the readable table.
_TABLE_METRICS = ("click_rate", "interaction_rate", "conversion_rate", "revenue_per_1000")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--baseline", default="email", choices=CHANNELS, help="channel to compare against")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD", help="first day to include")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD", help="last day to include")
    parser.add_argument(
        "--platform", action="append", choices=PLATFORMS, help="only these platforms (repeat)"
    )
    parser.add_argument("--channel", action="append", choices=CHANNELS, help="only these channels (repeat)")
    parser.add_argument("--campaign", metavar="TEXT", help="only campaigns whose name contains TEXT")
    parser.add_argument("--opens-as-interactions", action="store_true", help="count email opens (inflated)")
    parser.add_argument("--period-over-period", action="store_true", help="add the previous period")
    parser.add_argument(
        "--effort", action="append", type=_effort, metavar="CHANNEL=AMOUNT", help="effort cost of a channel"
    )
    parser.add_argument("--benchmarks", type=Path, metavar="FILE", help="an edited benchmark CSV")
    parser.add_argument(
        "--currency", metavar="CODE", help="convert money to this currency (ECB rate of each date)"
    )


def run(args: argparse.Namespace) -> int:
    outcomes = load_inputs(args)
    for outcome in outcomes:
        if outcome.error is not None:
            print(f"{outcome.path}: {outcome.error.message}", file=sys.stderr)
        elif outcome.result is not None and outcome.result.rejected:
            print(f"{outcome.path}: {len(outcome.result.rejected)} row(s) rejected", file=sys.stderr)
    sources = input_sources(args, outcomes)
    if not sources:
        print("No file could be imported; nothing to compare.", file=sys.stderr)
        return 1
    try:
        comparison = compare(concat_records([s.records for s in sources]), _options(args))
    except ChannelCompareError as error:
        print(error.message, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(comparison.to_json(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(readable(comparison))
    return 0


def _options(args: argparse.Namespace) -> CompareOptions:
    return CompareOptions(
        baseline=args.baseline,
        start=args.start,
        end=args.end,
        platforms=tuple(args.platform) if args.platform else None,
        channels=tuple(args.channel) if args.channel else None,
        campaign_contains=args.campaign,
        opens_as_interactions=args.opens_as_interactions,
        period_over_period=args.period_over_period,
        effort_costs=dict(args.effort or []),
        benchmarks_path=args.benchmarks,
        reporting_currency=args.currency,
    )


def readable(comparison: Comparison) -> str:
    """The channel table, the findings and the warnings as plain text."""
    period = " to ".join(d.isoformat() for d in comparison.period) if comparison.period else "no dates"
    lines = [f"Baseline: {comparison.baseline}    Period: {period}", ""]
    header = ["channel", "audience", "campaigns", *(METRICS[m].label for m in _TABLE_METRICS)]
    rows = [header] + [_row(summary) for summary in comparison.channels.values()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines += ["", "Findings:"]
    lines += [f"{i}. {f.sentence}" for i, f in enumerate(comparison.findings, 1)] or ["(none)"]
    if comparison.warnings:
        lines += ["", "Warnings:"] + [f"- {w}" for w in comparison.warnings]
    return "\n".join(lines)


def _row(summary: ChannelSummary) -> list[str]:
    audience = f"{summary.audience:,.0f} {summary.audience_basis}" if summary.audience is not None else "-"
    cells = [_cell(summary.metrics[m], m, summary.currency) for m in _TABLE_METRICS]
    units = f"{summary.campaigns:,} {summary.campaign_unit}"
    if summary.rows != summary.campaigns:  # "3 campaigns (42 campaign-days)": keys, then rows
        units += f" ({summary.rows:,} {summary.row_unit})"
    return [summary.label, audience, units, *cells]


def _cell(value: MetricValue, metric: str, currency: str | None) -> str:
    if value.value is None:
        return "-"
    if METRICS[metric].kind != "rate":
        return money(value.value, currency)
    interval = f" ({percent(value.ci[0])}-{percent(value.ci[1])})" if value.ci else ""
    return percent(value.value) + interval


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-09-01") from None


def _effort(text: str) -> tuple[str, float]:
    channel, _, amount = text.partition("=")
    if channel not in CHANNELS:
        raise argparse.ArgumentTypeError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)}")
    try:
        return channel, float(amount)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{amount!r} is not an amount, as in email=450") from None
