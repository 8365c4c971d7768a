"""Arguments and loading shared by the headless commands: which files to read, reading them, and the
analysis options (the window's choices: baseline, period, platforms, channels, campaign text, opens,
period over period, effort costs, benchmarks, currency), parsed once for every command.

With `--workspace PATH` the files are also added to that workspace (a file already there is not added
twice; an overlapping export replaces the older rows unless --overlap says otherwise), and the commands
analyse the whole workspace: scripts can accumulate imports run after run and report on all of them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from channelcompare.errors import ChannelCompareError
from channelcompare.model import CHANNELS, PLATFORMS
from channelcompare.sources import ImportResult
from importers.load import FileOutcome, import_files

if TYPE_CHECKING:  # the workspace (SQLite, ~30 ms) and the analysis state (the attribution package, ~50 ms)
    # are imported when a command uses them: `import` without --workspace never does (tests/cli/test_lazy_imports.py)
    from channelcompare.workspace import Workspace
    from session.state import Choices

#: channelcompare.workspace.OVERLAP_CHOICES, spelled here so that parsing the arguments needs no workspace
#: (tests/cli/test_lazy_imports.py holds them equal).
OVERLAP_CHOICES = ("replace", "keep_both", "skip")


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input files (folders are expanded to the files they contain) and the optional workspace."""
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="platform exports (CSV or XLSX) or folders of them; the format is detected from the content",
    )
    parser.add_argument(
        "--workspace", type=Path, metavar="PATH", help="add the files to this workspace and use all of it"
    )
    parser.add_argument(
        "--overlap",
        choices=OVERLAP_CHOICES,
        default="replace",
        help="with --workspace, rows that repeat an earlier import's campaign and day: replace the older "
        "rows (default), skip the new ones, or keep both (counts them twice)",
    )


def add_prorate_argument(parser: argparse.ArgumentParser) -> None:
    """--prorate: rows straddling --from/--to are cut to their days inside (additive measures only)."""
    parser.add_argument(
        "--prorate",
        action="store_true",
        help="pro-rate by day the rows whose period straddles --from/--to (additive measures only; reach "
        "left out) instead of leaving them out",
    )


def load_inputs(args: argparse.Namespace) -> list[FileOutcome]:
    """Import every input file; each failure is an outcome with its message, never an exception."""
    if not args.files and args.workspace is None:
        print("error: give at least one FILE, or --workspace PATH", file=sys.stderr)
        raise SystemExit(2)
    outcomes = import_files(args.files)
    results = [o for o in outcomes if o.result is not None]
    if args.workspace is not None and results:
        from channelcompare.workspace import content_hash

        with _open_workspace(args.workspace) as workspace:
            try:
                for outcome in results:
                    assert outcome.result is not None
                    hashed = content_hash(outcome.path)
                    added = workspace.add_import(outcome.result, hashed, overlap=args.overlap)
                    print(added.message, file=sys.stderr)
            except ChannelCompareError as error:  # busy, full disk, read-only: the earlier files are in
                print(error.message, file=sys.stderr)
                raise SystemExit(1) from None
    return outcomes


def tell_outcomes(outcomes: list[FileOutcome]) -> bool:
    """Say on stderr which files failed and which had rows rejected; True when any file failed."""
    failed = False
    for outcome in outcomes:
        if outcome.error is not None:
            failed = True
            print(f"{outcome.path}: {outcome.error.message}", file=sys.stderr)
        elif outcome.result is not None and outcome.result.rejected:
            print(f"{outcome.path}: {len(outcome.result.rejected)} row(s) rejected", file=sys.stderr)
    return failed


def input_sources(args: argparse.Namespace, outcomes: list[FileOutcome]) -> list[ImportResult]:
    """What the command analyses: every import of the workspace with --workspace, else the files' results."""
    if args.workspace is None:
        return [o.result for o in outcomes if o.result is not None]
    with _open_workspace(args.workspace, read_only=True) as workspace:  # works on read-only media
        try:
            return workspace.import_results()
        except ChannelCompareError as error:  # a damaged record found while reading
            print(error.message, file=sys.stderr)
            raise SystemExit(1) from None


def _open_workspace(path: Path, read_only: bool = False) -> Workspace:
    from channelcompare.workspace import Workspace

    try:
        return Workspace.open(path, read_only=read_only, on_wait=_say)
    except ChannelCompareError as error:
        print(error.message, file=sys.stderr)
        raise SystemExit(1) from None


def add_analysis_arguments(parser: argparse.ArgumentParser) -> None:
    """The analysis options, as the window offers them (`choices_from` reads them back)."""
    parser.add_argument("--baseline", default="email", choices=CHANNELS, help="channel to compare against")
    parser.add_argument(
        "--from", dest="start", type=parse_day, metavar="YYYY-MM-DD", help="first day to include"
    )
    parser.add_argument("--to", dest="end", type=parse_day, metavar="YYYY-MM-DD", help="last day to include")
    add_prorate_argument(parser)
    parser.add_argument(
        "--platform", action="append", choices=PLATFORMS, help="only these platforms (repeat)"
    )
    parser.add_argument("--channel", action="append", choices=CHANNELS, help="only these channels (repeat)")
    parser.add_argument("--campaign", metavar="TEXT", help="only campaigns whose name contains TEXT")
    parser.add_argument("--opens-as-interactions", action="store_true", help="count email opens (inflated)")
    parser.add_argument("--period-over-period", action="store_true", help="add the previous period")
    parser.add_argument(
        "--effort",
        action="append",
        type=parse_effort,
        metavar="CHANNEL=AMOUNT",
        help="effort cost of a channel",
    )
    parser.add_argument("--benchmarks", type=Path, metavar="FILE", help="an edited benchmark CSV")
    parser.add_argument(
        "--currency", metavar="CODE", help="convert money to this currency (ECB rate of each date)"
    )


def choices_from(args: argparse.Namespace, metric: str = "click_rate") -> Choices:
    """The analysis options of `add_analysis_arguments`, as the window's Choices."""
    from session.state import Choices

    return Choices(
        baseline=args.baseline,
        start=args.start,
        end=args.end,
        platforms=tuple(args.platform) if args.platform else None,
        channels=tuple(args.channel) if args.channel else None,
        campaign_contains=args.campaign,
        opens_as_interactions=args.opens_as_interactions,
        period_over_period=args.period_over_period,
        prorate=args.prorate,
        effort_costs=dict(args.effort or []),
        benchmarks_path=args.benchmarks,
        reporting_currency=args.currency,
        metric=metric,
    )


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-09-01") from None


def parse_effort(text: str) -> tuple[str, float]:
    channel, _, amount = text.partition("=")
    if channel not in CHANNELS:
        raise argparse.ArgumentTypeError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)}")
    try:
        return channel, float(amount)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{amount!r} is not an amount, as in email=450") from None


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
