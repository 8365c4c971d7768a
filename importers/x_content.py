"""X account analytics content export (x.com/i/account_analytics → Export; 2024 and later), one row per post.

UTF-8 (often with a BOM), comma-separated; `Date` reads `Fri, Jun 5, 2026` (the day only) and counts may
carry thousands separators (`"1,234"`).

X's own definitions, kept as X states them:
- impressions are `Impressions` (times the post was seen); X reports no reach.
- engagements are `Engagements`: every interaction (likes, reposts, replies, bookmarks, shares, profile
  visits, detail expands and all clicks).
- clicks are `URL Clicks` (clicks on a link in the post).
The export has no promoted figures: records are `organic_social`. Platform `x`.
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import clean_text, header_has
from importers.tabular import read_table

DATE_FORMATS = ["%a, %b %d, %Y", "%b %d, %Y"]


class XContent:
    format_id = "x_content"
    platform = "x"
    label = "X account analytics content export"

    def score(self, sample: FileSample) -> int:
        if not sample.has_columns("Post id", "Impressions"):
            return 0
        return 85 if header_has(sample, "Post Link", "Post text") else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_id", "Post id", required=True)
        text = rows.column("Post text")
        if text is not None:
            rows.set("campaign_name", clean_text(text))
        posted = rows.date("start", "Date", required=True, formats=DATE_FORMATS)
        rows.set("end", posted)
        rows.number("impressions", "Impressions", required=True)
        rows.number("engagements", "Engagements")
        rows.number("clicks", "URL Clicks")
        rows.constant("channel", "organic_social")
        return rows.result(self)
