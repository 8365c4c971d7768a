"""Turn canonical records into the campaign table the comparison pools: one row per campaign, post, ad,
flow or traffic channel, with each metric's numerator and denominator known together or not at all.

Decisions made here (documented in docs/metrics.md):
- Store orders (Shopify, or any row with orders or revenue but no audience, click or engagement) are the
  store's view of sales; they belong to share of sales, not to the channel comparison.
- GA4 rows for a channel that also has campaign exports (email, paid social) would count the audience twice
  (sessions on top of delivered emails), so they are left out of that channel, with a warning.
- Money is never summed across currencies: each channel's money metrics use its main currency; rows in
  another currency are left out of money metrics, with a warning.
- An effort cost entered for a channel is spread over its campaigns in proportion to their audience.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np
import pandas as pd

from channelcompare.metrics import METRICS, measure_table, paired
from channelcompare.model import MEASURES
from channelcompare.wording import CHANNEL_LABELS, capitalised, in_sentence

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


def num(metric: str) -> str:
    return f"{metric}.num"


def den(metric: str) -> str:
    return f"{metric}.den"


def campaign_table(
    records: pd.DataFrame, *, opens_as_interactions: bool, effort_costs: Mapping[str, float]
) -> tuple[pd.DataFrame, list[str]]:
    """The campaign rows with audience, basis, money currency and each metric's paired num/den columns."""
    warnings: list[str] = []
    rows = records.loc[is_campaign_row(records), [*_KEPT, *MEASURES]]
    rows = _without_double_counted_analytics(rows, warnings).reset_index(drop=True)
    measures = measure_table(rows, opens_as_interactions=opens_as_interactions)
    table = rows[list(_KEPT)].copy()
    # Grouping keys as categories: factorised once here instead of at every groupby over a million rows.
    table["channel"] = table["channel"].fillna("other").astype("category")
    table["platform"] = table["platform"].fillna("generic").astype("category")
    table["audience"] = measures["audience"]
    table["audience_basis"] = measures["audience_basis"]
    table["money_currency"] = _money_currency(table, measures, warnings)
    main = table["money_currency"].astype("str")
    in_currency = main.isna() | table["currency"].isna() | (table["currency"] == main)
    for measure in ("revenue", "cost"):
        measures[measure] = measures[measure].where(in_currency)
    measures["cost"] = _with_effort(table, measures["cost"], effort_costs, warnings)
    for name, metric in METRICS.items():
        table[num(name)], table[den(name)] = paired(measures, metric)
    for measure in ("clicks", "conversions", "revenue", "cost"):
        table[measure] = measures[measure]
    return table, warnings


def _names(channels: Iterable[object]) -> str:
    """ "email, organic social" for channel keys."""
    return ", ".join(in_sentence(CHANNEL_LABELS.get(c, c)) for c in sorted(map(str, channels)))


def is_campaign_row(records: pd.DataFrame) -> pd.Series:
    """Rows that are campaigns, posts or traffic (they carry an audience or engagement measure), not store orders."""
    has_campaign_measure = records[list(_CAMPAIGN_MEASURES)].notna().any(axis=1)
    return has_campaign_measure & ~records["platform"].isin(_STORE_PLATFORMS)


def _without_double_counted_analytics(rows: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    analytics = rows["platform"].isin(_ANALYTICS_PLATFORMS)
    covered = rows.loc[~analytics, "channel"].dropna().unique()
    dropped = analytics & rows["channel"].isin(covered)
    if dropped.any():
        names = _names(rows.loc[dropped, "channel"].unique())
        warnings.append(
            f"GA4 rows for {names} were left out of the channel comparison because campaign exports cover "
            "those channels (counting sessions on top of their audience would count people twice); they "
            "still count in share of sales."
        )
    return rows[~dropped]


def _money_currency(table: pd.DataFrame, measures: pd.DataFrame, warnings: list[str]) -> pd.Series:
    """Per row: its channel's main currency (most rows with money), NaN when the channel has none."""
    has_money = (measures["revenue"].notna() | measures["cost"].notna()) & table["currency"].notna()
    money_rows = table.loc[has_money, ["channel", "currency"]]
    counts = (
        money_rows.groupby(["channel", "currency"], observed=True)
        .size()
        .sort_values(ascending=False, kind="stable")
    )
    main = counts.reset_index().drop_duplicates("channel").set_index("channel")["currency"]
    for channel, group in counts.groupby(level="channel", observed=True):
        if len(group) > 1:
            other = ", ".join(str(c) for c in group.index.get_level_values("currency")[1:])
            warnings.append(
                f"{capitalised(_names([channel]))} has money in several currencies; its money metrics use {main[channel]} only "
                f"(rows in {other} are left out; money is never added across currencies)."
            )
    main = _assume_the_only_currency(table, measures, main, warnings)
    return table["channel"].map(main).astype("category")


def _assume_the_only_currency(
    table: pd.DataFrame, measures: pd.DataFrame, main: pd.Series, warnings: list[str]
) -> pd.Series:
    """Channels whose money carries no currency (Mailchimp revenue) take the data's only currency, if one."""
    currencies = main.dropna().unique()
    has_money = measures["revenue"].notna() | measures["cost"].notna()
    silent = sorted(set(table.loc[has_money, "channel"].dropna().unique()) - set(main.index))
    if len(currencies) != 1 or not silent:
        return main
    only = str(currencies[0])
    warnings.append(
        f"Money of {_names(silent)} carries no currency; it is taken as {only}, the only currency "
        "in the other sources."
    )
    return pd.concat([main, pd.Series(only, index=pd.Index(silent, name="channel"))])


def _with_effort(
    table: pd.DataFrame, cost: pd.Series, effort_costs: Mapping[str, float], warnings: list[str]
) -> pd.Series:
    for channel, amount in effort_costs.items():
        if not amount:
            continue
        if not 0 < amount < float("inf"):
            warnings.append(
                f"The effort cost for {_names([channel])} ({amount}) is not a positive amount; ignored."
            )
            continue
        rows = (table["channel"] == channel) & table["audience"].notna()
        total = float(table.loc[rows, "audience"].sum())
        if total <= 0:
            warnings.append(
                f"The effort cost for {_names([channel])} was not used: the channel has no audience."
            )
            continue
        share = np.where(rows, table["audience"] / total * amount, 0.0)
        cost = cost.where(~rows, cost.fillna(0.0) + share)
    return cost
