from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ui.views import formatting
from ui.views.trends import TrendsView, epoch_seconds


def make_view(qtbot, comparison=None) -> TrendsView:  # type: ignore[no-untyped-def]
    view = TrendsView()
    qtbot.addWidget(view)
    view.resize(1024, 700)
    if comparison is not None:
        view.set_comparison(comparison)
    return view


def test_one_line_per_channel_with_weekly_points(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    trends = comparison.trends
    assert set(view.lines) == set(trends["channel"])
    email = trends[trends["channel"] == "email"].sort_values("period_start")
    x, y = view.lines["email"].getData()
    assert np.allclose(y[np.isfinite(y)], email["click_rate"].to_numpy())
    assert len(x) == trends["period_start"].nunique()
    legend = view.plot.getPlotItem().legend
    assert legend is not None and len(legend.items) == len(view.lines)
    assert view.labels["paid_social"] == "Meta Ads"  # the same name as on the Overview


def test_changing_the_metric_emits(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    with qtbot.waitSignal(view.metricChanged, timeout=1000) as signal:
        view.metric_combo.setCurrentIndex(view.metric_combo.findData("revenue_per_1000"))
    assert signal.args == ["revenue_per_1000"]
    assert view.title.text().startswith("Revenue per 1,000")
    # Organic social has no revenue at all: no line rather than a line at zero.
    assert "organic_social" not in view.lines


def test_empty_and_export(qtbot, comparison, nothing, tmp_path: Path) -> None:
    view = make_view(qtbot, nothing)
    assert view.stack.currentWidget() is view.empty
    view.set_comparison(comparison)
    view.show()
    assert view.stack.currentIndex() == 0
    assert view.export_chart(tmp_path / "trends.png").stat().st_size > 1000
    assert "<svg" in view.export_chart(tmp_path / "trends.svg").read_text(encoding="utf-8")


def test_weeks_without_sends_break_the_line(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    view.bucket_combo.setCurrentIndex(view.bucket_combo.findData("week"))
    view.bucket_combo.activated.emit(view.bucket_combo.currentIndex())
    trends = comparison.tables.trends_in("week")[0]
    sent = trends[trends["channel"] == "paid_social"]["period_start"].nunique()
    _, y = view.lines["paid_social"].getData()
    assert sent < trends["period_start"].nunique()  # the fixture has weeks without Meta Ads
    assert np.isnan(y).sum() == trends["period_start"].nunique() - sent


def test_rows_too_long_for_the_bucket_are_listed_not_drawn(qtbot) -> None:
    """Issue 15, defect 3: Meta's monthly rows are never drawn in the week of their first day."""
    from channelcompare.compare import compare
    from tests.channelcompare.test_window import _sample

    comparison = compare(_sample())
    view = make_view(qtbot, comparison)
    assert view.bucket_combo.currentData() == "month"  # the finest bucket every row fits in
    assert view.coarse_note.isHidden()
    view.bucket_combo.setCurrentIndex(view.bucket_combo.findData("week"))
    view.bucket_combo.activated.emit(view.bucket_combo.currentIndex())
    assert not view.coarse_note.isHidden()
    assert "Meta Ads: 8 rows of 30 days" in view.coarse_note.text()
    assert view.title.text().endswith("per week")
    weekly = comparison.tables.trends_in("week")[0]
    assert set(weekly["period_start"].dt.day_of_week) == {0}


def test_the_tooltip_shows_what_each_point_rests_on(qtbot, comparison) -> None:
    """Issue 15: a point's numerator, denominator and distinct campaigns, the same rows as its value."""
    from PySide6.QtCore import QPointF

    view = make_view(qtbot, comparison)
    view.show()
    trends = view.trends
    email = trends[trends["channel"] == "email"].iloc[0]
    x = float(epoch_seconds(pd.Series([email["period_start"]]))[0])
    item = view.plot.getPlotItem()
    view._show_tooltip(item.vb.mapViewToScene(QPointF(x, float(email["click_rate"]))))
    clicks, delivered = int(email["click_rate.num"]), int(email["click_rate.den"])
    campaigns = int(email["click_rate.campaigns"])
    shown = f"({formatting.count(clicks)} / {formatting.count(delivered)}; {campaigns} campaign"
    assert shown in view.plot.toolTip()
