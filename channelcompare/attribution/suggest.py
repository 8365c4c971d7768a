"""Warnings for mediums the rules send to Unassigned, each with a rule the user can add in one click.

GA4's email group needs the source or medium to be `email` (or `e-mail`, `e_mail`, `e mail`); the very common
`utm_medium=newsletter` therefore lands in Unassigned, and a channel comparison silently loses email's sales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from channelcompare.attribution.rules import UNASSIGNED, Condition, Rule, RuleSet
from channelcompare.attribution.storage import rule_to_json

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
    """The channel a medium's wording points to, or None when it says nothing clear."""
    folded = medium.strip().casefold()
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
