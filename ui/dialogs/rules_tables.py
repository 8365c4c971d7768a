"""The two tables of the channel-rules dialog, edited in place and read back as engine rules.

Traffic rules test a source, medium or campaign (UTMs, GA4 source / medium); code rules test the start of a
Shopify order's discount code, tag or note attribute. Rows are in evaluation order: the first match wins.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QWidget,
)

from channelcompare.attribution.codes import CODE_FIELDS, CodeRule
from channelcompare.attribution.rules import FIELDS, MATCHES, Condition, Rule
from channelcompare.model import CHANNELS
from ui.dialogs.editable_table import EditableTable
from ui.views.palette import channel_label

WHOLE_ROLE = Qt.ItemDataRole.UserRole + 1


def field_labels() -> dict[str, str]:
    return {
        "source": QCoreApplication.translate("rules", "Source"),
        "medium": QCoreApplication.translate("rules", "Medium"),
        "campaign": QCoreApplication.translate("rules", "Campaign"),
    }


def match_labels() -> dict[str, str]:
    return {
        "exactly": QCoreApplication.translate("rules", "is exactly"),
        "one_of": QCoreApplication.translate("rules", "is one of (a|b|c)"),
        "contains": QCoreApplication.translate("rules", "contains"),
        "starts_with": QCoreApplication.translate("rules", "starts with"),
        "ends_with": QCoreApplication.translate("rules", "ends with"),
        "matches": QCoreApplication.translate("rules", "matches the pattern (regex)"),
        "in_list": QCoreApplication.translate("rules", "is a known source of the list"),
    }


def code_field_labels() -> dict[str, str]:
    return {
        "discount_code": QCoreApplication.translate("rules", "Discount code"),
        "tags": QCoreApplication.translate("rules", "Order tag"),
        "note_attributes": QCoreApplication.translate("rules", "Note attribute"),
    }


def rule_name(field: str, match: str, value: str, channel: str) -> str:
    """The name a rule gets when the user gives none ("medium exactly 'newsletter' -> email")."""
    return f"{field} {match.replace('_', ' ')} '{value}' -> {channel}"


class TrafficRulesTable(EditableTable):
    """Name, field, match, value, channel: one condition per rule (rules with several conditions, only
    possible in a hand-written rules file, are kept whole and shown read-only)."""

    COLUMNS = ("name", "field", "match", "value", "channel")

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            QCoreApplication.translate("rules", "Name (optional)"),
            QCoreApplication.translate("rules", "Field"),
            QCoreApplication.translate("rules", "Match"),
            QCoreApplication.translate("rules", "Value"),
            QCoreApplication.translate("rules", "Channel"),
        ]
        super().__init__(headers, (0, 3), parent)

    def choices(self, column: str) -> dict[str, str] | None:
        if column == "field":
            return {f: field_labels()[f] for f in FIELDS}
        if column == "match":
            return {m: match_labels()[m] for m in MATCHES}
        return {c: channel_label(c) for c in CHANNELS} if column == "channel" else None

    def set_rules(self, rules: tuple[Rule, ...]) -> None:
        rows = []
        for rule in rules:
            first = rule.conditions[0] if rule.conditions else Condition("source", "exactly", "")
            rows.append({"name": rule.name, "field": first.field, "match": first.match, "value": first.value,
                         "channel": rule.channel, "whole": rule if len(rule.conditions) > 1 else None})  # fmt: skip
        self.set_values(rows)

    def row_values(self, row: int) -> dict[str, Any]:
        values = super().row_values(row)
        first = self.item(row, 0)
        values["whole"] = first.data(WHOLE_ROLE) if first is not None else None
        return values

    def decorate(self, row: int, values: dict[str, Any]) -> None:
        """A rule with several conditions: its conditions in one read-only cell."""
        rule = values.get("whole")
        if not isinstance(rule, Rule):
            return
        self.item(row, 0).setData(WHOLE_ROLE, rule)  # type: ignore[union-attr]
        joiner = (
            QCoreApplication.translate("rules", " and ")
            if rule.combine == "all"
            else QCoreApplication.translate("rules", " or ")
        )
        summary = joiner.join(f"{c.field} {c.match.replace('_', ' ')} '{c.value}'" for c in rule.conditions)
        for column in (1, 2, 3):
            item = QTableWidgetItem(summary if column == 3 else "…")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(summary)
            self.setItem(row, column, item)

    def read_only(self, values: dict[str, Any], column: str) -> bool:
        return isinstance(values.get("whole"), Rule) and column in ("field", "match", "value")

    def rules(self) -> list[Rule]:
        out = []
        for values in self.values():
            whole, name, channel = values["whole"], values["name"], values["channel"]
            if isinstance(whole, Rule):
                out.append(Rule(name or whole.name, channel, whole.conditions, whole.combine))
                continue
            name = name or rule_name(values["field"], values["match"], values["value"], channel)
            out.append(Rule(name, channel, (Condition(values["field"], values["match"], values["value"]),)))
        return out


class CodeRulesTable(EditableTable):
    """Field (discount code, tag, note attribute), prefix, channel."""

    COLUMNS = ("field", "prefix", "channel")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("rules", "Field"),
                QCoreApplication.translate("rules", "Starts with"),
                QCoreApplication.translate("rules", "Channel"),
            ],
            (1,),
            parent,
        )

    def choices(self, column: str) -> dict[str, str] | None:
        if column == "field":
            return {f: code_field_labels()[f] for f in CODE_FIELDS}
        return {c: channel_label(c) for c in CHANNELS} if column == "channel" else None

    def set_rules(self, rules: tuple[CodeRule, ...]) -> None:
        self.set_values([{"field": r.field, "prefix": r.prefix, "channel": r.channel} for r in rules])

    def rules(self) -> list[CodeRule]:
        return [CodeRule(v["field"], v["prefix"], v["channel"]) for v in self.values()]
