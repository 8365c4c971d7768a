"""The session and the open workspace, kept in step, without Qt (ui.workspace_sync runs these in its
worker and asks its questions in between).

The analysis choices (baseline, filters, effort costs, metric) are kept as JSON, the channel rules in their
own table; imports are written with their content hash, and sources whose counting rows changed (an overlap
replaced or skipped) are read back.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from channelcompare.attribution import RuleSet
from channelcompare.attribution.storage import rules_from_json
from channelcompare.errors import InvalidRules
from channelcompare.sources import ImportResult
from channelcompare.workspace import AddOutcome, Overlap, OverlapChoice, Workspace, content_hash
from channelcompare.workspace.files import FETCHED_FORMATS, records_hash
from session.state import Choices, Session, Source

log = logging.getLogger(__name__)

CHOICES_KEY = "choices"
#: Where each of the session's sources is in the workspace: session path -> (source id, result written).
Stored = dict[Path, tuple[int, ImportResult]]
#: An import to write: path, result, content hash, overlap choice, and the column mapping it was read with.
Pending = tuple[Path, ImportResult, str, OverlapChoice, dict[str, object] | None]

#: Not kept here: the channel rules have their own table (ui.channel_rules); the window never sets the
#: benchmark file or the rate table, which are read afresh.
_NOT_HERE = frozenset({"channel_rules", "benchmarks_path", "rates"})


def choices_json(choices: Choices) -> dict[str, Any]:
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


def restore_choices(choices: Choices, saved: dict[str, Any]) -> None:
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


def parsed_rules(data: Any, origin: str) -> RuleSet | None:
    """Saved channel rules as a RuleSet; None when there are none, or unreadable ones (logged, and kept as
    saved: the defaults apply until the user saves new rules)."""
    if data is None:
        return None
    try:
        return rules_from_json(data, origin)
    except InvalidRules as error:
        log.warning("Ignoring saved channel rules: %s", error)
        return None


def workspace_rules(workspace: Workspace) -> RuleSet | None:
    """The rules saved in `workspace`, or None when it holds none (or unreadable ones)."""
    return parsed_rules(workspace.channel_rules(), f"{workspace.path.name}: channel rules")


def load_session(workspace: Workspace, session: Session) -> Stored:
    """Replace the session's sources and choices by the workspace's; returns where each source is kept."""
    session.clear()
    stored: Stored = {}
    for row, result in zip(workspace.sources(), workspace.import_results(), strict=True):
        path = Path(result.path)
        session.add(Source(path, result, None, row.channel))
        stored[path] = (row.id, result)
    restore_choices(session.choices, workspace.setting(CHOICES_KEY, {}))
    session.choices.channel_rules = workspace_rules(workspace) or session.choices.channel_rules
    return stored


def store_choices(workspace: Workspace, choices: Choices) -> None:
    """Write the analysis choices and effort costs when they differ from what the workspace holds."""
    data = choices_json(choices)
    if data != workspace.setting(CHOICES_KEY):
        workspace.set_setting(CHOICES_KEY, data)
        stored = workspace.effort_costs()
        for channel in stored.keys() | choices.effort_costs.keys():
            workspace.set_effort_cost(channel, choices.effort_costs.get(channel))


def unstored_sources(session: Session, stored: Stored, samples: set[Path]) -> list[Source]:
    """The session's imports the workspace does not hold yet (never the bundled samples, and only files
    that still exist, or fetched data, which has no file)."""
    return [
        s
        for s in session.sources
        if s.result is not None
        and s.path.resolve() not in samples
        and (s.path.exists() or s.result.format_id in FETCHED_FORMATS)
        and (s.path not in stored or stored[s.path][1] is not s.result)
    ]


def survey(workspace: Workspace, source: Source) -> tuple[str, list[Overlap]]:
    """A source's content hash, and the earlier imports it overlaps (none when the file is already there:
    it will not be added at all, so there is nothing to ask)."""
    assert source.result is not None
    digest = content_hash(source.path) if source.path.exists() else records_hash(source.result)
    if workspace.find_source_by_hash(digest) is not None:
        return digest, []
    return digest, workspace.overlaps(source.result)


def write_imports(workspace: Workspace, batch: list[Pending]) -> list[tuple[Path, AddOutcome]]:
    """Add each import (one transaction each) and remember the column mapping it was read with."""
    outcomes = []
    for path, result, digest, choice, mapping in batch:
        outcomes.append((path, workspace.add_import(result, digest, overlap=choice, mapping=mapping)))
        if mapping is not None:
            workspace.set_column_mapping(str(mapping["header_signature"]), mapping)
    return outcomes


def refresh_sources(workspace: Workspace, session: Session, stored: Stored, source_ids: list[int]) -> bool:
    """Read the sources whose counting rows changed (replaced, or skipped) back from the workspace."""
    for path, (source_id, _written) in list(stored.items()):
        current = session.source(path)
        if source_id in source_ids and current is not None and current.result is not None:
            fresh = dataclasses.replace(current.result, records=workspace.records(source_id))
            session.add(Source(path, fresh, None, current.channel_override))
            stored[path] = (source_id, fresh)
    return bool(source_ids)
