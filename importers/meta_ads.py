"""Meta Ads Manager exports ("Export table data" / Ads Reporting), any level, any columns, any language.

Meta's own definitions, kept as Meta states them:
- clicks are `Link clicks` (clicks to the advertiser's destination). `Clicks (all)` also counts likes,
  comments, profile and media clicks, so it is never used: without `Link clicks` clicks stay unknown.
- engagements are `Post engagements` (Meta's total of reactions, comments, shares, saves, clicks and
  video plays); the sparse per-action columns are not summed.
- conversions are `Purchases`, or `Results` on rows whose result indicator is a purchase.
- revenue is the purchase conversion value, or `Purchase ROAS` x spend (marked derived, rounded ROAS).
- cost is `Amount spent (<ISO>)`: the currency comes from that column name.
- reach is unique accounts per row: rows of one campaign do not add up to its reach.
- the attribution setting (`7-day click or 1-day view`...) goes to `attribution` with each row.
Some exports put an account total first, with blank name and ID cells: it is left out with a warning once
proved (importers/meta_summary.py). An export without delivery (`"No data available."`) is an empty file.
A blank metric cell means no such event (Meta leaves zeros blank), unless the whole column is blank.
A `Platform` breakdown keeps facebook and instagram rows apart (platform `facebook`/`instagram`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.meta_names import NAMES, SPEND, STARTS
from importers.meta_summary import raise_if_no_data, skip_proved_summary
from importers.sample import FileSample, norm
from importers.social_common import (
    blank_as_zero,
    coarsest,
    header_has,
    header_matches,
    roas_revenue,
    single_currency,
)
from importers.tabular import ColumnPlan, Table, read_table

_PURCHASE = re.compile(r"purchase|achat|compra|acquist|kauf", re.IGNORECASE)
_NUMERIC = ("impressions", "reach", "engagements", "clicks", "clicks_all", "purchases", "purchase_value")
_READ_AS_NUMBERS = frozenset(norm(name) for key in (*_NUMERIC, "roas", "results") for name in NAMES[key])
_READ = frozenset(norm(name) for names in NAMES.values() for name in names)


def _is_spend(column: str) -> bool:
    return SPEND.fullmatch(" ".join(column.casefold().split())) is not None


#: Only the columns named in meta_names.py are read: an ad-level export also carries Meta's derived
#: columns (cost per result, CPM, CTR, CPC, frequency, delivery...), a quarter of its cells, never used.
PLAN = ColumnPlan(
    reads=lambda column: norm(column) in _READ or _is_spend(column),
    numbers=lambda column: norm(column) in _READ_AS_NUMBERS or _is_spend(column),
)


class MetaAds:
    format_id = "meta_ads"
    platform = "meta"
    label = "Meta Ads Manager export"

    def score(self, sample: FileSample) -> int:
        spend = header_matches(sample, SPEND) is not None
        starts = header_has(sample, *STARTS)
        if not (spend or starts):
            return 0
        return 90 if spend and starts else 80

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        raise_if_no_data(sample)
        table = read_table(path, sample, progress=progress, cancelled=cancelled, plan=PLAN)
        rows = RecordBuilder(table, sample)
        warnings = skip_proved_summary(rows, table)
        currency = _map_money(rows, table)
        _map_counts(rows, warnings)
        _map_identity_and_time(rows)
        rows.constant("channel", "paid_social")
        rows.let_go_of_cells()
        return rows.result(self, currency=currency, warnings=warnings)


def _number(rows: RecordBuilder, field: str | None, key: str) -> pd.Series:
    """A Meta metric column, blank cells as 0 when the column is in use (see the module docstring)."""
    values = rows.number(field, *NAMES[key])
    values = blank_as_zero(values, rows.column(*NAMES[key]))
    if field is not None:
        rows.set(field, values)
    return values


def _map_money(rows: RecordBuilder, table: Table) -> str | None:
    spend = next((c for c in table.frame.columns if _is_spend(c)), None)
    currency = None
    if spend is not None:
        cost = blank_as_zero(rows.number("cost", spend), table.frame[spend])
        rows.set("cost", cost)
        code = SPEND.fullmatch(" ".join(spend.casefold().split()))
        currency = code.group("currency").upper() if code and code.group("currency") else None
    else:
        cost = pd.Series(float("nan"), index=rows.index)
    if currency is None:
        currency, _ = single_currency(rows.column(*NAMES["currency"]), table.path.name)
    value = _number(rows, None, "purchase_value")
    if rows.column(*NAMES["purchase_value"]) is not None:
        rows.set("revenue", value)
    elif rows.column(*NAMES["roas"]) is not None:
        rows.set("revenue", roas_revenue(rows, _number(rows, None, "roas"), cost))
    return currency


def _map_counts(rows: RecordBuilder, warnings: list[str]) -> None:
    for field in ("impressions", "reach", "engagements"):
        _number(rows, field, field)
    if rows.column(*NAMES["clicks"]) is not None:
        _number(rows, "clicks", "clicks")
    elif rows.column(*NAMES["clicks_all"]) is not None:
        warnings.append(
            "This export has 'Clicks (all)' but no 'Link clicks': clicks are left unknown because "
            "'Clicks (all)' also counts likes, comments and profile clicks. Add 'Link clicks' to the export."
        )
    if rows.column(*NAMES["purchases"]) is not None:
        _number(rows, "conversions", "purchases")
        return
    indicator = coarsest(rows, NAMES["result_indicator"], NAMES["result_type"])
    if indicator is not None and rows.column(*NAMES["results"]) is not None:
        results = _number(rows, None, "results")
        is_purchase = indicator.astype("str").str.contains(_PURCHASE).fillna(False).astype(bool)
        rows.set("conversions", results.where(is_purchase))


def _map_identity_and_time(rows: RecordBuilder) -> None:
    name = coarsest(rows, NAMES["campaign_name"], NAMES["adset_name"], NAMES["ad_name"])
    if name is not None:
        rows.set("campaign_name", name)
    ident = coarsest(rows, NAMES["campaign_id"], NAMES["adset_id"], NAMES["ad_id"])
    if ident is not None:
        rows.set("campaign_id", ident)
    rows.text("attribution", *NAMES["attribution"])
    if rows.column(*NAMES["day"]) is not None:
        day = rows.date("start", *NAMES["day"])
        rows.set("end", day)
    else:
        start = rows.date("start", *NAMES["start"])
        starts, ends = rows.column(*NAMES["start"]), rows.column(*NAMES["end"])
        if starts is not None and ends is not None and starts.equals(ends):
            rows.set("end", start)  # a daily breakdown: each day parsed once (its bad cells flagged once)
        else:
            rows.date("end", *NAMES["end"])
    breakdown = rows.column(*NAMES["platform"])
    if breakdown is not None:
        key = breakdown.astype("str").str.strip().str.casefold()
        platform = key.where(key.isin(["facebook", "instagram"]), "meta").fillna("meta")
        rows.set("platform", platform)
