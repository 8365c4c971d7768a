"""Headless sub-commands. Each lives in its own module with `add_arguments(parser)` and `run(args) -> int`.

The layering rule applies: cli -> session -> importers -> channelcompare, and nothing here imports Qt. The
analysis options and their parsing are shared (cli.common), and compare and report run the window's analysis
(session.analysis) and report writer (session.report).
"""

from __future__ import annotations

import argparse
import importlib
import logging

#: command name -> module implementing it (imported only when the command runs).
COMMANDS = {
    "import": "cli.import_cmd",
    "compare": "cli.compare_cmd",
    "claim": "cli.claim_cmd",
    "report": "cli.report_cmd",
    "fetch": "cli.fetch_cmd",
}


def run_command(name: str, argv: list[str]) -> int:
    """Parse `argv` for command `name` and run it; returns the process exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from importers.huge_pages import disable_transparent_huge_pages

    disable_transparent_huge_pages()  # before any file is read: zeroing huge pages cost a third of an import
    module = importlib.import_module(COMMANDS[name])
    parser = argparse.ArgumentParser(prog=f"channelcompare {name}", description=module.__doc__)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    return int(module.run(args))
