"""Channel rules: traffic source, medium and campaign to a channel, the first matching rule winning.

The user's rules are evaluated first, then GA4's default channel grouping (defaults.py). Matching ignores case
and surrounding spaces but never changes the values themselves. Classification is vectorised over the distinct
(source, medium, campaign) triples, which are few even when the orders are a million.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from channelcompare.attribution.codes import DEFAULT_CODE_RULES, CodeRule
from channelcompare.model import CHANNELS

Field = Literal["source", "medium", "campaign"]
Match = Literal["exactly", "one_of", "matches", "contains", "starts_with", "ends_with", "in_list"]
FIELDS: Final = ("source", "medium", "campaign")
MATCHES: Final = ("exactly", "one_of", "matches", "contains", "starts_with", "ends_with", "in_list")
#: What unmatched traffic is called (GA4's name), and where it is counted.
UNASSIGNED: Final = "Unassigned"
_HOST_PREFIXES = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.|m\.|l\.|lm\.|mobile\.)?")


@dataclass(frozen=True)
class Condition:
    """One test on one field. `one_of` values are separated by `|`; `matches` is a whole-value regex;
    `in_list` names a list of known sources (social, search, shopping, video)."""

    field: Field
    match: Match
    value: str

    def mask(self, values: pd.Series) -> pd.Series:
        """Where the (already casefolded) values pass this test."""
        wanted = self.value.strip().casefold()
        if self.match == "exactly":
            return values == wanted
        if self.match == "one_of":
            return values.isin([part.strip() for part in wanted.split("|")])
        if self.match == "matches":  # the pattern is not casefolded: that would turn \D into \d
            return values.str.fullmatch(self.value.strip(), case=False).fillna(False).astype(bool)
        if self.match == "contains":
            return values.str.contains(wanted, regex=False)
        if self.match == "starts_with":
            return values.str.startswith(wanted)
        if self.match == "ends_with":
            return values.str.endswith(wanted)
        return known_source_mask(values, wanted)


@dataclass(frozen=True)
class Rule:
    """A named rule: when all (or any) of its conditions hold, the traffic belongs to `channel`."""

    name: str
    channel: str
    conditions: tuple[Condition, ...]
    combine: Literal["all", "any"] = "all"

    def mask(self, triples: pd.DataFrame) -> pd.Series:
        masks = [c.mask(triples[c.field]) for c in self.conditions]
        if not masks:
            return pd.Series(False, index=triples.index)
        combined = np.logical_and.reduce(masks) if self.combine == "all" else np.logical_or.reduce(masks)
        return pd.Series(np.asarray(combined, dtype=bool), index=triples.index)


@dataclass(frozen=True)
class Assignment:
    """Per input row: the channel, the name of the rule that decided it (UNASSIGNED when none did), and
    whether the rule was one of the user's."""

    channel: pd.Series
    rule: pd.Series
    by_user_rule: pd.Series


@dataclass(frozen=True)
class RuleSet:
    """The user's rules, then (unless switched off) GA4's default channel grouping; and the store's code rules
    (discount codes, tags, note attributes; see codes.py), which apply to orders before their UTMs."""

    user_rules: tuple[Rule, ...] = ()
    use_defaults: bool = True
    code_rules: tuple[CodeRule, ...] = DEFAULT_CODE_RULES

    def rules(self) -> tuple[Rule, ...]:
        from channelcompare.attribution.defaults import DEFAULT_RULES  # defaults.py builds on this module

        return self.user_rules + (DEFAULT_RULES if self.use_defaults else ())

    def classify(self, source: pd.Series, medium: pd.Series, campaign: pd.Series | None = None) -> pd.Series:
        """The channel of each row; `other` when no rule matches (GA4's Unassigned)."""
        return self.assign(source, medium, campaign).channel

    def assign(self, source: pd.Series, medium: pd.Series, campaign: pd.Series | None = None) -> Assignment:
        """Channel, deciding rule and user-rule flag of each row."""
        campaign = campaign if campaign is not None else pd.Series(None, index=source.index, dtype="str")
        keys = pd.DataFrame({"source": source, "medium": medium, "campaign": campaign}, index=source.index)
        codes, triples = _distinct_triples(keys)
        rules = self.rules()
        first = _first_matches(self, triples)
        channels = np.array([r.channel for r in rules] + ["other"], dtype=object)
        names = np.array([r.name for r in rules] + [UNASSIGNED], dtype=object)
        per_row = first[codes]
        index = source.index
        return Assignment(
            channel=pd.Series(channels[per_row], index=index, dtype="str"),
            rule=pd.Series(names[per_row], index=index, dtype="str"),
            by_user_rule=pd.Series((per_row >= 0) & (per_row < len(self.user_rules)), index=index),
        )

    def explain(self, source: str, medium: str, campaign: str = "") -> tuple[str, str]:
        """(channel, rule name) for one triple: the rules table's test-as-you-type."""
        one = self.assign(pd.Series([source]), pd.Series([medium]), pd.Series([campaign]))
        return str(one.channel.iloc[0]), str(one.rule.iloc[0])


#: Up to this many distinct triples, the rules' verdicts are remembered (see `_first_matches`).
MEMO_TRIPLES: Final = 10_000


def _first_matches(rule_set: RuleSet, triples: pd.DataFrame) -> np.ndarray:
    """Index of the first rule matching each triple (-1: none).

    Every filter change re-runs the sales view on the same orders with the same rules: 38 default rules
    cost ~40 ms of fixed pandas overhead even for one distinct triple, so the verdicts are remembered per
    (rules, distinct triples). Many distinct triples (a GA4 export by campaign) are evaluated directly.
    """
    if len(triples) > MEMO_TRIPLES:
        return _evaluate(rule_set.rules(), triples)
    key = tuple(zip(*(triples[name].tolist() for name in FIELDS), strict=True))
    return _remembered_matches(rule_set, key)


@functools.lru_cache(maxsize=32)
def _remembered_matches(rule_set: RuleSet, key: tuple[tuple[str, str, str], ...]) -> np.ndarray:
    triples = pd.DataFrame(list(key) or None, columns=list(FIELDS), dtype="str")
    first = _evaluate(rule_set.rules(), triples)
    first.flags.writeable = False  # shared by every caller of the cache
    return first


def _evaluate(rules: tuple[Rule, ...], triples: pd.DataFrame) -> np.ndarray:
    masks = [rule.mask(triples).to_numpy() for rule in rules]
    if not rules:
        return np.full(len(triples), -1)
    return np.asarray(np.select(masks, np.arange(len(rules)), default=-1))


def _distinct_triples(keys: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Casefolded, stripped distinct triples, and for every row the index of its triple.

    Each column is factorised on its own and only its distinct values are folded, so a million rows cost
    three factorisations and one integer `unique`, not a million string operations.
    """
    codes, values = [], []
    for name in FIELDS:
        column_codes, uniques = pd.factorize(keys[name].astype("str").fillna(""))
        folded = pd.Series(uniques, dtype="str").str.strip().str.casefold()
        refolded, distinct = pd.factorize(folded)  # "Email" and "email " fold to one value
        codes.append(np.asarray(refolded, dtype=np.int64)[column_codes] if len(uniques) else column_codes)
        values.append(pd.Series(distinct, dtype="str"))
    sizes = [max(len(v), 1) for v in values]
    combined = (codes[0] * sizes[1] + codes[1]) * sizes[2] + codes[2]
    distinct_keys, per_row = np.unique(combined, return_inverse=True)
    source, rest = np.divmod(distinct_keys, sizes[1] * sizes[2])
    medium, campaign = np.divmod(rest, sizes[2])
    triples = pd.DataFrame(
        {
            name: values[i].reindex(parts).reset_index(drop=True).astype("str")
            for i, (name, parts) in enumerate(zip(FIELDS, (source, medium, campaign), strict=True))
        }
    )
    return np.asarray(per_row).reshape(-1), triples


def known_source_mask(values: pd.Series, list_name: str) -> pd.Series:
    """Sources in a known list, by whole value, host (`https://www.facebook.com/x` -> `facebook.com`), brand
    (the domain label before the suffix: `facebook.com` and `facebook.fr` -> `facebook`) or first word before
    `_` or `-` (`instagram_stories` -> `instagram`)."""
    from channelcompare.attribution.defaults import SOURCE_LISTS

    known = SOURCE_LISTS.get(list_name, frozenset())
    host = values.str.replace(_HOST_PREFIXES, "", regex=True).str.split("/", n=1).str[0].str.split(":").str[0]
    labels = host.str.split(".")
    depth = host.str.count(r"\.") + 1
    brand = labels.str[-2].where(depth >= 2, host)
    second_level = labels.str[-3].where((depth >= 3) & brand.isin(["co", "com"]), brand)
    # Meta's dynamic UTMs name the placement: `Instagram_Stories`, `Facebook_Mobile_Feed`, `ig_reels`
    first_word = values.str.extract(r"^([a-z0-9]{2,})[_-]", expand=False)
    return values.isin(known) | host.isin(known) | second_level.isin(known) | first_word.isin(known)


def check_rule(rule: Rule) -> list[str]:
    """What is wrong with a user's rule (empty when it is usable), for the rules table and for loading."""
    problems = []
    if rule.channel not in CHANNELS:
        problems.append(
            f"rule '{rule.name}': unknown channel '{rule.channel}' (expected one of {', '.join(CHANNELS)})"
        )
    if not rule.conditions:
        problems.append(f"rule '{rule.name}' has no condition")
    for condition in rule.conditions:
        if condition.field not in FIELDS or condition.match not in MATCHES:
            problems.append(
                f"rule '{rule.name}': unknown field or match '{condition.field} {condition.match}'"
            )
        elif condition.match == "matches":
            try:
                re.compile(condition.value)
            except re.error as exc:
                problems.append(f"rule '{rule.name}': '{condition.value}' is not a valid pattern ({exc})")
    return problems
