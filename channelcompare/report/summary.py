"""The Summary sheet: what was compared, the findings as sentences, key figures with 95% intervals, charts.

It is the page an analyst forwards, so it reads top to bottom: title, period, sources, baseline; the
findings (social below email marked in red); a table of key figures per channel; the chosen metric as a
bar chart with interval whiskers, and the funnel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter

from channelcompare.compare import Comparison, Finding
from channelcompare.report.definitions import metric_label
from channelcompare.report.key_figures import MARGIN_COLUMNS, FunnelRef, write_charts, write_key_figures
from channelcompare.report.labels import finding_key, group_label
from channelcompare.report.sales import sales_headline
from channelcompare.report.sentences_fr import finding_sentence
from channelcompare.report.sheet import SheetWriter, fit_height
from channelcompare.sources import ImportResult

WIDTHS = (24, 16, 16, 11, 11, 11, 11, 11, 11, 11, 11, 11, 20, 11, 11)
SENTENCE_COLUMNS = (3, 12)  # the finding sentence spans C..L
FLAG_COLUMN = 13
CHART_ROWS = 20  # rows the 8.5 cm charts cover, plus a margin
MAX_NAMED_FILES = 12  # beyond, the Sources sheet lists them all
FACT_WIDTH = sum(WIDTHS[1:FLAG_COLUMN])


def write_summary(
    sheet: SheetWriter,
    comparison: Comparison,
    sources: list[ImportResult],
    metric: str,
    funnel: FunnelRef | None,
) -> None:
    sheet.print_fit_width()
    sheet.widths(WIDTHS)
    for column in MARGIN_COLUMNS:
        sheet.ws.column_dimensions[get_column_letter(column)].hidden = True
    _header_block(sheet, comparison, sources, metric)
    _findings(sheet, comparison)
    first, last = write_key_figures(sheet, comparison, metric)
    write_charts(sheet, comparison, metric, (first, last), funnel)
    sheet.blank(CHART_ROWS)  # the charts float over these rows
    _warnings(sheet, comparison.warnings)


def _header_block(
    sheet: SheetWriter, comparison: Comparison, sources: list[ImportResult], metric: str
) -> None:
    words = sheet.words
    sheet.line(words.get("title"), role="title")
    sheet.blank()
    period = comparison.period
    period_text = f"{_day(period[0], words.lang)} – {_day(period[1], words.lang)}" if period else None
    rows = sum(s.rows for s in sources)
    names = [Path(s.path).name for s in sources]
    files = ", ".join(names[:MAX_NAMED_FILES])
    if len(names) > MAX_NAMED_FILES:
        files += f", … (+{len(names) - MAX_NAMED_FILES})"
    count = words.get("sources.count", files=len(sources), rows=_count(rows, words.lang))
    baseline = comparison.channels.get(comparison.baseline)
    facts = [
        ("period", period_text or words.get("period.unknown")),
        ("sources", f"{count}: {files}" if files else count),
        ("baseline", group_label(words, baseline) if baseline else comparison.baseline),
        ("metric.chosen", metric_label(words, metric)),
        ("generated", _day(date.today(), words.lang)),
    ]
    headline = sales_headline(words, comparison.share_of_sales)
    if headline:
        facts.insert(4, ("sales", headline))
    for key, text in facts:
        sheet.append(
            [sheet.text(words.get(key), "label"), sheet.text(text, "wrapped")],
            height=fit_height(text, FACT_WIDTH),
        )
        sheet.merge(2, FLAG_COLUMN)
    sheet.blank()


def _findings(sheet: SheetWriter, comparison: Comparison) -> None:
    words = sheet.words
    sheet.line(words.get("findings"), role="section")
    if not comparison.findings:
        sheet.line(words.get("findings.none"), role="note")
        sheet.blank()
        return
    sheet.header(
        [words.get("col.channel"), words.get("col.metric"), words.get("col.finding")]
        + [""] * 9
        + [words.get("col.flag")]
    )
    sheet.merge(*SENTENCE_COLUMNS)
    baseline = comparison.channels.get(comparison.baseline)
    baseline_label = group_label(words, baseline) if baseline else comparison.baseline
    for finding in comparison.findings:
        _finding_row(sheet, comparison, finding, baseline_label)
    sheet.blank()


def _finding_row(sheet: SheetWriter, comparison: Comparison, finding: Finding, baseline: str) -> None:
    words = sheet.words
    summary = comparison.platforms.get(finding_key(finding)) or comparison.channels.get(finding.channel)
    label = group_label(words, summary) if summary else finding.label or finding.channel
    sentence = finding_sentence(words, finding, comparison, label, baseline)
    role = "bad" if finding.social_below_email else "finding"
    width = sum(WIDTHS[SENTENCE_COLUMNS[0] - 1 : SENTENCE_COLUMNS[1]])
    sheet.append(
        [
            sheet.text(label, "label"),
            sheet.text(metric_label(words, finding.metric), "finding"),
            sheet.text(sentence, role),
        ]
        + [None] * 9
        + [sheet.text(words.get("findings.marker") if finding.social_below_email else None, role)],
        height=fit_height(sentence, width),
    )
    sheet.merge(*SENTENCE_COLUMNS)


def _warnings(sheet: SheetWriter, warnings: list[str]) -> None:
    """The engine's cautions (audiences counted differently, data left out), each on its own line."""
    if not warnings:
        return
    sheet.blank()
    sheet.line(sheet.words.get("warnings"), role="section")
    for warning in warnings:
        sheet.append(
            [sheet.text("⚠", "label"), sheet.text(warning, "wrapped")], height=fit_height(warning, FACT_WIDTH)
        )
        sheet.merge(2, FLAG_COLUMN)


def _day(day: date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.strftime("%d %b %Y")


def _count(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text
