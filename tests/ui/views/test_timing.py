from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from ui.views.timing import TimingView


def make_view(qtbot, comparison=None) -> TimingView:  # type: ignore[no-untyped-def]
    view = TimingView()
    qtbot.addWidget(view)
    view.resize(1024, 700)
    if comparison is not None:
        view.set_comparison(comparison)
    return view


def test_heatmap_holds_each_weekday_and_hour_of_the_channel(qtbot, comparison, english) -> None:
    view = make_view(qtbot, comparison)
    assert view.stack.currentWidget() is view.chart
    channels = [view.channel_combo.itemData(i) for i in range(view.channel_combo.count())]
    assert channels == list(dict.fromkeys(comparison.timing["channel"]))
    rows = comparison.timing[comparison.timing["channel"] == channels[0]]
    assert np.isfinite(view.model.values).sum() == len(rows)
    first = rows.iloc[0]
    index = view.model.index(int(first["weekday"]), int(first["hour"]))
    assert view.model.values[index.row(), index.column()] == first["click_rate"]
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    # the counts the cell's rate rests on: its own sends or posts, numerator and denominator
    assert f"Sends or posts: {int(first['click_rate.campaigns'])}" in tooltip
    assert f"Audience: {first['click_rate.den']:,.0f}" in tooltip
    empty_cell = next(
        view.model.index(d, h)
        for d in range(7)
        for h in range(24)
        if not np.isfinite(view.model.values[d, h])
    )
    assert "nothing sent or posted" in empty_cell.data(Qt.ItemDataRole.ToolTipRole)


def test_choosing_channel_or_metric_emits_and_refills(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    target = view.channel_combo.findData("organic_social")
    with qtbot.waitSignal(view.channelChanged, timeout=1000) as signal:
        view.channel_combo.setCurrentIndex(target)
    assert signal.args == ["organic_social"]
    assert np.isfinite(view.model.values).sum() == (comparison.timing["channel"] == "organic_social").sum()
    with qtbot.waitSignal(view.metricChanged, timeout=1000) as signal:
        view.metric_combo.setCurrentIndex(view.metric_combo.findData("interaction_rate"))
    assert signal.args == ["interaction_rate"]
    assert "Interaction rate" in view.title.text()


def test_best_slot_needs_two_sends(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    rows = comparison.timing[
        (comparison.timing["channel"] == "email") & (comparison.timing["click_rate.campaigns"] >= 2)
    ]
    best = rows.loc[rows["click_rate"].idxmax()]
    assert f"{int(best['hour']):02d}:00" in view.best.text()


def test_empty_state_without_timestamps(qtbot, no_timestamps, nothing) -> None:
    view = make_view(qtbot, no_timestamps)
    assert view.stack.currentWidget() is view.empty
    assert "send or post times" in view.empty.text()
    view.set_comparison(nothing)
    assert view.stack.currentWidget() is view.empty


def test_export_chart(qtbot, comparison, tmp_path: Path) -> None:
    view = make_view(qtbot, comparison)
    view.show()
    assert view.export_chart(tmp_path / "timing.png").stat().st_size > 1000
    assert "<svg" in view.export_chart(tmp_path / "timing.svg").read_text(encoding="utf-8")


def test_a_cell_shows_the_counts_its_rate_rests_on(qtbot, english) -> None:
    """Defect 6: a slot where a Facebook post (with clicks) and Instagram posts (reach, no clicks) meet
    shows the click rate's own audience and posts, not the slot's whole reach."""
    import pandas as pd

    from channelcompare.compare import compare
    from channelcompare.model import normalize_records

    def post(platform: str, reach: float, clicks: float | None, key: str, hour: str = "12:00") -> dict:
        return {"channel": "organic_social", "platform": platform, "reach": reach, "clicks": clicks,
                "engagements": 10.0, "campaign_id": key, "start": f"2026-09-08 {hour}", "end": f"2026-09-08 {hour}"}  # fmt: skip

    rows = [post("facebook", 2122.0, 13.0, "f1"), post("instagram", 7953.0, None, "i1")]
    rows += [post("instagram", 900.0, None, "i2"), post("facebook", 500.0, 9.0, "f2", "09:00")]
    comparison = compare(normalize_records(pd.DataFrame(rows)))
    view = make_view(qtbot, comparison)
    view.channel_combo.setCurrentIndex(view.channel_combo.findData("organic_social"))
    tooltip = view.model.index(1, 12).data(Qt.ItemDataRole.ToolTipRole)
    assert "0.61%" in tooltip and "Clicks: 13" in tooltip and "Audience: 2,122" in tooltip
    assert "Sends or posts: 1" in tooltip and "10,075" not in tooltip
    # one post a slot: no slot rests on two sends of the click rate, so none is called best
    assert view.best.text() == ""
