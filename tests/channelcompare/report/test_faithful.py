"""Issue 21, readable and faithful: the report read back follows the analyst's choices, and reads well."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from channelcompare.compare import CompareOptions, compare
from channelcompare.metrics import METRICS
from channelcompare.model import CHANNELS, MONEY_MEASURES
from channelcompare.report import write_report
from channelcompare.report.charts import CHANNEL_COLOURS
from channelcompare.report.contrast import AA_NORMAL_TEXT, contrast_ratio
from channelcompare.report.definitions import metric_label
from channelcompare.report.format_names import FORMAT_NAMES
from channelcompare.report.i18n import Words
from channelcompare.report.labels import group_label, groups

HOUR = re.compile(r"^(\d\d):00$")


def _words(workbook: openpyxl.Workbook) -> Words:
    return Words("fr" if workbook.sheetnames[0] == "Synthèse" else "en")


@pytest.fixture(scope="module", params=["en", "fr"])
def against_paid_social(request, shop, tmp_path_factory) -> openpyxl.Workbook:
    records, sources, _ = shop
    comparison = compare(records, CompareOptions(baseline="paid_social"))
    folder = tmp_path_factory.mktemp("paid-social")
    return openpyxl.load_workbook(
        write_report(folder / "r.xlsx", comparison, records, sources, lang=request.param)
    )


def test_timing_text_contrasts_with_its_fill_and_dark_cells_are_white(workbook) -> None:
    ws = workbook[_words(workbook).get("sheet.timing")]
    shaded = [c for row in ws.iter_rows() for c in row if isinstance(c.value, float)]
    assert len(shaded) > 20
    for cell in shaded:
        fill, ink = cell.fill.fgColor.rgb[-6:], cell.font.color.rgb[-6:]
        assert contrast_ratio(fill, ink) >= AA_NORMAL_TEXT, (cell.coordinate, fill, ink)
    assert any(c.font.color.rgb.endswith("FFFFFF") for c in shaded)  # the darkest cells carry white text
    assert not ws.conditional_formatting  # a colour scale could not change the text colour


def test_timing_hours_are_a_linear_axis(workbook) -> None:
    ws = workbook[_words(workbook).get("sheet.timing")]
    headers = [row for row in ws.iter_rows(values_only=True) if row[1] and HOUR.match(str(row[1]))]
    assert headers
    for row in headers:
        hours = [int(HOUR.match(v).group(1)) for v in row[1:] if v]
        assert hours == list(range(hours[0], hours[-1] + 1))
    assert 11 in hours  # the synthetic sends skip 11:00: it stays as an empty column


def test_title_and_findings_follow_the_baseline(against_paid_social) -> None:
    words = _words(against_paid_social)
    ws = against_paid_social[words.get("sheet.summary")]
    title = ws["A1"].value
    expected = "against paid social" if words.lang == "en" else "face à la référence Social payant"
    assert title.endswith(expected)
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert words.get("col.flag") not in texts and words.get("findings.marker") not in texts
    assert expected in (ws.oddHeader.left.text or "")


def test_email_baseline_keeps_the_flag_column(workbook) -> None:
    words = _words(workbook)
    ws = workbook[words.get("sheet.summary")]
    assert ws["A1"].value == words.get("title")
    assert any(c.value == words.get("col.flag") for row in ws.iter_rows() for c in row)


def test_platforms_are_indented_under_their_channel_in_one_order(workbook, shop) -> None:
    comparison = shop[2]
    words = _words(workbook)
    expected = [(group_label(words, s), bool(s.platform)) for _, s in groups(comparison)]
    for sheet, first_metric in (
        (words.get("sheet.channels"), metric_label(words, "click_rate")),
        (None, None),
    ):
        ws = workbook[sheet or words.get("sheet.summary")]
        rows = [r for r in ws.iter_rows() if r[0].value in {name for name, _ in expected}]
        if first_metric is not None:  # one row per metric on Channels: take each group's first
            rows = [r for r in rows if r[1].value == first_metric]
        else:
            rows = rows[-len(expected) :]  # the key figures, after the findings
        assert [(r[0].value, bool(r[0].alignment.indent)) for r in rows] == expected, ws.title
    assert any(platform for _, platform in expected)


def test_counts_are_integers_money_carries_its_currency_booleans_are_words(workbook, shop) -> None:
    words = _words(workbook)
    ws = workbook[words.get("sheet.channels")]
    answers = {words.get("yes"), words.get("no"), None}
    names = {metric_label(words, m): METRICS[m] for m in METRICS}
    checked = 0
    for row in ws.iter_rows(min_row=5, max_row=4 + len(list(groups(shop[2]))) * len(METRICS)):
        metric = names[row[1].value]
        for cell, measure in ((row[5], metric.numerator), (row[6], metric.denominator)):
            if cell.value is not None:
                money = measure in MONEY_MEASURES
                assert ("€" in cell.number_format) if money else cell.number_format == "#,##0", (
                    cell.coordinate
                )
                checked += 1
        assert {row[13].value, row[14].value} <= answers  # significant, underperforms (after campaigns)
    assert checked > 40
    bools = [c for sheet in workbook for r in sheet.iter_rows() for c in r if c.data_type == "b"]
    assert not bools


def test_formats_and_channels_by_their_human_names(workbook, shop) -> None:
    words = _words(workbook)
    ws = workbook[words.get("sheet.sources")]
    sources = shop[1]
    detected = [r[2].value for r in ws.iter_rows(min_row=4, max_row=3 + len(sources))]
    for source, shown in zip(sources, detected, strict=True):
        known = FORMAT_NAMES.get(source.format_id)  # the synthetic shop also has an id no importer has
        assert shown == (known[1 if words.lang == "fr" else 0] if known else source.format_id)
    assert sum(source.format_id in FORMAT_NAMES for source in sources) >= 4
    internal = set(CHANNELS) | set(FORMAT_NAMES)
    for sheet in workbook:
        for row in sheet.iter_rows(max_col=3):
            assert not internal & {c.value for c in row}, sheet.title


def test_every_importer_format_has_a_name_in_both_languages() -> None:
    from importers.mapping import MappedImporter
    from importers.registry import IMPORTERS

    ids = {importer.format_id for importer in IMPORTERS} | {MappedImporter.format_id}
    assert ids <= set(FORMAT_NAMES)
    assert all(en and fr and en != fr for en, fr in FORMAT_NAMES.values())


def test_the_report_colours_channels_as_the_app_does() -> None:
    from ui.views.palette import CHANNEL_COLOURS as APP

    assert {k: v.lstrip("#").upper() for k, v in APP.items()} == CHANNEL_COLOURS


def _charts(report: Path) -> list[str]:
    with zipfile.ZipFile(report) as archive:
        return [archive.read(n).decode() for n in sorted(archive.namelist()) if n.startswith("xl/charts/")]


def test_summary_chart_is_coloured_by_channel_with_its_benchmark(report, shop) -> None:
    metric_chart, funnel_chart = _charts(report)[:2]
    colours = re.findall(
        r"<dPt><idx val=\"\d+\"/><spPr><a:solidFill[^>]*><a:srgbClr val=\"(\w+)\"", metric_chart
    )
    expected = [CHANNEL_COLOURS[s.channel] for _, s in groups(shop[2])]
    assert colours == expected
    assert (
        "<lineChart>" in metric_chart and 'symbol val="dash"' in metric_chart
    )  # email's click-rate benchmark
    assert "logBase" not in funnel_chart and 'formatCode="0.00%"' in funnel_chart


def test_funnel_chart_draws_the_step_rates(workbook, report) -> None:
    words = _words(workbook)
    funnel_chart = _charts(report)[1]
    sheet = words.get("sheet.channels").replace("'", "''")
    refs = re.findall(r"<f>'" + re.escape(sheet) + r"'!([A-Z]+)(\d+)</f>", funnel_chart)  # series titles
    ws = workbook[words.get("sheet.channels")]
    titles = {ws[f"{col}{row}"].value for col, row in refs}
    assert {words.get("col.click_through"), words.get("col.click_conversion")} <= titles


def test_every_amount_on_the_campaigns_sheet_shows_its_currency(shop, tmp_path: Path) -> None:
    records, sources, _ = shop
    # Mailchimp's campaign export has revenue but no currency column; the engine takes the only currency.
    records = records.assign(currency=records["currency"].mask(records["platform"] == "mailchimp"))
    comparison = compare(records)
    workbook = openpyxl.load_workbook(write_report(tmp_path / "r.xlsx", comparison, records, sources))
    words = Words("en")
    ws = workbook[words.get("sheet.campaigns")]
    headings = [c.value for c in ws[3]]
    money = [headings.index(words.get(f"measure.{m}")) for m in MONEY_MEASURES]
    money += [
        headings.index(metric_label(words, m)) for m, d in METRICS.items() if d.kind in ("money", "per_1000")
    ]
    amounts = [row[i] for row in ws.iter_rows(min_row=4) for i in money if row[i].value is not None]
    mailchimp = [row for row in ws.iter_rows(min_row=4, values_only=True) if row[1] == "Mailchimp"]
    assert len(amounts) > 100 and mailchimp
    assert all("€" in cell.number_format for cell in amounts), {c.number_format for c in amounts}
    assert {row[headings.index(words.get("col.currency"))] for row in mailchimp} == {"EUR"}


def test_trends_and_timing_list_channels_in_the_app_order(workbook, shop) -> None:
    comparison = shop[2]
    words = _words(workbook)
    order = [group_label(words, s) for key, s in groups(comparison) if "/" not in key]
    trends = workbook[words.get("sheet.trends")]
    columns = [c.value for c in trends[4][1:] if c.value]
    timing = workbook[words.get("sheet.timing")]
    grids = [r[0].value for r in timing.iter_rows() if r[0].value in order and r[1].value is None]
    for listed in (columns, grids):
        assert len(listed) >= 2 and listed == sorted(listed, key=order.index)


def _span_width(ws, cell) -> float:
    """Characters across the cell, or across the merged range it starts."""
    for merged in ws.merged_cells.ranges:
        if merged.min_row == cell.row and merged.min_col == cell.column:
            columns = range(merged.min_col, merged.max_col + 1)
            return sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in columns)
    return ws.column_dimensions[cell.column_letter].width or 8.43


def test_rows_are_as_tall_as_their_wrapped_text(workbook) -> None:
    """No wrapped text is cut or printed over the next row: each row holds its longest wrapped cell, counted
    generously (1.3 characters per unit of width, 12 points a line for 11-point text)."""
    words = _words(workbook)
    checked = 0
    for name in ("summary", "channels", "sources", "definitions"):
        ws = workbook[words.get(f"sheet.{name}")]
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.alignment.wrap_text) or cell.font.sz > 11:
                    continue
                lines = -(-len(cell.value) // int(_span_width(ws, cell) * 1.3))
                if lines > 1:
                    height = ws.row_dimensions[cell.row].height
                    assert height is not None and height >= 12 * lines, (
                        ws.title,
                        cell.coordinate,
                        cell.value,
                    )
                    checked += 1
    assert checked > 10
