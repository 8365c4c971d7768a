"""Shopify Analytics report download "Total sales over time" (Analytics -> Reports -> Export), store totals.

Header (as a parser of real downloads reads it): `Day,Orders,Gross sales,Discounts,Returns,Net sales,Shipping
charges,Duties,Additional fees,Taxes,Total sales`, one row per day, or `Month` rows (`2024-01`, `Jan 2024`)
when the report is grouped by month. Discounts and returns are negative. File names carry the period
(`Total sales over time - 2024-01-01 - 2024-12-31.csv`); the rows carry their own dates, which are used.

One record per row: `orders` = `Orders`, `revenue` = `Total sales` (net sales plus shipping, duties, fees and
taxes, returns deducted: the same basis as an order's `Total` minus refunds in the orders export). The report
has no channel, so every record is the store's unattributed sales (`other`): the share of sales per channel
then says the channel is unknown rather than guessing it. Use it when no orders export is at hand; loaded
beside an orders export of the same period, the same sales would be counted twice (a warning says so).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample, norm
from importers.tabular import read_table

PERIODS = ("Day", "Month", "Week")
MONTH_FORMATS = ["%Y-%m", "%b %Y", "%B %Y"]


class ShopifySalesOverTime:
    format_id = "shopify_sales_over_time"
    platform = "shopify"
    label = "Shopify Analytics total sales over time report"

    def score(self, sample: FileSample) -> int:
        if not sample.header or norm(sample.header[0]) not in {norm(p) for p in PERIODS}:
            return 0
        if not sample.has_columns("Total sales"):
            return 0
        return 80 + 5 * sample.has_columns("Orders", "Net sales")

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        period = str(table.frame.columns[0])
        rows.set("campaign_name", "Store total sales " + table.frame[period].fillna(""))
        _dates(rows, period)
        rows.number("orders", "Orders", required=True)
        rows.number("revenue", "Total sales", required=True)
        rows.constant("channel", "other")
        rows.constant("attribution", "store totals (no channel)")
        warnings = [
            f"{path.name} holds the store's total sales per {period.casefold()}, without channels: they count "
            "as unattributed. Do not load it beside an orders export of the same period (sales would count "
            "twice); the orders export gives each order's channel."
        ]
        return rows.result(self, warnings=warnings)


def _dates(rows: RecordBuilder, period: str) -> None:
    """A day is its own start and end; a month runs from its first to its last day; a week seven days."""
    if norm(period) == "month":
        start = rows.date("start", period, formats=MONTH_FORMATS)
        rows.set("end", start + pd.offsets.MonthEnd(0))
    elif norm(period) == "week":
        start = rows.date("start", period)
        rows.set("end", start + pd.Timedelta(days=6))
    else:
        rows.set("end", rows.date("start", period))
