"""The Channels sheet: every metric of every channel as an Excel Table, and the funnel.

One row per channel (or platform within a social channel) and metric, with the value, its 95% interval,
what it was computed from, and how it compares with the baseline. Rows where the channel is significantly
worse than the baseline are shaded by a conditional format, so the shading follows the analyst's edits.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from channelcompare.compare import ChannelSummary, Comparison, Finding
from channelcompare.metrics import METRICS
from channelcompare.model import MONEY_MEASURES
from channelcompare.report import styles
from channelcompare.report.definitions import metric_label
from channelcompare.report.key_figures import FunnelRef
from channelcompare.report.labels import basis_label, finding_key, group_label, group_role, groups, yes_no
from channelcompare.report.sales import write_sales
from channelcompare.report.sheet import SheetWriter, area

HEADINGS = (
    "col.channel", "col.metric", "col.value", "col.ci_low", "col.ci_high", "col.numerator", "col.denominator",
    "col.campaigns", "col.baseline_value", "col.ratio", "col.ratio_low", "col.ratio_high", "col.p_value", "col.significant",
    "col.underperforms", "col.verdict", "col.currency", "col.basis",
)  # fmt: skip
PREVIOUS_HEADINGS = ("col.previous", "col.change")
CHANGE = "+0.0%;-0.0%;0.0%"
WIDTHS = (22, 26, 12, 12, 12, 13, 14, 11, 13, 12, 12, 12, 12, 11, 13, 22, 9, 18, 13, 11)
WORSE_COLUMN = HEADINGS.index("col.underperforms") + 1
HEADER_ROW = 4  # after the title, the note and a blank row
FUNNEL_STAGES = ("audience", "clicks", "conversions", "revenue")


def write_channels(sheet: SheetWriter, comparison: Comparison) -> FunnelRef:
    words = sheet.words
    sheet.print_layout()
    sheet.freeze(f"C{HEADER_ROW + 1}")  # before the first row: a write-only sheet streams its panes first
    sheet.widths(WIDTHS)
    sheet.line(words.get("sheet.channels"), role="title")
    sheet.line(words.get("channels.note"), role="note")
    sheet.blank()
    headings = [words.get(k) for k in (*HEADINGS, *(PREVIOUS_HEADINGS if comparison.previous else ()))]
    header_row = sheet.header(headings, height=32)
    sheet.repeat_rows(header_row)
    found = {(finding_key(f), f.metric): f for f in comparison.findings}
    for key, summary in groups(comparison):
        for name in METRICS:
            cells_ = _metric_cells(sheet, summary, name, found.get((key, name)))
            if comparison.previous is not None:
                cells_ += _previous_cells(sheet, comparison, key, summary, name)
            sheet.append(cells_)
    last_row = max(sheet.row, header_row + 1)
    _table(sheet, "ChannelMetrics", header_row, last_row, headings)
    _shade_worse(sheet, header_row + 1, last_row, len(headings))
    sheet.blank(2)
    funnel = _funnel(sheet, comparison)
    sheet.blank()
    write_sales(sheet, comparison, lambda channel: _channel_label(sheet, comparison, channel))
    return funnel


def _channel_label(sheet: SheetWriter, comparison: Comparison, channel: object) -> str:
    summary = comparison.channels.get(str(channel))
    if summary is not None:
        return group_label(sheet.words, summary)
    key = f"channel.{channel}"
    return sheet.words.get(key) if sheet.words.has(key) else str(channel)


def _previous_cells(
    sheet: SheetWriter, comparison: Comparison, key: str, summary: ChannelSummary, name: str
) -> list[Cell | None]:
    """The previous period's value and the relative change (the engine's `Comparison.change` for channels)."""
    previous = comparison.previous
    if previous is None:
        return []
    before = (previous.platforms if "/" in key else previous.channels).get(key)
    value = before.metrics.get(name) if before else None
    number_format = styles.metric_format(METRICS[name].kind, summary.currency, sheet.words.lang)
    if "/" not in key:
        change = comparison.change(key, name)
    else:
        now, change = summary.metrics.get(name), None
        if now is not None and now.value is not None and value is not None and value.value:
            change = now.value / value.value - 1.0  # as Comparison.change does for channels
    return [sheet.number(value.value if value else None, number_format), sheet.number(change, CHANGE)]


def _metric_cells(
    sheet: SheetWriter, summary: ChannelSummary, name: str, finding: Finding | None
) -> list[Cell | None]:
    words = sheet.words
    metric = METRICS[name]
    value = summary.metrics.get(name)
    number_format = styles.metric_format(metric.kind, summary.currency, words.lang)
    low, high = value.ci if value and value.ci else (None, None)
    ratio_low, ratio_high = finding.ratio_ci if finding and finding.ratio_ci else (None, None)
    worse = None
    if finding is not None:
        worse = finding.significant and finding.verdict == ("below" if metric.higher_is_better else "above")
    basis = summary.basis_of(name)  # what this metric is per: the audience, or clicks, conversions, cost
    return [
        sheet.text(group_label(words, summary), group_role(summary)),
        sheet.text(metric_label(words, name)),
        *(sheet.number(v, number_format) for v in (value.value if value else None, low, high)),
        sheet.number(value.numerator if value else None, _measure_format(sheet, metric.numerator, summary)),
        sheet.number(
            value.denominator if value else None, _measure_format(sheet, metric.denominator, summary)
        ),
        # the campaigns (posts, sends) this value rests on: the rows that carry both its measures
        sheet.number(value.campaigns if value and value.numerator is not None else None, styles.COUNT),
        sheet.number(finding.baseline_value if finding else None, number_format),
        *(sheet.number(v, styles.RATIO) for v in (finding.ratio if finding else None, ratio_low, ratio_high)),
        sheet.number(finding.p_value if finding else None, styles.P_VALUE),
        sheet.text(yes_no(words, finding.significant if finding else None)),
        sheet.text(yes_no(words, worse)),
        sheet.text(words.get(f"verdict.{finding.verdict}") if finding else None),
        sheet.text(summary.currency),
        sheet.text(basis_label(words, basis)),
    ]


def _measure_format(sheet: SheetWriter, measure: str, summary: ChannelSummary) -> str:
    """A numerator or denominator: an amount in the channel's currency, or a count (audience, clicks)."""
    if measure in MONEY_MEASURES:
        return styles.currency_format(summary.currency, sheet.words.lang)
    return styles.COUNT


def _table(sheet: SheetWriter, name: str, header_row: int, last_row: int, headings: list[str]) -> None:
    """An Excel Table over the block (write-only sheets cannot read headings back, so we name them)."""
    table = Table(displayName=name, ref=area(1, header_row, len(headings), last_row))
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headings, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    table.autoFilter = AutoFilter(ref=table.ref)
    with warnings.catch_warnings():
        # openpyxl reminds write-only users to name the columns, which we just did.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        sheet.ws.add_table(table)


def _shade_worse(sheet: SheetWriter, first_row: int, last_row: int, columns: int) -> None:
    column = get_column_letter(WORSE_COLUMN)
    rule = FormulaRule(
        formula=[f'${column}{first_row}="{sheet.words.get("yes")}"'],
        fill=PatternFill("solid", fgColor=styles.BAD_FILL, bgColor=styles.BAD_FILL),
        font=Font(color=styles.BAD_INK, bold=True),
    )
    sheet.ws.conditional_formatting.add(area(1, first_row, columns, last_row), rule)


#: The funnel's steps as the engine pairs them, each with the denominator it rests on.
_STEPS = (
    ("clicks", "col.click_through"),
    ("conversions", "col.click_conversion"),
    ("revenue", "col.revenue_per_conversion"),
)


def _funnel(sheet: SheetWriter, comparison: Comparison) -> FunnelRef:
    """Stage totals, then each step as the engine's paired metric beside its own denominator (the click
    rate of organic social rests on the posts that carry clicks, not on every post's reach)."""
    words = sheet.words
    sheet.line(words.get("funnel"), role="section")
    headings = [words.get("col.channel"), words.get("col.audience")]
    headings += [words.get(f"measure.{s}") for s in FUNNEL_STAGES[1:]] + [words.get("col.currency")]
    headings += [words.get(key) for _stage, key in _STEPS]
    headings += [f"{words.get(key)} {words.get('col.step_of')}" for _stage, key in _STEPS]
    header_row = sheet.header(headings, height=32)
    wide = _funnel_wide(comparison.funnel)
    order = [key for key, _ in groups(comparison) if "/" not in key]
    wide = wide.reindex([c for c in order if c in wide.index] + [c for c in wide.index if c not in order])
    for channel, row in wide.iterrows():
        summary = comparison.channels.get(str(channel))
        label = group_label(words, summary) if summary else str(channel)
        currency = row.get("currency")
        currency = currency if isinstance(currency, str) else None
        money = styles.currency_format(currency, words.lang)
        sheet.append(
            [sheet.text(label, "label")]
            + [sheet.number(row.get(s), styles.COUNT) for s in FUNNEL_STAGES[:3]]
            + [sheet.number(row.get("revenue"), money), sheet.text(currency)]
            + [sheet.number(row.get(f"{stage}.of_previous"), _step_format(stage, money)) for stage, _ in _STEPS]
            + [sheet.number(row.get(f"{stage}.denominator"), styles.DECIMAL) for stage, _ in _STEPS]
        )
    _table(sheet, "Funnel", header_row, max(sheet.row, header_row + 1), headings)
    # the chart draws the click-through and click-to-conversion rates: the columns after the channel, the
    # stage totals and the currency
    rates = 1 + len(FUNNEL_STAGES) + 2
    return FunnelRef(sheet.ws, header_row, sheet.row, (rates, rates + 1))


def _step_format(stage: str, money: str) -> str:
    """A step's number format: a rate, except revenue per conversion, which is money."""
    return money if stage == "revenue" else styles.PERCENT


def _funnel_wide(funnel: pd.DataFrame) -> pd.DataFrame:
    """The engine's long funnel (channel, stage, value, step columns, currency) as one row per channel."""
    steps = [f"{stage}.{column}" for stage, _ in _STEPS for column in ("of_previous", "denominator")]
    if funnel.empty:
        return pd.DataFrame(columns=[*FUNNEL_STAGES, *steps, "currency"])
    wide = funnel.pivot_table(index="channel", columns="stage", values="value", aggfunc="first", sort=False)
    wide = wide.reindex(columns=list(FUNNEL_STAGES))
    for column in ("of_previous", "denominator"):
        if column not in funnel:
            continue
        step = funnel.pivot_table(
            index="channel", columns="stage", values=column, aggfunc="first", sort=False
        )
        for stage, _ in _STEPS:
            wide[f"{stage}.{column}"] = step.get(stage, np.nan)
    currency = funnel.dropna(subset=["currency"]).groupby("channel")["currency"].first()
    return wide.assign(currency=currency)
