"""Arguments and loading shared by the headless commands: which files to read, and reading them."""

from __future__ import annotations

import argparse
from pathlib import Path

from importers.load import FileOutcome, import_files


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input files (folders are expanded to the files they contain)."""
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="platform exports (CSV or XLSX) or folders of them; the format is detected from the content",
    )


def load_inputs(args: argparse.Namespace) -> list[FileOutcome]:
    """Import every input file; each failure is an outcome with its message, never an exception."""
    return import_files(args.files)
