"""A bar chart of one metric per channel: 95% interval whiskers, previous-period bars, reference lines.

The chart only draws what it is given (already aggregated values); it knows nothing of metrics or
comparisons, so it redraws in a few milliseconds whatever the size of the data behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.views.palette import GRID, MUTED, TEXT, lighter

BAR_WIDTH = 0.62
Formatter = Callable[[float], str]
#: Tick label writer: (value, tick spacing) -> text.
AxisFormatter = Callable[[float, float], str]


@dataclass(frozen=True)
class BarSpec:
    """One channel's bar: its value, interval, optional previous-period value, colour and tooltip."""

    key: str
    label: str
    value: float
    low: float | None
    high: float | None
    colour: QColor
    previous: float | None = None
    tooltip: str = ""


@dataclass(frozen=True)
class ReferenceLine:
    """A dashed horizontal line, e.g. a published benchmark, with its label."""

    value: float
    label: str
    colour: QColor


class FormattedAxis(pg.AxisItem):
    """An axis whose tick labels go through a formatter (percent, money, locale separators).

    All tick levels are written with the decimals of the finest level drawn, so "3.5%" never sits
    next to "4%" on the same axis.
    """

    def __init__(self, orientation: str, formatter: AxisFormatter | None = None) -> None:
        super().__init__(orientation)
        self.formatter = formatter
        self._finest_spacing = 0.0

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        levels = super().tickValues(minVal, maxVal, size)
        spacings = [spacing for spacing, values in levels if len(values)]
        self._finest_spacing = min(spacings) if spacings else 0.0
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.formatter is None:
            return super().tickStrings(values, scale, spacing)
        finest = min(spacing, self._finest_spacing) if self._finest_spacing > 0 else spacing
        return [self.formatter(v, finest) for v in values]


def wrap_words(text: str, metrics: QFontMetrics, width: float) -> str:
    """`text` on as many lines as needed to fit `width` pixels, breaking between words only."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class BarChart(pg.PlotWidget):
    """Bars per channel with whiskers; hover a bar for its exact figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.value_axis = FormattedAxis("left")
        super().__init__(parent, background="w", axisItems={"left": self.value_axis})
        self.bars: list[BarSpec] = []
        self.references: list[ReferenceLine] = []
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(GRID))
            axis.setTextPen(pg.mkPen(TEXT))
            axis.setZValue(-1)  # grid lines under the bars, not across them
        self.scene().sigMouseMoved.connect(self._show_tooltip)

    def show_bars(
        self,
        bars: Sequence[BarSpec],
        references: Sequence[ReferenceLine] = (),
        formatter: Formatter | None = None,
        axis_formatter: AxisFormatter | None = None,
        previous_label: str = "",
        current_label: str = "",
        empty_text: str = "",
    ) -> None:
        """Replace what is drawn. `formatter` writes value labels, `axis_formatter` the ticks;
        `empty_text` is written in the middle of the plot when there is no bar."""
        self.bars, self.references = list(bars), list(references)
        self.value_axis.formatter = axis_formatter
        self.value_axis.picture = None  # force the tick labels to be rewritten with the new unit
        item = self.getPlotItem()
        item.clear()
        if item.legend is not None:
            item.legend.scene().removeItem(item.legend)
            item.legend = None
        if not self.bars:
            self._show_empty(empty_text)
            return
        has_previous = any(b.previous is not None for b in self.bars)
        if has_previous:
            item.addLegend(
                offset=(-10, 4), labelTextColor=TEXT, colCount=2, brush=pg.mkBrush(255, 255, 255, 200)
            )
        self._draw_bars(has_previous, current_label, previous_label)
        self._draw_whiskers(has_previous)
        self._draw_value_labels(has_previous, formatter)
        self._draw_references()
        self._set_ticks_and_range()

    def _bar_x(self, has_previous: bool) -> np.ndarray:
        x = np.arange(len(self.bars), dtype=float)
        return x + BAR_WIDTH / 4 if has_previous else x

    def _draw_bars(self, has_previous: bool, current_label: str, previous_label: str) -> None:
        width = BAR_WIDTH / 2 if has_previous else BAR_WIDTH
        if has_previous:
            previous = [b.previous if b.previous is not None else np.nan for b in self.bars]
            self.addItem(
                pg.BarGraphItem(
                    x=np.arange(len(self.bars)) - BAR_WIDTH / 4,
                    height=np.nan_to_num(previous),
                    width=width,
                    brushes=[pg.mkBrush(lighter(b.colour, 90)) for b in self.bars],
                    pens=[pg.mkPen(b.colour, width=1) for b in self.bars],
                    brush=pg.mkBrush("#ced4da"),  # the legend swatch: period, not channel
                    name=previous_label,
                )
            )
        heights = np.nan_to_num([b.value for b in self.bars])
        self.addItem(
            pg.BarGraphItem(
                x=self._bar_x(has_previous),
                height=heights,
                width=width,
                brushes=[pg.mkBrush(b.colour) for b in self.bars],
                pens=[pg.mkPen(b.colour.darker(115), width=1) for b in self.bars],
                brush=pg.mkBrush("#495057"),
                name=current_label if has_previous else None,
            )
        )

    def _draw_whiskers(self, has_previous: bool) -> None:
        values = np.array([b.value for b in self.bars], dtype=float)
        low = np.array([np.nan if b.low is None else b.low for b in self.bars], dtype=float)
        high = np.array([np.nan if b.high is None else b.high for b in self.bars], dtype=float)
        known = ~np.isnan(low) & ~np.isnan(high) & ~np.isnan(values)
        if not known.any():
            return
        whiskers = pg.ErrorBarItem(
            x=self._bar_x(has_previous)[known],
            y=values[known],
            top=(high - values)[known],
            bottom=(values - low)[known],
            beam=BAR_WIDTH / (6 if has_previous else 4),
            pen=pg.mkPen(TEXT, width=1.4),
        )
        self.addItem(whiskers)

    def _draw_value_labels(self, has_previous: bool, formatter: Formatter | None) -> None:
        font = QFont()
        font.setPointSizeF(8.5)
        for x, bar in zip(self._bar_x(has_previous), self.bars, strict=True):
            if np.isnan(bar.value):
                continue
            top = max(bar.value, bar.high if bar.high is not None else bar.value)
            text = formatter(bar.value) if formatter else f"{bar.value:g}"
            label = pg.TextItem(text, color=TEXT, anchor=(0.5, 1.0))
            label.setFont(font)
            label.setPos(float(x), top)
            self.addItem(label)

    def _draw_references(self) -> None:
        for index, ref in enumerate(self.references):
            pen = QPen(ref.colour)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            pen.setCosmetic(True)
            line = pg.InfiniteLine(
                pos=ref.value,
                angle=0,
                pen=pen,
                label=ref.label,
                # Labels alternate sides so that two close benchmarks stay readable.
                labelOpts={
                    "position": 0.98 if index % 2 == 0 else 0.02,
                    "anchors": [(1, 1), (1, 1)] if index % 2 == 0 else [(0, 1), (0, 1)],
                    "color": ref.colour.darker(120),
                    "fill": pg.mkBrush(255, 255, 255, 200),
                },
            )
            self.addItem(line)

    def _set_ticks_and_range(self) -> None:
        item = self.getPlotItem()
        self._set_tick_labels()
        tops = [b.high if b.high is not None else b.value for b in self.bars]
        tops += [b.previous for b in self.bars if b.previous is not None]
        tops += [r.value for r in self.references]
        finite = [t for t in tops if t is not None and np.isfinite(t)]
        top = max(finite) if finite else 1.0
        item.setXRange(-0.6, len(self.bars) - 0.4, padding=0)
        item.setYRange(0, (top or 1.0) * 1.22, padding=0)  # headroom for value labels and the legend

    def _set_tick_labels(self) -> None:
        """Channel names under their bars, wrapped onto more lines when a bar is narrower than its name."""
        item = self.getPlotItem()
        bars = getattr(self, "bars", [])  # resize events arrive while the PlotWidget is being built
        if item is None or not bars:
            return
        axis = item.getAxis("bottom")
        room = max(40.0, item.vb.width() / (len(bars) + 0.2) - 6)
        font = QFont()
        metrics = QFontMetrics(font)
        longest_word = max(metrics.horizontalAdvance(w) for b in bars for w in b.label.split() or [""])
        if longest_word > room:  # a word cannot be broken: a smaller font instead
            font.setPointSizeF(max(7.0, font.pointSizeF() * room / longest_word))
            metrics = QFontMetrics(font)
        axis.setStyle(tickFont=font)
        labels = [wrap_words(b.label, metrics, room) for b in bars]
        lines = max(label.count("\n") + 1 for label in labels)
        axis.setTicks([list(enumerate(labels))])
        axis.setHeight(lines * metrics.height() + 12)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._set_tick_labels()

    def _show_empty(self, text: str) -> None:
        item = self.getPlotItem()
        item.getAxis("bottom").setTicks([[]])
        item.setXRange(0, 1, padding=0)
        item.setYRange(0, 1, padding=0)
        if text:
            message = pg.TextItem(text, color=MUTED, anchor=(0.5, 0.5))
            message.setPos(0.5, 0.5)
            self.addItem(message)

    def bar_at(self, x: float) -> BarSpec | None:
        index = int(round(x))
        return self.bars[index] if 0 <= index < len(self.bars) and abs(x - index) <= 0.45 else None

    def _show_tooltip(self, scene_pos: QPointF) -> None:
        item = self.getPlotItem()
        if not item.sceneBoundingRect().contains(scene_pos):
            return
        point = item.vb.mapSceneToView(scene_pos)
        bar = self.bar_at(point.x())
        self.setToolTip(bar.tooltip if bar else "")
