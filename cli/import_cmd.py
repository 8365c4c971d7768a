"""Import exports and report what each file gave: format, rows, rejected rows, warnings, period, totals.

    python main.py import [--json] FILE [FILE ...]

With --json, prints a JSON array with one object per file, in the order given (folders expanded):
file, ok, error, format, platform, rows, rejected [{line, column, reason}], warnings, currency,
period {start, end} or null, totals {measure: number or null} and by_channel {channel: {rows, measures}}.
Exit status 0 when every file imported, 1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import math

from channelcompare.model import MEASURES
from channelcompare.sources import ImportResult
from cli.common import add_input_arguments, load_inputs
from importers.load import FileOutcome
from importers.registry import IMPORTERS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per file")


def run(args: argparse.Namespace) -> int:
    outcomes = load_inputs(args)
    if args.json:
        print(json.dumps([outcome_json(o) for o in outcomes], indent=2))
    else:
        print("\n".join(summary_lines(outcomes)))
    return 0 if outcomes and all(o.ok for o in outcomes) else 1


def outcome_json(outcome: FileOutcome) -> dict[str, object]:
    """The headless contract for one file (see the module docstring)."""
    result = outcome.result
    base: dict[str, object] = {"file": str(outcome.path), "ok": result is not None}
    if result is None:
        error = outcome.error.message if outcome.error is not None else "not imported"
        return base | {
            "error": error,
            "format": None,
            "platform": None,
            "rows": 0,
            "rejected": [],
            "warnings": [],
            "currency": None,
            "period": None,
            "totals": dict.fromkeys(MEASURES),
            "by_channel": {},
        }
    return base | {"error": None} | result_json(result)


def result_json(result: ImportResult) -> dict[str, object]:
    period = result.period()
    return {
        "format": result.format_id,
        "platform": result.platform,
        "rows": result.rows,
        "rejected": [r.to_json() for r in result.rejected],
        "warnings": list(result.warnings),
        "currency": result.currency,
        "period": {"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None,
        "totals": {k: _number(v) for k, v in result.totals().items()},
        "by_channel": {
            channel: {k: _number(v) for k, v in values.items()}
            for channel, values in result.by_channel().items()
        },
    }


def _number(value: float | int | None) -> float | int | None:
    """Whole numbers as integers (counts read better), NaN as null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return round(float(value), 6)  # sums of decimals: 4079.5, not 4079.499999999999


def summary_lines(outcomes: list[FileOutcome]) -> list[str]:
    """A readable report: one block per file, problems indented under it."""
    labels = {importer.format_id: importer.label for importer in IMPORTERS}
    lines: list[str] = []
    for outcome in outcomes:
        result = outcome.result
        if result is None:
            lines.append(f"FAILED  {outcome.path}: {outcome.error}")
            continue
        period = result.period()
        when = f", {period[0]} to {period[1]}" if period else ""
        label = labels.get(result.format_id, result.format_id)
        lines.append(f"OK      {outcome.path}: {label}, {result.rows} rows{when}")
        totals = ", ".join(f"{k} {_number(v):,}" for k, v in result.totals().items() if v is not None)
        lines.append(
            f"        totals: {totals or 'none'}" + (f" ({result.currency})" if result.currency else "")
        )
        lines.extend(f"        rejected line {r.line}: {r.reason}" for r in result.rejected[:20])
        if len(result.rejected) > 20:
            lines.append(f"        ... and {len(result.rejected) - 20} more rejected rows")
        lines.extend(f"        warning: {w}" for w in result.warnings)
    failed = sum(not o.ok for o in outcomes)
    lines.append(f"{len(outcomes) - failed} of {len(outcomes)} file(s) imported.")
    return lines
