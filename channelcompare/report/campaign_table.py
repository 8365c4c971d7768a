"""The Campaigns table: the engine's per-row metrics for every campaign, post, ad, flow or traffic row.

The report passes the records aggregated once (`channelcompare.aggregate`), so a row is a campaign period as
the comparison counts it. Up to `DETAIL_LIMIT` rows the sheet holds one line per row. Beyond that (a year of
daily ad rows), such a sheet would be useless to scroll, so rows of the same campaign in the same file are
summed per week, and the sheet says so.
Store orders are not campaigns: they count in the channel figures and share of sales, not here. Nor are
GA4 rows of a channel that campaign exports cover: the comparison leaves them out (they would count the
audience twice), so listing them here would make the sheet's sums disagree with the comparison.
Everything is vectorised: the 108,548 aggregated rows of a million records take about 0.07 s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from channelcompare.listed import PRORATED
from channelcompare.metrics import campaign_metrics
from channelcompare.model import MEASURES
from channelcompare.prepare import double_counted_analytics, is_campaign_row

DETAIL_LIMIT: Final = 20_000  # more lines than anyone scrolls; beyond it, weekly sums
KEYS: Final = ("channel", "platform", "source_file", "campaign_key", "week")
_FIRST: Final = ("campaign_id", "campaign_name", "currency", "attribution", "format_id", "prorated")


@dataclass(frozen=True)
class CampaignTable:
    """The rows to write, how many records they hold, and what was summed or left out."""

    rows: pd.DataFrame
    records: int
    store_rows: int
    weekly: bool
    #: GA4 rows left out because campaign exports cover their channel (as in the comparison).
    analytics_rows: int = 0


def campaign_table(
    records: pd.DataFrame, *, opens_as_interactions: bool = False, detail_limit: int = DETAIL_LIMIT
) -> CampaignTable:
    is_campaign = is_campaign_row(records)  # as the comparison decides: store orders are not campaigns
    compared = is_campaign.copy()
    compared[is_campaign] = ~double_counted_analytics(records.loc[is_campaign])
    campaigns = records.loc[compared]
    if PRORATED not in campaigns.columns:  # nothing pro-rated: the column is there, empty, in every table
        campaigns = campaigns.assign(**{PRORATED: pd.Series(pd.NA, index=campaigns.index, dtype="string")})
    weekly = len(campaigns) > detail_limit
    rows = _sum_per_campaign_week(campaigns) if weekly else campaigns.assign(rows=1)
    table = campaign_metrics(rows.reset_index(drop=True), opens_as_interactions=opens_as_interactions)
    order = ["channel", "platform", "start", "campaign_name"]
    table = table.sort_values(order, kind="stable", na_position="last").reset_index(drop=True)
    return CampaignTable(
        table, len(campaigns), int((~is_campaign).sum()), weekly, int((is_campaign & ~compared).sum())
    )


def _sum_per_campaign_week(records: pd.DataFrame) -> pd.DataFrame:
    """Rows of one campaign in one file summed per week (Monday first); a row without id or name stays alone."""
    frame = records.copy()
    own = "#" + pd.Series(np.arange(len(frame)), index=frame.index).astype("str")
    frame["campaign_key"] = frame["campaign_id"].fillna(frame["campaign_name"]).fillna(own)
    day = frame["start"].dt.normalize()
    frame["week"] = (day - pd.to_timedelta(day.dt.day_of_week, unit="D")).fillna(pd.Timestamp(0))
    for key in KEYS[:3]:
        frame[key] = frame[key].fillna("")
    grouped = frame.groupby(list(KEYS), sort=False, dropna=False)
    parts = {
        **{m: grouped[m].sum(min_count=1) for m in MEASURES},
        **{c: grouped[c].first() for c in _FIRST},
        "start": grouped["start"].min(),
        "end": grouped["end"].max(),
        "source_line": grouped["source_line"].min(),
        "rows": grouped.size(),
    }
    out = pd.DataFrame(parts).reset_index()
    for key in KEYS[:3]:
        out[key] = out[key].replace("", None)
    return out.drop(columns=["campaign_key", "week"])
