"""Aggregate once: campaign rows that differ only in their measures become one campaign-period row.

A daily ad-level export holds many rows per campaign and day (one per ad) that the model cannot tell apart:
same source file, platform, channel, campaign, currency, attribution, start and end. The engine's per-row
work (audience, paired metrics, per-campaign intervals, the bootstrap over campaigns) then treated each ad-day
as a campaign. Summing them first gives one row per campaign and period (send time or day), about 30 times
fewer rows for a Meta export, and makes the campaign-level statistics resample campaigns, not ads.

Rows are merged only when every text and time column is equal **and** the same measures are known: the
per-row rules (a metric counts a row only when its numerator and denominator are both known, the audience
basis, conversions falling back to orders) are then linear within a group, so every sum, rate and count-based
test over the channel is unchanged. Store orders (and any row the comparison does not treat as a campaign row)
are never merged: counting orders means counting their rows. Nor are rows without a campaign id: a name alone
does not say they are one campaign. Rows without a duplicate stay exactly as they are.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from channelcompare.model import MEASURES, TEXT_COLUMNS, TIME_COLUMNS
from channelcompare.prepare import is_campaign_row

_KEYS: Final = tuple(c for c in (*TEXT_COLUMNS, *TIME_COLUMNS) if c != "derived")


def aggregate_records(records: pd.DataFrame) -> pd.DataFrame:
    """`records` with duplicate campaign rows summed into one (first row's `source_line`, `derived` joined)."""
    group = _group_codes(records)
    first_of_group, sizes = np.unique(group, return_index=True, return_counts=True)[1:]
    if len(first_of_group) == len(records):
        return records
    kept = np.sort(first_of_group)
    out = records.iloc[kept].reset_index(drop=True)
    group_of_kept = group[kept]
    for measure in MEASURES:
        out[measure] = _sums(records[measure].to_numpy(), group, len(sizes))[group_of_kept]
    out["derived"] = pd.Series(_joined_derived(records, group, len(sizes))[group_of_kept], dtype="str")
    return out


def _group_codes(records: pd.DataFrame) -> np.ndarray:
    """One int per row: equal for rows that may be merged, distinct for every row that must stay apart."""
    known = records[list(MEASURES)].notna().to_numpy()
    pattern = known @ (1 << np.arange(len(MEASURES), dtype=np.int64))  # which measures the row knows
    key, bound = pattern.astype(np.int64), 1 << len(MEASURES)
    for column in _KEYS:
        codes, uniques = pd.factorize(records[column], use_na_sentinel=True)
        if bound * (len(uniques) + 1) >= 1 << 62:  # renumber densely so the product never overflows
            key = pd.factorize(key)[0].astype(np.int64)
            bound = int(key.max(initial=0)) + 1
        key = key * (len(uniques) + 1) + (codes + 1)
        bound *= len(uniques) + 1
    # Only a campaign id says "same campaign": names repeat (two newsletters called "Rentrée NL" sent at once).
    apart = (~is_campaign_row(records) | records["campaign_id"].isna()).to_numpy()
    key[apart] = key.max(initial=-1) + 1 + np.arange(int(apart.sum()))
    return pd.factorize(key)[0]


def _sums(values: np.ndarray, group: np.ndarray, groups: int) -> np.ndarray:
    """Sum per group with min_count=1: a group where the measure is never known stays NaN."""
    known = ~np.isnan(values)
    total = np.bincount(group, weights=np.where(known, values, 0.0), minlength=groups)
    count = np.bincount(group, weights=known, minlength=groups)
    return np.where(count > 0, total, np.nan)


def _joined_derived(records: pd.DataFrame, group: np.ndarray, groups: int) -> np.ndarray:
    """Per group: the measures any of its rows derived from a rate, comma-separated (NaN when none)."""
    derived = records["derived"]
    listed = derived.notna().to_numpy()
    if not listed.any():
        return np.full(groups, np.nan, dtype=object)
    first = pd.Series(derived.to_numpy(), index=group).groupby(level=0, sort=True).first()
    distinct = pd.Series(derived.to_numpy()[listed], index=group[listed]).groupby(level=0).nunique()
    mixed = distinct.index[distinct.to_numpy() > 1]  # rare: one campaign-period, different lists
    if len(mixed):
        rows = listed & np.isin(group, mixed)
        lists = pd.Series(derived.to_numpy()[rows], index=group[rows]).groupby(level=0).agg(_union)
        first.loc[lists.index] = lists.to_numpy()
    return first.to_numpy()


def _union(lists: pd.Series) -> str:
    """ "clicks,reach" from the lists "reach" and "clicks"."""
    names = {name.strip() for text in lists for name in str(text).split(",")}
    return ",".join(sorted(name for name in names if name))
