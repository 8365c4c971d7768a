"""Channel rules to and from JSON, so the app can save them and the user can share them.

Only the user's rules and code rules are stored, with whether the GA4 defaults apply: the defaults live in code
and improve with the app. Loading checks every rule and says which one is wrong rather than guessing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from channelcompare.attribution.codes import CodeRule, check_code_rule
from channelcompare.attribution.rules import Condition, Rule, RuleSet, check_rule
from channelcompare.errors import InvalidRules

FORMAT_VERSION = 1


def rules_to_json(rules: RuleSet) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "use_defaults": rules.use_defaults,
        "rules": [rule_to_json(rule) for rule in rules.user_rules],
        "code_rules": [
            {"field": r.field, "prefix": r.prefix, "channel": r.channel} for r in rules.code_rules
        ],
    }


def rule_to_json(rule: Rule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "channel": rule.channel,
        "combine": rule.combine,
        "conditions": [{"field": c.field, "match": c.match, "value": c.value} for c in rule.conditions],
    }


def rules_from_json(data: Any, origin: str = "channel rules") -> RuleSet:
    """A RuleSet from `rules_to_json` output. Raises InvalidRules naming the bad rule."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise InvalidRules(f"{origin}: not a channel-rules file of version {FORMAT_VERSION}.")
    try:
        user_rules = tuple(_rule(item) for item in data.get("rules", []))
        code_rules = tuple(
            CodeRule(str(r["field"]), str(r["prefix"]), str(r["channel"]))  # type: ignore[arg-type]
            for r in data.get("code_rules", [])
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InvalidRules(f"{origin}: a rule is incomplete ({type(exc).__name__}: {exc}).") from exc
    problems = [p for rule in user_rules for p in check_rule(rule)]
    problems += [p for rule in code_rules for p in check_code_rule(rule)]
    if problems:
        raise InvalidRules(f"{origin}: " + "; ".join(problems[:5]) + ". Fix or delete these rules.")
    return RuleSet(user_rules, bool(data.get("use_defaults", True)), code_rules)


def _rule(item: dict[str, Any]) -> Rule:
    conditions = tuple(
        Condition(str(c["field"]), str(c["match"]), str(c["value"]))  # type: ignore[arg-type]
        for c in item["conditions"]
    )
    if item.get("combine") == "any":
        return Rule(str(item["name"]), str(item["channel"]), conditions, "any")
    return Rule(str(item["name"]), str(item["channel"]), conditions, "all")


def save_rules(rules: RuleSet, path: Path) -> None:
    """Write the rules as UTF-8 JSON (via a temporary file, so a crash never leaves half a file)."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(rules_to_json(rules), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)


def load_rules(path: Path) -> RuleSet:
    """Read rules saved by `save_rules`. Raises InvalidRules for unreadable or invalid files."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidRules(f"{path.name}: channel rules could not be read ({exc}).", path=str(path)) from exc
    return rules_from_json(data, path.name)
