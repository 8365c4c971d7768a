"""X account analytics content export (x.com/i/account_analytics → Export; 2024 and later), one row per post.

UTF-8 (often with a BOM), comma-separated; `Date` reads `Fri, Jun 5, 2026` or, early 2025, `Mon Feb 17 2025`
(the day only); counts may carry thousands separators (`"1,234"`). The header follows the UI language
(importers/x_names.py); a language we have no names for is read by the export's fixed column order.
Artefact rows whose link ends `/status/undefined` (no post id) are left out with a warning.

X's own definitions, kept as X states them:
- impressions are `Impressions` (times the post was seen); X reports no reach.
- engagements are `Engagements`: every interaction (likes, reposts, replies, bookmarks, shares, profile
  visits, detail expands and all clicks).
- clicks are `URL Clicks` (clicks on a link in the post).
The export has no promoted figures: records are `organic_social`. Platform `x`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import clean_text, header_has
from importers.tabular import read_table
from importers.x_names import ARTEFACT_LINK, NAMES, POSITIONS, STATUS_LINK, WIDTH

DATE_FORMATS = ["%a, %b %d, %Y", "%b %d, %Y", "%a %b %d %Y"]


class XContent:
    format_id = "x_content"
    platform = "x"
    label = "X account analytics content export"

    def score(self, sample: FileSample) -> int:
        if header_has(sample, *NAMES["post_id"]) and header_has(sample, *NAMES["impressions"]):
            return 85 if header_has(sample, *NAMES["link"], *NAMES["text"]) else 0
        return 70 if _positional(sample) else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        names = _column_names(table.frame.columns, by_position=not header_has(sample, *NAMES["post_id"]))
        post_id = rows.text("campaign_id", *names["post_id"], required=True)
        text = rows.column(*names["text"])
        if text is not None:
            rows.set("campaign_name", clean_text(text))
        posted = rows.date("start", *names["date"], required=True, formats=DATE_FORMATS)
        rows.set("end", posted)
        rows.number("impressions", *names["impressions"], required=True)
        rows.number("engagements", *names["engagements"])
        rows.number("clicks", *names["clicks"])
        rows.constant("channel", "organic_social")
        warnings = _skip_artefacts(rows, post_id, rows.column(*names["link"]))
        return rows.result(self, warnings=warnings)


def _positional(sample: FileSample) -> bool:
    """An export in an unlisted UI language: 17 columns, numeric post ids first and post links fourth."""
    if len(sample.header) != WIDTH:
        return False
    data = [row for row in sample.rows[sample.header_row + 1 :] if len(row) == WIDTH]
    links = [row for row in data if re.match(STATUS_LINK, row[POSITIONS["link"]])]
    return bool(links) and len(links) == len(data) and all(row[0].isdigit() or not row[0] for row in data)


def _column_names(columns: pd.Index, *, by_position: bool) -> dict[str, tuple[str, ...]]:
    if not by_position or len(columns) < WIDTH:
        return dict(NAMES)
    return {role: (str(columns[index]),) for role, index in POSITIONS.items()}


def _skip_artefacts(rows: RecordBuilder, post_id: pd.Series | None, link: pd.Series | None) -> list[str]:
    """Rows X writes for a post it cannot name (link `.../status/undefined`, no post id): not posts."""
    if link is None:
        return []
    artefact = link.str.contains(ARTEFACT_LINK, regex=True).fillna(False).astype(bool)
    if post_id is not None:
        artefact &= post_id.isna() | ~post_id.str.fullmatch(r"[0-9]+").fillna(False).astype(bool)
    if not artefact.any():
        return []
    rows.skip(artefact)
    lines = ", ".join(str(line) for line in rows.table.lines[artefact.to_numpy()][:6])
    return [
        f"{rows.table.path.name}: {int(artefact.sum())} row(s) with a link ending '/status/undefined' and no "
        f"post id left out (line(s) {lines}): X writes them for posts it cannot name; they are not posts."
    ]
