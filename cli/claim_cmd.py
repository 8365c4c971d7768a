"""The claim, head on, headless: one verdict per part (share of sales under 1%, fewer interactions per post
than email and than retargeted email, posting at peak hours pays).

    python main.py claim [--json] [--peak-hours H,H,...] [the analysis options of compare] FILE ...

Prints each part's verdict ("holds", "does not hold", "can't tell yet: about N more posts"), its figures
with 95% intervals, the method and the caveats; with --json, `{"parts": [...]}` (see docs/metrics.md, "The
claim"). Exit status: 0, or 1 when a file failed or nothing could be imported, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys

from channelcompare.claim import ClaimPart, Figure, assess_claim
from channelcompare.errors import ChannelCompareError
from cli.common import (
    add_analysis_arguments,
    add_input_arguments,
    choices_from,
    input_sources,
    load_inputs,
    tell_outcomes,
)
from cli.compare_cmd import json_safe
from session.analysis import analyse_results

VERDICTS = {"holds": "holds", "does_not_hold": "does not hold", "cant_tell": "can't tell yet"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument(
        "--peak-hours",
        type=parse_hours,
        metavar="H,H,...",
        help="the audience's peak hours (0-23), e.g. 12,18,20; default: the top 3 hours by number of posts",
    )
    add_analysis_arguments(parser)


def run(args: argparse.Namespace) -> int:
    outcomes = load_inputs(args)
    failed = tell_outcomes(outcomes)
    sources = input_sources(args, outcomes)
    if not sources:
        print("No file could be imported; nothing to judge.", file=sys.stderr)
        return 1
    choices = choices_from(args)
    try:
        comparison = analyse_results(sources, choices).comparison
    except ChannelCompareError as error:
        print(error.message, file=sys.stderr)
        return 1
    parts = assess_claim(
        comparison, peak_hours=args.peak_hours, opens_as_interactions=choices.opens_as_interactions
    )
    if args.json:
        out = {"parts": [part.to_json() for part in parts]}
        print(json.dumps(json_safe(out), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(readable(parts))
    return 1 if failed else 0


def parse_hours(text: str) -> tuple[int, ...]:
    try:
        hours = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of hours such as 12,18,20") from None
    if not hours or any(not 0 <= h <= 23 for h in hours):
        raise argparse.ArgumentTypeError(f"{text!r}: hours are 0 to 23, as in 12,18,20")
    return hours


def readable(parts: list[ClaimPart]) -> str:
    """Each part as a verdict line, its figures, the method and the caveats."""
    lines: list[str] = []
    for part in parts:
        verdict = VERDICTS[part.verdict]
        if part.more_needed is not None:
            verdict += f": about {part.more_needed:,} more {part.more_unit}"
        lines += [f"{part.key}: {verdict}"]
        lines += [f"  {_figure(figure)}" for figure in part.figures]
        lines += [f"  Method: {part.method}"] + [f"  Caveat: {caveat}" for caveat in part.caveats] + [""]
    return "\n".join(lines).rstrip()


def _figure(figure: Figure) -> str:
    if figure.value is None:
        return f"{figure.unit}: -"
    text = f"{figure.unit}: {_number(figure.value, figure.unit)}"
    if figure.ci is not None:
        text += (
            f" (95% interval {_number(figure.ci[0], figure.unit)} to {_number(figure.ci[1], figure.unit)})"
        )
    return text


def _number(value: float, unit: str) -> str:
    return f"{value:.2%}" if "share" in unit or unit.startswith("under") else f"{value:,.2f}"
