"""Arguments and loading shared by the headless commands: which files to read, and reading them.

With `--workspace PATH` the files are also added to that workspace (a file already there is not added
twice; an overlapping export replaces the older rows unless --overlap says otherwise), and the commands
analyse the whole workspace: scripts can accumulate imports run after run and report on all of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from channelcompare.errors import ChannelCompareError
from channelcompare.sources import ImportResult
from channelcompare.workspace import OVERLAP_CHOICES, Workspace, content_hash
from importers.load import FileOutcome, import_files


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
    if args.workspace is not None:
        with _open_workspace(args.workspace) as workspace:
            for outcome in outcomes:
                if outcome.result is not None:
                    added = workspace.add_import(
                        outcome.result, content_hash(outcome.path), overlap=args.overlap
                    )
                    print(added.message, file=sys.stderr)
    return outcomes


def input_sources(args: argparse.Namespace, outcomes: list[FileOutcome]) -> list[ImportResult]:
    """What the command analyses: every import of the workspace with --workspace, else the files' results."""
    if args.workspace is None:
        return [o.result for o in outcomes if o.result is not None]
    with _open_workspace(args.workspace) as workspace:
        return workspace.import_results()


def _open_workspace(path: Path) -> Workspace:
    try:
        return Workspace.open(path)
    except ChannelCompareError as error:
        print(error.message, file=sys.stderr)
        raise SystemExit(1) from None
