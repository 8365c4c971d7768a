"""Warnings that keep the comparison honest: attribution windows, audience bases, currencies, periods."""

from __future__ import annotations

import pandas as pd

from channelcompare import windows
from channelcompare.metrics import MPP_FLAG
from channelcompare.prepare import distinct_pairs
from channelcompare.summarize import Group
from channelcompare.wording import BASIS_WORDS, PLATFORM_LABELS, capitalised, in_sentence, possessive


def comparison_warnings(
    table: pd.DataFrame, groups: dict[str, Group], baseline: Group | None, *, opens_as_interactions: bool
) -> list[str]:
    warnings = attribution_warnings(table)
    warnings += basis_warnings(groups, baseline)
    if baseline is not None:
        warnings += currency_warnings(groups, baseline)
        warnings += period_warnings(table, groups, baseline)
    if opens_as_interactions:
        warnings.append(f"Email interactions count opens, as asked. {MPP_FLAG}")
    return warnings


def _counts_visits(group: Group) -> bool:
    return group.summary.audience_basis == "sessions"


def comparable(groups: list[Group], baseline: Group) -> tuple[list[Group], list[Group]]:
    """Split groups into those measured like the baseline and those that are not: sessions count visits of
    people who already came to the site, delivered emails and reach count people the channel reached; a rate
    per visit and a rate per person reached are not comparable."""
    same = [g for g in groups if _counts_visits(g) == _counts_visits(baseline)]
    return same, [g for g in groups if _counts_visits(g) != _counts_visits(baseline)]


def visit_warnings(apart: list[Group], baseline: Group) -> list[str]:
    if not apart:
        return []
    names = capitalised(", ".join(in_sentence(g.summary.label) for g in apart))
    base = in_sentence(baseline.summary.label)
    several = len(apart) > 1
    if _counts_visits(baseline):
        return [
            f"{names} {'count' if several else 'counts'} people reached, {base} counts site sessions: "
            f"{'they are' if several else 'it is'} shown but not compared with {base}."
        ]
    return [
        f"{names} {'are' if several else 'is'} measured in site sessions (visits of people already on the site), "
        f"not people reached: {'they are' if several else 'it is'} shown but not compared with {base}."
    ]


def attribution_warnings(table: pd.DataFrame) -> list[str]:
    """One warning when conversions or revenue of several platforms are set side by side and their
    attribution windows differ or are unknown (a window recorded as the platform's default counts as
    known, and says so)."""
    claims = (table["conversions"].notna() | table["revenue"].notna()).to_numpy()
    platforms = sorted(
        {str(p) for p in table["platform"][claims].dropna().unique() if windows.is_claiming(str(p))}
    )
    if len(platforms) < 2:
        return []
    stated = dict(distinct_pairs(table["platform"][claims], table["attribution"][claims]))
    unknown = [p for p in platforms if p not in stated]
    if not unknown and len({stated[p] for p in platforms}) < 2:
        return []
    listed = "; ".join(f"{PLATFORM_LABELS.get(p, p)}: {stated.get(p, 'unknown')}" for p in platforms)
    return [
        f"Conversions are counted with different or unknown attribution windows ({listed}), so the "
        "platforms' conversion and revenue figures are not like for like; set them against the store's own "
        "view (share of sales)."
    ]


def basis_warnings(groups: dict[str, Group], baseline: Group | None) -> list[str]:
    out = []
    for group in groups.values():
        bases = group.summary.audience_basis.split(", ")
        if len(bases) > 1:
            out.append(
                f"{possessive(group.summary.label)} audience mixes {_basis_words(group.summary.audience_basis)} "
                "(some sources lack the preferred count); its rates are slightly less consistent."
            )
    if baseline is None or not baseline.summary.audience_basis:
        return out
    differing = [
        g
        for g in comparable(list(groups.values()), baseline)[0]
        if g is not baseline and g.summary.audience_basis != baseline.summary.audience_basis
    ]
    if differing:
        others = ", ".join(
            f"{in_sentence(g.summary.label)} counts {_basis_words(g.summary.audience_basis)}"
            for g in differing
        )
        out.append(
            f"Audiences are counted differently: {in_sentence(baseline.summary.label)} counts "
            f"{_basis_words(baseline.summary.audience_basis)}; {others}. Rates per person reached compare these in "
            "spirit, not exactly."
        )
    return out


def _basis_words(basis: str) -> str:
    """ "delivered, sent" -> "delivered emails and sent emails"."""
    return " and ".join(BASIS_WORDS.get(b, b) for b in basis.split(", ")) if basis else "nothing"


def currency_warnings(groups: dict[str, Group], baseline: Group) -> list[str]:
    base = baseline.summary.currency
    differing = [g.summary.label for g in groups.values() if g.summary.currency not in (None, base)]
    if not differing or base is None:
        return []
    return [
        f"Money of {', '.join(differing)} is not in {base} like {in_sentence(baseline.summary.label)}'s: "
        "their revenue and cost metrics are shown but not compared (money is never mixed across currencies)."
    ]


def period_warnings(table: pd.DataFrame, groups: dict[str, Group], baseline: Group) -> list[str]:
    """Channels whose dates do not overlap the baseline's are not compared over the same time."""
    first = table.groupby("channel", observed=True)["start"].min()
    last = table["end"].fillna(table["start"]).groupby(table["channel"], observed=True).max()
    b = baseline.channel
    if pd.isna(first.get(b)):
        return []
    apart = [
        g.summary.label
        for c, g in groups.items()
        if c != b and pd.notna(first.get(c)) and (first[c] > last[b] or last[c] < first[b])
    ]
    if not apart:
        return []
    return [
        f"The dates of {', '.join(apart)} do not overlap {in_sentence(baseline.summary.label)}'s "
        f"({first[b]:%d %b %Y} to {last[b]:%d %b %Y}); seasons and offers may explain differences."
    ]
