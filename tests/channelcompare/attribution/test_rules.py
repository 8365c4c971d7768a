"""Every rule of GA4's default channel grouping, as our default channel rules, plus user rules and JSON."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from channelcompare.attribution.codes import CodeRule
from channelcompare.attribution.rules import Condition, Rule, RuleSet
from channelcompare.attribution.storage import load_rules, rules_from_json, rules_to_json, save_rules
from channelcompare.attribution.suggest import unassigned_mediums
from channelcompare.errors import InvalidRules

DEFAULTS = RuleSet()


@pytest.mark.parametrize(
    ("source", "medium", "campaign", "channel", "group"),
    [
        ("(direct)", "(none)", "", "direct", "Direct"),
        ("(direct)", "(not set)", "", "direct", "Direct"),
        ("(DIRECT)", "(None)", "", "direct", "Direct"),
        ("google", "cpc", "x_cross-network_y", "other", "Cross-network"),
        ("amazon", "cpc", "", "paid_search", "Paid Shopping"),
        ("google", "cpc", "summer_shopping", "paid_search", "Paid Shopping"),
        ("google", "cpc", "rentrée", "paid_search", "Paid Search"),
        ("Bing", "PPC", "", "paid_search", "Paid Search"),
        ("google", "paid_search", "", "paid_search", "Paid Search"),
        ("facebook", "cpc", "", "paid_social", "Paid Social"),
        ("Facebook", "Paid_Social", "", "paid_social", "Paid Social"),
        ("instagram", "paid", "", "paid_social", "Paid Social"),
        ("ig", "retargeting", "", "paid_social", "Paid Social"),
        ("m.facebook.com", "cpm", "", "paid_social", "Paid Social"),
        ("linkedin", "cpc", "", "paid_social", "Paid Social"),
        ("youtube", "cpv", "", "display", "Paid Video"),
        ("newsletter", "display", "", "display", "Display"),
        ("criteo", "banner", "", "display", "Display"),
        ("criteo", "CPM", "", "display", "Display"),
        ("criteo", "cpa", "", "other", "Paid Other"),
        ("etsy", "referral", "", "other", "Organic Shopping"),
        ("facebook", "referral", "", "organic_social", "Organic Social"),
        ("l.instagram.com", "referral", "", "organic_social", "Organic Social"),
        ("https://www.instagram.com/p/abc", "", "", "organic_social", "Organic Social"),
        ("blog", "social", "", "organic_social", "Organic Social"),
        ("blog", "Social Media", "", "organic_social", "Organic Social"),
        ("facebook", "email", "", "organic_social", "Organic Social"),  # GA4 order: social before email
        ("vimeo", "referral", "", "other", "Organic Video"),
        ("google", "organic", "", "organic_search", "Organic Search"),
        ("www.google.fr", "referral", "", "organic_search", "Organic Search"),
        ("qwant", "organic", "", "organic_search", "Organic Search"),
        ("unknown-engine", "Organic", "", "organic_search", "Organic Search"),
        ("lemonde.fr", "referral", "", "referral", "Referral"),
        ("partner", "link", "", "referral", "Referral"),
        ("mailchimp", "email", "", "email", "Email"),
        ("Mailchimp", "EMAIL", "", "email", "Email"),
        ("email", "newsletter", "", "email", "Email"),
        ("klaviyo", "e-mail", "", "email", "Email"),
        ("klaviyo", "e_mail", "", "email", "Email"),
        ("klaviyo", "e mail", "", "email", "Email"),
        ("awin", "affiliate", "", "other", "Affiliates"),
        ("spotify", "audio", "", "other", "Audio"),
        ("sms", "text", "", "sms", "SMS"),
        ("brevo", "SMS", "", "sms", "SMS"),
        ("app", "web_push", "", "other", "Mobile Push Notifications"),
        ("firebase", "x", "", "other", "Mobile Push Notifications"),
        ("mailchimp", "newsletter", "", "other", "Unassigned"),
        ("meta", "boosted_post", "", "organic_social", "Organic Social"),
        # Meta's dynamic UTMs ({{placement}} / custom medium): a paid marker anywhere in the medium wins
        ("Instagram_Stories", "FB-Paid_Mixed_Purchases_ASC Ad set", "", "paid_social", "Paid Social"),
        ("Facebook_Mobile_Feed", "FB-Paid_Retargeting", "", "paid_social", "Paid Social"),
        ("an", "FB-Paid_Prospecting", "", "paid_social", "Paid Social"),
        ("facebook", "facebook_ads", "", "paid_social", "Paid Social"),
        ("ig", "story-cpc", "", "paid_social", "Paid Social"),
        ("partner", "ads", "", "other", "Paid Other"),
        ("ig", "leads", "", "organic_social", "Organic Social"),  # `leads` is no paid marker
        ("", "", "", "other", "Unassigned"),
    ],
)
def test_default_channel_grouping(source: str, medium: str, campaign: str, channel: str, group: str) -> None:
    assert DEFAULTS.explain(source, medium, campaign) == (channel, group)


def test_classify_is_vectorised_and_keeps_original_values() -> None:
    source = pd.Series(["Mailchimp", "facebook", None, "google"], dtype="str")
    medium = pd.Series(["Email", "cpc", None, "organic"], dtype="str")
    before = source.copy()
    channels = DEFAULTS.classify(source, medium)
    assert channels.tolist() == ["email", "paid_social", "other", "organic_search"]
    pd.testing.assert_series_equal(source, before)


def test_user_rules_come_first() -> None:
    rules = RuleSet(
        user_rules=(
            Rule("newsletter", "email", (Condition("medium", "exactly", "Newsletter"),)),
            Rule("flows", "email_automation", (Condition("campaign", "starts_with", "flow_"),)),
        )
    )
    assert rules.explain("mailchimp", "newsletter") == ("email", "newsletter")
    assert rules.explain("klaviyo", "email", "FLOW_welcome") == ("email_automation", "flows")
    assert rules.explain("klaviyo", "email", "rentrée") == ("email", "Email")
    assert RuleSet(rules.user_rules, use_defaults=False).explain("google", "organic") == (
        "other",
        "Unassigned",
    )


def test_regex_rule_ignores_case_without_folding_the_pattern() -> None:
    rules = RuleSet(user_rules=(Rule("codes", "email", (Condition("campaign", "matches", r"NL\D+"),)),))
    assert rules.explain("shop", "y", "nl-rentree")[0] == "email"
    assert rules.explain("shop", "y", "nl123")[0] == "other"


def test_newsletter_medium_warns_with_a_suggested_rule() -> None:
    source = pd.Series(["mailchimp", "mailchimp", "mailchimp", "partner", "google"])
    medium = pd.Series(["newsletter", "Newsletter", "newsletter", "weird", "organic"])
    weights = pd.Series([10.0, 20.0, 1.0, 5.0, 100.0])
    lost = unassigned_mediums(DEFAULTS, source, medium, weights=weights)
    # one entry per medium whatever its case, named after the spelling that carries the most revenue
    assert [(m.medium, m.rows, m.weight) for m in lost] == [("Newsletter", 3, 31.0), ("weird", 1, 5.0)]
    assert lost[0].suggested is not None and lost[0].suggested.channel == "email"
    assert lost[1].suggested is None
    assert "Unassigned" in lost[0].message("orders") and "-> email" in lost[0].message()
    fixed = RuleSet(user_rules=(lost[0].suggested,))
    assert unassigned_mediums(fixed, source, medium)[0].medium == "weird"


def test_paid_markers_are_never_suggested_as_organic() -> None:
    source = pd.Series(["Instagram_Stories_x", "partner", "blog"])
    medium = pd.Series(["FB_Paid stories", "newsletter_ads", "instagram"])
    assert DEFAULTS.explain("unknown", "FB_Paid stories")[0] == "paid_social"
    lost = {m.medium: m.suggested for m in unassigned_mediums(RuleSet(use_defaults=False), source, medium)}
    assert lost["FB_Paid stories"] is not None and lost["FB_Paid stories"].channel == "paid_social"
    assert lost["newsletter_ads"] is None  # paid, channel unclear: no suggestion rather than email
    assert lost["instagram"] is not None and lost["instagram"].channel == "organic_social"


def test_rules_round_trip_through_json(tmp_path) -> None:
    rules = RuleSet(
        user_rules=(Rule("nl", "email", (Condition("medium", "one_of", "newsletter|nl"),), "any"),),
        use_defaults=False,
        code_rules=(CodeRule("tags", "VIP", "email"),),
    )
    path = tmp_path / "rules.json"
    save_rules(rules, path)
    assert load_rules(path) == rules
    assert rules_from_json(json.loads(json.dumps(rules_to_json(rules)))) == rules


@pytest.mark.parametrize(
    "bad",
    [
        {
            "version": 1,
            "rules": [
                {
                    "name": "x",
                    "channel": "tv",
                    "conditions": [{"field": "medium", "match": "exactly", "value": "tv"}],
                }
            ],
        },
        {
            "version": 1,
            "rules": [
                {
                    "name": "x",
                    "channel": "email",
                    "conditions": [{"field": "medium", "match": "matches", "value": "("}],
                }
            ],
        },
        {"version": 1, "rules": [{"name": "x"}]},
        {"version": 1, "code_rules": [{"field": "discount_code", "prefix": " ", "channel": "email"}]},
        {"version": 2},
        [],
    ],
)
def test_invalid_rules_are_refused_with_a_reason(bad: object) -> None:
    with pytest.raises(InvalidRules, match="channel rules"):
        rules_from_json(bad)


def test_remembered_verdicts_follow_the_rules_and_match_direct_evaluation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The verdicts are memoised per (rules, distinct triples): a new rule must change them, and the memo
    must give what evaluating every rule directly gives."""
    from channelcompare.attribution import rules as rules_module

    source = pd.Series(["newsletter", "facebook.com", "google", "shop-partner"] * 3)
    medium = pd.Series(["email", "referral", "cpc", "affiliate"] * 3)
    plain = RuleSet().assign(source, medium)
    custom = RuleSet(
        user_rules=(Rule("partners", "referral", (Condition("medium", "exactly", "affiliate"),)),)
    )
    with_rule = custom.assign(source, medium)
    assert plain.rule.iloc[3] != "partners" and with_rule.rule.iloc[3] == "partners"
    assert list(RuleSet().assign(source, medium).channel) == list(plain.channel)  # the memo's answer
    monkeypatch.setattr(rules_module, "MEMO_TRIPLES", 0)  # every triple set evaluated directly
    assert list(custom.assign(source, medium).channel) == list(with_rule.channel)
    assert list(RuleSet().assign(source, medium).rule) == list(plain.rule)
