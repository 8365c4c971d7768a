"""The Definitions sheet: the formula of each metric and the statistical method, in the report's language."""

from __future__ import annotations

from channelcompare.benchmarks import Benchmark
from channelcompare.metrics import DEFINITIONS, METRICS, MetricDef
from channelcompare.report import styles
from channelcompare.report.definitions_text import METHODS, METRIC_TEXT_FR, MPP_FLAG_FR
from channelcompare.report.i18n import Words
from channelcompare.report.page_setup import PrintLayout
from channelcompare.report.sheet import SheetWriter, fit_height

WIDTHS = (28, 34, 24, 90)
METHOD_WIDTH = sum(WIDTHS[1:])


def metric_label(words: Words, name: str) -> str:
    """A metric's name in the report's language."""
    key = f"metric.{name}"
    if (words.lang != "en" or name not in DEFINITIONS) and words.has(key):
        return words.get(key)
    return DEFINITIONS[name].label if name in DEFINITIONS else name


def metric_texts(words: Words, metric: MetricDef) -> tuple[str, str, str | None]:
    """(formula, description, caution) of a metric in the report's language."""
    if words.lang == "fr" and metric.name in METRIC_TEXT_FR:
        formula, description = METRIC_TEXT_FR[metric.name]
        return formula, description, MPP_FLAG_FR if metric.flag else None
    return metric.formula, metric.description, metric.flag


def write_definitions(sheet: SheetWriter, benchmarks: list[Benchmark] | None = None) -> None:
    words = sheet.words
    sheet.print_layout(PrintLayout(landscape=False))  # text to read down a page, as a printed glossary
    sheet.freeze("B5")  # the metric names and the headings (row 4)
    sheet.widths(WIDTHS)
    sheet.line(words.get("sheet.definitions"), role="title")
    sheet.blank()
    sheet.line(words.get("definitions.metrics"), role="section")
    sheet.header([words.get(k) for k in ("col.metric", "col.formula", "col.kind", "col.description")])
    for metric in DEFINITIONS.values():
        formula, description, caution = metric_texts(words, metric)
        text = f"{description} {caution}" if caution else description
        sheet.append(
            [
                sheet.text(metric_label(words, metric.name), "label"),
                sheet.text(formula, "wrapped"),
                sheet.text(
                    words.get(f"kind.{metric.kind}") if words.has(f"kind.{metric.kind}") else metric.kind
                ),
                sheet.text(text, "wrapped"),
            ],
            height=fit_height(text, WIDTHS[3]),
        )
    sheet.blank()
    sheet.line(words.get("definitions.methods"), role="section")
    for number, paragraph in enumerate(METHODS[words.lang], start=1):
        height = fit_height(paragraph, METHOD_WIDTH)
        sheet.append([sheet.text(f"{number}.", "label"), sheet.text(paragraph, "wrapped")], height=height)
        sheet.merge(2, 4)
    if benchmarks:
        _benchmarks(sheet, benchmarks)


def _benchmarks(sheet: SheetWriter, benchmarks: list[Benchmark]) -> None:
    """Published figures shown beside the user's, each with where it comes from and how it was measured."""
    words = sheet.words
    sheet.blank()
    sheet.line(words.get("definitions.benchmarks"), role="section")
    sheet.header([words.get(k) for k in ("col.metric", "col.channel", "col.value", "col.source")])
    for benchmark in benchmarks:
        kind = METRICS[benchmark.metric].kind if benchmark.metric in METRICS else "rate"
        provenance = f"{benchmark.source} ({benchmark.year}) — {benchmark.method}"
        if benchmark.note:
            provenance += f"; {benchmark.note}"
        channel = f"channel.{benchmark.channel}"
        sheet.append(
            [
                sheet.text(metric_label(words, benchmark.metric), "label"),
                sheet.text(words.get(channel) if words.has(channel) else benchmark.channel),
                sheet.number(benchmark.value, styles.metric_format(kind, None, words.lang)),
                sheet.text(provenance, "wrapped"),
            ],
            height=fit_height(provenance, WIDTHS[3]),
        )
