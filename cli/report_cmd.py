"""Import exports, compare the channels and write the Excel report (and/or CSV tables), headless.

    python main.py report [--baseline CHANNEL] [--from DATE] [--to DATE] [--lang en|fr] [--metric NAME]
                          -o OUT.xlsx [--csv FOLDER] [--parquet FOLDER] FILE ...

Files that cannot be imported are reported on stderr and the others still count. Exit status: 0 when the
report was written, 1 when nothing could be imported or the report could not be written, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import CompareOptions, compare
from channelcompare.errors import ChannelCompareError
from channelcompare.metrics import METRICS
from channelcompare.model import CHANNELS, concat_records
from channelcompare.report import LANGUAGES, export_csv, selected_records, write_report
from channelcompare.sources import ImportResult
from cli.common import add_input_arguments, input_sources, load_inputs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx", help="the Excel report to write")
    parser.add_argument(
        "--csv", type=Path, metavar="FOLDER", help="also write channels.csv and campaigns.csv here"
    )
    parser.add_argument(
        "--parquet", type=Path, metavar="FOLDER",
        help="also write the channel, campaign, timing and trends tables as Parquet, with datapackage.json",
    )  # fmt: skip
    parser.add_argument("--baseline", default="email", choices=CHANNELS, help="channel to compare against")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD", help="first day to include")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD", help="last day to include")
    parser.add_argument("--lang", default="en", choices=LANGUAGES, help="language of the report")
    parser.add_argument("--metric", default="click_rate", choices=list(METRICS), help="metric to chart")
    parser.add_argument(
        "--currency", metavar="CODE", help="convert money to this currency (ECB rate of each date)"
    )


def run(args: argparse.Namespace) -> int:
    if args.output is None and args.csv is None and args.parquet is None:
        print("Nothing to write: give -o OUT.xlsx, --csv FOLDER and/or --parquet FOLDER.", file=sys.stderr)
        return 2
    outcomes = load_inputs(args)
    for outcome in outcomes:
        if outcome.error is not None:
            print(f"{outcome.path}: {outcome.error.message}", file=sys.stderr)
    sources = input_sources(args, outcomes)
    if not sources:
        print("No file could be imported; no report was written.", file=sys.stderr)
        return 1
    records = concat_records([s.records for s in sources])
    options = CompareOptions(
        baseline=args.baseline,
        start=args.start,
        end=args.end,
        reporting_currency=args.currency,
    )
    try:
        return _write(args, records, sources, options)
    except ChannelCompareError as exc:
        print(exc.message, file=sys.stderr)
        return 1


def _write(
    args: argparse.Namespace, records: pd.DataFrame, sources: list[ImportResult], options: CompareOptions
) -> int:
    rows = aggregate_records(records)  # once, as the app does: the comparison, report and CSV share it
    comparison = compare(rows, options, aggregated=True)
    if args.output is not None:
        path = write_report(
            args.output, comparison, rows, sources, aggregated=True, lang=args.lang, metric=args.metric,
            options=options,
        )  # fmt: skip
        print(path)
    if args.csv is not None:
        selected, opens = selected_records(rows, options)
        for path in export_csv(args.csv, comparison, selected, opens_as_interactions=opens, aggregated=True):
            print(path)
    if args.parquet is not None:
        from channelcompare.report.parquet import write_parquet  # pyarrow.parquet only when asked

        selected, opens = selected_records(rows, options)
        for path in write_parquet(
            args.parquet, comparison, selected, opens_as_interactions=opens, aggregated=True
        ):
            print(path)
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc
