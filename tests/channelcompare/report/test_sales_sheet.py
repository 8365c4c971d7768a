"""Share of sales on the sample shop (issue 15, defect 10): unattributed orders once, the headline a bound."""

from __future__ import annotations

import functools
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.model import concat_records
from channelcompare.report import write_report
from channelcompare.report.i18n import Words
from channelcompare.report.sales import attributed_channels, sales_headline
from channelcompare.resources import sample_files
from channelcompare.sources import ImportResult
from importers.load import import_files


@functools.cache
def _sample() -> tuple[pd.DataFrame, list[ImportResult], Comparison]:
    results = [o.result for o in import_files(sample_files()) if o.result]
    records = concat_records([r.records for r in results])
    return records, results, compare(records, CompareOptions())


def test_headline_is_a_lower_bound_with_its_interval_and_ga4_beside_it() -> None:
    share = _sample()[2].share_of_sales
    assert share is not None
    low, high = proportion_confint(8, 889, alpha=0.05, method="wilson")
    assert share["social_order_interval"] == pytest.approx([low, high], abs=1e-12)
    assert share["ga4_social_share"] == pytest.approx(0.0046060830 + 0.0055098003, abs=1e-9)
    assert share["headline"].startswith(
        "Social brought at least 0.6% of the store's revenue this period (0.9% of orders, 95% interval "
        "0.46-1.77%; 72% of orders carry no signal); GA4's last-click view gives social 1.0% of its revenue;"
    )


def test_unattributed_orders_appear_once_in_the_share_table() -> None:
    share = _sample()[2].share_of_sales
    assert share is not None
    shown = attributed_channels(share)
    orders = sum(v["orders"] or 0 for v in shown.values()) + share["unattributed"]["orders"]
    assert orders == share["total_orders"] == 889  # before: Other's 641 and the 641 without signal, twice
    assert shown["other"]["orders"] == 0 and shown["other"]["ga4_share"] is not None  # GA4 saw Other


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_report_share_of_sales_column_adds_to_one(tmp_path: Path, lang: str) -> None:
    records, sources, comparison = _sample()
    path = write_report(tmp_path / "r.xlsx", comparison, records, sources, lang=lang)
    words = Words(lang)
    rows = list(openpyxl.load_workbook(path)[words.get("sheet.channels")].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == words.get("sales.share"))
    header = next(i for i in range(start, len(rows)) if rows[i][0] == words.get("col.channel"))
    column = rows[header].index(words.get("col.order_share"))
    body = rows[header + 1 : next(i for i in range(header + 1, len(rows)) if rows[i][0] is None)]
    assert sum(1 for r in body if r[0] == words.get("sales.unattributed")) == 1
    assert sum(r[column] or 0 for r in body) == pytest.approx(1.0)  # before: over 1.7
    assert sales_headline(words, comparison.share_of_sales)
