from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from ui.i18n import TRANSLATIONS


def test_every_french_text_is_translated_and_compiled() -> None:
    tree = ET.parse(TRANSLATIONS / "channelcompare_fr.ts")
    messages = list(tree.getroot().iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert len(messages) > 300 and unfinished == []
    translator = QTranslator()
    assert translator.load("channelcompare_fr", str(TRANSLATIONS))
    assert translator.translate("MainActions", "&File") == "&Fichier"
    assert translator.translate("MainWindow", "Overview") == "Vue d'ensemble"
    assert translator.translate("SourceRow", "%Ln row(s)", None, 3) == "%Ln lignes"  # plural form chosen


def test_english_plurals_read_as_english(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import apply_language

    apply_language("en")
    assert QCoreApplication.translate("SourceRow", "%Ln row(s)", None, 1) == "1 row"
    assert QCoreApplication.translate("SourceRow", "%Ln row(s)", None, 12) == "12 rows"


def test_counts_have_thousands_separators_in_the_languages_conventions(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.i18n import apply_language

    try:
        apply_language("en")
        assert QCoreApplication.translate("SourceRow", "%Ln row(s)", None, 12345) == "12,345 rows"
        assert QCoreApplication.translate("CampaignsView", "%Ln campaign(s)", None, 1) == "1 campaign"
        apply_language("fr")
        grouped = QLocale().toString(12345)  # "12 345", with the locale's own (narrow) space
        assert QCoreApplication.translate("SourceRow", "%Ln row(s)", None, 12345) == f"{grouped} lignes"
    finally:
        apply_language("en")


def test_the_grain_strings_read_in_french() -> None:
    """Issue 15: the strings of the grain passes (units, trend buckets, pro-rating, chart tooltips) are in the
    French file, including the tooltip lines lupdate missed while they were called through an alias."""
    translator = QTranslator()
    assert translator.load("channelcompare_fr", str(TRANSLATIONS))
    assert translator.translate("FilterBar", "Pro-&rate") == "&Proratiser"
    assert translator.translate("TrendsView", "Month") == "Mois"
    assert translator.translate("TrendsView", "%n campaign(s)", None, 3) == "%n campagnes"
    assert translator.translate("cards", "campaign-days") == "jours-campagne"
    assert translator.translate("cards", "post") == "publication"  # the singulars, spelt out for lupdate
    assert translator.translate("charts", "over {0} {1}") == "sur {0} {1}"
    assert translator.translate("charts", "Previous period: {0}") == "Période précédente : {0}"
