"""Warnings for mediums the rules send to Unassigned, each with a rule the user can add in one click.

GA4's email group needs the source or medium to be `email` (or `e-mail`, `e_mail`, `e mail`); the very common
`utm_medium=newsletter` therefore lands in Unassigned, and a channel comparison silently loses email's sales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from channelcompare.attribution.defaults import PAID_MARKER
from channelcompare.attribution.rules import UNASSIGNED, Condition, Rule, RuleSet
from channelcompare.attribution.storage import rule_to_json

_SOCIAL_WORDS: Final = re.compile(r"social|insta|facebook|^fb|^ig|meta|tiktok|linkedin|pinterest|snap")
#: Words in a medium that say which channel the user probably meant, checked in order.
_HINTS: Final = (
    (
        re.compile(r"mail|newsletter|^nl$|^nl[-_ ]|edm|crm|mailchimp|klaviyo|brevo|sendinblue|mailerlite"),
        "email",
    ),
    (re.compile(r"sms|^text"), "sms"),
    (
        re.compile(r"social|insta|facebook|^fb|^ig$|post|stor(y|ies)|reel|bio|tiktok|linkedin|pinterest"),
        "organic_social",
    ),
)


@dataclass(frozen=True)
class UnassignedMedium:
    """A medium no rule claims: how much traffic or revenue it carries, and the rule we suggest (if any)."""

    medium: str
    rows: int
    weight: float | None
    suggested: Rule | None

    def to_json(self) -> dict[str, Any]:
        rule = rule_to_json(self.suggested) if self.suggested else None
        return {"medium": self.medium, "orders": self.rows, "revenue": self.weight, "suggested_rule": rule}

    def message(self, unit: str = "rows", weight_name: str = "revenue") -> str:
        amount = f", {weight_name} {self.weight:,.2f}" if self.weight is not None else ""
        text = (
            f"utm_medium '{self.medium}' ({self.rows} {unit}{amount}) matches no channel rule, so GA4's default "
            "grouping sends it to Unassigned and it counts as other."
        )
        if self.suggested is None:
            return text + " Add a channel rule for it if you know its channel."
        return text + f" Suggested rule: medium exactly '{self.medium}' -> {self.suggested.channel}."


def suggest_channel(medium: str) -> str | None:
    """The channel a medium's wording points to, or None when it says nothing clear. A paid marker wins:
    `FB-Paid_…` is paid social, never organic; a paid medium with no social word gets no suggestion."""
    folded = medium.strip().casefold()
    if re.fullmatch(PAID_MARKER, folded):
        return "paid_social" if _SOCIAL_WORDS.search(folded) else None
    for pattern, channel in _HINTS:
        if pattern.search(folded):
            return channel
    return None


def unassigned_mediums(
    rules: RuleSet,
    source: pd.Series,
    medium: pd.Series,
    campaign: pd.Series | None = None,
    weights: pd.Series | None = None,
) -> list[UnassignedMedium]:
    """Every non-empty medium whose rows no rule claims, largest first (by weight, else rows)."""
    assignment = rules.assign(source, medium, campaign)
    medium = medium.astype("str").fillna("").str.strip()
    lost = (assignment.rule == UNASSIGNED) & (medium != "")
    if not lost.any():
        return []
    frame = pd.DataFrame({"medium": medium[lost], "key": medium[lost].str.casefold()})
    frame["weight"] = weights[lost] if weights is not None else 0.0
    out = []
    for _key, group in frame.groupby("key", sort=False):
        spelling = str(group.groupby("medium", sort=False)["weight"].agg(["sum", "size"]).idxmax().iloc[0])
        channel = suggest_channel(spelling)
        rule = None
        if channel is not None:
            rule = Rule(f"{spelling} -> {channel}", channel, (Condition("medium", "exactly", spelling),))
        weight = float(group["weight"].sum()) if weights is not None else None
        out.append(UnassignedMedium(spelling, len(group), weight, rule))
    out.sort(key=lambda m: (-(m.weight or 0.0), -m.rows, m.medium))
    return out


def grouped_warnings(
    lost: list[UnassignedMedium], unit: str = "rows", weight_name: str = "revenue", shown: int = 5
) -> list[str]:
    """The unmatched mediums as one warning line with their counts (largest first), however many there are:
    an export with Meta's dynamic UTMs has hundreds, and a line each buries every other warning."""
    if len(lost) <= 1:
        return [m.message(unit, weight_name) for m in lost]

    def amount(rows: int, weight: float | None) -> str:
        if weight is None:
            return f"{rows} {unit}"
        return f"{rows} {unit}, {weight_name} " + (
            f"{weight:,.0f}" if weight.is_integer() else f"{weight:,.2f}"
        )

    weights = [m.weight for m in lost if m.weight is not None]
    total = amount(sum(m.rows for m in lost), sum(weights) if weights else None)
    listed = ", ".join(f"'{m.medium}' ({amount(m.rows, m.weight)})" for m in lost[:shown])
    more = f" and {len(lost) - shown} more" if len(lost) > shown else ""
    return [
        f"{len(lost)} utm_medium values ({total}) match no channel rule, so GA4's default grouping sends them "
        f"to Unassigned and they count as other: {listed}{more}.{_rules_hint(lost)}"
    ]


def _rules_hint(lost: list[UnassignedMedium]) -> str:
    suggested = [m for m in lost if m.suggested is not None]
    if not suggested or suggested[0].suggested is None:
        return " Add channel rules for them if you know their channels."
    first, rule = suggested[0], suggested[0].suggested
    return (
        f" Suggested rules for {len(suggested)} of them (for example medium exactly '{first.medium}' "
        f"-> {rule.channel}) are offered in Channel rules."
    )
