"""Meta Business Suite page-level daily series (Insights -> Overview -> a chart's Export), one metric a file.

Real shape (a catalogue of real downloads): UTF-16LE with BOM, `sep=,` on line 1, the metric's name on
line 2 (`Views`, `Viewers`, `Content interactions`, `Facebook link clicks`, `Facebook follows`, `Facebook
visits`), then `"Date","Primary"` and one row a day (`"2025-08-01T00:00:00","20"`).

Each row is the page's total for a day (level `account`), not a post: the same views and interactions are
also in the posts export, so these rows are kept out of every campaign view (`grain.APART_FORMATS`) rather
than pooled with posts, which would count them twice. `Views` -> impressions, `Viewers` -> reach (people,
not additive over days), `Content interactions` -> engagements, link clicks -> clicks.

`Facebook follows` is the day's *new* follows and `Facebook visits` page visits: neither is a measure of the
model, and new follows are not the follower count a "per 1,000 followers" rate needs, so those files are
refused with a message saying so rather than read into a measure that means something else.
"""

from __future__ import annotations

import re
from pathlib import Path

from channelcompare.errors import ImportFailed
from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample, norm
from importers.tabular import read_table

#: The metric on line 2, without its `Facebook`/`Instagram` prefix -> the canonical measure.
MEASURE_OF_METRIC = {
    "views": "impressions",
    "impressions": "impressions",
    "viewers": "reach",
    "reach": "reach",
    "content interactions": "engagements",
    "link clicks": "clicks",
}
NOT_A_MEASURE = {
    "follows": "the page's new follows per day (not its follower count)",
    "visits": "visits to the page's profile per day",
}
_PREFIX = re.compile(r"^(facebook|instagram)\s+", re.IGNORECASE)


def metric_name(sample: FileSample) -> str:
    """The metric named on the line just above the header, as exported ('' if there is none)."""
    above = sample.rows[sample.header_row - 1] if 0 < sample.header_row <= len(sample.rows) else ()
    return above[0].strip() if above else ""


def metric_of(sample: FileSample) -> str:
    """The metric as a key of the tables above: `Facebook link clicks` -> `link clicks`."""
    return norm(_PREFIX.sub("", metric_name(sample)))


class MetaPageSeries:
    format_id = "meta_page_series"
    platform = "facebook"
    label = "Meta Business Suite page-level daily series"

    def score(self, sample: FileSample) -> int:
        if sample.kind != "csv" or [norm(c) for c in sample.header] != ["date", "primary"]:
            return 0
        metric = metric_of(sample)
        return 90 if metric in MEASURE_OF_METRIC or metric in NOT_A_MEASURE else 60

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        name = metric_name(sample)
        measure = _measure(path, metric_of(sample), name)
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        day = rows.date("start", "Date", required=True)
        rows.set("end", day)
        rows.number(measure, "Primary", required=True)
        platform = "instagram" if name.casefold().startswith("instagram") else "facebook"
        rows.constant("platform", platform)
        rows.constant("campaign_name", f"{platform.title()} page total: {name}")
        rows.constant("channel", "organic_social")
        warning = (
            f"{path.name} holds the page's daily {name} ({measure}): page totals, kept apart from the "
            "per-post comparison (the posts export counts the same views and interactions per post)."
        )
        return rows.result(self, warnings=[warning])


def _measure(path: Path, metric: str, name: str) -> str:
    """The canonical measure of the file's metric, or a clear refusal naming what is read instead."""
    if metric in MEASURE_OF_METRIC:
        return MEASURE_OF_METRIC[metric]
    read = "Views, Viewers, Content interactions, Link clicks"
    what = NOT_A_MEASURE.get(metric, f"the metric '{name}'")
    raise ImportFailed(
        f"{path.name}: this page-level series holds {what}, which channelcompare does not compare yet. "
        f"The page series it reads are: {read}. For engagement per post, export the posts instead "
        "(Meta Business Suite -> Insights -> Content -> Export data -> Posts).",
        path=str(path),
    )
