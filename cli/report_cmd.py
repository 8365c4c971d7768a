"""Import exports, compare the channels and write the Excel report (and/or CSV tables), headless.

    python main.py report [--baseline CHANNEL] [--from DATE] [--to DATE] [--platform P] [--channel C]
                          [--campaign TEXT] [--effort CHANNEL=AMOUNT] ... [--lang en|fr] [--metric NAME]
                          -o OUT.xlsx [--csv FOLDER] [--parquet FOLDER] FILE ...

It takes the same analysis options as `compare` and the window, and writes what the window's
File > Export Excel report writes for them. Files that cannot be imported are reported on stderr and the
others still count. Exit status: 0 when the report was written, 1 when nothing could be imported or the
report could not be written, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from channelcompare.errors import ChannelCompareError
from channelcompare.metrics import METRICS
from channelcompare.report import LANGUAGES
from channelcompare.report.atomic import replaced_together
from channelcompare.sources import ImportResult
from cli.common import add_analysis_arguments, add_input_arguments, choices_from, input_sources, load_inputs
from session.analysis import analyse_results
from session.report import write_csv, write_parquet, write_report


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
    add_analysis_arguments(parser)
    parser.add_argument("--lang", default="en", choices=LANGUAGES, help="language of the report")
    parser.add_argument("--metric", default="click_rate", choices=list(METRICS), help="metric to chart")


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
    try:
        return _write(args, sources)
    except ChannelCompareError as exc:
        print(exc.message, file=sys.stderr)
        return 1


def _write(args: argparse.Namespace, sources: list[ImportResult]) -> int:
    analysis = analyse_results(sources, choices_from(args, metric=args.metric))
    written: list[Path] = []
    with replaced_together():  # the workbook and its CSV tables are replaced as one set, or not at all
        if args.output is not None:
            written.append(write_report(analysis, args.output, sources, lang=args.lang))
        if args.csv is not None:
            written.extend(write_csv(analysis, args.csv, sources))
    if args.parquet is not None:
        written.extend(write_parquet(analysis, args.parquet, sources))
    print("\n".join(map(str, written)))
    return 0
