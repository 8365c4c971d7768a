"""The report read back: every figure equals the engine's, imported text is never a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from channelcompare.errors import Cancelled, ReportFailed
from channelcompare.metrics import METRICS, campaign_metrics
from channelcompare.report import write_report
from channelcompare.report.i18n import Words
from channelcompare.report.labels import group_label, groups, yes_no
from tests.channelcompare.report.synthetic import PAYLOADS

#: openpyxl writes 16 significant digits (Excel itself keeps 15), so "equal" means equal to that precision.
PRECISION = 1e-15


def same(written: tuple, expected: tuple) -> bool:
    """Equal figure by figure at the precision a workbook stores; missing stays missing."""
    assert len(written) == len(expected)
    for a, b in zip(written, expected, strict=True):
        if b is None or a is None or isinstance(b, bool | str):
            assert a == b, (written, expected)
        else:
            assert a == pytest.approx(b, rel=PRECISION, abs=0), (written, expected)
    return True


SHEETS = ("summary", "channels", "campaigns", "timing", "trends", "sources", "definitions")


def _words(workbook: openpyxl.Workbook) -> Words:
    return Words("fr" if workbook.sheetnames[0] == "Synthèse" else "en")


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def _find_row(ws, *first_values: object) -> tuple:
    for row in ws.iter_rows(values_only=True):
        if row[: len(first_values)] == first_values:
            return row
    raise AssertionError(f"no row starting with {first_values!r} in {ws.title}")


def test_sheets_in_order(workbook) -> None:
    words = _words(workbook)
    assert workbook.sheetnames == [words.get(f"sheet.{name}") for name in SHEETS]


def test_no_cell_is_a_formula_and_payloads_are_plain_strings(workbook) -> None:
    found = set()
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula in {ws.title}!{cell.coordinate}: {cell.value!r}"
                if cell.value in PAYLOADS:
                    assert cell.data_type == "s"
                    found.add(cell.value)
    # every payload used as a campaign name, and the hostile rejection column, reach the report verbatim
    assert {PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3], PAYLOADS[4]} <= found


def test_formula_like_cells_keep_the_quote_prefix(workbook) -> None:
    ws = workbook[_words(workbook).get("sheet.campaigns")]
    flagged = [c for row in ws.iter_rows() for c in row if c.value in PAYLOADS[:5]]
    assert flagged and all(c.quotePrefix for c in flagged)


def test_channels_table_equals_the_engine(workbook, shop) -> None:
    _, _, comparison = shop
    words = _words(workbook)
    ws = workbook[words.get("sheet.channels")]
    findings = {
        (f"{f.channel}/{f.platform}" if f.platform else f.channel, f.metric): f for f in comparison.findings
    }
    from channelcompare.report.definitions import metric_label

    checked = 0
    for key, summary in groups(comparison):
        for name in METRICS:
            row = _find_row(ws, group_label(words, summary), metric_label(words, name))
            value = summary.metrics[name]
            low, high = value.ci if value.ci else (None, None)
            assert same(row[2:7], (value.value, low, high, value.numerator, value.denominator))
            assert row[7] == (value.campaigns if value.numerator is not None else None)  # its own campaigns
            finding = findings.get((key, name))
            if finding is not None:
                ratio_ci = finding.ratio_ci or (None, None)
                assert same(
                    row[8:14],
                    (
                        finding.baseline_value,
                        finding.ratio,
                        *ratio_ci,
                        finding.p_value,
                        yes_no(words, finding.significant),
                    ),
                )
            checked += 1
    assert checked == len(list(groups(comparison))) * len(METRICS)


def test_channels_sheet_has_a_table_and_the_worse_rows_format(workbook) -> None:
    words = _words(workbook)
    ws = workbook[words.get("sheet.channels")]
    assert {"ChannelMetrics", "Funnel"} <= set(ws.tables)
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    yes = words.get("yes")
    assert any(rule.type == "expression" and rule.formula[0].endswith(f'="{yes}"') for rule in rules)


def test_summary_key_figures_equal_the_engine(workbook, shop) -> None:
    _, _, comparison = shop
    words = _words(workbook)
    ws = workbook[words.get("sheet.summary")]
    header = _find_row(ws, words.get("col.channel"), words.get("col.audience"))
    assert header
    for _, summary in groups(comparison):
        row = _find_row(ws, group_label(words, summary), summary.audience)
        value = summary.metrics["click_rate"]
        assert same(row[4:7], (value.value, *(value.ci or (None, None))))


def test_summary_lists_every_finding_and_marks_social_below_email(workbook, shop) -> None:
    _, _, comparison = shop
    words = _words(workbook)
    ws = workbook[words.get("sheet.summary")]
    marker = words.get("findings.marker")
    marked = [row for row in _rows(ws) if marker in row]
    assert len(marked) == sum(f.social_below_email for f in comparison.findings) > 0
    if words.lang == "en":
        sentences = {row[2] for row in _rows(ws)}
        assert all(f.sentence in sentences for f in comparison.findings)


def test_campaigns_equal_the_engine_per_record(workbook, shop) -> None:
    records, _, _ = shop
    words = _words(workbook)
    ws = workbook[words.get("sheet.campaigns")]
    rows = _rows(ws)
    header = rows[2]
    by_id = {row[header.index(words.get("col.campaign_id"))]: row for row in rows[3:]}
    expected = campaign_metrics(records[records["platform"] != "shopify"])
    assert len(rows) - 3 == len(expected)
    from channelcompare.report.definitions import metric_label

    column = header.index(metric_label(words, "click_rate"))
    for campaign in expected[expected["platform"].isin(["mailchimp", "instagram"])].itertuples():
        rate = campaign.click_rate
        assert same((by_id[campaign.campaign_id][column],), (None if rate != rate else rate,))
    assert ws.auto_filter.ref and ws.freeze_panes == "D4"


def test_charts_are_native_with_error_bars(report: Path) -> None:
    with zipfile.ZipFile(report) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3  # metric per channel, funnel, weekly trend
    with_bars = [chart for chart in charts if "<errBars>" in chart]
    assert len(with_bars) == 1
    # the schema (CT_ErrBars) wants plus before minus; Excel rejects charts that break element order
    assert with_bars[0].index("<plus>") < with_bars[0].index("<minus>")
    assert "<cat><strRef>" in with_bars[0]  # channel names are text categories


def test_sources_sheet_lists_files_and_rejections(workbook, shop) -> None:
    _, sources, _ = shop
    ws = workbook[_words(workbook).get("sheet.sources")]
    values = {v for row in _rows(ws) for v in row if v is not None}
    assert {Path(s.path).name for s in sources} <= values
    assert "negative number of clicks (-3)" in values and PAYLOADS[4] in values


def test_definitions_in_the_report_language(workbook) -> None:
    words = _words(workbook)
    ws = workbook[words.get("sheet.definitions")]
    text = " ".join(str(v) for row in _rows(ws) for v in row if v)
    assert ("Wilson" in text) and ("Holm" in text)
    assert ("clics / audience" in text) == (words.lang == "fr")


def test_cancelling_writes_nothing(shop, tmp_path: Path) -> None:
    records, sources, comparison = shop
    target = tmp_path / "report.xlsx"
    with pytest.raises(Cancelled):
        write_report(target, comparison, records, sources, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_ends_at_one(shop, tmp_path: Path) -> None:
    records, sources, comparison = shop
    seen: list[float] = []
    write_report(tmp_path / "r.xlsx", comparison, records, sources, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_unknown_metric_or_language_is_refused(shop, tmp_path: Path) -> None:
    records, sources, comparison = shop
    with pytest.raises(ReportFailed, match="metric"):
        write_report(tmp_path / "r.xlsx", comparison, records, sources, metric="likes")
    with pytest.raises(ReportFailed, match="language"):
        write_report(tmp_path / "r.xlsx", comparison, records, sources, lang="de")
    path = write_report(tmp_path / "r.xlsx", comparison, records, sources, lang="fr_FR")
    assert openpyxl.load_workbook(path, read_only=True).sheetnames[0] == "Synthèse"


def test_share_of_sales_equals_the_engine(workbook, shop) -> None:
    _, _, comparison = shop
    share = comparison.share_of_sales
    assert share and share["by_channel"], "the synthetic shop has store orders with channel codes"
    words = _words(workbook)
    ws = workbook[words.get("sheet.channels")]
    rows = _rows(ws)
    start = next(i for i, row in enumerate(rows) if row[0] == words.get("sales.share"))
    header = next(row for row in rows[start:] if row[0] == words.get("col.channel"))
    share_col = header.index(words.get("col.revenue_share"))
    orders_col = header.index(words.get("col.orders"))
    body = {}
    for row in rows[rows.index(header) + 1 :]:
        if not row or row[0] is None:  # the section ends at the first blank row
            break
        body[row[0]] = row
    for channel, figures in share["by_channel"].items():
        summary = comparison.channels.get(channel)
        label = group_label(words, summary) if summary else words.get(f"channel.{channel}")
        assert same((body[label][orders_col], body[label][share_col]), (figures["orders"], figures["share"]))


def test_period_over_period_adds_the_previous_value_and_the_change(tmp_path: Path) -> None:
    from datetime import date

    import pandas as pd

    from channelcompare.compare import CompareOptions, compare
    from tests.channelcompare.report.synthetic import synthetic_records

    september = synthetic_records()
    august = synthetic_records(seed=8)
    for column in ("start", "end"):
        august[column] = august[column] - pd.Timedelta(days=31)
    records = pd.concat([september, august], ignore_index=True)
    options = CompareOptions(start=date(2026, 9, 1), end=date(2026, 9, 30), period_over_period=True)
    comparison = compare(records, options)
    path = write_report(tmp_path / "pop.xlsx", comparison, records, [], options=options)
    ws = openpyxl.load_workbook(path)["Channels"]
    header = _find_row(ws, "Channel", "Metric")
    row = _find_row(ws, "Email", "Click rate")
    previous = comparison.previous.channels["email"].metrics["click_rate"].value
    change = comparison.change("email", "click_rate")
    assert change is not None
    assert same((row[header.index("Previous period")], row[header.index("Change")]), (previous, change))


def test_benchmarks_are_listed_with_their_source(workbook, shop) -> None:
    _, _, comparison = shop
    assert comparison.benchmarks, "the bundled benchmark file is loaded by compare()"
    ws = workbook[_words(workbook).get("sheet.definitions")]
    texts = [str(v) for row in _rows(ws) for v in row if isinstance(v, str)]
    values = [v for row in _rows(ws) for v in row if isinstance(v, float)]
    for benchmark in comparison.benchmarks:
        assert any(t.startswith(benchmark.source) for t in texts)
        assert any(v == pytest.approx(benchmark.value, rel=PRECISION) for v in values)


def test_unprintable_and_overlong_text_is_cleaned_not_fatal(workbook) -> None:
    ws = workbook[_words(workbook).get("sheet.campaigns")]
    names = [row[2] for row in ws.iter_rows(min_row=4, values_only=True) if str(row[2]).startswith("Nul")]
    assert len(names) == 1
    assert names[0].startswith("Nul\ufffd and unit separator\ufffd in a post très long")
    assert len(names[0]) == 32_767 and names[0].endswith("…")


@pytest.mark.parametrize("keep", ["nothing", "store_only", "no_baseline"])
def test_thin_selections_still_make_a_report(keep: str, tmp_path: Path) -> None:
    from channelcompare.compare import compare
    from channelcompare.model import empty_records
    from tests.channelcompare.report.synthetic import synthetic_records

    records = synthetic_records()
    records = {
        "nothing": empty_records(),
        "store_only": records[records["platform"] == "shopify"],
        "no_baseline": records[records["channel"] != "email"],
    }[keep]
    comparison = compare(records)
    path = write_report(tmp_path / "thin.xlsx", comparison, records, [], lang="fr", metric="roas")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "Synthèse"
    if keep == "no_baseline":
        assert any("baseline" in str(v) for row in _rows(workbook["Synthèse"]) for v in row)


def test_funnel_equals_the_engine(workbook, shop) -> None:
    _, _, comparison = shop
    words = _words(workbook)
    ws = workbook[words.get("sheet.channels")]
    funnel = comparison.funnel
    for channel in funnel["channel"].unique():
        stages = funnel[funnel["channel"] == channel].set_index("stage")
        label = group_label(words, comparison.channels[channel])
        rows = [row for row in _rows(ws) if row[0] == label and isinstance(row[1], int | float)]
        row = next(
            r for r in rows if r[5] is None or isinstance(r[5], str)
        )  # the funnel row has a currency column
        expected = [stages.at[s, "value"] for s in ("audience", "clicks", "conversions", "revenue")]
        # each step: the engine's paired rate and the denominator it rests on
        expected += [
            stages.at[s, c]
            for c in ("of_previous", "denominator")  # the three rates first (the chart draws two), then
            for s in ("clicks", "conversions", "revenue")  # the denominator each rests on
        ]
        expected = [None if v != v else v for v in expected]
        assert same((*row[1:5], *row[6:12]), tuple(expected))
