"""The analysis choices (baseline, filters, effort costs, metric) as the workspace keeps them: JSON."""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import date
from typing import Any

log = logging.getLogger(__name__)

#: Kept elsewhere: the channel rules have their own table (ui.channel_rules).
_NOT_HERE = frozenset({"channel_rules"})


def choices_json(choices: Any) -> dict[str, Any]:
    """Every choice JSON can hold (dates as ISO text, tuples as lists); others are left out."""
    data = {
        f.name: _jsonable(getattr(choices, f.name))
        for f in dataclasses.fields(choices)
        if f.name not in _NOT_HERE
    }
    return {name: value for name, value in data.items() if value is not _UNSUPPORTED}


_UNSUPPORTED = object()


def _jsonable(value: Any) -> Any:
    """`value` as JSON can hold it; _UNSUPPORTED for a value the choices cannot be saved with (skipped)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        value = list(value)
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        log.debug("Choice value %r is not saved in the workspace", value)
        return _UNSUPPORTED
    return value


def restore_choices(choices: Any, saved: dict[str, Any]) -> None:
    """Set the saved analysis choices back (unknown keys, from another version, are ignored)."""
    for field in dataclasses.fields(choices):
        if field.name not in saved:
            continue
        value = saved[field.name]
        if field.name in ("start", "end") and value is not None:
            value = date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        setattr(choices, field.name, value)
