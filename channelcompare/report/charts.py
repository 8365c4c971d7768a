"""Native Excel charts (openpyxl.chart) that render in Excel and LibreOffice alike.

Charts only reference cells the sheets already hold, so a chart always shows the report's own figures.
Axes are marked as not deleted explicitly: recent Excel versions hide axes openpyxl leaves unspecified.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumDataSource, NumRef, StrRef
from openpyxl.chart.error_bar import ErrorBars

from channelcompare.report.sheet import ref
from channelcompare.report.styles import ACCENT

#: CT_ErrBars' element order. openpyxl 3.1.5 writes <minus> before <plus>, against the schema, and Excel is
#: strict about element order (it "repairs" a misordered chart away), so each error-bar object is told.
ERROR_BAR_ORDER = ("errDir", "errBarType", "errValType", "noEndCap", "plus", "minus", "val", "spPr")


SERIES_COLOURS = ("1F4E79", "2E86AB", "F18F01", "C73E1D", "6A994E", "7B2CBF", "8D99AE")


def metric_bar_chart(
    ws: Any,
    title: str,
    rows: tuple[int, int],
    label_col: int,
    value_col: int,
    margin_cols: tuple[int, int],
    number_format: str,
) -> BarChart:
    """One bar per channel with the 95% interval as error bars (margins below and above the value)."""
    chart = _bar(title)
    first, last = rows
    chart.add_data(Reference(ws, min_col=value_col, min_row=first, max_row=last), titles_from_data=False)
    _text_categories(chart, ws, label_col, first, last)
    series = chart.series[0]
    series.graphicalProperties.solidFill = ACCENT
    series.graphicalProperties.line.solidFill = ACCENT
    minus, plus = (NumDataSource(numRef=NumRef(f=ref(ws.title, c, first, c, last))) for c in margin_cols)
    bars = ErrorBars(errDir="y", errBarType="both", errValType="cust", minus=minus, plus=plus)
    bars.__elements__ = ERROR_BAR_ORDER  # type: ignore[misc]  # serialisation reads self.__elements__
    series.errBars = bars
    chart.y_axis.number_format = number_format
    chart.legend = None
    # The margins live in hidden helper columns; charts skip hidden cells unless told otherwise.
    chart.visible_cells_only = False
    return chart


def grouped_bar_chart(
    ws: Any,
    title: str,
    header_row: int,
    rows: tuple[int, int],
    label_col: int,
    value_cols: tuple[int, int],
    *,
    log_scale: bool = False,
    number_format: str = "#,##0",
) -> BarChart:
    """Bars per category for several series (e.g. the funnel's stages per channel)."""
    chart = _bar(title)
    first, last = rows
    data = Reference(ws, min_col=value_cols[0], max_col=value_cols[1], min_row=header_row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    _text_categories(chart, ws, label_col, first, last)
    _colour(chart)
    if log_scale:
        chart.y_axis.scaling.logBase = 10
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
    chart.height, chart.width = 8.5, 18
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
    chart.height, chart.width = 8.5, 18
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
