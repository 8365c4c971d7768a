"""The findings list: plain-language results, most important first, with the warnings above them.

A social-below-email finding carries a red edge, a red down-arrow and a "Social below email" tag, so that
it reads without colour too; "not enough data" findings are greyed, since they are not verdicts.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.palette import ALERT, CARD_BORDER, GOOD, MUTED, TEXT, WARNING

NOT_ENOUGH_DATA = "not_enough_data"


def is_inconclusive(finding: Any) -> bool:
    return str(getattr(finding, "verdict", "")) == NOT_ENOUGH_DATA


def ranked(findings: Sequence[Any]) -> list[Any]:
    """The engine's ranking (by money impact, social below email first), with "not enough data" last.

    Impacts are in different units per metric (clicks, conversions, money), so the view never re-sorts
    by them; it only moves the non-verdicts after the verdicts, keeping each group's order.
    """
    return sorted(findings, key=is_inconclusive)


@dataclass(frozen=True)
class FindingEntry:
    """How one finding is shown: its icon and colour, the "social below email" tag, the sentence and
    the statistics in small print."""

    finding: Any
    icon: str
    colour: str
    social_below_email: bool
    inconclusive: bool
    details: str
    #: The sentence in the interface's language when it is not the engine's English one.
    text: str | None = None

    @property
    def sentence(self) -> str:
        return self.text if self.text is not None else str(getattr(self.finding, "sentence", ""))


def describe(finding: Any, higher_is_better: bool = True, text: str | None = None) -> FindingEntry:
    inconclusive = is_inconclusive(finding)
    below_email = bool(getattr(finding, "social_below_email", False))
    icon, colour = _icon(finding, inconclusive, below_email, higher_is_better)
    return FindingEntry(
        finding, icon, colour, below_email, inconclusive, _details(finding, inconclusive), text
    )


def _icon(finding: Any, inconclusive: bool, below_email: bool, higher_is_better: bool) -> tuple[str, str]:
    if inconclusive:
        return "○", MUTED
    if below_email:
        return "▼", ALERT
    verdict = str(getattr(finding, "verdict", ""))
    if verdict not in ("below", "above") or not bool(getattr(finding, "significant", False)):
        return "≈", MUTED
    good = (verdict == "above") == higher_is_better
    return ("▲" if verdict == "above" else "▼"), (GOOD if good else WARNING)


def _ratio_range(bounds: Any, locale: QLocale) -> str:
    if not bounds or any(formatting.is_missing(b) for b in bounds):
        return ""
    return f"{formatting.ratio(bounds[0], locale)} – {formatting.ratio(bounds[1], locale)}"


def _details(finding: Any, inconclusive: bool) -> str:
    if inconclusive:
        return QCoreApplication.translate("findings", "Not enough data for a verdict")
    locale = QLocale()
    parts = []
    ratio = getattr(finding, "ratio", None)
    if not formatting.is_missing(ratio):
        interval = _ratio_range(getattr(finding, "ratio_ci", None), locale)
        parts.append(
            QCoreApplication.translate("findings", "ratio {0}").format(formatting.ratio(ratio, locale))
            + (f" ({interval})" if interval else "")
        )
    between = _ratio_range(getattr(finding, "campaign_ratio_ci", None), locale)
    if between:
        parts.append(QCoreApplication.translate("findings", "between campaigns {0}").format(between))
    p_value = getattr(finding, "p_value", None)
    if isinstance(p_value, (int, float)) and not formatting.is_missing(p_value):
        small = p_value < 0.001
        shown = locale.toString(0.001 if small else float(p_value), "f", 3)
        parts.append(
            QCoreApplication.translate("findings", "p {0}").format(f"< {shown}" if small else f"= {shown}")
        )
    if not bool(getattr(finding, "significant", False)):
        parts.append(QCoreApplication.translate("findings", "not significant"))
    return " · ".join(parts)


def entry_html(entry: FindingEntry) -> str:
    """One finding as a table row: a coloured left edge (red for social below email), icon, text."""
    edge = ALERT if entry.social_below_email else CARD_BORDER
    tag = ""
    if entry.social_below_email:
        text = html.escape(QCoreApplication.translate("findings", "Social below email"))
        tag = f"<span style='color:{ALERT}; font-weight:600; font-size:8pt'>{text}</span><br>"
    sentence_colour = MUTED if entry.inconclusive else TEXT
    details = (
        f"<br><span style='color:{MUTED}; font-size:8pt'>{html.escape(entry.details)}</span>"
        if entry.details
        else ""
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:9px'><tr>"
        f"<td width='3' bgcolor='{edge}'></td><td width='8'></td>"
        f"<td width='22' valign='top'><span style='color:{entry.colour}; font-size:13pt'>{entry.icon}</span></td>"
        f"<td valign='top'>{tag}<span style='color:{sentence_colour}'>{html.escape(entry.sentence)}</span>{details}</td>"
        "</tr></table>"
    )


def headline_html(title: str, text: str) -> str:
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:9px'><tr>"
        f"<td width='3' bgcolor='{TEXT}'></td><td width='8'></td>"
        f"<td width='22' valign='top'><span style='color:{TEXT}; font-size:13pt'>◆</span></td>"
        f"<td valign='top'><span style='color:{TEXT}; font-weight:600; font-size:8pt'>{html.escape(title)}</span><br>"
        f"<span style='color:{TEXT}'>{html.escape(text)}</span></td></tr></table>"
    )


def warning_html(text: str) -> str:
    return (
        "<table width='100%' cellspacing='0' cellpadding='5' bgcolor='#fff8e6' style='margin-bottom:6px'>"
        f"<tr><td style='color:{WARNING}'>⚠ {html.escape(text)}</td></tr></table>"
    )


class FindingsPanel(QWidget):
    """The caveats (folded by default) and the findings, as one selectable rich-text list.

    One text document rather than a widget per finding: the list is rebuilt on every filter change
    and must stay well inside the 100 ms a view has to follow.
    """

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics or {}
        self.rows: list[FindingEntry] = []
        self.warnings: list[str] = []
        self.headline = ""
        self.caveats_open = False
        self.caveats_toggle = QToolButton()
        self.caveats_toggle.setCheckable(True)
        self.caveats_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.caveats_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.caveats_toggle.setStyleSheet(
            f"QToolButton {{ color: {WARNING}; border: none; font-weight: 600; }}"
        )
        self.caveats_toggle.setToolTip(
            self.tr("What limits these comparisons: read before quoting the figures")
        )
        self.caveats_toggle.toggled.connect(self._show_caveats)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setStyleSheet("QTextBrowser { background: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caveats_toggle)
        layout.addWidget(self.browser, 1)
        self.show_findings([], [])

    def show_findings(
        self,
        findings: Sequence[Any],
        warnings: Sequence[str],
        headline: str | None = None,
        sentences: Sequence[str] | None = None,
    ) -> None:
        """`headline`: the store's view of sales ("Social brought 0.6% of the store's revenue..."), shown
        first because it is the check the whole comparison is about. `sentences`: the findings' sentences
        in the interface's language, in the order of `findings` (the engine's English ones when None)."""
        texts = {id(f): t for f, t in zip(findings, sentences, strict=True)} if sentences is not None else {}
        self.rows = [describe(f, self._higher_is_better(f), texts.get(id(f))) for f in ranked(findings)]
        self.warnings = [str(w) for w in warnings]
        self.headline = headline or ""
        self.caveats_toggle.setText(
            self.tr("⚠ Caveats about comparing these figures ({0})").format(len(self.warnings))
        )
        self.caveats_toggle.setVisible(bool(self.warnings))
        self._render()

    def html(self) -> str:
        parts = [warning_html(w) for w in self.warnings] if self.caveats_open else []
        if self.headline:
            parts.append(headline_html(self.tr("Store view"), self.headline))
        parts += [entry_html(entry) for entry in self.rows]
        if not self.rows:
            parts.append(
                f"<p style='color:{MUTED}'>{html.escape(self.tr('No findings for this selection.'))}</p>"
            )
        return "".join(parts)

    def _render(self) -> None:
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html())
        self.browser.verticalScrollBar().setValue(position)

    def _show_caveats(self, shown: bool) -> None:
        self.caveats_open = shown
        self.caveats_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._render()

    def _higher_is_better(self, finding: Any) -> bool:
        definition = self.metrics.get(str(getattr(finding, "metric", "")))
        return bool(getattr(definition, "higher_is_better", True))
