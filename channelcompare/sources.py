"""What one imported file (or API fetch) produced: its records, and everything the user must be told."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from channelcompare.model import MEASURES, empty_records


@dataclass(frozen=True)
class Rejection:
    """A row that could not be read: where it is and why. Never dropped silently."""

    line: int
    column: str | None
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "reason": self.reason}


@dataclass
class ImportResult:
    """The outcome of importing one source: canonical records plus rejected rows and warnings."""

    path: str
    format_id: str
    platform: str
    records: pd.DataFrame = field(default_factory=empty_records)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    currency: str | None = None

    @property
    def rows(self) -> int:
        return len(self.records)

    def period(self) -> tuple[date, date] | None:
        """First and last day covered by the records, or None when no record has a date."""
        starts = self.records["start"].dropna()
        ends = self.records["end"].fillna(self.records["start"]).dropna()
        if starts.empty:
            return None
        return starts.min().date(), max(ends.max(), starts.max()).date()

    def totals(self) -> dict[str, float | None]:
        """Sum of every measure; None where no record carries that measure."""
        return measure_totals(self.records)

    def by_channel(self) -> dict[str, dict[str, float | int | None]]:
        out: dict[str, dict[str, float | int | None]] = {}
        for channel, group in self.records.groupby("channel", sort=True, dropna=False):
            key = str(channel) if isinstance(channel, str) else "other"
            out[key] = {"rows": len(group), **measure_totals(group)}
        return out


def measure_totals(records: pd.DataFrame) -> dict[str, float | None]:
    """Sum of each measure, None when every value is missing (the source does not carry it)."""
    totals: dict[str, float | None] = {}
    for name in MEASURES:
        column = records[name]
        total = float(column.sum(min_count=1))
        totals[name] = None if math.isnan(total) else total
    return totals
