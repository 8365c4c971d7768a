"""Turn canonical records into the campaign table the comparison pools: one row per campaign, post, ad,
flow or traffic channel, with each metric's numerator and denominator known together or not at all.

Decisions made here (documented in docs/metrics.md):
- Store orders (Shopify, or any row with orders or revenue but no audience, click or engagement) are the
  store's view of sales; they belong to share of sales, not to the channel comparison.
- GA4 rows for a channel that also has campaign exports (email, paid social) would count the audience twice
  (sessions on top of delivered emails), so they are left out of that channel, with a warning.
- Money (channelcompare/money.py) is never summed across currencies: each channel's money metrics use its main currency; rows in
  another currency are left out of money metrics, with a warning.
- An effort cost entered for a channel is spread over its campaigns in proportion to their audience.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import numpy as np
import pandas as pd

from channelcompare import grain, windows
from channelcompare.metrics import PAIRS, measure_table
from channelcompare.model import MEASURES
from channelcompare.money import channel_list, in_main_currency, main_currencies, with_effort

_STORE_PLATFORMS: Final = ("shopify",)
_ANALYTICS_PLATFORMS: Final = ("ga4",)
_CAMPAIGN_MEASURES: Final = (
    "sent",
    "delivered",
    "reach",
    "impressions",
    "sessions",
    "clicks",
    "engagements",
    "opens",
)
_KEPT: Final = (
    "channel",
    "platform",
    "currency",
    "attribution",
    "source_file",
    "campaign_name",
    "start",
    "end",
)

#: The grain of each row (channelcompare/grain.py), derived in campaign_rows.
_GRAIN: Final = ("level", "campaign_key")


def num(metric: str) -> str:
    return f"{metric}.num"


def den(metric: str) -> str:
    return f"{metric}.den"


def campaign_table(
    records: pd.DataFrame, *, opens_as_interactions: bool, effort_costs: Mapping[str, float]
) -> tuple[pd.DataFrame, list[str]]:
    """The campaign rows with audience, basis, money currency and each metric's paired num/den columns."""
    rows = campaign_rows(records, opens_as_interactions=opens_as_interactions)
    return table_of_rows(rows, effort_costs=effort_costs)


def campaign_rows(records: pd.DataFrame, *, opens_as_interactions: bool) -> pd.DataFrame:
    """What the campaign table needs of each campaign row that depends on that row alone: its text and
    time columns, channel and platform as categories, audience and the derived measures.

    Nothing here depends on the other rows, so a caller comparing the same records under many filters
    computes it once and filters it (`filter_mask`); `table_of_rows` makes the decisions that do.
    """
    rows = records.loc[is_campaign_row(records), [*_KEPT, "format_id", "campaign_id", *MEASURES]]
    rows = rows.reset_index(drop=True)
    measures = measure_table(rows, opens_as_interactions=opens_as_interactions)
    table = rows[list(_KEPT)].copy()
    table["level"] = grain.levels(rows)
    table["campaign_key"] = grain.campaign_keys(rows, table["level"])
    # Grouping keys as categories: factorised once here instead of at every groupby over a million rows.
    # Missing ones stay missing until table_of_rows (which GA4 rows a campaign export covers reads them).
    for key in ("channel", "platform", "currency", "attribution"):
        table[key] = table[key].astype("category")
    claims = rows["conversions"].notna() | rows["orders"].notna() | rows["revenue"].notna()
    table["attribution"] = windows.with_default_windows(table["attribution"], rows["platform"], claims)
    for name in measures.columns:
        table[_measure(name)] = measures[name]
    return table


def table_of_rows(rows: pd.DataFrame, *, effort_costs: Mapping[str, float]) -> tuple[pd.DataFrame, list[str]]:
    """The campaign table of `campaign_rows` (all of them, or a filter's): the decisions that depend on
    which rows are compared together (GA4 double counting, each channel's money currency, effort costs)."""
    warnings: list[str] = []
    rows = _without_double_counted_analytics(rows, warnings)
    if not isinstance(rows.index, pd.RangeIndex) or rows.index.start != 0 or rows.index.step != 1:
        rows = rows.reset_index(drop=True)
    # No explicit copies: pandas copies a column only when it is written to (copy on write).
    measures = pd.DataFrame({name: rows[_measure(name)] for name in _DERIVED})
    table = rows[[*_KEPT, *_GRAIN]]
    table["channel"] = _filled(table["channel"], "other")
    table["platform"] = _filled(table["platform"], "generic")
    table["audience"] = measures["audience"]
    table["audience_basis"] = measures["audience_basis"]
    main = main_currencies(table, measures, warnings)
    table["money_currency"] = table["channel"].map(main).astype("category")
    in_currency = in_main_currency(table, main)
    for measure in ("revenue", "cost"):
        measures[measure] = measures[measure].where(in_currency)
    measures["cost"] = with_effort(table, measures["cost"], effort_costs, warnings)
    warnings += _unused_effort(table, measures, effort_costs)
    columns = _paired_columns(measures)
    for measure in ("clicks", "interactions", "conversions", "revenue", "cost"):
        columns[measure] = measures[measure].to_numpy()
    return pd.concat([table, pd.DataFrame(columns, index=table.index)], axis=1), warnings


def _paired_columns(measures: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every metric's numerator and denominator, both NaN unless both are known (`metrics.paired`, for all
    metrics at once on arrays: inserting 16 columns one by one cost more than computing them)."""
    arrays = {
        name: measures[name].to_numpy(dtype=np.float64) for name in _DERIVED if name != "audience_basis"
    }
    columns = {}
    for name, metric in PAIRS.items():
        numerator, denominator = arrays[metric.numerator], arrays[metric.denominator]
        known = ~(np.isnan(numerator) | np.isnan(denominator))
        columns[num(name)] = np.where(known, numerator, np.nan)
        columns[den(name)] = np.where(known, denominator, np.nan)
    return columns


#: The columns of measure_table, kept in campaign_rows under a prefix (`audience` is also a record column).
_DERIVED: Final = (
    "audience",
    "audience_basis",
    "clicks",
    "interactions",
    "opens",
    "conversions",
    "revenue",
    "cost",
)


def _measure(name: str) -> str:
    return f"measure.{name}"


def _filled(column: pd.Series, missing: str) -> pd.Series:
    """A categorical column with its missing values named `missing`."""
    if not column.isna().any():
        return column
    if missing not in column.cat.categories:  # in sorted order, as `astype("category")` would put it
        column = column.cat.set_categories(sorted([*column.cat.categories, missing]))
    return column.fillna(missing)


def is_campaign_row(records: pd.DataFrame) -> pd.Series:
    """Rows that are campaigns, posts or traffic (they carry an audience or engagement measure), not store
    orders, nor page totals that would count the posts' views again (grain.APART_FORMATS)."""
    has_campaign_measure = records[list(_CAMPAIGN_MEASURES)].notna().any(axis=1)
    apart = records["platform"].isin(_STORE_PLATFORMS) | records["format_id"].isin(grain.APART_FORMATS)
    return has_campaign_measure & ~apart


def _unused_effort(
    table: pd.DataFrame, measures: pd.DataFrame, effort_costs: Mapping[str, float]
) -> list[str]:
    """Say so when an effort cost enters no metric: cost is only set against conversions and revenue
    (cost per conversion, ROAS), and organic posts usually report neither."""
    out = []
    against = measures["conversions"].notna() | measures["revenue"].notna()
    for channel, amount in effort_costs.items():
        rows = (table["channel"] == channel).to_numpy()
        if amount and 0 < amount < float("inf") and rows.any() and not against[rows].any():
            out.append(
                f"The effort cost entered for {channel_list([channel])} is not used: its sources report no "
                "conversions or revenue to set it against (cost per conversion, ROAS)."
            )
    return out


def double_counted_analytics(rows: pd.DataFrame) -> pd.Series:
    """Among campaign rows: GA4 rows of a channel that campaign exports also cover. The comparison leaves
    them out, and so does every table that lists what it compared (the Campaigns sheet, campaigns.csv)."""
    analytics = rows["platform"].isin(_ANALYTICS_PLATFORMS)
    covered = rows.loc[~analytics, "channel"].dropna().unique()
    return analytics & rows["channel"].isin(covered)


def _without_double_counted_analytics(rows: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    dropped = double_counted_analytics(rows)
    if dropped.any():
        names = channel_list(rows.loc[dropped, "channel"].unique())
        warnings.append(
            f"GA4 rows for {names} were left out of the channel comparison because campaign exports cover "
            "those channels (counting sessions on top of their audience would count people twice); they "
            "still count in share of sales."
        )
        return rows[~dropped]
    return rows


def distinct_pairs(first: pd.Series, second: pd.Series) -> list[tuple[str, str]]:
    """The distinct (first, second) pairs where both are known, as text, sorted; from category codes when
    both are categorical, as the campaign table makes its grouping keys (a groupby or drop_duplicates on
    text costs ~2 ms a call at a million records)."""
    if isinstance(first.dtype, pd.CategoricalDtype) and isinstance(second.dtype, pd.CategoricalDtype):
        width = len(second.cat.categories) + 1
        codes = np.unique(first.cat.codes.to_numpy().astype(np.int64) * width + second.cat.codes.to_numpy())
        decoded = [
            (str(first.cat.categories[a]), str(second.cat.categories[b]))
            for a, b in zip(*np.divmod(codes, width), strict=True)
            if a >= 0 and b < len(second.cat.categories)
        ]
        return sorted(decoded)
    frame = pd.DataFrame({"first": first, "second": second}).dropna().drop_duplicates()
    return sorted((str(a), str(b)) for a, b in frame.itertuples(index=False))
