"""Meta Business Suite page-level daily series: UTF-16 with `sep=,` and a metric line; page totals kept apart."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from channelcompare.errors import ImportFailed
from channelcompare.prepare import is_campaign_row
from importers.load import import_file
from tests.conftest import DATA


def _series(path: Path, metric: str, values: list[int]) -> Path:
    lines = ["sep=,", f'"{metric}"', '"Date","Primary"']
    lines += [f'"2026-09-{day:02d}T00:00:00","{v}"' for day, v in enumerate(values, start=1)]
    path.write_bytes(b"\xff\xfe" + ("\n".join(lines) + "\n").encode("utf-16-le"))
    return path


def test_daily_views_are_page_impressions() -> None:
    result = import_file(DATA / "meta_page_series_views.csv")
    assert result.format_id == "meta_page_series" and result.rows == 7 and not result.rejected
    records = result.records
    assert records["impressions"].sum() == 1843 + 2210 + 1975 + 0 + 3120 + 2488 + 2051
    assert records["start"].tolist() == list(pd.date_range("2026-09-01", periods=7))
    assert records["end"].equals(records["start"])
    assert set(records["platform"]) == {"facebook"} and set(records["channel"]) == {"organic_social"}
    # line 1 is sep=, line 2 the metric, line 3 the header: the first day is line 4
    assert records["source_line"].tolist() == list(range(4, 11))
    assert "kept apart from the per-post comparison" in result.warnings[0]


def test_link_clicks_keep_the_facebook_prefix_out_of_the_measure() -> None:
    records = import_file(DATA / "meta_page_series_link_clicks.csv").records
    assert records["clicks"].sum() == 12 + 19 + 8 + 0 + 27 + 15 + 11
    assert records["impressions"].isna().all()


@pytest.mark.parametrize(
    ("metric", "measure"), [("Viewers", "reach"), ("Content interactions", "engagements")]
)
def test_each_metric_goes_to_its_measure(tmp_path: Path, metric: str, measure: str) -> None:
    records = import_file(_series(tmp_path / "series.csv", metric, [5, 6])).records
    assert records[measure].tolist() == [5.0, 6.0]


def test_page_totals_never_enter_the_campaign_views() -> None:
    """The posts export counts the same views per post: pooling the page totals would count them twice."""
    records = import_file(DATA / "meta_page_series_views.csv").records
    assert not is_campaign_row(records).any()
    posts = import_file(DATA / "facebook_posts.csv").records
    assert is_campaign_row(posts).all()


@pytest.mark.parametrize("metric", ["Facebook follows", "Facebook visits"])
def test_follows_and_visits_are_refused_with_what_is_read(tmp_path: Path, metric: str) -> None:
    path = _series(tmp_path / "Follows (1).csv", metric, [4, 7, 0])
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert "Follows (1).csv" in str(caught.value) and "Views, Viewers" in str(caught.value)
    if metric == "Facebook follows":
        assert "not its follower count" in str(caught.value)


def test_a_bad_day_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "Views.csv"
    text = 'sep=,\n"Views"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n"2026-09-02T00:00:00","many"\n'
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = import_file(path)
    assert result.rows == 1 and [r.line for r in result.rejected] == [5]
