"""Facebook Page posts export (Meta Business Suite → Insights → Content → Export), one row per post.

Meta's own definitions, kept as Meta states them:
- metrics are lifetime totals per post (`Date` holds `Lifetime`); the post's time is `Publish time`.
- reach is `Reach` (unique accounts); impressions are `Views` (Meta's 2025 replacement for impressions:
  every time the post was shown), or `Impressions` in older exports.
- engagements are `Reactions, Comments and Shares` (Meta's own total), not a sum we make.
- clicks are `Link clicks` (to the destination URL) when the export has them, else `Total clicks`
  (which also counts photo views and "see more"; a warning says so).
- the post name is the longer of `Title` and `Description` (the caption sits in either), made one line.
There is no cost and no conversion: those stay missing. Channel `organic_social`, platform `facebook`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import clean_text, header_has
from importers.tabular import read_table

ENGAGEMENTS = ("Reactions, Comments and Shares", "Reactions, comments and shares")
VIEWS = ("Views", "Impressions", "Post impressions")


class FacebookPosts:
    format_id = "facebook_posts"
    platform = "facebook"
    label = "Facebook Page posts export"

    def score(self, sample: FileSample) -> int:
        if not (sample.has_columns("Post ID") and header_has(sample, *ENGAGEMENTS)):
            return 0
        return 85 if header_has(sample, "Page name", "Page ID") else 70

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        warnings: list[str] = []
        rows.text("campaign_id", "Post ID", required=True)
        rows.set("campaign_name", post_name(rows))
        posted = rows.date("start", "Publish time", required=True)
        rows.set("end", posted)
        rows.number("reach", "Reach", required=True)
        rows.number("impressions", *VIEWS)
        rows.number("engagements", *ENGAGEMENTS, required=True)
        if rows.column("Link clicks") is not None:
            rows.number("clicks", "Link clicks")
        elif rows.column("Total clicks") is not None:
            rows.number("clicks", "Total clicks")
            warnings.append(
                "This export has no 'Link clicks': clicks are Facebook's 'Total clicks', which also count "
                "photo views and 'see more', so they overstate clicks to your site."
            )
        warnings += lifetime_warning(rows)
        rows.constant("channel", "organic_social")
        return rows.result(self, warnings=warnings)


def post_name(rows: RecordBuilder) -> pd.Series:
    """The longer of Title and Description (the caption sits in either), as one clean line."""
    title = rows.column("Title")
    description = rows.column("Description")
    if title is None or description is None:
        only = title if title is not None else description
        return clean_text(only) if only is not None else pd.Series(pd.NA, index=rows.index, dtype="str")
    title, description = title.fillna(""), description.fillna("")
    longer = title.where(title.str.len() >= description.str.len(), description)
    return clean_text(longer).replace("", pd.NA)


def lifetime_warning(rows: RecordBuilder) -> list[str]:
    """Business Suite writes `Lifetime` in `Date`; other values mean per-day rows, whose reach overlaps."""
    date = rows.column("Date")
    if date is None:
        return []
    other = date.dropna().astype("str").str.casefold().ne("lifetime")
    if not other.any():
        return []
    return [
        f"{int(other.sum())} row(s) hold one day of a post rather than its lifetime ('Date' is not "
        "'Lifetime'): reach is summed over days and overstates unique reach."
    ]
