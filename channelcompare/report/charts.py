"""Native Excel charts (openpyxl.chart) that render in Excel and LibreOffice alike.

Charts only reference cells the sheets already hold, so a chart always shows the report's own figures.
Axes are marked as not deleted explicitly: recent Excel versions hide axes openpyxl leaves unspecified.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumDataSource, NumRef, StrRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.chart.legend import Legend
from openpyxl.chart.marker import DataPoint, Marker
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties

from channelcompare.report.sheet import ref
from channelcompare.report.styles import ACCENT

#: CT_ErrBars' element order. openpyxl 3.1.5 writes <minus> before <plus>, against the schema, and Excel is
#: strict about element order (it "repairs" a misordered chart away), so each error-bar object is told.
ERROR_BAR_ORDER = ("errDir", "errBarType", "errValType", "noEndCap", "plus", "minus", "val", "spPr")


SERIES_COLOURS = ("1F4E79", "2E86AB", "F18F01", "C73E1D", "6A994E", "7B2CBF", "8D99AE")
#: The app's channel colours (`ui/views/palette.py`, which the core cannot import): a channel looks the same
#: in the window and in the report; a test holds the two tables equal.
CHANNEL_COLOURS = {
    "email": "1F6FD1", "email_automation": "119A93", "email_retargeting": "0B7285", "sms": "7B4FC9", "organic_social": "E8820C",
    "paid_social": "D6336C", "paid_search": "2F9E44", "display": "A07A1A", "organic_search": "5C940D",
    "direct": "495057", "referral": "8D6E63", "other": "868E96", "social": "C2410C", "all": "343A40",
}  # fmt: skip
BENCHMARK_INK = "111111"
CHART_HEIGHT = 9.5  # cm: room for the plot under a two-line title above slanted channel names


def metric_bar_chart(
    ws: Any,
    title: str,
    rows: tuple[int, int],
    label_col: int,
    value_col: int,
    margin_cols: tuple[int, int],
    number_format: str,
    series_name: str | None = None,
) -> BarChart:
    """One bar per channel with the 95% interval as error bars (margins below and above the value)."""
    chart = _bar(title)
    first, last = rows
    chart.add_data(Reference(ws, min_col=value_col, min_row=first, max_row=last), titles_from_data=False)
    _text_categories(chart, ws, label_col, first, last)
    series = chart.series[0]
    series.graphicalProperties.solidFill = ACCENT
    series.graphicalProperties.line.solidFill = ACCENT
    series.tx = SeriesLabel(v=series_name or title)  # the legend's entry, when a benchmark adds one
    minus, plus = (NumDataSource(numRef=NumRef(f=ref(ws.title, c, first, c, last))) for c in margin_cols)
    bars = ErrorBars(errDir="y", errBarType="both", errValType="cust", minus=minus, plus=plus)
    bars.__elements__ = ERROR_BAR_ORDER  # type: ignore[misc]  # serialisation reads self.__elements__
    series.errBars = bars
    chart.y_axis.number_format = number_format
    chart.legend = None
    # The margins live in hidden helper columns; charts skip hidden cells unless told otherwise.
    chart.visible_cells_only = False
    return chart


def colour_by_channel(chart: BarChart, channels: list[str]) -> None:
    """Each bar in its channel's colour (a platform's bar in the colour of its channel)."""
    series = chart.series[0]
    for index, channel in enumerate(channels):
        colour = CHANNEL_COLOURS.get(channel, ACCENT)
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = colour
        point.graphicalProperties.line.solidFill = colour
        series.dPt.append(point)


def with_benchmarks(chart: BarChart, ws: Any, rows: tuple[int, int], column: int, label: str) -> BarChart:
    """The bar chart with the published benchmark of each channel as a marker across its bar (a line
    series without its line, on the bars' axes), and a legend naming it."""
    line = LineChart()
    line.add_data(Reference(ws, min_col=column, min_row=rows[0], max_row=rows[1]), titles_from_data=False)
    marker = line.series[0]
    marker.tx = SeriesLabel(v=label)
    marker.marker = Marker(symbol="dash", size=20)
    marker.marker.graphicalProperties = GraphicalProperties(solidFill=BENCHMARK_INK)
    marker.marker.graphicalProperties.line.solidFill = BENCHMARK_INK
    marker.graphicalProperties.line.noFill = True
    marker.smooth = False
    chart.legend = Legend()
    chart.legend.position = "b"
    chart += line
    return chart


def grouped_bar_chart(
    ws: Any,
    title: str,
    header_row: int,
    rows: tuple[int, int],
    label_col: int,
    value_cols: tuple[int, int],
    *,
    number_format: str = "#,##0",
) -> BarChart:
    """Bars per category for several series (e.g. the funnel's stages per channel)."""
    chart = _bar(title)
    first, last = rows
    data = Reference(ws, min_col=value_cols[0], max_col=value_cols[1], min_row=header_row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    _text_categories(chart, ws, label_col, first, last)
    _colour(chart)
    chart.y_axis.number_format = number_format
    if chart.legend is not None:
        chart.legend.position = "b"
    return chart


def line_chart(
    ws: Any,
    title: str,
    header_row: int,
    rows: tuple[int, int],
    label_col: int,
    value_cols: tuple[int, int],
    number_format: str,
) -> LineChart:
    chart = LineChart()
    chart.title = title
    chart.style = 2
    chart.height, chart.width = CHART_HEIGHT, 18
    first, last = rows
    data = Reference(ws, min_col=value_cols[0], max_col=value_cols[1], min_row=header_row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=label_col, min_row=first, max_row=last))
    _colour(chart)
    for series in chart.series:
        series.smooth = False
    chart.y_axis.number_format = number_format
    chart.x_axis.number_format = "yyyy-mm-dd"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if chart.legend is not None:
        chart.legend.position = "b"
    return chart


def _text_categories(chart: BarChart, ws: Any, column: int, first: int, last: int) -> None:
    """Channel names as categories: a string reference, as Excel itself writes text categories
    (openpyxl's `set_categories` makes a number reference)."""
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=ref(ws.title, column, first, column, last)))


def _bar(title: str) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.style = 2
    chart.title = title
    chart.height, chart.width = CHART_HEIGHT, 18
    chart.gapWidth = 60
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


def _colour(chart: BarChart | LineChart) -> None:
    for index, series in enumerate(chart.series):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        series.graphicalProperties.line.solidFill = colour
        if isinstance(chart, BarChart):
            series.graphicalProperties.solidFill = colour
