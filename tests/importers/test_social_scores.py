"""score() of the social and ads importers never raises, whatever the sample holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.base import Importer
from importers.facebook_posts import FacebookPosts
from importers.google_ads import GoogleAds
from importers.instagram_posts import InstagramPosts
from importers.linkedin_ads import LinkedInAds
from importers.meta_ads import MetaAds
from importers.sample import FileSample
from importers.tiktok_ads import TikTokAds
from importers.x_content import XContent
from importers.x_tweet_activity import XTweetActivity

SOCIAL: list[Importer] = [
    MetaAds(),
    FacebookPosts(),
    InstagramPosts(),
    LinkedInAds(),
    XTweetActivity(),
    XContent(),
    TikTokAds(),
    GoogleAds(),
]
cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
rows = st.lists(st.lists(cells, max_size=8).map(tuple), max_size=6).map(tuple)


def sample(table: tuple[tuple[str, ...], ...], header_row: int, kind: str = "csv") -> FileSample:
    lines = tuple(",".join(row) for row in table)
    return FileSample(Path("f.csv"), kind, "utf-8", ",", lines, table, header_row, ".", None)  # type: ignore[arg-type]


@pytest.mark.parametrize("importer", SOCIAL, ids=lambda i: i.format_id)
@settings(max_examples=60, deadline=None)
@given(table=rows, header_row=st.integers(min_value=0, max_value=3))
def test_score_never_raises(importer: Importer, table: tuple[tuple[str, ...], ...], header_row: int) -> None:
    header_row = min(header_row, max(len(table) - 1, 0))
    score = importer.score(sample(table, header_row))
    assert isinstance(score, int) and score >= 0


@pytest.mark.parametrize("importer", SOCIAL, ids=lambda i: i.format_id)
def test_empty_and_foreign_samples_score_zero(importer: Importer) -> None:
    assert importer.score(sample((), 0)) == 0
    assert importer.score(sample((("Name", "Email", "Total"), ("A", "a@b.c", "12")), 0)) == 0
    assert importer.score(sample((("Campaign report",), ("All time",)), 0, kind="xlsx")) == 0
