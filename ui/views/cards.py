"""Channel cards for the Overview: the audience and the key rates of one channel at a glance."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.card_text import rests_on_text, rests_on_the_card_audience, summed_reach_note, units_text
from ui.views.common import muted_label, styled_label
from ui.views.metric_info import (
    CARD_METRICS,
    basis_label,
    metric_kind,
    metric_label,
    metric_tooltip,
    summary_label,
)
from ui.views.palette import (
    ALERT,
    CARD_BACKGROUND,
    CARD_BORDER,
    CHANNEL_COLOURS,
    GOOD,
    MUTED,
    TEXT,
    channel_colour,
    channel_label,
    platform_label,
)

CARD_WIDTH = 230
#: Channels listed by name on the share-of-sales card before the rest is summed.
SHARE_ROWS = 4
#: Shown only when the channel has a value for them (organic channels have no cost).
OPTIONAL_METRICS = ("cost_per_conversion",)


class Card(QFrame):
    """A white rounded card with a coloured top edge (painted, so that building one stays cheap)."""

    def __init__(self, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent = QColor(accent)
        self.setMinimumWidth(CARD_WIDTH)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setSpacing(2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(CARD_BORDER)))
        painter.setBrush(QColor(CARD_BACKGROUND))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawRoundedRect(QRectF(box.left(), box.top(), box.width(), 8), 4, 4)
        painter.setBrush(QColor(CARD_BACKGROUND))
        painter.drawRect(QRectF(box.left() + 0.5, box.top() + 4, box.width() - 1, 5))
        painter.end()

    def add_title(self, text: str, badge: str = "") -> QLabel:
        row = QHBoxLayout()
        title = styled_label(text, TEXT, bold=True, size=11)
        row.addWidget(title, 1)
        if badge:
            tag = styled_label(badge.upper(), self.accent.darker(120).name(), bold=True, size=7.5)
            row.addWidget(tag)
        self.body.addLayout(row)
        return title


class ChannelCard(Card):
    """Audience (with its basis and campaign count) and the card metrics with discreet intervals."""

    def __init__(
        self,
        summary: Any,
        metrics: Mapping[str, Any],
        is_baseline: bool,
        changes: Mapping[str, float | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`changes`: metric -> relative change against the previous period (0.1 = +10%), when asked."""
        super().__init__(channel_colour(summary.channel).name(), parent)
        self.channel = summary.channel
        self.changes = changes or {}
        self.change_labels: dict[str, QLabel] = {}
        locale = QLocale()
        self.add_title(summary_label(summary), self.tr("Baseline") if is_baseline else "")
        audience = styled_label(
            self.tr("{0} {1}").format(
                formatting.count(summary.audience, locale), basis_label(summary.audience_basis)
            ),
            TEXT,
        )
        tip = metric_tooltip("audience", metrics.get("audience"))
        if getattr(summary, "summed_reach", False):
            tip += "<p>" + html.escape(summed_reach_note()) + "</p>"
        audience.setToolTip(tip)
        self.body.addWidget(audience)
        self.body.addWidget(muted_label(units_text(summary, locale)))
        self.rows: dict[str, QLabel] = {}
        #: metric -> the line saying what the rate rests on, when not the card's whole audience.
        self.bases: dict[str, QLabel] = {}
        self.body.addSpacing(4)
        self.body.addLayout(self._metric_grid(summary, metrics, locale))
        self.body.addStretch(1)

    def _metric_grid(self, summary: Any, metrics: Mapping[str, Any], locale: QLocale) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        row = 0
        for name in CARD_METRICS:
            value = summary.metrics.get(name)
            if value is None or (name in OPTIONAL_METRICS and formatting.is_missing(value.value)):
                continue
            definition = metrics.get(name)
            kind = metric_kind(definition)
            label = styled_label(card_label(name, definition), TEXT)
            shown = styled_label(
                formatting.metric_value(value.value, kind, summary.currency, locale), TEXT, bold=True
            )
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = metric_tooltip(name, definition)
            extra = formatting.interval(value.ci, kind, summary.currency, locale)
            if extra:
                tip += f"<p>{html.escape(extra)}</p>"
            elif getattr(value, "interval", "") and value.ci is None:  # why no interval is given
                tip += "<p>" + html.escape(self.tr("No reliable interval: {0}").format(value.interval)) + "</p>"
            tip += f"<p>{html.escape(rests_on_text(summary, value, locale))}</p>"
            ci = muted_label(formatting.compact_interval(value.ci, kind, summary.currency, locale))
            ci.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, widget in enumerate((label, shown, ci)):
                widget.setToolTip(tip)
                grid.addWidget(widget, row, column)
            if name in self.changes:
                self.change_labels[name] = self._change_label(self.changes[name], definition, locale)
                grid.addWidget(self.change_labels[name], row, 3)
            self.rows[name] = shown
            row += 1
            if not rests_on_the_card_audience(summary, value):
                # The rate rests on fewer rows than the card's audience: say which, under it.
                basis = muted_label(rests_on_text(summary, value, locale))
                basis.setToolTip(tip)
                grid.addWidget(basis, row, 0, 1, 4)
                self.bases[name] = basis
                row += 1
        grid.setColumnStretch(0, 1)
        return grid

    def _change_label(self, change: float | None, definition: Any, locale: QLocale) -> QLabel:
        """Against the previous period: an arrow and the relative change, green when it is better."""
        if change is None or formatting.is_missing(change):
            label = muted_label(formatting.MISSING)
            label.setToolTip(self.tr("No value for the previous period"))
            return label
        better = (change > 0) == bool(getattr(definition, "higher_is_better", True))
        arrow = "▲" if change > 0 else ("▼" if change < 0 else "=")
        colour = MUTED if change == 0 else (GOOD if better else ALERT)
        sign = "+" if change > 0 else ""
        label = styled_label(f"{arrow}{sign}{formatting.percent(change, locale, decimals=0)}", colour, size=8)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setToolTip(self.tr("Change against the previous period of equal length"))
        return label


class ShareOfSalesCard(Card):
    """The store's view: each channel's share of revenue (from Shopify orders or GA4), the unattributed
    rest, and social's share set against the published figure."""

    def __init__(self, share: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(TEXT, parent)
        locale = QLocale()
        currency = share.get("currency")
        source = share.get("source")
        self.add_title(self.tr("Share of store revenue"))
        if source:
            self.body.addWidget(muted_label(self.tr("Store view: {0}").format(platform_label(str(source)))))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        rows = [
            (c, v)
            for c, v in (share.get("by_channel") or {}).items()
            if c != "other" or "unattributed" not in share
        ]
        rows.sort(key=lambda item: -float(item[1].get("share") or 0))
        rows = fold_small_channels(rows, QCoreApplication.translate("cards", "Other channels"))
        unattributed = share.get("unattributed")
        if unattributed:
            rows.append(("", unattributed))
        for row, (channel, values) in enumerate(rows):
            self._add_row(grid, row, channel, values, currency, locale)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self._add_benchmark(share, locale)
        self.body.addStretch(1)
        headline = share.get("headline")
        if headline:
            self.setToolTip(str(headline))

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        channel: str,
        values: Mapping[str, Any],
        currency: Any,
        locale: QLocale,
    ) -> None:
        known = channel in CHANNEL_COLOURS
        dot = styled_label("●" if known else "○", channel_colour(channel).name() if known else MUTED)
        name = styled_label(channel_label(channel) if channel else self.tr("No channel signal"), TEXT)
        revenue = formatting.money(values.get("revenue"), currency, locale, decimals=0)
        orders = formatting.count(values.get("orders"), locale)
        name.setToolTip(self.tr("{0} orders, {1}").format(orders, revenue))
        share_text = formatting.percent(values.get("share"), locale, decimals=1)
        share_label = styled_label(share_text, TEXT if known else MUTED, bold=known)
        share_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for column, widget in enumerate((dot, name, share_label)):
            grid.addWidget(widget, row, column)

    def _add_benchmark(self, share: Mapping[str, Any], locale: QLocale) -> None:
        benchmark = share.get("benchmark")
        if not isinstance(benchmark, Mapping) or benchmark.get("value") is None:
            return
        text = self.tr("Published: social {0} of orders ({1})").format(
            formatting.percent(benchmark["value"], locale, decimals=0), benchmark.get("year", "")
        )
        note = muted_label(text)
        note.setWordWrap(True)
        note.setToolTip(f"{benchmark.get('source', '')}: {benchmark.get('method', '')}")
        self.body.addSpacing(2)
        self.body.addWidget(note)


def fold_small_channels(rows: list[tuple[str, Any]], label: str) -> list[tuple[str, Any]]:
    """Keep the card short: the largest channels, then email and social (always shown, they are the
    point), and the rest summed into one row under `label`."""
    keep = {c for c, _ in rows[:SHARE_ROWS]} | {
        c for c, _ in rows if c in ("email", "email_automation", "email_retargeting", "organic_social", "paid_social")
    }
    kept = [(c, v) for c, v in rows if c in keep]
    rest = [v for c, v in rows if c not in keep]
    total = {key: sum(float(v.get(key) or 0) for v in rest) for key in ("orders", "revenue", "share")}
    if total["orders"] or total["revenue"]:
        kept.append((label, total))
    return kept


def card_label(name: str, definition: Any) -> str:
    """Card rows are narrow: the two long names get a short form (the tooltip has the full one)."""
    short = {
        "revenue_per_1000": QCoreApplication.translate("cards", "Revenue / 1,000"),
        "cost_per_conversion": QCoreApplication.translate("cards", "Cost / conversion"),
    }
    return short.get(name) or metric_label(name, definition)
