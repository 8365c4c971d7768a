"""The channel-rules editor: rows edited in place, problems shown inline, and the test box naming the rule
that decides a source / medium / campaign or a discount code."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from channelcompare.attribution import Condition, Rule, RuleSet
from channelcompare.attribution.codes import DEFAULT_CODE_RULES, CodeRule
from ui.dialogs.editable_table import EditableTable
from ui.dialogs.rules_dialog import RulesDialog

NEWSLETTER = Rule("newsletter -> email", "email", (Condition("medium", "exactly", "newsletter"),))


def new_dialog(qtbot: Any, rules: RuleSet | None = None) -> RulesDialog:
    dialog = RulesDialog(rules or RuleSet((NEWSLETTER,)))
    qtbot.addWidget(dialog)
    return dialog


def set_cell(table: EditableTable, row: int, column: str, value: str) -> None:
    index = table.COLUMNS.index(column)
    widget = table.cellWidget(row, index)
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    else:
        table.item(row, index).setText(value)


def type_test(dialog: RulesDialog, **values: str) -> str:
    for key, edit in dialog.tests.items():
        edit.setText(values.get(key, ""))
    return dialog.result_label.text()


def ok_enabled(dialog: RulesDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_typing_shows_the_channel_and_the_deciding_rule(qtbot: Any) -> None:
    dialog = new_dialog(qtbot)
    assert "Type a source" in dialog.result_label.text()
    text = type_test(dialog, source="mailchimp", medium=" Newsletter")
    assert "<b>Email</b>" in text and "your rule 1" in text and "newsletter -&gt; email" in text
    assert dialog.traffic.currentRow() == 0
    text = type_test(dialog, source="facebook", medium="cpc")
    assert "<b>Paid social</b>" in text and "GA4 default rule &#x27;Paid Social&#x27;" in text
    text = type_test(dialog, source="partner-blog", medium="zzz")
    assert "<b>Other</b>" in text and "no rule matched" in text
    text = type_test(dialog, medium="cpc", source="facebook", code="nl0926")
    assert "<b>Email</b>" in text and "code rule" in text and "&#x27;NL&#x27;" in text


def test_the_test_box_follows_unsaved_edits(qtbot: Any) -> None:
    dialog = new_dialog(qtbot)
    type_test(dialog, medium="newsletter")
    set_cell(dialog.traffic, 0, "channel", "sms")
    assert "<b>SMS</b>" in dialog.result_label.text()
    dialog.use_defaults.setChecked(False)
    assert "no rule matched" in type_test(dialog, source="facebook", medium="cpc")


def test_problems_are_shown_inline_and_block_ok(qtbot: Any) -> None:
    dialog = new_dialog(qtbot)
    assert ok_enabled(dialog) and dialog.problems.isHidden()
    dialog.traffic.add_row({"field": "campaign", "match": "matches", "value": "(abc", "channel": "email"})
    assert not ok_enabled(dialog)
    assert "Traffic rule 2" in dialog.problems.text() and "not a valid pattern" in dialog.problems.text()
    assert dialog.traffic.item(1, 0).toolTip()  # the row says what is wrong
    set_cell(dialog.traffic, 1, "value", "(abc)")
    assert ok_enabled(dialog) and dialog.problems.isHidden()
    set_cell(dialog.traffic, 1, "value", " ")
    assert "the value is empty" in dialog.problems.text()
    set_cell(dialog.traffic, 1, "match", "in_list")
    set_cell(dialog.traffic, 1, "value", "friends")
    assert "not a known list" in dialog.problems.text() and not ok_enabled(dialog)
    dialog.codes.add_row({"field": "tags", "prefix": "", "channel": "email"})
    assert "Code rule 7" in dialog.problems.text()


def test_rows_are_added_moved_and_removed_in_evaluation_order(qtbot: Any) -> None:
    dialog = new_dialog(qtbot)
    dialog.traffic.add_row(
        {"name": "", "field": "source", "match": "contains", "value": "insta", "channel": "organic_social"}
    )
    assert [r.name for r in dialog.edited().user_rules] == [
        "newsletter -> email",
        "source contains 'insta' -> organic_social",
    ]
    dialog.traffic.move_selected(-1)
    assert dialog.edited().user_rules[0].conditions == (Condition("source", "contains", "insta"),)
    dialog.traffic.selectRow(1)
    dialog.traffic.remove_selected()
    assert [r.channel for r in dialog.edited().user_rules] == ["organic_social"]


def test_code_rules_can_be_edited_and_restored(qtbot: Any) -> None:
    dialog = new_dialog(qtbot)
    assert dialog.edited().code_rules == DEFAULT_CODE_RULES
    dialog.codes.add_row({"field": "tags", "prefix": "PROMO", "channel": "paid_social"})
    assert dialog.edited().code_rules[-1] == CodeRule("tags", "PROMO", "paid_social")
    assert "<b>Paid social</b>" in type_test(dialog, code="promo-octobre")
    set_cell(dialog.codes, 1, "channel", "sms")  # NL codes
    assert "<b>SMS</b>" in type_test(dialog, code="NL12")
    dialog.codes.set_rules(DEFAULT_CODE_RULES)
    assert dialog.edited().code_rules == DEFAULT_CODE_RULES


def test_a_rule_with_several_conditions_is_kept_whole(qtbot: Any) -> None:
    both = Rule(
        "meta newsletter",
        "paid_social",
        (Condition("source", "exactly", "meta"), Condition("medium", "contains", "nl")),
    )
    dialog = new_dialog(qtbot, RuleSet((NEWSLETTER, both)))
    set_cell(dialog.traffic, 1, "channel", "email")
    dialog.traffic.selectRow(1)
    dialog.traffic.move_selected(-1)
    first = dialog.edited().user_rules[0]
    assert first.conditions == both.conditions and first.channel == "email"


@pytest.mark.parametrize("answer", [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
def test_ask_returns_the_edited_rules_or_none(monkeypatch: pytest.MonkeyPatch, answer: Any) -> None:
    monkeypatch.setattr(RulesDialog, "exec", lambda self: answer)
    result = RulesDialog.ask(None, RuleSet((NEWSLETTER,), use_defaults=False))
    if answer == QDialog.DialogCode.Accepted:
        assert result == RuleSet((NEWSLETTER,), use_defaults=False)
    else:
        assert result is None
