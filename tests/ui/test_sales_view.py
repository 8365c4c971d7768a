"""The Sales tab on the bundled sample shop, and channel rules edited, applied to every view and kept."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton

from channelcompare.attribution import Condition, Rule, RuleSet
from channelcompare.attribution.codes import DEFAULT_CODE_RULES, CodeRule
from channelcompare.attribution.storage import rules_to_json
from tests.ui.helpers import DATA, new_window, wait_idle
from ui.dialogs.rules_dialog import RulesDialog
from ui.main_window import MainWindow
from ui.views import formatting
from ui.views.sales_tables import KEY_ROLE, share_rows
from ui.views.sales_view import SalesView

ORDERS_UTM = DATA / "orders_utm.csv"  # generic orders; one carries utm_medium=newsletter


def sample_window(qtbot: Any) -> MainWindow:
    window = new_window(qtbot)
    window.open_sample_data()
    wait_idle(qtbot, window)
    assert window.show_tab("sales")
    return window


def table_rows(view: SalesView) -> dict[str, list[str]]:
    """The share table as channel key -> the row's texts."""
    model = view.share_table.model()
    rows = {}
    for row in range(model.rowCount()):
        key = model.index(row, 0).data(KEY_ROLE)
        rows[key] = [model.index(row, column).data() for column in range(model.columnCount())]
    return rows


def test_sales_tab_shows_social_and_email_shares_and_meta_over_claiming(qtbot: Any) -> None:
    window = sample_window(qtbot)
    view = window.views["sales"]
    share = window.analysis.comparison.share_of_sales
    assert share["social_share"] < 0.02 and 0.2 < share["email_share"] < 0.35  # the sample shop's story
    locale = QLocale()
    assert view.summary.values["social"].text() == formatting.percent(
        share["social_share"], locale, decimals=1
    )
    assert view.summary.values["email"].text() == formatting.percent(share["email_share"], locale, decimals=1)
    assert view.summary.values["published"].text().startswith("<")
    headline = view.summary.headline.text()
    assert "Social brought" in headline and "Forrester" in headline and "2012" in headline
    # the same reading as the engine's headline (Overview, report, JSON): a lower bound, its interval, the
    # orders without a signal, GA4's last-click share
    assert "Social brought at least 0.6%" in headline and "95% interval of its order share: 0.46% – 1.77%" in headline
    assert "72% of orders carry no channel signal" in headline and "GA4's last-click view gives social 1.0%" in headline
    assert "Email brought at least 26.2%" in headline
    rows = table_rows(view)
    assert {"email", "organic_social", "paid_social", "", "total"} <= set(rows)
    lost = share["unattributed"]
    assert rows[""][1] == formatting.count(lost["orders"], locale)  # unattributed, on its own row
    assert rows["email"][1] == formatting.count(share["by_channel"]["email"]["orders"], locale)
    assert (
        not view.unattributed_note.isHidden()
        and formatting.count(lost["orders"], locale) in view.unattributed_note.text()
    )
    assert view.summary.values["conversion"].text() == formatting.percent(
        share["store_conversion_rate"], locale
    )
    claims = view.claims_table.model()
    meta = next(r for r in range(claims.rowCount()) if claims.index(r, 0).data().startswith("Meta Ads"))
    assert claims.index(meta, 1).data() == "7-day click or 1-day view"
    assert "Over-claims" in claims.index(meta, 5).data()


def test_an_edited_rule_changes_the_classification_and_the_shares(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window(qtbot)
    before = window.analysis.comparison.share_of_sales["by_channel"]
    assert before["organic_social"]["orders"] > 0
    insta_to_email = tuple(
        CodeRule(r.field, r.prefix, "email") if r.prefix == "INSTA" else r for r in DEFAULT_CODE_RULES
    )
    edited = RuleSet(code_rules=insta_to_email)
    monkeypatch.setattr(RulesDialog, "ask", classmethod(lambda cls, parent, rules: edited))
    window.menu_actions.channel_rules.trigger()
    wait_idle(qtbot, window)
    after = window.analysis.comparison.share_of_sales
    assert "organic_social" not in after["by_channel"] or not after["by_channel"]["organic_social"]["orders"]
    assert (
        after["by_channel"]["email"]["orders"]
        == before["email"]["orders"] + before["organic_social"]["orders"]
    )
    view = window.views["sales"]
    assert view.summary.values["email"].text() == formatting.percent(
        after["email_share"], QLocale(), decimals=1
    )
    assert window.session.choices.channel_rules == edited


def test_a_suggested_rule_is_added_in_one_click_and_survives_a_restart(qtbot: Any) -> None:
    window = new_window(qtbot)
    window.open_paths([ORDERS_UTM])
    wait_idle(qtbot, window)
    window.show_tab("sales")
    view = window.views["sales"]
    email_before = window.analysis.comparison.share_of_sales["by_channel"]["email"]["orders"]
    button = view.findChild(QPushButton, "addSuggestedRule")
    assert button is not None and "newsletter" in button.text()
    button.click()
    wait_idle(qtbot, window)
    share = window.analysis.comparison.share_of_sales
    assert share["by_channel"]["email"]["orders"] == email_before + 1
    offered = [b for b in view.findChildren(QPushButton, "addSuggestedRule") if b.isVisibleTo(view)]
    assert share["unassigned_mediums"] == [] and offered == []
    rules = window.session.choices.channel_rules
    assert rules.user_rules == (
        Rule("newsletter -> email", "email", (Condition("medium", "exactly", "newsletter"),)),
    )
    window.close()
    again = new_window(qtbot)
    assert again.session.choices.channel_rules == rules


def test_rules_are_kept_in_the_open_workspace(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.workspace_actions import install_workspace_actions

    monkeypatch.setenv("CHANNELCOMPARE_DATA_HOME", str(tmp_path / "data_home"))
    window = new_window(qtbot)
    actions = install_workspace_actions(window, window.settings, None)
    rules = RuleSet((Rule("sms", "sms", (Condition("source", "exactly", "brevo-sms"),)),), use_defaults=False)
    window.channel_rules.apply(rules)
    assert actions.workspace.channel_rules() == rules_to_json(rules)
    window.close()
    actions.sync.close()
    window.settings.set_channel_rules(
        rules_to_json(RuleSet())
    )  # the workspace's rules win over the settings'
    again = new_window(qtbot)
    install_workspace_actions(again, again.settings, None)
    assert again.session.choices.channel_rules == rules


def comparison(**share: Any) -> SimpleNamespace:
    base = {"source": "shopify", "currency": "EUR", "by_channel": {}, "total_orders": 3.0, "total_revenue": 150.0,
            "unattributed": {"orders": 0.0, "revenue": 0.0, "share": 0.0}, "warnings": []}  # fmt: skip
    return SimpleNamespace(share_of_sales={**base, **share}, claimed_vs_observed=None)


def test_orders_in_two_currencies_are_shown_per_currency_never_summed(qtbot: Any) -> None:
    view = SalesView()
    qtbot.addWidget(view)
    by_currency = {
        "EUR": {"email": {"orders": 1.0, "revenue": 40.0}},
        "USD": {"email": {"orders": 2.0, "revenue": 100.0}},
    }
    warning = "Orders are in EUR, USD and no exchange rates were given: revenue is shown per currency"
    view.set_comparison(
        comparison(currency=None, by_currency=by_currency, total_revenue=None, warnings=[warning])
    )
    assert not view.currency_table.isHidden()
    model = view.currency_table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Channel",
        "EUR",
        "USD",
    ]
    assert view.findChild(QPushButton, "addSuggestedRule") is None
    texts = [w.text() for w in view.content.findChildren(type(view.unattributed_note))]
    assert any(warning in t for t in texts)


def test_an_unassigned_medium_offers_its_rule(qtbot: Any) -> None:
    view = SalesView()
    qtbot.addWidget(view)
    rule = {"name": "nl -> email", "channel": "email", "combine": "all",
            "conditions": [{"field": "medium", "match": "exactly", "value": "nl"}]}  # fmt: skip
    medium = {"medium": "nl", "orders": 2, "revenue": 80.0, "suggested_rule": rule}
    view.set_comparison(
        comparison(unassigned_mediums=[medium], warnings=["utm_medium 'nl' (2 orders) matches no rule"])
    )
    with qtbot.waitSignal(view.ruleSuggested) as signal:
        view.findChild(QPushButton, "addSuggestedRule").click()
    assert signal.args == [rule]


def test_without_store_sales_the_tab_says_what_to_import(qtbot: Any) -> None:
    view = SalesView()
    qtbot.addWidget(view)
    view.set_comparison(SimpleNamespace(share_of_sales=None, claimed_vs_observed=None))
    assert view.stack.currentWidget() is view.empty and "Shopify" in view.empty.text()


def test_rows_keep_unattributed_apart_and_other_only_for_what_a_rule_sent_there(qtbot: Any) -> None:
    by_channel = {
        "email": {"orders": 2.0, "revenue": 100.0, "share": 0.5, "order_share": 0.4},
        "other": {"orders": 3.0, "revenue": 100.0, "share": 0.5, "order_share": 0.6},
        "direct": {"orders": None, "revenue": None, "share": None, "sessions": 40.0, "ga4_revenue": 90.0},
    }
    lost = {"orders": 3.0, "revenue": 100.0, "share": 0.5}
    rows = share_rows(
        {"by_channel": by_channel, "unattributed": lost, "total_orders": 5.0, "total_revenue": 200.0}
    )
    assert [key for key, _ in rows] == ["email", "direct", "", "total"]  # Other held only unattributed orders
    assert rows[2][1]["order_share"] == 0.6 and rows[-1][1]["share"] == 1.0
    view = SalesView()
    qtbot.addWidget(view)
    view.set_comparison(
        comparison(by_channel=by_channel, unattributed=lost, total_orders=5.0, total_revenue=200.0)
    )
    assert not view.share_table.isColumnHidden(5)  # GA4 sessions known for a channel
    del by_channel["direct"]
    view.set_comparison(
        comparison(by_channel=by_channel, unattributed=lost, total_orders=5.0, total_revenue=200.0)
    )
    assert view.share_table.isColumnHidden(5) and view.share_table.isColumnHidden(7)


def test_the_tab_exports_as_an_image(qtbot: Any, tmp_path: Path) -> None:
    view = SalesView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_comparison(comparison(by_channel={"email": {"orders": 3.0, "revenue": 150.0, "share": 1.0}}))
    saved = view.export_chart(tmp_path / "sales.png")
    assert saved.exists() and saved.stat().st_size > 1000
