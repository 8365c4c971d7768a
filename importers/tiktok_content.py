"""TikTok Studio (organic) content export (TikTok Studio -> Analytics -> Content -> Download data), one row a video.

Shape as parsers of the download read it (no real file seen): `Video title, Video link, Post time` (or
`Video publish time`), `Total views, Total likes, Total comments, Total shares`, optional `Total saves`,
`Average watch time`, `Reach`; UTF-8, comma, times like `2026-09-20 21:03:11`.

TikTok's own terms, mapped as the other social posts are: `Total views` is every time the video started
playing in a feed (autoplay), TikTok's counterpart of Meta's `Views`, so it is `impressions`; `Reach` (unique
viewers) is `reach` when exported; `engagements` = likes + comments + shares (+ saves when exported).
There are no link clicks in the export: `clicks` stay missing. Channel `organic_social`, platform `tiktok`
(the Ads Manager report is `tiktok_ads`, paid).
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import clean_text
from importers.tabular import read_table

POSTED = ("Post time", "Video publish time", "Posted time", "Create time")
INTERACTIONS = ("Total likes", "Total comments", "Total shares", "Total saves")
VIDEO_ID = r"/video/(\d+)"


class TikTokContent:
    format_id = "tiktok_content"
    platform = "tiktok"
    label = "TikTok Studio content export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Video title", "Total views", "Total likes"):
            return 0
        if sample.has_columns("Content"):  # YouTube Studio names its video id column `Content`
            return 0
        return 80 + 5 * sample.has_columns("Video link")

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        title = rows.column("Video title", required=True)
        if title is not None:
            rows.set("campaign_name", clean_text(title))
        link = rows.column("Video link")
        if link is not None:
            rows.set("campaign_id", link.str.extract(VIDEO_ID, expand=False).astype("str"))
        posted = rows.date("start", *POSTED, required=True)
        rows.set("end", posted)
        rows.number("impressions", "Total views", required=True)
        rows.number("reach", "Reach", "Total reach")
        parts = [rows.number(None, name) for name in INTERACTIONS if rows.column(name) is not None]
        if parts:  # `Total likes` is in every export detected; the sum is over the columns it has
            rows.set("engagements", sum(parts[1:], parts[0]))
        rows.constant("channel", "organic_social")
        return rows.result(self)
