"""What one record stands for: its level, the campaign it belongs to, and which measures add up across rows.

The importers record the format (`format_id`) of every row; the level follows from the format, so it is
set here, in one table, rather than in each importer, and needs no new column in a workspace: it is
derived again whenever records are prepared (docs/data-model.md).

- **Level**: what one exported row is (a campaign, an ad, a post, a send, an order, a channel-group row of
  web analytics). Daily exports of campaigns or ads repeat the same campaign once a day: those rows are
  *campaign-days*, and counting them as campaigns is wrong (`row_unit`).
- **Campaign key**: the stable identity of the campaign (or post, send, flow) a row belongs to: its id,
  else its name, within its format. Clusters for campaign-level statistics are campaign keys, never rows.
- **Additive measures**: counts of events add up across rows; reach (people, de-duplicated by the
  platform) does not: the reach of two ads or two days is not the sum of their reaches.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

#: format_id -> the level of one exported row. Every registered importer's format has an entry
#: (tests/channelcompare/test_grain.py); an unknown format (a future importer) is read as campaign rows.
LEVELS: Final[dict[str, str]] = {
    "meta_ads": "ad",  # ad, ad set or campaign rows as the user chose; summed per campaign and period
    "linkedin_ads": "campaign",
    "tiktok_ads": "campaign",
    "pinterest_ads": "campaign",
    "google_ads": "campaign",
    "facebook_posts": "post",
    "instagram_posts": "post",
    "x_tweet_activity": "post",
    "x_content": "post",
    "youtube_content": "post",
    "tiktok_content": "post",
    "mailchimp_campaigns": "send",
    "mailchimp_report": "send",
    "mailchimp_account_campaigns": "send",
    "mailerlite_report": "send",
    "klaviyo_campaigns": "send",
    "klaviyo_campaign_messages": "send",
    "klaviyo_flows": "flow",
    "shopify_orders": "order",
    "orders_generic": "order",
    "woocommerce_orders": "order",
    "shopify_sales_over_time": "account",  # the store's totals per day or month, no channel
    "meta_page_series": "account",  # a Facebook/Instagram page's total of one metric per day
    "ga4_traffic": "channel_group",
    "ga4_source_medium": "channel_group",
    "ga4_user_acquisition": "channel_group",
    "column_mapping": "campaign",
}
DEFAULT_LEVEL: Final = "campaign"
#: Rows without a format (hand-made tables, older workspaces): the level their platform exports.
PLATFORM_LEVELS: Final[dict[str, str]] = {
    "mailchimp": "send",
    "mailerlite": "send",
    "klaviyo": "send",
    "facebook": "post",
    "instagram": "post",
    "x": "post",
    "youtube": "post",
    "shopify": "order",
    "ga4": "channel_group",
}
#: Levels where a name names the campaign (a campaign's days, an ad set's ads). A send or a post is its own
#: unit: two newsletters both called "Rentrée NL" are two sends, so without an id each row is its own key.
NAMED_LEVELS: Final = frozenset({"ad", "campaign", "flow", "channel_group"})

#: What a campaign key counts, by level: the unit the "at least 3" rule and the labels speak of.
KEY_UNITS: Final[dict[str, tuple[str, str]]] = {
    "ad": ("campaign", "campaigns"),
    "campaign": ("campaign", "campaigns"),
    "post": ("post", "posts"),
    "send": ("send", "sends"),
    "flow": ("flow", "flows"),
    "order": ("order", "orders"),
    "channel_group": ("traffic row", "traffic rows"),
    "account": ("account period", "account periods"),
}
#: Formats whose rows are an account's totals over the same events as that platform's per-item rows (a
#: page's daily views are also its posts' views): kept out of every campaign view, never pooled with posts.
APART_FORMATS: Final = frozenset({"meta_page_series"})
#: Measures that do not add up across rows: reach is de-duplicated people, per row as exported.
NON_ADDITIVE: Final = frozenset({"reach"})


def is_additive(measure: str) -> bool:
    """True when summing `measure` over rows gives the measure of the rows together."""
    return measure not in NON_ADDITIVE


def levels(records: pd.DataFrame) -> pd.Series:
    """The level of each row, from its format, else its platform (categorical)."""
    if not len(records):
        return pd.Series([], index=records.index, dtype="category")
    by_format = records["format_id"].astype("object").map(LEVELS)
    by_platform = records["platform"].astype("object").map(PLATFORM_LEVELS)
    return by_format.fillna(by_platform).fillna(DEFAULT_LEVEL).astype("category")


def campaign_keys(records: pd.DataFrame, level: pd.Series) -> np.ndarray:
    """Each row's campaign key as a dense integer: rows of one format with the same campaign id share a key;
    without an id, rows with the same name do at a level where the name names the campaign
    (`NAMED_LEVELS`); any other row is a campaign (send, post) of its own.

    Integer codes rather than text: a key per row of a million-row export is one factorize, not a million
    strings. Keys are stable within one table (the prepared rows), which is where they are compared."""
    fmt = pd.factorize(records["format_id"], use_na_sentinel=False)[0].astype(np.int64)
    ids = pd.factorize(records["campaign_id"])[0].astype(np.int64)
    names = pd.factorize(records["campaign_name"])[0].astype(np.int64)
    names[~level.isin(NAMED_LEVELS).to_numpy()] = -1
    rows = np.arange(len(records), dtype=np.int64)
    kind = np.where(ids >= 0, 0, np.where(names >= 0, 1, 2))
    value = np.where(kind == 0, ids, np.where(kind == 1, names, rows))
    width = max(len(records), 1) + 1
    return pd.factorize((fmt * 3 + kind) * width + value)[0].astype(np.int64)


def is_daily(start: pd.Series, end: pd.Series) -> np.ndarray:
    """Rows whose period is one calendar day (a daily export's campaign-days)."""
    same_day = (end.dt.normalize() == start.dt.normalize()) | end.isna()
    return (start.notna() & same_day).to_numpy()


def unit_words(level_names: list[str], campaigns: int, rows: int, *, daily: bool) -> tuple[str, str]:
    """(what the campaign keys are, what the rows are), plural: ("campaigns", "campaign-days") for a
    daily campaign export, ("posts", "posts") for posts, ("campaigns", "rows") for several rows a campaign
    over longer periods. Levels that mix count "campaigns"."""
    units = sorted({KEY_UNITS.get(name, KEY_UNITS[DEFAULT_LEVEL])[1] for name in level_names})
    key_unit = units[0] if len(units) == 1 else "campaigns"
    if rows == campaigns:
        return key_unit, key_unit
    return key_unit, f"{key_unit[:-1]}-days" if daily else "rows"
