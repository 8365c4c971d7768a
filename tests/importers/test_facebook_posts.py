"""Facebook Page posts export: lifetime metrics per post, Meta's engagement total, link clicks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from importers.facebook_posts import FacebookPosts
from tests.importers.social_support import read, totals, variant

FACEBOOK = FacebookPosts()


def test_totals_and_post_fields() -> None:
    result = read(FACEBOOK, "facebook_posts.csv")
    assert result.rejected == [] and result.warnings == [] and result.currency is None
    assert totals(result) == {
        "reach": 4901.0,  # 910 + 1530 + 702 + 655 + 1104
        "impressions": 7440.0,  # Views 1420 + 2380 + 1010 + 980 + 1650
        "engagements": 188.0,  # Reactions, Comments and Shares 37 + 71 + 18 + 22 + 40
        "clicks": 19.0,  # Link clicks 4 + 6 + 5 + 1 + 3 (Total clicks would be 41)
    }
    records = result.records
    assert set(records["channel"]) == {"organic_social"} and set(records["platform"]) == {"facebook"}
    assert records["start"].iloc[0] == datetime(2026, 9, 2, 18, 30) and records["end"].equals(
        records["start"]
    )
    # The caption sits in Title or Description: the longer one, on one line, math-bold letters made plain.
    assert records["campaign_name"].iloc[3].startswith("Nouveauté : le coffret Automne Trois bougies")
    assert records["campaign_id"].iloc[0] == "104987654321098_105198765432"
    # Multi-line captions are one record each; line numbers follow the file.
    assert records["source_line"].tolist() == [2, 3, 5, 6, 10]  # post 4 spans lines 6-9


def test_engagement_total_is_meta_own_sum_of_reactions_comments_shares() -> None:
    """Meta's `Reactions, Comments and Shares` is used as is; it equals the three columns in this export."""
    result = read(FACEBOOK, "facebook_posts.csv")
    assert result.records["engagements"].tolist() == [37.0, 71.0, 18.0, 22.0, 40.0]  # 30+4+3, 58+8+5, ...


def test_without_link_clicks_total_clicks_are_used_with_a_warning(tmp_path: Path) -> None:
    path = variant(tmp_path, "facebook_posts.csv", '"Link clicks"', '"Link clicks (legacy)"')
    result = read(FACEBOOK, path)
    assert result.totals()["clicks"] == 41.0  # Total clicks 9 + 12 + 7 + 3 + 10
    assert any("Total clicks" in warning for warning in result.warnings)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "facebook_posts.csv", ",702,", ",about 700,")
    result = read(FACEBOOK, path)
    assert [(r.line, r.column) for r in result.rejected] == [(5, "Reach")]
    assert result.rows == 4 and result.totals()["reach"] == 4901.0 - 702


def test_daily_rows_are_flagged(tmp_path: Path) -> None:
    path = variant(tmp_path, "facebook_posts.csv", ",Lifetime,", ",2026-09-02,")
    assert any("one day of a post" in warning for warning in read(FACEBOOK, path).warnings)
