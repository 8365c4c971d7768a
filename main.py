"""channelcompare entry point: the desktop app, or a headless sub-command.

    python main.py [FILE ...]                 open the window (the bundled sample data when no file is given)
    python main.py import|compare|claim|report|fetch ...   headless, see `python main.py COMMAND --help`

Before Qt is imported, the window checks that a display and Qt's X11 libraries are there (exit status 2 with
a one-line reason and the apt-get line otherwise); --screenshot renders offscreen unless QT_QPA_PLATFORM says
otherwise. Start-up stays fast: pandas, openpyxl and requests are imported by the modules that need them, after the
window shows.
"""

from __future__ import annotations

import argparse
import os
import sys

from channelcompare import __version__
from cli import COMMANDS


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="channelcompare",
        description="Compare email and social campaign exports. Headless commands: "
        + ", ".join(COMMANDS)
        + " (see `main.py COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"channelcompare {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="exports to open (default: the sample data)")
    parser.add_argument(
        "--lang", choices=["en", "fr"], help="interface language (default: system or last used)"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot (default 1400x900)")
    parser.add_argument("--tab", help="tab to show for --screenshot (overview, campaigns, timing, ...)")
    parser.add_argument(
        "--no-sample", action="store_true", help="start empty instead of loading the sample data"
    )
    parser.add_argument("--workspace", metavar="PATH", help="workspace file to open")
    parser.add_argument(
        "--install-desktop", action="store_true",
        help="add channelcompare to the desktop's applications and to 'Open with' for .csv and .xlsx (Linux)",
    )  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        from cli import run_command

        return run_command(argv[0], argv[1:])
    args = gui_parser().parse_args(argv)
    if args.install_desktop:
        from ui.desktop_entry import main as install_desktop

        return install_desktop()
    from ui.platform_check import platform_problem, select_headless_platform  # Qt-free; the window only

    select_headless_platform(argv, os.environ)
    problem = platform_problem(os.environ)
    if problem:  # say so now: Qt would abort the interpreter (core dump) and name the wrong package
        print(problem, file=sys.stderr)
        return 2
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
