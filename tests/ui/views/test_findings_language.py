from __future__ import annotations

from channelcompare.report.sentences_fr import comparison_sentences
from ui.i18n import apply_language
from ui.views.overview import OverviewView


def test_findings_follow_the_interface_language(qtbot, comparison) -> None:
    assert comparison.findings
    view = OverviewView()
    qtbot.addWidget(view)
    try:
        apply_language("fr")
        view.set_comparison(comparison)
        french = comparison_sentences(comparison, "fr")
        assert [row.sentence for row in view.findings.rows] == [
            french[comparison.findings.index(row.finding)] for row in view.findings.rows
        ]
        assert french[0] != comparison.findings[0].sentence
    finally:
        apply_language("en")
    view.set_comparison(comparison)
    assert {row.sentence for row in view.findings.rows} == {f.sentence for f in comparison.findings}
