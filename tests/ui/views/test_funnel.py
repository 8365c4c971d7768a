from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from channelcompare.compare import compare
from channelcompare.model import concat_records
from ui.views.funnel import STEP_ROLE, FunnelView


def make_view(qtbot, comparison=None) -> FunnelView:  # type: ignore[no-untyped-def]
    view = FunnelView()
    qtbot.addWidget(view)
    view.resize(1024, 700)
    if comparison is not None:
        view.set_comparison(comparison)
    return view


def cell(view: FunnelView, channel_label: str, column: int):  # type: ignore[no-untyped-def]
    row = next(
        r for r in range(view.model.rowCount()) if view.model.item(r, 0).text().endswith(channel_label)
    )
    return view.model.item(row, column)


def test_one_row_per_channel_with_stage_totals_and_step_rates(qtbot, comparison, english) -> None:
    view = make_view(qtbot, comparison)
    funnel = comparison.funnel
    assert view.model.rowCount() == funnel["channel"].nunique()
    email = funnel[funnel["channel"] == "email"].set_index("stage")["value"]
    assert cell(view, "Email", 1).text() == f"{email['audience']:,.0f}"
    assert (
        cell(view, "Email", 2).data(STEP_ROLE)
        == f"{email['clicks'] / email['audience'] * 100:.2f}% of {email['audience']:,.0f} audience"
    )
    assert "per conversion (of " in cell(view, "Email", 4).data(STEP_ROLE)
    assert cell(view, "Email", 4).text().startswith("€")


def test_unknown_stages_stay_unknown(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    assert cell(view, "Organic social", 3).text() == "–"  # no source reports organic conversions
    assert cell(view, "Organic social", 3).data(STEP_ROLE) == ""


def test_empty_and_export(qtbot, comparison, nothing, tmp_path: Path) -> None:
    view = make_view(qtbot, nothing)
    assert view.stack.currentWidget() is view.empty
    view.set_comparison(comparison)
    view.show()
    assert view.export_chart(tmp_path / "funnel.png").stat().st_size > 1000
    assert "<svg" in view.export_chart(tmp_path / "funnel.svg").read_text(encoding="utf-8")


def test_conversions_without_clicks_are_rated_on_the_audience(qtbot, records, english) -> None:
    web = records.iloc[:1].copy()
    web[["platform", "channel", "sessions", "conversions", "revenue"]] = [
        "ga4",
        "organic_search",
        1000.0,
        25.0,
        1200.0,
    ]
    web[["delivered", "sent", "opens", "clicks"]] = float("nan")
    view = make_view(qtbot, compare(concat_records([records, web])))
    assert cell(view, "Organic search", 2).text() == "–"
    assert cell(view, "Organic search", 3).data(STEP_ROLE) == "2.50% of 1,000 audience"


def test_headers_explain_each_stage(qtbot, comparison) -> None:
    view = make_view(qtbot, comparison)
    tips = [
        view.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(1, 5)
    ]
    assert "delivered" in tips[0] and "clicks / audience" in tips[1] and "conversions / clicks" in tips[2]


def test_each_step_is_the_engines_paired_rate_over_its_own_rows(qtbot, english) -> None:
    """Defect 1: posts without clicks (Instagram) carry reach, which must not dilute the click step, and
    conversions without revenue (LinkedIn) must not dilute revenue per conversion."""
    import pandas as pd

    from channelcompare.model import normalize_records

    rows = [
        {"channel": "organic_social", "platform": "facebook", "reach": 16429.0, "clicks": 64.0},
        {"channel": "organic_social", "platform": "instagram", "reach": 74764.0, "engagements": 2312.0},
        {"channel": "paid_social", "platform": "meta", "impressions": 9000.0, "clicks": 90.0,
         "conversions": 41.0, "revenue": 2240.21, "currency": "EUR"},
        {"channel": "paid_social", "platform": "linkedin", "impressions": 1000.0, "clicks": 10.0,
         "conversions": 2.0},
    ]  # fmt: skip
    comparison = compare(normalize_records(pd.DataFrame(rows)))
    view = make_view(qtbot, comparison)
    assert cell(view, "Organic social", 1).text() == "91,193"  # the stage total: every row's reach
    assert cell(view, "Organic social", 2).data(STEP_ROLE) == "0.39% of 16,429 audience"
    assert comparison.channels["organic_social"].metrics["click_rate"].denominator == 16429
    assert cell(view, "Paid social", 4).data(STEP_ROLE) == "€54.64 per conversion (of 41)"
