"""Channel signals of store orders: UTMs from URLs and note attributes, referrers, and the channel they give.

An order's channel comes, in this order, from the store's code rules (discount code, tags, note attributes),
then from its UTM source/medium/campaign through the channel rules. An order with neither signal is
unattributed: it counts as `other` and is reported as unattributed, never guessed.

Signals that are not UTMs enter the rules as a source and a medium, so the user's rules can name them:
an ad click id a tracking app kept (`gclid` -> `google / cpc`, `ttclid` -> `tiktok / cpc`, `fbclid` ->
`facebook / referral`: Facebook adds it to every outbound link, paid or not), the store's sales channel
(Shopify `Source` = `tiktok` -> `tiktok / sales channel`: TikTok Shop orders are social sales), and the
referring site (`https://l.instagram.com/` -> `l.instagram.com / referral`). UTMs win over all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote_plus

import numpy as np
import pandas as pd

from channelcompare.attribution.codes import classify_codes
from channelcompare.attribution.rules import UNASSIGNED, RuleSet, known_source_mask

UTM_FIELDS: Final = ("utm_source", "utm_medium", "utm_campaign")
#: Ad click ids a tracking app may keep instead of UTMs, as the source and medium they mean.
CLICK_IDS: Final = {
    "gclid": ("google", "cpc"),
    "ttclid": ("tiktok", "cpc"),
    "fbclid": ("facebook", "referral"),
}
#: The medium given to a store's social sales channel (Shopify `Source` = `tiktok`, `instagram`...).
SALES_CHANNEL_MEDIUM: Final = "sales channel"
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
        raw = text.str.extract(rf"[?&;]{name}=([^&#;\s]*)", expand=False)  # a URL ends at a space or line end
        out[name] = _decode(raw.where(raw != ""))
    return pd.DataFrame(out, index=urls.index)


def utm_from_note_attributes(notes: pd.Series) -> pd.DataFrame:
    """UTMs written by tracking apps into Shopify note attributes: `utm_source: x` lines, JSON such as Elevar's
    `_elevar_visitor_info: {"utm_source":"Klaviyo",...}`, a landing URL, else an ad click id (see module)."""
    text = notes.astype("str")
    from_urls = utm_from_urls(text)
    out = {}
    for name in UTM_FIELDS:
        direct = text.str.extract(rf"(?im)^\s*{name}\s*:\s*([^\n\r]*?)\s*$", expand=False)
        in_json = _json_value(text, name)
        out[name] = direct.where(direct != "").fillna(in_json).fillna(from_urls[name]).astype("str")
    return first_signal(pd.DataFrame(out, index=notes.index), _click_ids(text))


def referrer_from_note_attributes(notes: pd.Series) -> pd.Series:
    """The referrer a tracking app kept (`referrer: https://…` line or a `"referrer":"…"` JSON key)."""
    text = notes.astype("str")
    line = text.str.extract(r"(?im)^\s*_?referr?er\s*:\s*(\S+)\s*$", expand=False)
    return line.fillna(_json_value(text, "referr?er")).astype("str")


def _json_value(text: pd.Series, key: str) -> pd.Series:
    """A string value of `key` in JSON inside the text (also JSON escaped once more: `\\"utm_source\\":…`)."""
    found = text.str.extract(rf'\\?"{key}\\?"\s*:\s*\\?"([^"\\]*)', expand=False)
    return found.where(found != "")


def _click_ids(text: pd.Series) -> pd.DataFrame:
    out = pd.DataFrame(None, index=text.index, columns=list(UTM_FIELDS), dtype="str")
    for key, (source, medium) in reversed(CLICK_IDS.items()):  # the first listed wins
        has = text.str.contains(rf'(?i)(?:^|[\s"?&{{,]){key}\\?"?\s*[:=]', regex=True).fillna(False)
        out.loc[has.astype(bool), ["utm_source", "utm_medium"]] = [source, medium]
    return out


def sales_channel_utm(channels: pd.Series) -> pd.DataFrame:
    """Shopify's `Source` as a rule input when it names a social sales channel (`tiktok`, `instagram`,
    `facebook`...): source = the value, medium `sales channel`. `web`, `pos`, `shopify_draft_order`,
    `subscription_contract` and numeric app ids say nothing about marketing: no signal."""
    value = channels.astype("str").str.strip()
    social = known_source_mask(value.str.casefold().fillna(""), "social") & value.notna()
    return pd.DataFrame(
        {
            "utm_source": value.where(social),
            "utm_medium": pd.Series(SALES_CHANNEL_MEDIUM, index=channels.index, dtype="str").where(social),
            "utm_campaign": pd.Series(None, index=channels.index, dtype="str"),
        }
    )


def referrer_utm(referrers: pd.Series) -> pd.DataFrame:
    """A referring site as source = its host, medium `referral` (the channel rules decide from there)."""
    host = referrer_source(referrers)
    return pd.DataFrame(
        {
            "utm_source": host,
            "utm_medium": pd.Series("referral", index=referrers.index, dtype="str").where(host.notna()),
            "utm_campaign": pd.Series(None, index=referrers.index, dtype="str"),
        }
    )


def first_signal(first: pd.DataFrame, *fallbacks: pd.DataFrame) -> pd.DataFrame:
    """Per order, the UTMs of the first frame that has any (a source or medium), in the order given."""
    out = first[list(UTM_FIELDS)].astype("str")
    for fallback in fallbacks:
        empty = ~_has_signal(out)
        if not empty.any():
            break
        out.loc[empty, list(UTM_FIELDS)] = fallback.loc[empty, list(UTM_FIELDS)].astype("str").to_numpy()
    return out


def _has_signal(utm: pd.DataFrame) -> pd.Series:
    return pd.concat([utm[n].fillna("").str.strip() != "" for n in ("utm_source", "utm_medium")], axis=1).any(
        axis=1
    )


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
