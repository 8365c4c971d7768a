"""Channel signals of store orders: UTMs from URLs and note attributes, referrers, and the channel they give.

An order's channel comes, in this order, from the store's code rules (discount code, tags, note attributes),
then from its UTM source/medium/campaign through the channel rules. An order with neither signal is
unattributed: it counts as `other` and is reported as unattributed, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote_plus

import numpy as np
import pandas as pd

from channelcompare.attribution.codes import classify_codes
from channelcompare.attribution.rules import UNASSIGNED, RuleSet

UTM_FIELDS: Final = ("utm_source", "utm_medium", "utm_campaign")
_HOST = r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:www\.)?([^/?#:\s]+)"


@dataclass(frozen=True)
class OrderChannels:
    """Per order: the channel, what decided it (`code`, `utm`, or `none`), and the deciding rule's name."""

    channel: pd.Series
    decided_by: pd.Series
    rule: pd.Series

    @property
    def unattributed(self) -> pd.Series:
        """No signal at all, or UTMs that no rule claims (GA4's Unassigned)."""
        return (self.decided_by == "none") | (self.rule == UNASSIGNED)


def _decode(values: pd.Series) -> pd.Series:
    """Percent-decode each distinct value once (`rentr%C3%A9e+2026` -> `rentrée 2026`)."""
    codes, uniques = pd.factorize(values)
    decoded = np.array([unquote_plus(str(v)) for v in uniques] + [None], dtype=object)
    return pd.Series(decoded[np.where(codes >= 0, codes, len(uniques))], index=values.index, dtype="str")


def utm_from_urls(urls: pd.Series) -> pd.DataFrame:
    """utm_source, utm_medium and utm_campaign from the query strings of landing-page URLs (missing if absent)."""
    text = urls.astype("str")
    out = {}
    for name in UTM_FIELDS:
        raw = text.str.extract(rf"[?&;]{name}=([^&#;]*)", expand=False)
        out[name] = _decode(raw.where(raw != ""))
    return pd.DataFrame(out, index=urls.index)


def utm_from_note_attributes(notes: pd.Series) -> pd.DataFrame:
    """UTMs written by tracking apps into Shopify note attributes: `utm_source: x` lines, or a landing URL."""
    text = notes.astype("str")
    from_urls = utm_from_urls(text)
    out = {}
    for name in UTM_FIELDS:
        direct = text.str.extract(rf"(?im)^\s*{name}\s*:\s*([^\n\r]*?)\s*$", expand=False)
        out[name] = direct.where(direct != "").fillna(from_urls[name]).astype("str")
    return pd.DataFrame(out, index=notes.index)


def referrer_source(referrers: pd.Series) -> pd.Series:
    """The host of each referrer URL (`https://www.google.fr/search?q=x` -> `google.fr`), missing if empty."""
    host = referrers.astype("str").str.extract(_HOST, expand=False).str.casefold()
    return host.where(host != "").astype("str")


def order_channels(signals: pd.DataFrame, rules: RuleSet) -> OrderChannels:
    """The channel of each order from its code signals, then its UTMs (see module docstring).

    `signals` may carry discount_code, tags, note_attributes and utm_source/utm_medium/utm_campaign;
    absent columns are no signal.
    """
    index = signals.index
    by_code = classify_codes(signals, rules.code_rules)
    utm = {
        name: signals[name].astype("str") if name in signals else pd.Series(None, index=index, dtype="str")
        for name in UTM_FIELDS
    }
    has_utm = pd.concat([utm[n].fillna("").str.strip() != "" for n in UTM_FIELDS], axis=1).any(axis=1)
    assignment = rules.assign(utm["utm_source"], utm["utm_medium"], utm["utm_campaign"])
    code_hit = by_code.notna()
    utm_hit = ~code_hit & has_utm
    channel = by_code.fillna(assignment.channel.where(utm_hit, "other"))
    decided = pd.Series(
        np.where(code_hit, "code", np.where(utm_hit, "utm", "none")), index=index, dtype="str"
    )
    rule = assignment.rule.where(utm_hit, pd.Series(np.where(code_hit, "code rule", UNASSIGNED), index=index))
    return OrderChannels(channel.astype("str"), decided, rule.astype("str"))
