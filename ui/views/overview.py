"""The Overview tab: channel cards, the chosen metric per channel as bars, and the findings.

The shell passes a computed comparison in with `set_comparison`; the user's choices go out as
signals (`baselineChanged`, `metricChanged`). Nothing here reads files, settings or threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.charts.bars import BarChart
from ui.charts.export import export_widget
from ui.i18n import current_language
from ui.views import formatting
from ui.views.bar_specs import bar_specs, benchmark_citations, benchmark_lines, chart_metrics
from ui.views.cards import ChannelCard, ShareOfSalesCard
from ui.views.common import (
    EmptyMessage,
    compact_combo,
    current_key,
    fill_combo,
    page_layout,
    section_title,
    select_key,
)
from ui.views.findings import FindingsPanel
from ui.views.metric_info import (
    channel_order,
    comparison_currency,
    engine_metrics,
    metric_kind,
    metric_label,
    metric_tooltip,
    metric_tooltips,
    ordered_summaries,
    summary_label,
)
from ui.views.palette import MUTED, channel_label

DEFAULT_METRIC = "click_rate"


class OverviewView(QWidget):
    """Cards per channel, a bar chart of one metric with intervals and benchmarks, the findings."""

    baselineChanged = Signal(str)
    metricChanged = Signal(str)
    #: The user split (or pooled) social channels by platform on the chart.
    platformsToggled = Signal(bool)

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics if metrics is not None else engine_metrics()
        self.comparison: Any = None
        self.current_metric = DEFAULT_METRIC
        self.cards: list[QFrame] = []
        self.baseline_combo = QComboBox()
        self.metric_combo = QComboBox()
        self.split_platforms = QCheckBox(self.tr("Split by &platform"))
        self.split_platforms.setToolTip(
            self.tr(
                "Also show each platform of a channel pooled from several (Instagram and Facebook within organic social)"
            )
        )
        self.period_label = QLabel()
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Bar chart of the chosen metric per channel"))
        self.findings = FindingsPanel(self.metrics)
        self.empty = EmptyMessage(
            self.tr("No campaign data for this selection.\nImport exports or widen the filters.")
        )
        self.stack = QStackedWidget()
        self._build()
        fill_combo(
            self.metric_combo, self._metric_items(), self.current_metric, metric_tooltips(self.metrics)
        )
        self.baseline_combo.currentIndexChanged.connect(self._baseline_chosen)
        self.metric_combo.currentIndexChanged.connect(self._metric_chosen)
        self.split_platforms.toggled.connect(self._platforms_toggled)
        self.set_comparison(None)

    def _build(self) -> None:
        self.card_row = QHBoxLayout()
        self.card_row.setContentsMargins(0, 0, 0, 0)
        self.card_row.setSpacing(10)
        card_holder = QWidget()
        card_holder.setLayout(self.card_row)
        self.card_area = QScrollArea()
        self.card_area.setWidget(card_holder)
        self.card_area.setWidgetResizable(True)
        self.card_area.setFrameShape(QFrame.Shape.NoFrame)
        self.card_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card_area)
        column.addWidget(self._lower_splitter(), 1)
        self.content = content
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        page_layout(self, self._toolbar(), self.stack)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        baseline = QLabel(self.tr("&Baseline:"))
        baseline.setBuddy(self.baseline_combo)
        self.baseline_combo.setToolTip(self.tr("Every other channel is compared with this one"))
        compact_combo(self.baseline_combo, 12)
        metric = QLabel(self.tr("&Metric:"))
        metric.setBuddy(self.metric_combo)
        compact_combo(self.metric_combo, 16)
        for widget in (baseline, self.baseline_combo):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (metric, self.metric_combo):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.split_platforms)
        bar.addStretch(1)
        return bar

    def _lower_splitter(self) -> QSplitter:
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 4, 0, 0)
        self.chart_title = section_title("")
        self.period_label.setStyleSheet(f"color: {MUTED};")
        title_row = QHBoxLayout()
        title_row.addWidget(self.chart_title)
        title_row.addStretch(1)
        title_row.addWidget(self.period_label)
        chart_layout.addLayout(title_row)
        self.chart.setMinimumSize(260, 200)
        chart_layout.addWidget(self.chart, 1)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        self.chart_note.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
        chart_layout.addWidget(self.chart_note)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 4, 0, 0)
        findings_layout.addWidget(section_title(self.tr("Findings")))
        findings_layout.addWidget(self.findings, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("overviewSplitter")
        splitter.addWidget(chart_box)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        return splitter

    def _metric_items(self) -> list[tuple[str, str]]:
        return [(metric_label(name, self.metrics[name]), name) for name in chart_metrics(self.metrics)]

    # -- public interface
    def set_comparison(self, comparison: Any) -> None:
        """Show a comparison (or None: the empty state). Only aggregates are read; this is fast."""
        self.comparison = comparison
        channels = channel_order(getattr(comparison, "channels", {}) or {})
        baseline = getattr(comparison, "baseline", None)
        items = [(summary_label(comparison.channels[c]), c) for c in channels]
        if baseline and channels and baseline not in channels:
            # Keep showing the baseline asked for, rather than silently selecting another channel.
            items.insert(0, (self.tr("{0} (no data)").format(channel_label(baseline)), baseline))
        fill_combo(self.baseline_combo, items, baseline)
        self.baseline_combo.setEnabled(bool(channels))
        self.split_platforms.setEnabled(bool(getattr(comparison, "platforms", None)))
        self.stack.setCurrentWidget(self.content if channels else self.empty)
        self.period_label.setText(self._period_text(comparison))
        self._show_cards(comparison)
        share = getattr(comparison, "share_of_sales", None) or {}
        self.findings.show_findings(
            getattr(comparison, "findings", []) or [],
            getattr(comparison, "warnings", []) or [],
            share.get("headline") if isinstance(share, dict) else None,
            _sentences(comparison),
        )
        self._show_chart()

    def set_metric(self, name: str) -> None:
        """Select the charted metric (e.g. restored by the shell) without emitting `metricChanged`."""
        if name in self.metrics:
            self.current_metric = name
            select_key(self.metric_combo, name)
            self._show_chart()

    def set_split_platforms(self, split: bool) -> None:
        """Show (or not) one bar per platform, e.g. restored by the shell, without emitting."""
        blocked = self.split_platforms.blockSignals(True)
        self.split_platforms.setChecked(split)
        self.split_platforms.blockSignals(blocked)
        self._show_chart()

    def export_chart(self, path: str | Path) -> Path:
        """Save the bar chart as PNG or SVG (by suffix)."""
        return export_widget(self.chart, path, self.chart_title.text())

    # -- internals
    def _baseline_chosen(self) -> None:
        key = current_key(self.baseline_combo)
        if key:
            self.baselineChanged.emit(key)

    def _metric_chosen(self) -> None:
        self.current_metric = current_key(self.metric_combo) or DEFAULT_METRIC
        self._show_chart()
        self.metricChanged.emit(self.current_metric)

    def _platforms_toggled(self, split: bool) -> None:
        self._show_chart()
        self.platformsToggled.emit(split)

    def _period_text(self, comparison: Any) -> str:
        period = getattr(comparison, "period", None)
        if not period or len(period) != 2:
            return ""
        locale = QLocale()
        return self.tr("Period: {0} – {1}").format(
            formatting.short_date(period[0], locale), formatting.short_date(period[1], locale)
        )

    def _show_cards(self, comparison: Any) -> None:
        for card in self.cards:
            self.card_row.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if self.card_row.count():  # the trailing stretch from the previous fill
            self.card_row.takeAt(self.card_row.count() - 1)
        baseline = getattr(comparison, "baseline", None)
        compared = getattr(comparison, "previous", None) is not None
        for channel, summary in ordered_summaries(comparison):
            changes = {m: comparison.change(channel, m) for m in summary.metrics} if compared else None
            self.cards.append(ChannelCard(summary, self.metrics, channel == baseline, changes))
        share = getattr(comparison, "share_of_sales", None)
        if share:
            self.cards.append(ShareOfSalesCard(share))
        # Every card as wide as the widest needs, so that no label is cut and the row looks even.
        width = max((card.sizeHint().width() for card in self.cards), default=0)
        for card in self.cards:
            card.setFixedWidth(width)
            self.card_row.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        self.card_row.addStretch(1)
        tallest = max((card.sizeHint().height() for card in self.cards), default=0)
        scrollbar = self.card_area.horizontalScrollBar().sizeHint().height()
        self.card_area.setFixedHeight(tallest + scrollbar + 2)

    def _show_chart(self) -> None:
        definition = self.metrics.get(self.current_metric)
        self.chart_title.setText(metric_label(self.current_metric, definition))
        self.chart_title.setToolTip(metric_tooltip(self.current_metric, definition))
        self.metric_combo.setToolTip(metric_tooltip(self.current_metric, definition))
        comparison = self.comparison
        if comparison is None:
            self.chart.show_bars([])
            return
        kind, locale = metric_kind(definition), QLocale()
        currency = comparison_currency(comparison)

        def formatter(value: float) -> str:
            return formatting.metric_value(value, kind, currency, locale)

        benchmarks, shown = getattr(comparison, "benchmarks", []) or [], dict(comparison.channels)
        self._show_note(benchmark_citations(benchmarks, self.current_metric, formatter, shown))
        self.chart.show_bars(
            bar_specs(
                comparison, self.current_metric, definition, formatter, self.split_platforms.isChecked()
            ),
            benchmark_lines(benchmarks, self.current_metric, formatter, shown),
            formatter,
            lambda value, spacing: formatting.axis_value(value, spacing, kind, currency, locale),
            previous_label=self.tr("Previous period"),
            current_label=self.tr("This period"),
            empty_text=self.tr(
                "No channel reports both parts of this metric\n({0}) in this selection."
            ).format(getattr(definition, "formula", self.current_metric)),
        )

    def _show_note(self, citations: list[str]) -> None:
        note = self.tr("Whiskers: 95% interval.")
        if citations:
            note += " " + self.tr("Dashed lines: {0}.").format("; ".join(citations))
        self.chart_note.setText(note)


def _sentences(comparison: Any) -> list[str] | None:
    """The findings' sentences in the interface's language; None keeps the engine's English ones."""
    language = current_language()
    if language == "en" or not hasattr(comparison, "platforms"):
        return None
    from channelcompare.report.sentences_fr import comparison_sentences  # heavy: only when French is on

    return comparison_sentences(comparison, language)
