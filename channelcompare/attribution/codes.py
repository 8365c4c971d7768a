"""Channel signals a store order carries without UTMs: discount codes, order tags and note attributes.

Shopify's orders export has no UTM column, so a shop that hands out channel-specific codes (`NL…` in the
newsletter, `INSTA15` on Instagram) can map them to channels here. A rule matches when one of the order's
codes or tags (comma-separated) starts with its prefix, ignoring case; for note attributes (`key: value` lines)
the prefix is tested on each line and on each value. The first matching rule wins. The defaults are the common
conventions of the sample shop; every shop should check them, and orders no rule claims stay unattributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from channelcompare.model import CHANNELS

CodeField = Literal["discount_code", "tags", "note_attributes"]
CODE_FIELDS: Final = ("discount_code", "tags", "note_attributes")


@dataclass(frozen=True)
class CodeRule:
    """Orders whose `field` has an entry starting with `prefix` belong to `channel`."""

    field: CodeField
    prefix: str
    channel: str

    def pattern(self) -> str:
        prefix = re.escape(self.prefix.strip())
        if self.field == "note_attributes":  # a line, or the value after "key:" on a line
            return rf"(?:^|\n)\s*(?:[^:\n]*:\s*)?{prefix}"
        return rf"(?:^|,)\s*{prefix}"

    def mask(self, values: pd.Series) -> pd.Series:
        return values.str.contains(self.pattern(), case=False, regex=True).fillna(False).astype(bool)


DEFAULT_CODE_RULES: Final[tuple[CodeRule, ...]] = (
    CodeRule("discount_code", "NEWSLETTER", "email"),
    CodeRule("discount_code", "NL", "email"),
    CodeRule("discount_code", "WELCOME", "email_automation"),
    CodeRule("discount_code", "INSTA", "organic_social"),
    CodeRule("discount_code", "META", "paid_social"),
    CodeRule("discount_code", "SMS", "sms"),
)


def classify_codes(signals: pd.DataFrame, rules: tuple[CodeRule, ...]) -> pd.Series:
    """Channel per order from the first code rule that matches, missing (NA) where none does.

    `signals` has any of the columns discount_code, tags, note_attributes; absent columns match nothing.
    Each column is factorised once and the rules run on its distinct values, not once per order.
    """
    decided = np.full(len(signals), -1, dtype=np.int64)  # index of the first matching rule
    distinct = {
        field: pd.factorize(signals[field].astype("str"))
        for field in CODE_FIELDS
        if field in signals and any(rule.field == field for rule in rules)
    }
    for position, rule in enumerate(rules):
        if rule.field not in distinct or not rule.prefix.strip():
            continue
        codes, uniques = distinct[rule.field]
        hits_unique = np.append(rule.mask(pd.Series(uniques, dtype="str")).to_numpy(), False)  # last: missing
        hits = hits_unique[np.where(codes >= 0, codes, len(uniques))] & (decided < 0)
        decided[hits] = position
    channels = pd.Series([rule.channel for rule in rules] + [None], dtype="str")
    out = channels.take(np.where(decided >= 0, decided, len(rules)))
    return out.set_axis(signals.index)


def check_code_rule(rule: CodeRule) -> list[str]:
    """What is wrong with a code rule (empty when usable)."""
    problems = []
    if rule.field not in CODE_FIELDS:
        problems.append(
            f"code rule '{rule.prefix}': unknown field '{rule.field}' (expected {', '.join(CODE_FIELDS)})"
        )
    if not rule.prefix.strip():
        problems.append("a code rule has an empty prefix: it would claim every order")
    if rule.channel not in CHANNELS:
        problems.append(f"code rule '{rule.prefix}': unknown channel '{rule.channel}'")
    return problems
