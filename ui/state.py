"""The session: what the user loaded and chose. Plain Python, no Qt, so views and tests read it directly.

The UI holds state; the engine computes. Views never change the session themselves: they ask the main
window (through signals), which changes the session and recomputes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from channelcompare.attribution import RuleSet
from channelcompare.model import concat_records
from channelcompare.sources import ImportResult


@dataclass
class Source:
    """One file the user brought in: its import result, or the error that stopped it."""

    path: Path
    result: ImportResult | None = None
    error: BaseException | None = None
    #: The channel the user chose for every row of this file, overriding the importer's.
    channel_override: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def failed(self) -> bool:
        return self.result is None

    def records(self) -> pd.DataFrame:
        if self.result is None:
            return concat_records([])
        return with_channel(self.result.records, self.channel_override)

    def channels(self) -> list[str]:
        if self.channel_override:
            return [self.channel_override]
        if self.result is None:
            return []
        return sorted(str(c) for c in self.result.records["channel"].dropna().unique())

    def issue_count(self) -> int:
        """Rejected rows plus warnings: what the Sources badge counts."""
        if self.result is None:
            return 0
        return len(self.result.rejected) + len(self.result.warnings)


@dataclass
class Choices:
    """Everything the user chose that shapes the comparison (the engine's options plus the shown metric)."""

    baseline: str = "email"
    start: date | None = None
    end: date | None = None
    platforms: tuple[str, ...] | None = None  # None: every platform
    channels: tuple[str, ...] | None = None  # None: every channel
    campaign_contains: str | None = None
    opens_as_interactions: bool = False
    period_over_period: bool = False
    #: Rows straddling the period pro-rated by day instead of left out (channelcompare.window).
    prorate: bool = False
    effort_costs: dict[str, float] = field(default_factory=dict)
    #: The user's channel rules (ui.channel_rules keeps them saved); GA4's default grouping when None.
    channel_rules: RuleSet | None = None
    #: Money converted to this currency at ECB rates (ui.fetch_actions); None keeps currencies apart.
    reporting_currency: str | None = None
    metric: str = "click_rate"

    def compare_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for channelcompare.compare.CompareOptions (every field but the shown metric)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "metric"}

    def filter_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for channelcompare.filters.filter_records."""
        names = ("start", "end", "platforms", "channels", "campaign_contains")
        return {name: getattr(self, name) for name in names}


def with_channel(records: pd.DataFrame, channel: str | None) -> pd.DataFrame:
    """`records` with every row in `channel` when the user chose one for the file."""
    return records.assign(channel=channel).astype({"channel": "str"}) if channel else records


@dataclass(frozen=True)
class RecordsJob:
    """The session's records, to be put together in a worker thread: concatenating a million rows takes
    about 0.5 s, which would freeze the window. `version` says which state of the session they belong to."""

    version: int
    parts: tuple[tuple[pd.DataFrame, str | None], ...]
    ready: pd.DataFrame | None = None  # the session had them already

    def build(self) -> pd.DataFrame:
        if self.ready is not None:
            return self.ready
        return concat_records([with_channel(records, channel) for records, channel in self.parts])


class Session:
    """The loaded sources and the user's choices. Re-importing a file replaces it: no double counting."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.choices = Choices()
        self._records: pd.DataFrame | None = None
        #: Counts changes of the sources, so a worker's records can be matched with the session they came from.
        self.version = 0

    def add(self, source: Source) -> None:
        self.sources = [s for s in self.sources if s.path != source.path] + [source]
        self._changed()

    def remove(self, path: Path) -> None:
        self.sources = [s for s in self.sources if s.path != path]
        self._changed()

    def set_channel(self, path: Path, channel: str | None) -> None:
        for source in self.sources:
            if source.path == path:
                source.channel_override = channel
        self._changed()

    def _changed(self) -> None:
        self._records = None
        self.version += 1

    def source(self, path: Path) -> Source | None:
        return next((s for s in self.sources if s.path == path), None)

    def records(self) -> pd.DataFrame:
        """Every successfully imported record, with the user's channel overrides (cached until a change)."""
        if self._records is None:
            self._records = concat_records([s.records() for s in self.sources if not s.failed])
        return self._records

    def records_job(self) -> RecordsJob:
        """The records as a job for a worker (`RecordsJob.build`); `adopt` takes the result back."""
        parts = tuple((s.result.records, s.channel_override) for s in self.sources if s.result is not None)
        return RecordsJob(self.version, parts, self._records)

    def adopt(self, version: int, records: pd.DataFrame) -> None:
        """Keep `records` a worker built, unless the sources changed since it started."""
        if version == self.version:
            self._records = records

    def has_data(self) -> bool:
        return any(not s.failed for s in self.sources)

    def clear(self) -> None:
        self.sources = []
        self._changed()
