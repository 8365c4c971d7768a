"""Retargeted email told apart from lifecycle automation, by the names of automated messages.

An automated email is *retargeting* when a visit or a cart triggered it (abandoned cart or checkout,
browse abandonment, back in stock, price drop): the person has just shown intent, which is why those
messages do so well and why the claim compares social with them separately. Welcome series,
post-purchase, win-back and birthday messages are *lifecycle* automation. Exports do not say which is
which; the flow's name does (Klaviyo "Flow – Message" names and tags, Mailchimp automation and
customer-journey names), in English or French.

The rules are data (`FlowRule`), editable by passing another tuple; the defaults below are matched in
order on the name and tags, casefolded and without accents. A name no rule knows stays in
`email_automation` with a note: never silently in retargeting. Applied when records are prepared
(channelcompare/prepared.py), so an older workspace's flows get the channel on re-analysis.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

import pandas as pd

from channelcompare.prepare import is_campaign_row

RETARGETING: Final = "email_retargeting"
LIFECYCLE: Final = "email_automation"


@dataclass(frozen=True)
class FlowRule:
    """Names matching `pattern` (a regular expression on casefolded, accent-free text) are `kind`."""

    key: str
    pattern: str
    channel: str


DEFAULT_FLOW_RULES: Final = (
    FlowRule(
        "abandoned_cart",
        r"abandon\w*\s+(cart|basket)|cart\s+abandon|panier\s+abandon|abandon\w*\s+de\s+panier|relance\s+panier",
        RETARGETING,
    ),
    FlowRule(
        "abandoned_checkout",
        r"abandon\w*\s+checkout|checkout\s+abandon|(commande|paiement)\s+abandon|abandon\w*\s+de\s+commande",
        RETARGETING,
    ),
    FlowRule(
        "browse_abandonment",
        r"browse\s+abandon|abandon\w*\s+browse|navigation\s+abandon|abandon\w*\s+de\s+navigation|viewed\s+product|produits?\s+consultes?",
        RETARGETING,
    ),
    FlowRule("back_in_stock", r"back\s+in\s+stock|restock|(de\s+)?retour\s+en\s+stock|reassort", RETARGETING),
    FlowRule("price_drop", r"price\s+drop|baisse\s+de\s+prix|prix\s+en\s+baisse", RETARGETING),
    FlowRule("welcome", r"welcome|bienvenue|onboarding", LIFECYCLE),
    FlowRule(
        "post_purchase",
        r"post[-\s]?purchase|after\s+purchase|thank\s+you|(apres|post)[-\s]?achat|merci\s+pour\s+votre\s+commande",
        LIFECYCLE,
    ),
    FlowRule(
        "win_back",
        r"win[-\s]?back|re-?engage|reactivation|reconquete|(vous\s+nous\s+manquez|tu\s+nous\s+manques)",
        LIFECYCLE,
    ),
    FlowRule("birthday", r"birthday|anniversaire", LIFECYCLE),
)


def plain(text: str) -> str:
    """Casefolded, accents removed: "Panier abandonné" -> "panier abandonne"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rule_for(name: str, rules: tuple[FlowRule, ...] = DEFAULT_FLOW_RULES) -> FlowRule | None:
    """The first rule matching `name`, or None when no rule knows it."""
    text = plain(name)
    return next((rule for rule in rules if re.search(rule.pattern, text)), None)


def classify_automation(
    records: pd.DataFrame, rules: tuple[FlowRule, ...] = DEFAULT_FLOW_RULES
) -> tuple[pd.DataFrame, list[str]]:
    """`records` with the automated emails a rule calls retargeting moved to `email_retargeting`, and a
    note naming the automated emails no rule knows (they stay lifecycle automation)."""
    # Store orders are attributed by the channel rules (channelcompare/attribution), not renamed here.
    lifecycle = (records["channel"] == LIFECYCLE).fillna(False)
    automated = (lifecycle & is_campaign_row(records)).to_numpy(dtype=bool)
    if not automated.any():
        return records, []
    names = (
        records.loc[automated, "campaign_name"].fillna("") + " " + records.loc[automated, "tags"].fillna("")
    )
    found = {name: rule_for(name, rules) for name in pd.unique(names)}
    channels = {name: rule.channel if rule else LIFECYCLE for name, rule in found.items()}
    channel = names.map(channels)
    out = records.copy()
    out.loc[automated, "channel"] = channel.to_numpy()
    unknown = sorted({name.strip() for name, rule in found.items() if rule is None})
    return out, [_unknown_note(unknown)] if unknown else []


#: How the note on unknown names ends: the claim repeats the note among its retargeting caveats.
UNKNOWN_NOTE_END: Final = "Add a rule if they are triggered by a visit or a cart."


def _unknown_note(names: list[str]) -> str:
    shown = ", ".join(f'"{n}"' for n in names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return (
        f"{len(names)} automated email name(s) match no retargeting or lifecycle rule and are counted as "
        f"lifecycle automation: {shown}. {UNKNOWN_NOTE_END}"
    )
