"""Every English string of the report has its French, with the same placeholders."""

from __future__ import annotations

import re

import pytest

from channelcompare.metrics import DEFINITIONS
from channelcompare.report.definitions_text import METHODS, METRIC_TEXT_FR
from channelcompare.report.i18n import ENGLISH, Words
from channelcompare.report.i18n_fr import FRENCH

PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")


def test_french_has_every_key_with_the_same_placeholders() -> None:
    assert set(ENGLISH) <= set(FRENCH)
    for key, english in ENGLISH.items():
        assert set(PLACEHOLDER.findall(english)) == set(PLACEHOLDER.findall(FRENCH[key])), key


def test_every_metric_has_a_french_name_and_definition() -> None:
    for name in DEFINITIONS:
        assert f"metric.{name}" in FRENCH and name in METRIC_TEXT_FR


def test_methods_are_described_in_both_languages() -> None:
    assert len(METHODS["en"]) == len(METHODS["fr"]) > 0


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en, fr"):
        Words("de")
