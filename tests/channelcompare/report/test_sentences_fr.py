"""French findings are built from the engine's numbers: the same ratio, value and interval as the English."""

from __future__ import annotations

from channelcompare.report.i18n import Words
from channelcompare.report.sentences_fr import finding_sentence


def test_french_sentences_carry_the_engine_numbers(shop) -> None:
    _, _, comparison = shop
    words = Words("fr")
    below = next(f for f in comparison.findings if f.verdict == "below" and f.metric == "click_rate")
    sentence = finding_sentence(words, below, comparison, "Meta Ads", "E-mail")
    value = f"{below.value * 100:.2f}".replace(".", ",")
    assert value in sentence and "plus bas que la référence E-mail" in sentence
    factor = 1 / below.ratio
    assert (f"{factor:.1f}".replace(".", ",") + " fois") in sentence or "% plus bas" in sentence


def test_english_sentences_are_the_engine_s_own(shop) -> None:
    _, _, comparison = shop
    finding = comparison.findings[0]
    assert finding_sentence(Words("en"), finding, comparison, "x", "y") == finding.sentence


def test_not_enough_data_is_said_plainly(shop) -> None:
    _, _, comparison = shop
    thin = [f for f in comparison.findings if f.verdict == "not_enough_data"]
    assert thin, "the synthetic shop has comparisons with too little data"
    assert finding_sentence(Words("fr"), thin[0], comparison, "E-mails automatisés", "E-mail").startswith(
        "Données insuffisantes"
    )
