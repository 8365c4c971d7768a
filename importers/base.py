"""The importer contract: a cheap `score` on a shared sample, and a `read` that may raise typed errors.

Every platform export has one small module exposing an object that satisfies `Importer`. The registry
(`importers/registry.py`) lists them explicitly; the best positive score wins and a tie is ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from channelcompare.sources import ImportResult
from importers.sample import FileSample

#: Reports progress as a fraction between 0 and 1.
Progress = Callable[[float], None]
#: Returns True once the user asked to cancel; readers check it between chunks and raise `Cancelled`.
CancelCheck = Callable[[], bool]


def no_progress(_fraction: float) -> None:
    """A `Progress` that ignores updates."""


def never_cancelled() -> bool:
    """A `CancelCheck` for work that cannot be cancelled."""
    return False


class Importer(Protocol):
    """One platform export format."""

    #: Stable id stored with the records, e.g. "mailchimp_campaigns".
    format_id: str
    #: One of channelcompare.model.PLATFORMS.
    platform: str
    #: What the user sees, e.g. "Mailchimp campaign list export".
    label: str

    def score(self, sample: FileSample) -> int:
        """How sure this importer is that the sample is its format: 0 = not mine. Must never raise."""
        ...

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        """Read the whole file into canonical records. Raises channelcompare.errors types only."""
        ...
