"""YouTube Studio content export (Table data.csv): videos as posts, the Total row stated, never a video."""

from __future__ import annotations

import pandas as pd
import pytest

from importers.load import import_file
from tests.conftest import DATA

# Hand-summed from the three videos of the fixtures (the Total row, 152,300, also counts unlisted videos).
IMPRESSIONS = 61200 + 48750 + 30100


@pytest.mark.parametrize("name", ["youtube_table_data.csv", "youtube_table_data_2025.csv"])
def test_videos_are_posts_and_the_total_is_not_one(name: str) -> None:
    result = import_file(DATA / name)
    assert result.format_id == "youtube_content" and result.platform == "youtube"
    assert result.rows == 3 and not result.rejected
    records = result.records
    assert records["impressions"].sum() == IMPRESSIONS
    assert records["campaign_id"].tolist() == ["q7Lm2XcV9aB", "-kT4wZp8RnE", "Hd0s3YbQe1M"]  # space trimmed
    assert records["campaign_name"].iloc[2] == 'Nos 5 bougies d\'automne "préférées"'
    assert records["start"].tolist() == [pd.Timestamp(f"2026-09-{d:02d}") for d in (3, 10, 18)]
    assert set(records["channel"]) == {"organic_social"}
    assert records["source_line"].tolist() == [3, 4, 5]
    (warning,) = result.warnings
    assert (
        "'Total' row (line 2)" in warning
        and "152,300 impressions" in warning
        and f"listed: {IMPRESSIONS:,}" in warning
    )


def test_engagements_are_likes_comments_and_shares_when_exported() -> None:
    records = import_file(DATA / "youtube_table_data_2025.csv").records
    assert records["engagements"].tolist() == [188 + 31 + 12, 131 + 14 + 15, 64 + 8 + 4]


def test_without_interaction_columns_engagements_stay_missing() -> None:
    records = import_file(DATA / "youtube_table_data.csv").records
    assert records["engagements"].isna().all()
    # views, watch time, subscribers and thumbnail clicks have no canonical measure: nothing passes for clicks
    assert records["clicks"].isna().all()
