"""Exchange factors per row: the mean of the daily rates over the row's own days.

A row of a single day (a send, an order) converts at that day's rate; a row of a month (a Meta monthly
export row) at the mean rate of its days, so a month's spend is not priced at its first morning's rate.
Each calendar day takes the last ECB business day's rate on or before it (no rate is published on weekends
and TARGET holidays); days before a currency's first rate take no rate (they are skipped in the mean).
Everything is vectorised: one cumulative sum per currency, two look-ups per row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Text a currency cell must be to be looked up: an ISO 4217 code (a formula payload is not one).
CODE_PATTERN = r"^[A-Z]{3}$"


def is_code(currency: pd.Series) -> pd.Series:
    """Cells that are three capital letters, as ISO 4217 codes are."""
    return currency.fillna("").str.fullmatch(CODE_PATTERN).fillna(False).astype(bool)


def daily_rates(rates: pd.DataFrame, last_day: pd.Timestamp) -> pd.DataFrame:
    """Units per EUR on every calendar day from the first rate to `last_day` (or the newest rate)."""
    days = pd.date_range(rates.index.min(), max(rates.index.max(), last_day), freq="D")
    return rates.reindex(rates.index.union(days)).ffill().reindex(days)


def day_positions(days: pd.Index, when: pd.Series) -> np.ndarray:
    """Index of each date's day in `days` (dates outside are clipped to the first or last day)."""
    offsets = (when.dt.normalize() - days[0]).dt.days.to_numpy(dtype=np.int64)
    return np.clip(offsets, 0, len(days) - 1)


def mean_factors(
    target_per_eur: np.ndarray, source_per_eur: np.ndarray, first: np.ndarray, last: np.ndarray
) -> np.ndarray:
    """Per row, the mean over its days `first..last` (positions, both included) of target / source rate;
    NaN where no day of the row has both rates."""
    with np.errstate(divide="ignore", invalid="ignore"):
        daily = target_per_eur / source_per_eur
    known = ~np.isnan(daily)
    sums = np.concatenate([[0.0], np.cumsum(np.where(known, daily, 0.0))])
    counts = np.concatenate([[0], np.cumsum(known)])
    with np.errstate(divide="ignore", invalid="ignore"):
        return (sums[last + 1] - sums[first]) / (counts[last + 1] - counts[first])


def per_eur(daily: pd.DataFrame, code: str) -> np.ndarray | None:
    """Daily units of `code` per EUR, or None when the ECB publishes no rate for it."""
    if code == "EUR":
        return np.ones(len(daily))
    if code not in daily.columns:
        return None
    return daily[code].to_numpy(dtype=np.float64)
