"""Retargeted email told apart from lifecycle automation (channelcompare/flows.py): a test per default rule
on real-looking Klaviyo flow and Mailchimp customer-journey names, in English and French."""

from __future__ import annotations

import pandas as pd
import pytest

from channelcompare.compare import compare
from channelcompare.flows import (
    DEFAULT_FLOW_RULES,
    LIFECYCLE,
    RETARGETING,
    FlowRule,
    classify_automation,
    rule_for,
)
from channelcompare.model import CHANNELS, concat_records, normalize_records
from importers.load import import_files
from tests.conftest import ROOT

NAMES = {
    "abandoned_cart": [
        "Abandoned Cart Reminder – Email 1",
        "Panier abandonné – Vous avez oublié quelque chose",
    ],
    "abandoned_checkout": ["Abandoned Checkout - Standard", "Commande abandonnée – Finalisez votre achat"],
    "browse_abandonment": ["Browse Abandonment – Still looking?", "Navigation abandonnée – Vous regardiez"],
    "back_in_stock": ["Back in Stock – Email #1", "De retour en stock : Figue & Cèdre"],
    "price_drop": ["Price Drop Alert", "Baisse de prix sur vos favoris"],
    "welcome": ["Welcome Series – Email 2", "Bienvenue 1 – Votre code WELCOME10"],
    "post_purchase": ["Post-Purchase Thank You", "Après achat – Merci ! Conseils d'allumage"],
    "win_back": ["Customer Winback – We miss you", "Reconquête – Vous nous manquez"],
    "birthday": ["Happy Birthday Flow", "Joyeux anniversaire – un cadeau pour vous"],
}


@pytest.mark.parametrize("rule", DEFAULT_FLOW_RULES, ids=lambda rule: rule.key)
def test_each_default_rule_knows_its_english_and_french_names(rule: FlowRule) -> None:
    for name in NAMES[rule.key]:
        found = rule_for(name)
        assert found is not None and found.key == rule.key, name


def test_retargeting_is_only_what_a_visit_or_a_cart_triggered() -> None:
    kinds = {rule.key: rule.channel for rule in DEFAULT_FLOW_RULES}
    retargeting = {
        "abandoned_cart",
        "abandoned_checkout",
        "browse_abandonment",
        "back_in_stock",
        "price_drop",
    }
    assert {key for key, channel in kinds.items() if channel == RETARGETING} == retargeting
    assert RETARGETING in CHANNELS


def _automations(*names: str) -> pd.DataFrame:
    return normalize_records(
        pd.DataFrame(
            {
                "platform": "klaviyo",
                "format_id": "klaviyo_flows",
                "channel": ["email_automation"] * len(names) + ["email"],
                "campaign_name": [*names, "Abandoned cart newsletter? no: a campaign"],
                "sent": 100.0,
            }
        )
    )


def test_unknown_names_stay_lifecycle_with_a_note_and_newsletters_are_untouched() -> None:
    out, notes = classify_automation(_automations("Panier abandonné 1", "VIP Early Access"))
    assert list(out["channel"]) == [RETARGETING, LIFECYCLE, "email"]
    assert len(notes) == 1 and '"VIP Early Access"' in notes[0]


def test_tags_decide_when_the_name_does_not() -> None:
    records = _automations("Flow 3 – Email 1")
    records.loc[0, "tags"] = "Browse abandonment"
    assert classify_automation(records)[0].loc[0, "channel"] == RETARGETING


def test_editable_rules_replace_the_defaults() -> None:
    rules = (FlowRule("vip", r"vip", RETARGETING),)
    out, notes = classify_automation(_automations("VIP Early Access"), rules)
    assert out.loc[0, "channel"] == RETARGETING and not notes


def test_the_sample_flows_split_on_reanalysis() -> None:
    outcomes = import_files([ROOT / "resources" / "sample_data" / "klaviyo_flows_sept_2026.csv"])
    comparison = compare(concat_records([o.result.records for o in outcomes if o.result is not None]))
    # Panier abandonné 1 and 2, Navigation abandonnée: retargeting; Bienvenue 1-3, Après achat: lifecycle
    assert comparison.channels[RETARGETING].campaigns == 3
    assert comparison.channels[LIFECYCLE].campaigns == 4


def test_the_claim_repeats_the_note_on_unknown_names() -> None:
    from channelcompare.claim import assess_claim

    parts = {p.key: p for p in assess_claim(compare(_automations("Panier abandonné 1", "VIP Early Access")))}
    assert any('"VIP Early Access"' in caveat for caveat in parts["vs_retargeted_email"].caveats)
