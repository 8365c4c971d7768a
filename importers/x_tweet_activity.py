"""X (Twitter) legacy "Tweet activity" export (analytics.twitter.com → Tweets → Export data).

Every field is quoted; counts are written as floats (`"29.0"`), the engagement rate as a fraction, the
time as `2017-04-04 00:00 +0000` (UTC; kept as exported, without converting to local time).

X's own definitions, kept as X states them:
- impressions are `impressions` (times the tweet was seen); X reports no reach.
- engagements are `engagements`: every interaction, including all clicks, expands, profile clicks and
  follows; X's `engagement rate` is engagements / impressions.
- clicks are `url clicks` (clicks on a link in the tweet).
- the `promoted *` columns count the paid delivery of a promoted tweet separately (`-` when not
  promoted): a promoted tweet gives a second record, channel `paid_social`, with the promoted counts.
Organic records are `organic_social`. Platform `x`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.numbers import to_number
from importers.sample import FileSample
from importers.social_common import clean_text
from importers.tabular import Table, read_table

#: The canonical measure each counted column feeds; the promoted copy has the same names, prefixed.
MEASURES = {"impressions": "impressions", "engagements": "engagements", "clicks": "url clicks"}
PROMOTED = "promoted "


class XTweetActivity:
    format_id = "x_tweet_activity"
    platform = "x"
    label = "X (Twitter) tweet activity export"

    def score(self, sample: FileSample) -> int:
        return 85 if sample.has_columns("Tweet id", "Tweet permalink", "impressions") else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = with_promoted_rows(read_table(path, sample, progress=progress, cancelled=cancelled))
        rows = RecordBuilder(table, sample)
        rows.text("campaign_id", "Tweet id", required=True)
        text = rows.column("Tweet text")
        if text is not None:
            rows.set("campaign_name", clean_text(text))
        posted = rows.date("start", "time", required=True)
        rows.set("end", posted)
        for field, column in MEASURES.items():
            rows.number(field, column, required=field == "impressions")
        rows.set("channel", table.frame["channel"])
        return rows.result(self)


def with_promoted_rows(table: Table) -> Table:
    """The table plus one row per promoted tweet carrying its `promoted *` counts in the plain columns."""
    frame = table.frame.assign(channel="organic_social")
    promoted_impressions = table.find(PROMOTED + "impressions")
    if promoted_impressions is None:
        return Table(table.path, frame, table.lines, table.rejected)
    numbers, _ = to_number(frame[promoted_impressions])
    promoted = numbers.notna().to_numpy()
    paid = frame[promoted].assign(channel="paid_social")
    for column in MEASURES.values():
        source, target = table.find(PROMOTED + column), table.find(column)
        if target is not None:
            paid[target] = paid[source] if source is not None else pd.NA
    stacked = pd.concat([frame, paid], ignore_index=True)
    lines = np.concatenate([table.lines, table.lines[promoted]])
    return Table(table.path, stacked, lines, table.rejected)
