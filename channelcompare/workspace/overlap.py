"""Re-import detection: which rows of two imports describe the same platform, campaign and day.

A row covers every day from its start to its end (one day for a post or a send, up to a month for a
reporting-period row). Its keys are (platform, campaign, day) for each of those days, where campaign is the
campaign id, else the campaign name, else empty (one key per platform and day). Two imports overlap when
their key sets intersect: September's export after a weekly one, for example. Rows without a date have no
key: nothing can tell whether they repeat another file (an identical file is caught by its hash instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa

KEY = ["platform", "campaign", "day"]
#: A row spanning more days than this is keyed on its first MAX_SPAN_DAYS days only (bounds memory).
MAX_SPAN_DAYS = 1000
_EPOCH = date(1970, 1, 1)
KEYS_SCHEMA = pa.schema(
    [
        pa.field("platform", pa.large_string()),
        pa.field("campaign", pa.large_string()),
        pa.field("day", pa.int32()),
    ]
)


@dataclass(frozen=True)
class Overlap:
    """Keys that an import shares with one source already in the workspace."""

    source_id: int
    file_name: str
    platforms: tuple[str, ...]
    campaigns: int
    campaign_days: int
    first_day: date
    last_day: date

    def describe(self) -> str:
        return (
            f"{self.file_name} already holds {self.campaigns} of the same campaign(s) "
            f"({', '.join(self.platforms)}) on {self.campaign_days} campaign-day(s) "
            f"between {self.first_day.isoformat()} and {self.last_day.isoformat()}"
        )


def row_keys(table: pa.Table, fallback_platform: str) -> pd.DataFrame:
    """One row per (record row, day it covers): columns row, platform, campaign, day (days since 1970)."""
    part = table.select(["platform", "campaign_id", "campaign_name", "start", "end"]).to_pandas()
    start = part["start"].to_numpy("datetime64[D]")
    end = part["end"].fillna(part["start"]).to_numpy("datetime64[D]")
    dated = ~np.isnat(start)
    spans = np.zeros(len(part), dtype=np.int64)
    spans[dated] = np.clip((end[dated] - start[dated]).astype(np.int64), 0, MAX_SPAN_DAYS - 1) + 1
    rows = np.repeat(np.arange(len(part)), spans)
    first_of_row = np.repeat(np.cumsum(spans) - spans, spans)
    days = np.repeat(start.astype(np.int64), spans) + (np.arange(len(rows)) - first_of_row)
    platform, campaign = _platform(part, fallback_platform), _campaign(part)
    if len(rows) != len(part) or not (spans == 1).all():  # some rows span several days, or none
        platform = platform.take(rows).reset_index(drop=True)
        campaign = campaign.take(rows).reset_index(drop=True)
    return pd.DataFrame(
        {"row": rows, "platform": platform, "campaign": campaign, "day": days.astype(np.int32)}
    )


def _platform(part: pd.DataFrame, fallback: str) -> pd.Series:
    return part["platform"].fillna(fallback).reset_index(drop=True)


def _campaign(part: pd.DataFrame) -> pd.Series:
    campaign_id = part["campaign_id"].str.strip()
    name = part["campaign_name"].str.strip()
    chosen = campaign_id.where(campaign_id.str.len() > 0, name)
    return chosen.where(chosen.str.len() > 0, "").fillna("").reset_index(drop=True)


def distinct_keys(keys: pd.DataFrame) -> pd.DataFrame:
    return keys[KEY].drop_duplicates(ignore_index=True)


def rows_matching(keys: pd.DataFrame, others: pd.DataFrame, rows: int) -> np.ndarray:
    """Boolean mask over `rows` record rows: True where one of the row's keys is in `others`."""
    mask = np.zeros(rows, dtype=bool)
    if len(keys) and len(others):
        mask[keys.merge(distinct_keys(others), on=KEY, how="inner")["row"].to_numpy()] = True
    return mask


def first_source_matching(keys: pd.DataFrame, others: pd.DataFrame) -> pd.Series:
    """For each record row with a key in `others` (which has a source_id column): the lowest such source id."""
    if not len(keys) or not len(others):
        return pd.Series([], dtype=np.int64)
    hits = keys.merge(others[[*KEY, "source_id"]], on=KEY, how="inner")
    return hits.groupby("row")["source_id"].min()


def summarise(new_keys: pd.DataFrame, source_keys: pd.DataFrame, source_id: int, name: str) -> Overlap | None:
    """What `new_keys` shares with one source's keys, or None when nothing."""
    shared = distinct_keys(new_keys).merge(distinct_keys(source_keys), on=KEY, how="inner")
    if shared.empty:
        return None
    return Overlap(
        source_id=source_id,
        file_name=name,
        platforms=tuple(sorted(shared["platform"].unique())),
        campaigns=int(shared[["platform", "campaign"]].drop_duplicates().shape[0]),
        campaign_days=len(shared),
        first_day=day_to_date(int(shared["day"].min())),
        last_day=day_to_date(int(shared["day"].max())),
    )


def day_to_date(day: int) -> date:
    return _EPOCH + timedelta(days=day)


def keys_table(keys: pd.DataFrame) -> pa.Table:
    """Distinct keys as an Arrow table, for storage beside a source."""
    return pa.Table.from_pandas(distinct_keys(keys), schema=KEYS_SCHEMA, preserve_index=False)


def keys_frame(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas()
