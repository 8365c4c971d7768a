"""YouTube Studio content export (Analytics -> Advanced mode -> Content -> Export -> CSV), `Table data.csv`.

Real shape (parsers written against real downloads, one real file kept in a public repository): UTF-8,
comma, header `Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,
Impressions,Impressions click-through rate (%)` (2025: `Thumbnail impressions`, `Thumbnail click-through
rate (%)`, and `Likes`, `Comments added`, `Shares` when the analyst adds them), `Content` the video id (an id
that starts with `-` is written with a leading space), `Video publish time` like `Jan 6, 2024`, then a
`Total` first data row. That total is YouTube's own for the channel over the period, including videos the
table did not list (it exports only the rows it loaded): it is not the sum of the rows, so it is left out
of the records and stated in a warning beside the sum of the listed videos.

One record per video (level `post`, channel `organic_social`): `impressions` = thumbnail impressions
(shown on YouTube's own surfaces), `engagements` = likes + comments + shares when the export has them.
Views, watch time and subscribers gained have no canonical measure (a view is not a click to a site), nor
do thumbnail clicks; they stay out rather than pass for clicks.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import clean_text
from importers.tabular import read_table

IMPRESSIONS = ("Impressions", "Thumbnail impressions")
INTERACTIONS = ("Likes", "Comments added", "Shares")


class YouTubeContent:
    format_id = "youtube_content"
    platform = "youtube"
    label = "YouTube Studio content export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Content", "Video title", "Video publish time"):
            return 0
        return 80 + 5 * any(sample.has_columns(name) for name in IMPRESSIONS)

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        video = rows.column("Content", required=True)
        total = (video.fillna("").str.strip().str.casefold() == "total") if video is not None else None
        if video is not None:
            rows.set("campaign_id", video.str.strip())
        title = rows.column("Video title", required=True)
        if title is not None:
            rows.set("campaign_name", clean_text(title))
        published = rows.date("start", "Video publish time")
        rows.set("end", published)
        impressions = rows.number("impressions", *IMPRESSIONS)
        _engagements(rows)
        rows.constant("channel", "organic_social")
        warnings = _total_warning(rows, total, impressions) if total is not None else []
        return rows.result(self, warnings=warnings)


def _engagements(rows: RecordBuilder) -> None:
    """Likes + comments + shares, the columns the export has (YouTube's interactions); none: missing."""
    present = [name for name in INTERACTIONS if rows.column(name) is not None]
    if present:
        parts = [rows.number(None, name) for name in present]
        rows.set("engagements", sum(parts[1:], parts[0]))


def _total_warning(rows: RecordBuilder, total: pd.Series, impressions: pd.Series) -> list[str]:
    """Leave the `Total` row out of the videos, and state it beside the sum of the videos listed."""
    if not total.any():
        return []
    rows.skip(total)
    line = int(rows.table.lines[total.to_numpy()][0])
    stated, listed = impressions[total].sum(min_count=1), impressions[~total].sum(min_count=1)
    videos = int((~total).sum())
    said = (
        "" if pd.isna(stated) else f" ({stated:,.0f} impressions; the {videos} videos listed: {listed:,.0f})"
    )
    return [
        f"The 'Total' row (line {line}) is YouTube's total for the channel over the period{said}. It also "
        "counts videos the table did not list, so it is stated here as the channel's total, not counted "
        "as a video."
    ]
