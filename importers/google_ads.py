"""Google Ads campaign report (Campaigns → Download), both "CSV" flavours, and the account-level daily report.

`.csv` is UTF-8 and comma-separated; "Excel .csv" is UTF-16 with a BOM and TAB-separated. Both start with
two preamble lines: the report title (`Campaign report`) and the date range (`September 1, 2026 -
September 30, 2026`, or `All time`), which gives every row its period. Footer rows whose first cell
starts with `Total:` (`Total: Campaigns`, `Total: Account`, `Total: Search`...) repeat the rows above and
are left out with a warning. `--` means "not applicable" (missing); thousands are quoted (`"1,234"`).

Google's own definitions, kept as Google states them:
- impressions are `Impr.`; Google reports no reach.
- clicks are `Clicks` (not `Interactions`, which also count video views and engagements).
- conversions are `Conversions` (fractional under data-driven attribution), revenue is `Conv. value`.
- cost is `Cost` in `Currency code`.
Channel `paid_search`, or `display` for Display, Video and Demand Gen campaigns (`Campaign type`).
Performance Max and Shopping count as `paid_search`. Platform `google_ads`.
An account-level report (`Customer ID` and `Day` columns, no campaign) gives one record per day, each on its own
day, named after the account; its rows mix every campaign type, so they count as `paid_search` with a warning.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import header_has, single_currency, skip_total_rows
from importers.tabular import read_table

NAMES: dict[str, tuple[str, ...]] = {
    "campaign": ("Campaign", "Campagna", "Campaign name"),
    "campaign_id": ("Campaign ID", "ID campagna"),
    "account": ("Account name", "Account", "Nome account"),
    "customer_id": ("Customer ID", "ID cliente"),
    "day": ("Day", "Date", "Giorno"),
    "type": ("Campaign type", "Tipo di campagna"),
    "currency": ("Currency code", "Codice valuta", "Currency"),
    "impressions": ("Impr.", "Impressions", "Impressioni"),
    "clicks": ("Clicks", "Clic"),
    "cost": ("Cost", "Costo"),
    "conversions": ("Conversions", "Conversioni"),
    "value": ("Conv. value", "Valore conv.", "All conv. value"),
}
_DISPLAY_TYPES = re.compile(r"display|video|demand gen|discovery|visualizzazione", re.IGNORECASE)
_RANGE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d")


class GoogleAds:
    format_id = "google_ads"
    platform = "google_ads"
    label = "Google Ads campaign report"

    def score(self, sample: FileSample) -> int:
        campaigns = header_has(sample, *NAMES["campaign"])
        account_days = header_has(sample, *NAMES["customer_id"]) and header_has(sample, *NAMES["day"])
        if not (campaigns or account_days):
            return 0
        if not header_has(sample, "Impr.", "Currency code", "Impressioni", "Codice valuta"):
            return 0
        return 90 if sample.header_row == 2 else 70

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        warnings = skip_total_rows(rows, table.frame.iloc[:, 0], r"\s*total(e)?\s*:")
        by_account = rows.column(*NAMES["campaign"]) is None
        if by_account:
            warnings += _account_days(rows)
        else:
            rows.text("campaign_name", *NAMES["campaign"], required=True)
            rows.text("campaign_id", *NAMES["campaign_id"])
        rows.number("impressions", *NAMES["impressions"], required=True)
        rows.number("clicks", *NAMES["clicks"])
        rows.number("cost", *NAMES["cost"], required=True)
        rows.number("conversions", *NAMES["conversions"])
        rows.number("revenue", *NAMES["value"])
        if not by_account:
            warnings += _period(rows, sample)
        kind = rows.column(*NAMES["type"])
        channel = pd.Series("paid_search", index=rows.index, dtype="str")
        if kind is not None:
            channel = channel.mask(kind.astype("str").str.contains(_DISPLAY_TYPES).fillna(False), "display")
        rows.set("channel", channel)
        currency, mixed = single_currency(rows.text("currency", *NAMES["currency"]), path.name)
        return rows.result(self, currency=currency, warnings=warnings + mixed)


def _account_days(rows: RecordBuilder) -> list[str]:
    """An account-level daily report: each row is one day of the whole account."""
    account = rows.column(*NAMES["account"])
    customer = rows.column(*NAMES["customer_id"], required=True)
    if customer is not None:
        rows.set("campaign_id", customer)
        rows.set("campaign_name", account if account is not None else "Account " + customer)
    day = rows.date("start", *NAMES["day"], required=True)
    rows.set("end", day)
    return [
        f"{rows.table.path.name} is an account-level report: each day sums every campaign type (Search, "
        "Display, Video...), counted as paid search. Download the Campaigns report to keep them apart."
    ]


def _period(rows: RecordBuilder, sample: FileSample) -> list[str]:
    """Every row covers the report's date range, from the preamble line above the header."""
    preamble = [cell for row in sample.rows[: sample.header_row] for cell in row if cell]
    period = next((p for line in preamble if (p := parse_range(line)) is not None), None)
    if period is None:
        return [
            "The report has no date range line (or 'All time'): rows have no period. "
            "Download the report again with a date range."
        ]
    rows.constant("start", pd.Timestamp(period[0]))
    rows.constant("end", pd.Timestamp(period[1]))
    return []


def parse_range(text: str) -> tuple[datetime, datetime] | None:
    """`September 1, 2026 - September 30, 2026` (also `Sep 1, 2026 – Sep 30, 2026`) as two dates."""
    parts = re.split(r"\s+[-–]\s+", text.strip().strip('"'))
    if len(parts) != 2:
        return None
    dates = [_parse_date(part) for part in parts]
    if dates[0] is None or dates[1] is None:
        return None
    return dates[0], dates[1]


def _parse_date(text: str) -> datetime | None:
    for fmt in _RANGE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None
