"""What the rules dialog checks and explains: problems of each row (shown inline, blocking OK), and which
channel typed values get and which rule decides it. Texts keep the dialog's translation context."""

from __future__ import annotations

import html
from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QCoreApplication

from channelcompare.attribution.codes import CodeRule, check_code_rule, classify_codes
from channelcompare.attribution.defaults import SOURCE_LISTS
from channelcompare.attribution.rules import UNASSIGNED, Rule, RuleSet, check_rule
from ui.dialogs.rules_tables import code_field_labels
from ui.views.palette import MUTED, channel_label

# Problems per row index, for the traffic rules and for the code rules.
Problems = tuple[dict[int, list[str]], dict[int, list[str]]]


def rule_problems(traffic: list[Rule], codes: list[CodeRule]) -> Problems:
    found = {i: p for i, rule in enumerate(traffic) if (p := traffic_problems(rule))}
    return found, {i: p for i, rule in enumerate(codes) if (p := check_code_rule(rule))}


def traffic_problems(rule: Rule) -> list[str]:
    """`check_rule`'s problems, and values that would match nothing useful."""
    problems = check_rule(rule)
    for condition in rule.conditions:
        if not condition.value.strip():
            problems.append(QCoreApplication.translate("RulesDialog", "the value is empty"))
        elif condition.match == "in_list" and condition.value.strip().casefold() not in SOURCE_LISTS:
            problems.append(
                QCoreApplication.translate(
                    "RulesDialog", "'{0}' is not a known list of sources (use one of: {1})"
                ).format(condition.value, ", ".join(sorted(SOURCE_LISTS)))
            )
    return problems


def usable(rules: RuleSet, problems: Problems) -> RuleSet:
    """The rules without the rows that have problems: what the test box tries."""
    traffic = tuple(r for i, r in enumerate(rules.user_rules) if i not in problems[0])
    codes = tuple(r for i, r in enumerate(rules.code_rules) if i not in problems[1])
    return replace(rules, user_rules=traffic, code_rules=codes)


def explain(rules: RuleSet, values: dict[str, str], problems: Problems) -> tuple[str, int | None]:
    """Rich text naming the channel and the deciding rule, and the row of the user's rule that decided."""
    if not any(values.values()):
        hint = QCoreApplication.translate(
            "RulesDialog",
            "Type a source, medium, campaign or code: the channel it gets and the rule that decides.",
        )
        return f"<span style='color:{MUTED}'>{html.escape(hint)}</span>", None
    tried = usable(rules, problems)
    found = first_code_rule(tried, values.get("code", ""))
    if found is not None:
        field = code_field_labels()[found.field].lower()
        reason = QCoreApplication.translate("RulesDialog", "code rule: {0} starts with '{1}'")
        return _verdict(found.channel, reason.format(field, found.prefix)), None
    source, medium, campaign = values["source"], values["medium"], values["campaign"]
    channel, name = tried.explain(source, medium, campaign)
    if name == UNASSIGNED:
        return _verdict(
            channel, QCoreApplication.translate("RulesDialog", "no rule matched (GA4: Unassigned)")
        ), None
    for row, rule in enumerate(rules.user_rules):  # the first usable user rule that matches decided
        alone = RuleSet((rule,), use_defaults=False, code_rules=())
        if row not in problems[0] and alone.explain(source, medium, campaign)[1] != UNASSIGNED:
            reason = QCoreApplication.translate("RulesDialog", "your rule {0}, '{1}'").format(row + 1, name)
            return _verdict(channel, reason), row
    reason = QCoreApplication.translate("RulesDialog", "GA4 default rule '{0}'").format(name)
    return _verdict(channel, reason), None


def first_code_rule(rules: RuleSet, code: str) -> CodeRule | None:
    """The code rule that claims an order with this discount code or tag (the first that matches)."""
    for rule in rules.code_rules if code.strip() else ():
        if classify_codes(pd.DataFrame({rule.field: [code]}), (rule,)).notna().iloc[0]:
            return rule
    return None


def _verdict(channel: str, reason: str) -> str:
    return QCoreApplication.translate("RulesDialog", "→ <b>{0}</b>, decided by {1}").format(
        html.escape(channel_label(channel)), html.escape(reason)
    )
