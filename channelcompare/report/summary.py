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
from channelcompare.report.key_figures import HELPER_COLUMNS, FunnelRef, write_charts, write_key_figures
from channelcompare.report.labels import day_text, finding_key, group_label, period_text, report_title
from channelcompare.report.sales import sales_headline
from channelcompare.report.sentences_fr import finding_sentence
from channelcompare.report.sheet import SheetWriter, fit_height
from channelcompare.sources import ImportResult

WIDTHS = (24, 16, 19, 11, 11, 11, 11, 11, 11, 11, 11, 11, 20, 11, 11)
SENTENCE_COLUMNS = (3, 12)  # the finding sentence spans C..L
FLAG_COLUMN = 13
CHART_ROWS = 21  # rows the 9.5 cm charts cover, plus a margin
MAX_NAMED_FILES = 12  # beyond, the Sources sheet lists them all
FACT_WIDTH = sum(WIDTHS[1:FLAG_COLUMN])


def write_summary(
    sheet: SheetWriter,
    comparison: Comparison,
    sources: list[ImportResult],
    metric: str,
    funnel: FunnelRef | None,
) -> None:
    sheet.print_layout()
    sheet.widths(WIDTHS)
    for column in HELPER_COLUMNS:
        sheet.ws.column_dimensions[get_column_letter(column)].hidden = True
    _header_block(sheet, comparison, sources, metric)
    _findings(sheet, comparison)
    key_rows = write_key_figures(sheet, comparison, metric)
    write_charts(sheet, comparison, metric, key_rows, funnel)
    sheet.blank(CHART_ROWS)  # the charts float over these rows
    _warnings(sheet, comparison.warnings)


def _header_block(
    sheet: SheetWriter, comparison: Comparison, sources: list[ImportResult], metric: str
) -> None:
    words = sheet.words
    sheet.line(report_title(words, comparison), role="title")
    sheet.blank()
    rows = sum(s.rows for s in sources)
    names = [Path(s.path).name for s in sources]
    files = ", ".join(names[:MAX_NAMED_FILES])
    if len(names) > MAX_NAMED_FILES:
        files += f", … (+{len(names) - MAX_NAMED_FILES})"
    count = words.get("sources.count", files=len(sources), rows=_count(rows, words.lang))
    baseline = comparison.channels.get(comparison.baseline)
    facts = [
        ("period", period_text(words, comparison.period)),
        ("sources", f"{count}: {files}" if files else count),
        ("baseline", group_label(words, baseline) if baseline else comparison.baseline),
        ("metric.chosen", metric_label(words, metric)),
        ("generated", day_text(date.today(), words.lang)),
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
    # The flag column only when a finding carries the flag: it never does against another baseline than email.
    flagged = any(f.social_below_email for f in comparison.findings)
    last = SENTENCE_COLUMNS[1] if flagged else FLAG_COLUMN
    sheet.header(
        [words.get("col.channel"), words.get("col.metric"), words.get("col.finding")]
        + [""] * (last - SENTENCE_COLUMNS[0])
        + ([words.get("col.flag")] if flagged else [])
    )
    sheet.merge(SENTENCE_COLUMNS[0], last)
    baseline = comparison.channels.get(comparison.baseline)
    baseline_label = group_label(words, baseline) if baseline else comparison.baseline
    for finding in comparison.findings:
        _finding_row(sheet, comparison, finding, baseline_label, last)
    sheet.blank()


def _finding_row(
    sheet: SheetWriter, comparison: Comparison, finding: Finding, baseline: str, last: int
) -> None:
    words = sheet.words
    summary = comparison.platforms.get(finding_key(finding)) or comparison.channels.get(finding.channel)
    label = group_label(words, summary) if summary else finding.label or finding.channel
    sentence = finding_sentence(words, finding, comparison, label, baseline)
    role = "bad" if finding.social_below_email else "finding"
    width = sum(WIDTHS[SENTENCE_COLUMNS[0] - 1 : last])
    marker = words.get("findings.marker") if finding.social_below_email else None
    name = metric_label(words, finding.metric)
    height = max(fit_height(sentence, width), fit_height(name, WIDTHS[1]), fit_height(label, WIDTHS[0]))
    sheet.append(
        [
            sheet.text(label, "label"),
            sheet.text(name, "finding"),
            sheet.text(sentence, role),
        ]
        + [None] * (last - SENTENCE_COLUMNS[0])
        + ([sheet.text(marker, role)] if last < FLAG_COLUMN else []),
        height=height,  # as tall as the longest of the wrapped texts: the sentence, or a long metric name
    )
    sheet.merge(SENTENCE_COLUMNS[0], last)


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


def _count(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text
