"""Import exports and compare every channel with a baseline, headless.

    python main.py compare [--json] [--baseline CHANNEL] [--from DATE] [--to DATE] [--platform P]
                           [--channel C] [--campaign TEXT] [--effort CHANNEL=AMOUNT] ... FILE ...

Prints the channels' metrics with 95% intervals, the findings (most important first) and the warnings; with
--json, one JSON object (see docs/metrics.md). Files that cannot be imported are reported on stderr and the
others still count. Exit status: 0 when the comparison ran, 1 when no file could be imported, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from channelcompare.compare import Comparison
from channelcompare.errors import ChannelCompareError
from channelcompare.metrics import METRICS
from channelcompare.results import ChannelSummary, MetricValue
from channelcompare.wording import money, percent
from cli.common import (
    add_analysis_arguments,
    add_input_arguments,
    choices_from,
    input_sources,
    load_inputs,
    tell_outcomes,
)
from session.analysis import analyse_results

#: Columns of the readable table.
_TABLE_METRICS = ("click_rate", "interaction_rate", "conversion_rate", "revenue_per_1000")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    add_analysis_arguments(parser)


def run(args: argparse.Namespace) -> int:
    outcomes = load_inputs(args)
    tell_outcomes(outcomes)
    sources = input_sources(args, outcomes)
    if not sources:
        print("No file could be imported; nothing to compare.", file=sys.stderr)
        return 1
    try:
        comparison = analyse_results(sources, choices_from(args)).comparison
    except ChannelCompareError as error:
        print(error.message, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(json_safe(comparison.to_json()), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(readable(comparison))
    return 0


def json_safe(value: object) -> object:
    """`value` with every non-finite float as null: JSON has no infinity, and a sum or ratio that overflows
    (`1e308 + 1e308`, a rate over nothing) must print as "no value", not stop the command."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


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
