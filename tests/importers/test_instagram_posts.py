"""Instagram posts export: engagements = likes + comments + shares + saves; no clicks."""

from __future__ import annotations

from pathlib import Path

from importers.instagram_posts import InstagramPosts
from tests.importers.social_support import read, totals, variant

INSTAGRAM = InstagramPosts()


def test_totals_engagements_are_likes_comments_shares_saves() -> None:
    result = read(INSTAGRAM, "instagram_posts.csv")
    assert result.rejected == [] and result.warnings == []
    assert totals(result) == {
        "reach": 14045.0,  # 2650 + 2980 + 3870 + 2110 + 2435
        "impressions": 21030.0,  # Views 3900 + 4410 + 6120 + 3020 + 3580
        "engagements": 454.0,  # (62+7+4+9) + (71+5+6+14) + (98+11+12+21) + (45+3+2+6) + (58+9+3+8)
    }
    records = result.records
    assert records["engagements"].tolist() == [82.0, 96.0, 142.0, 56.0, 78.0]  # follows are not counted
    assert records["clicks"].isna().all()  # the export has no clicks: unknown, not zero
    assert set(records["platform"]) == {"instagram"} and set(records["channel"]) == {"organic_social"}
    assert records["campaign_name"].iloc[3] == "Atelier ouvert samedi ✨ Venez sentir la collection."
    assert records["source_line"].tolist() == [2, 3, 4, 5, 7]


def test_engagement_rate_by_reach_is_about_three_percent() -> None:
    records = read(INSTAGRAM, "instagram_posts.csv").records
    rate = records["engagements"].sum() / records["reach"].sum()
    assert round(rate, 4) == round(454 / 14045, 4) == 0.0323


def test_missing_saves_column_is_named(tmp_path: Path) -> None:
    path = variant(tmp_path, "instagram_posts.csv", ",Saves\n", ",Bookmarks\n")
    result = read(INSTAGRAM, path)
    assert result.totals()["engagements"] == 454.0 - (9 + 14 + 21 + 6 + 8)
    assert any("lacks Saves" in warning for warning in result.warnings)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "instagram_posts.csv", ",4410,2980,", ",4410,n.d.x,")
    result = read(INSTAGRAM, path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Reach")]
    assert result.rows == 4
