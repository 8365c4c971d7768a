"""Workspaces: an analyst's imports, rules and settings in one SQLite file (see docs/workspace.md)."""

from channelcompare.workspace.files import content_hash, default_workspace_path, set_aside
from channelcompare.workspace.outcome import OVERLAP_CHOICES, AddOutcome, OverlapChoice
from channelcompare.workspace.overlap import Overlap
from channelcompare.workspace.schema import SCHEMA_VERSION
from channelcompare.workspace.source_row import SourceRow
from channelcompare.workspace.store import Workspace

__all__ = [
    "OVERLAP_CHOICES",
    "SCHEMA_VERSION",
    "AddOutcome",
    "Overlap",
    "OverlapChoice",
    "SourceRow",
    "Workspace",
    "content_hash",
    "default_workspace_path",
    "set_aside",
]
