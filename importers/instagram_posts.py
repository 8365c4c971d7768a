"""Instagram posts export (Meta Business Suite → Insights → Content → Export), one row per post.

Meta's own definitions, kept as Meta states them:
- metrics are lifetime totals per post (`Date` holds `Lifetime`); the post's time is `Publish time`.
- reach is `Reach` (unique accounts); impressions are `Views` (every display, Meta's 2025 replacement
  for impressions), or `Impressions` in older exports.
- engagements are likes + comments + shares + saves, the interactions Instagram counts on a post
  (follows and profile visits are not engagements with the post). A blank among them counts 0 when the
  row has at least one of them; a column the export lacks is named in a warning.
- the export has no link clicks (feed posts carry no links), so clicks stay missing, not 0.
There is no cost and no conversion. Channel `organic_social`, platform `instagram`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.facebook_posts import VIEWS, lifetime_warning
from importers.sample import FileSample
from importers.social_common import clean_text, header_has
from importers.tabular import read_table

ENGAGEMENT_PARTS = ("Likes", "Comments", "Shares", "Saves")


class InstagramPosts:
    format_id = "instagram_posts"
    platform = "instagram"
    label = "Instagram posts export"

    def score(self, sample: FileSample) -> int:
        if sample.has_columns("Post ID", "Account username") and header_has(sample, "Likes", "Saves"):
            return 85
        return 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        rows.text("campaign_id", "Post ID", required=True)
        caption = rows.column("Description", "Caption")
        if caption is not None:
            rows.set("campaign_name", clean_text(caption).replace("", pd.NA))
        posted = rows.date("start", "Publish time", required=True)
        rows.set("end", posted)
        rows.number("reach", "Reach", required=True)
        rows.number("impressions", *VIEWS)
        warnings = _engagements(rows) + lifetime_warning(rows)
        rows.constant("channel", "organic_social")
        return rows.result(self, warnings=warnings)


def _engagements(rows: RecordBuilder) -> list[str]:
    parts = {name: rows.number(None, name) for name in ENGAGEMENT_PARTS if rows.column(name) is not None}
    if not parts:
        rows.column("Likes", required=True)  # reported as a missing column by result()
        return []
    rows.set("engagements", pd.concat(parts.values(), axis=1).sum(axis=1, min_count=1))
    absent = [name for name in ENGAGEMENT_PARTS if name not in parts]
    if not absent:
        return []
    return [
        f"This export lacks {', '.join(absent)}: engagements are {' + '.join(parts)} only, "
        "lower than Instagram's likes + comments + shares + saves."
    ]
