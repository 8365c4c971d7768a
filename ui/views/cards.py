"""Channel cards for the Overview: the audience and the key rates of one channel at a glance."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.metric_info import (
    CARD_METRICS,
    basis_label,
    metric_kind,
    metric_label,
    metric_tooltip,
    summary_label,
)
from ui.views.palette import CARD_BACKGROUND, CARD_BORDER, MUTED, TEXT, channel_colour, channel_label

CARD_WIDTH = 276
#: Shown only when the channel has a value for them (organic channels have no cost).
OPTIONAL_METRICS = ("cost_per_conversion",)


class Card(QFrame):
    """A white rounded card with a coloured top edge."""

    def __init__(self, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFixedWidth(CARD_WIDTH)
        self.setStyleSheet(
            f"QFrame#card {{ background: {CARD_BACKGROUND}; border: 1px solid {CARD_BORDER};"
            f" border-top: 4px solid {accent}; border-radius: 6px; }}"
            f" QLabel {{ color: {TEXT}; background: transparent; }}"
        )
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 8, 12, 10)
        self.body.setSpacing(2)

    def add_title(self, text: str, badge: str = "") -> QLabel:
        row = QHBoxLayout()
        title = QLabel(text)
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        row.addWidget(title, 1)
        if badge:
            tag = QLabel(badge)
            tag.setStyleSheet(
                f"color: {MUTED}; border: 1px solid {CARD_BORDER}; border-radius: 3px; padding: 0 4px;"
            )
            row.addWidget(tag)
        self.body.addLayout(row)
        return title


def muted_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
    return label


class ChannelCard(Card):
    """Audience (with its basis and campaign count) and the card metrics with discreet intervals."""

    def __init__(
        self, summary: Any, metrics: Mapping[str, Any], is_baseline: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(channel_colour(summary.channel).name(), parent)
        self.channel = summary.channel
        locale = QLocale()
        self.add_title(summary_label(summary), self.tr("Baseline") if is_baseline else "")
        audience = QLabel(
            self.tr("{0} {1}").format(
                formatting.count(summary.audience, locale), basis_label(summary.audience_basis)
            )
        )
        audience.setToolTip(metric_tooltip("audience", metrics.get("audience")))
        campaigns = muted_label(self.tr("%n campaign(s)", "", int(summary.campaigns or 0)))
        line = QHBoxLayout()
        line.addWidget(audience)
        line.addStretch(1)
        line.addWidget(campaigns)
        self.body.addLayout(line)
        self.rows: dict[str, QLabel] = {}
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
            label = QLabel(card_label(name, definition))
            shown = QLabel(formatting.metric_value(value.value, kind, summary.currency, locale))
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown.setStyleSheet("font-weight: 600;")
            tip = metric_tooltip(name, definition)
            extra = formatting.interval(value.ci, kind, summary.currency, locale)
            if extra:
                tip += f"<p>{html.escape(extra)}</p>"
            ci = muted_label(formatting.compact_interval(value.ci, kind, summary.currency, locale))
            ci.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, widget in enumerate((label, shown, ci)):
                widget.setToolTip(tip)
                grid.addWidget(widget, row, column)
            self.rows[name] = shown
            row += 1
        grid.setColumnStretch(0, 1)
        return grid


class ShareOfSalesCard(Card):
    """The store's view: each channel's share of orders and revenue (from Shopify orders or GA4)."""

    def __init__(self, share: Any, currency: str | None, parent: QWidget | None = None) -> None:
        super().__init__(TEXT, parent)
        self.setFixedWidth(CARD_WIDTH + 40)
        source = _field(share, "source")
        self.add_title(self.tr("Share of store sales"))
        if source:
            self.body.addWidget(muted_label(self.tr("Source: {0}").format(source)))
        self.body.addSpacing(4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        locale = QLocale()
        by_channel = _field(share, "by_channel") or {}
        ordered = sorted(by_channel.items(), key=lambda item: -float(_field(item[1], "share") or 0))
        for row, (channel, values) in enumerate(ordered):
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {channel_colour(channel).name()};")
            revenue = formatting.money(_field(values, "revenue"), currency, locale, decimals=0)
            name = QLabel(channel_label(channel))
            name.setToolTip(
                self.tr("{0} orders, {1}").format(formatting.count(_field(values, "orders"), locale), revenue)
            )
            share_label = QLabel(formatting.percent(_field(values, "share"), locale, decimals=1))
            share_label.setStyleSheet("font-weight: 600;")
            share_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(dot, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(share_label, row, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)


def card_label(name: str, definition: Any) -> str:
    """Card rows are narrow: the two long names get a short form (the tooltip has the full one)."""
    short = {
        "revenue_per_1000": QCoreApplication.translate("cards", "Revenue / 1,000"),
        "cost_per_conversion": QCoreApplication.translate("cards", "Cost / conversion"),
    }
    return short.get(name) or metric_label(name, definition)


def _field(container: Any, name: str) -> Any:
    """Read a field from a dataclass or a dict (the share-of-sales shape is JSON-like)."""
    if isinstance(container, Mapping):
        return container.get(name)
    return getattr(container, name, None)
