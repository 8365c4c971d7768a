"""The findings list: plain-language results, most important first, with the warnings above them.

A social-below-email finding carries a red down-arrow and a "Social below email" tag, so that it reads
without colour too; "not enough data" findings are greyed, since they are not verdicts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.common import SMALL_POINTS, muted_label, styled_label
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


class FindingRow(QFrame):
    """One finding: an icon, the sentence, and the statistics in small print."""

    def __init__(self, finding: Any, higher_is_better: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.higher_is_better = higher_is_better
        self.social_below_email = bool(getattr(finding, "social_below_email", False))
        self.inconclusive = is_inconclusive(finding)
        icon, colour = self._icon()
        self.accent = QColor(ALERT if self.social_below_email else CARD_BORDER)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.icon = styled_label(icon, colour, size=13)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setFixedWidth(20)
        layout.addWidget(self.icon)
        text = QVBoxLayout()
        text.setSpacing(1)
        if self.social_below_email:
            text.addWidget(styled_label(self.tr("Social below email"), ALERT, bold=True, size=SMALL_POINTS))
        self.sentence = styled_label(
            str(getattr(finding, "sentence", "")), MUTED if self.inconclusive else TEXT
        )
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.sentence)
        details = self._details()
        if details:
            small = muted_label(details)
            small.setWordWrap(True)
            text.addWidget(small)
        layout.addLayout(text, 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(0, 0, 3, self.height(), self.accent)
        painter.end()

    def _icon(self) -> tuple[str, str]:
        if self.inconclusive:
            return "○", MUTED
        if self.social_below_email:
            return "▼", ALERT
        verdict = str(getattr(self.finding, "verdict", ""))
        if verdict not in ("below", "above") or not bool(getattr(self.finding, "significant", False)):
            return "≈", MUTED
        good = (verdict == "above") == self.higher_is_better
        return ("▲" if verdict == "above" else "▼"), (GOOD if good else WARNING)

    def _details(self) -> str:
        if self.inconclusive:
            return self.tr("Not enough data for a verdict")
        locale = QLocale()
        parts = []
        ratio = getattr(self.finding, "ratio", None)
        if not formatting.is_missing(ratio):
            part = self.tr("ratio {0}").format(formatting.ratio(ratio, locale))
            ci = getattr(self.finding, "ratio_ci", None)
            if ci and not any(formatting.is_missing(b) for b in ci):
                part += f" ({formatting.ratio(ci[0], locale)} – {formatting.ratio(ci[1], locale)})"
            parts.append(part)
        campaign_ci = getattr(self.finding, "campaign_ratio_ci", None)
        if campaign_ci and not any(formatting.is_missing(b) for b in campaign_ci):
            parts.append(
                self.tr("between campaigns {0} – {1}").format(
                    formatting.ratio(campaign_ci[0], locale), formatting.ratio(campaign_ci[1], locale)
                )
            )
        p_value = getattr(self.finding, "p_value", None)
        if not formatting.is_missing(p_value):
            shown = (
                f"< {locale.toString(0.001, 'f', 3)}"
                if p_value < 0.001
                else locale.toString(float(p_value), "f", 3)
            )
            parts.append(self.tr("p {0}").format(shown if shown.startswith("<") else f"= {shown}"))
        if not bool(getattr(self.finding, "significant", False)):
            parts.append(self.tr("not significant"))
        return " · ".join(parts)


class WarningRow(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(f"⚠ {text}", parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"color: {WARNING}; background: #fff8e6; border: 1px solid #f5deb3; border-radius: 4px; padding: 4px 6px;"
        )


class FindingsPanel(QScrollArea):
    """Scrollable column of warnings then findings."""

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics or {}
        self.caveats_open = False
        self.caveats_toggle: QToolButton | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: list[FindingRow] = []
        self.warning_rows: list[WarningRow] = []
        self._fill([], [])

    def show_findings(self, findings: Sequence[Any], warnings: Sequence[str]) -> None:
        self._fill(ranked(findings), list(warnings))

    def _caveats_toggle(self, count: int) -> QToolButton:
        """One line that opens the caveats: they matter, but the findings come first on screen."""
        toggle = QToolButton()
        toggle.setText(self.tr("⚠ Caveats about comparing these figures ({0})").format(count))
        toggle.setCheckable(True)
        toggle.setChecked(self.caveats_open)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.DownArrow if self.caveats_open else Qt.ArrowType.RightArrow)
        toggle.setStyleSheet(f"QToolButton {{ color: {WARNING}; border: none; font-weight: 600; }}")
        toggle.toggled.connect(self._show_caveats)
        self.caveats_toggle = toggle
        for row in self.warning_rows:
            row.setVisible(self.caveats_open)
        return toggle

    def _show_caveats(self, shown: bool) -> None:
        self.caveats_open = shown
        self.caveats_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for row in self.warning_rows:
            row.setVisible(shown)

    def _higher_is_better(self, finding: Any) -> bool:
        definition = self.metrics.get(str(getattr(finding, "metric", "")))
        return bool(getattr(definition, "higher_is_better", True))

    def _fill(self, findings: list[Any], warnings: list[str]) -> None:
        content = QWidget()
        content.setObjectName("findingsContent")
        content.setStyleSheet("QWidget#findingsContent { background: white; }")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.warning_rows = [WarningRow(str(w)) for w in warnings]
        self.rows = [FindingRow(f, self._higher_is_better(f)) for f in findings]
        if warnings:
            layout.addWidget(self._caveats_toggle(len(warnings)))
        for widget in (*self.warning_rows, *self.rows):
            layout.addWidget(widget)
        if not findings:
            empty = muted_label(self.tr("No findings for this selection."), size=9)
            layout.addWidget(empty)
        layout.addStretch(1)
        self.setWidget(content)
