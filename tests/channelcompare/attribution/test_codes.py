"""Code rules: discount codes, tags and note attributes to channels, first match wins, missing stays missing."""

from __future__ import annotations

import pandas as pd

from channelcompare.attribution.codes import DEFAULT_CODE_RULES, CodeRule, check_code_rule, classify_codes


def test_prefixes_on_codes_tags_and_note_attributes() -> None:
    signals = pd.DataFrame(
        {
            "discount_code": ["nlrentree", "WELCOME10", "SUMMER, INSTA15", None, "ANL10", None],
            "tags": [None, None, None, "vip, Salon", None, None],
            "note_attributes": [None, None, None, None, None, "source: Podcast Lumière\nref: x"],
        }
    )
    rules = (
        *DEFAULT_CODE_RULES,
        CodeRule("tags", "SALON", "referral"),
        CodeRule("note_attributes", "podcast", "other"),
    )
    channels = classify_codes(signals, rules)
    assert channels.iloc[:4].tolist() == ["email", "email_automation", "organic_social", "referral"]
    assert channels.isna().tolist() == [False, False, False, False, True, False]  # ANL10 is not an NL code
    assert channels.iloc[5] == "other"


def test_first_rule_wins_and_absent_columns_match_nothing() -> None:
    signals = pd.DataFrame({"discount_code": ["NL-META"]})
    assert classify_codes(signals, DEFAULT_CODE_RULES).tolist() == ["email"]
    assert classify_codes(signals, (CodeRule("tags", "NL", "sms"),)).isna().all()


def test_bad_code_rules_are_described() -> None:
    assert check_code_rule(CodeRule("discount_code", "", "email"))
    assert check_code_rule(CodeRule("discount_code", "NL", "tv"))
    assert not check_code_rule(CodeRule("tags", "VIP", "email"))
