"""What a file leaving the app says about itself: the context lines under a chart, and file names that
carry the period, so that an image pasted in a slide or a report in a mail folder still says what it shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.views import formatting
from ui.views.metric_info import engine_metrics, metric_label

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

APP_NAME = "channelcompare"


def shown_period(window: WindowShell) -> tuple[date, date] | None:
    """The period the numbers on screen cover (the comparison's own, after the filters)."""
    analysis = window.analysis
    comparison = None if analysis is None else analysis.comparison
    period = getattr(comparison, "period", None)
    return (period[0], period[1]) if period else None


def chart_lines(window: WindowShell, view: QWidget | None) -> tuple[str, ...]:
    """Metric (with its formula), period, the chart's own legend (whiskers, benchmarks), the app's name."""
    name = window.session.choices.metric
    definition = engine_metrics().get(name)
    formula = getattr(definition, "formula", "")
    lines = [
        QCoreApplication.translate("ExportContext", "Metric: {0}").format(metric_label(name, definition))
    ]
    if formula:
        lines[0] += f" ({formula})"
    period = shown_period(window)
    if period is not None:
        start, end = (formatting.short_date(day) for day in period)
        lines.append(QCoreApplication.translate("ExportContext", "Period: {0} – {1}").format(start, end))
    note = getattr(view, "chart_note", None)
    if isinstance(note, QLabel) and note.text():
        lines.append(note.text())  # "Whiskers: 95% interval. Dashed lines: <benchmark>."
    made = QCoreApplication.translate("ExportContext", "Made with {0} on {1}")
    lines.append(made.format(APP_NAME, formatting.short_date(date.today())))
    return tuple(lines)


def period_file_name(window: WindowShell, stem: str, suffix: str) -> str:
    """`stem_2026-09-01_2026-09-30.suffix` for the period shown; `stem.suffix` without one."""
    period = shown_period(window)
    if period is None:
        return f"{stem}{suffix}"
    return f"{stem}_{period[0].isoformat()}_{period[1].isoformat()}{suffix}"
