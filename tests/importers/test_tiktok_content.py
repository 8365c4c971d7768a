"""TikTok Studio content export: videos as organic posts, views as impressions, interactions summed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.conftest import DATA


def test_videos_are_organic_posts() -> None:
    result = import_file(DATA / "tiktok_content.csv")
    assert result.format_id == "tiktok_content" and result.platform == "tiktok"
    assert result.rows == 3 and not result.rejected and not result.warnings
    records = result.records
    assert records["impressions"].sum() == 15420 + 6210 + 28730
    assert records["reach"].tolist() == [11380, 4975, 21040]
    # likes + comments + shares, per video
    assert records["engagements"].tolist() == [842 + 37 + 55, 311 + 12 + 18, 1290 + 88 + 143]
    assert records["clicks"].isna().all()  # no link clicks in the export
    assert records["campaign_id"].tolist() == [f"7412000000000000{n}" for n in (101, 102, 103)]
    assert records["campaign_name"].iloc[2] == 'Les "ratés" de l\'atelier'
    assert records["start"].iloc[0] == pd.Timestamp("2026-09-04 18:30")
    assert set(records["channel"]) == {"organic_social"}


def test_saves_count_as_engagements_and_a_bad_count_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "Content.csv"
    path.write_text(
        "Video title,Video publish time,Total views,Total likes,Total comments,Total shares,Total saves\n"
        "A,2026-09-01 10:00:00,1000,50,5,3,7\n"
        "B,2026-09-02 10:00:00,lots,1,1,1,1\n",
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.rows == 1 and [r.line for r in result.rejected] == [3]
    assert result.records["engagements"].tolist() == [50 + 5 + 3 + 7]
