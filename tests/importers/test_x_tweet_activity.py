"""X legacy tweet activity: every field quoted, organic and promoted counts kept apart."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from importers.x_tweet_activity import XTweetActivity
from tests.importers.social_support import assert_rate, platform_column, read, totals, variant

X = XTweetActivity()
NAME = "x_tweet_activity.csv"


def test_organic_and_promoted_totals() -> None:
    result = read(X, NAME)
    assert result.rejected == [] and result.warnings == []
    assert totals(result) == {
        "impressions": 13750.0,  # organic 1520 + 980 + 2210 + 640, promoted 8400
        "engagements": 233.0,  # organic 41 + 22 + 35 + 9, promoted 126
        "clicks": 54.0,  # url clicks 6 + 3 + 7 + 0, promoted url clicks 38
    }
    channels = result.by_channel()
    assert channels["organic_social"]["rows"] == 4 and channels["organic_social"]["impressions"] == 5350.0
    assert channels["paid_social"] == {
        **channels["paid_social"],
        "rows": 1,
        "impressions": 8400.0,
        "clicks": 38.0,
    }
    records = result.records
    assert set(records["platform"]) == {"x"}
    assert records["start"].iloc[0] == datetime(2026, 9, 3, 16, 5)  # +0000 kept as exported
    assert records["campaign_name"].iloc[1].startswith("Dans l'atelier ce matin : la cire")
    # the promoted copy traces back to the tweet's own line (the tweet text spans lines 3-4)
    assert records["source_line"].tolist() == [2, 3, 5, 6, 5]


def test_recomputed_engagement_rates_match_x() -> None:
    records = read(X, NAME).records
    organic = records[records["channel"] == "organic_social"]
    paid = records[records["channel"] == "paid_social"]
    lines = pd.Index(organic["source_line"])
    ours = pd.Series((organic["engagements"] / organic["impressions"]).to_numpy(), index=lines)
    assert_rate(ours, platform_column(NAME, "engagement rate"), decimals=12)
    ours_paid = pd.Series(
        (paid["engagements"] / paid["impressions"]).to_numpy(), index=pd.Index(paid["source_line"])
    )
    assert_rate(ours_paid, platform_column(NAME, "promoted engagement rate"), decimals=12)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, NAME, '"980.0"', '"lots"')
    result = read(X, path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "impressions")]
    assert result.rows == 4
