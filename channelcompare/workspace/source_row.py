"""One imported source as the workspace lists it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

SOURCE_COLUMNS = (
    "id, file_name, path, content_hash, format_id, platform, currency, imported_at, mapping, warnings, "
    "rows, superseded_rows, channel, first_day, last_day"
)


@dataclass(frozen=True)
class SourceRow:
    """An import: where it came from, what it held, and how many of its rows still count."""

    id: int
    file_name: str
    path: str | None
    content_hash: str
    format_id: str | None
    platform: str | None
    currency: str | None
    imported_at: str
    mapping: Any
    warnings: tuple[str, ...]
    rows: int
    superseded_rows: int
    channel: str | None
    first_day: date | None
    last_day: date | None

    @property
    def counting_rows(self) -> int:
        """Rows that count: all rows but those replaced by (or repeating) another import."""
        return self.rows - self.superseded_rows

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> SourceRow:
        (sid, name, path, digest, format_id, platform, currency, imported_at, mapping, warnings) = row[:10]
        rows, superseded, channel, first, last = row[10:]
        return cls(
            id=sid,
            file_name=name,
            path=path,
            content_hash=digest,
            format_id=format_id,
            platform=platform,
            currency=currency,
            imported_at=imported_at,
            mapping=None if mapping is None else json.loads(mapping),
            warnings=tuple(json.loads(warnings)),
            rows=rows,
            superseded_rows=superseded,
            channel=channel,
            first_day=None if first is None else date.fromisoformat(first),
            last_day=None if last is None else date.fromisoformat(last),
        )
