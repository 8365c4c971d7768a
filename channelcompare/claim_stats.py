"""The two tests the claim needs, and how far a "can't tell yet" is from an answer.

- Two groups of items (posts, sends): the ratio of their means per item, with a seeded percentile
  bootstrap interval (items resampled within each group independently; Efron & Tibshirani 1993, ch. 13).
- A share of orders against a published figure: the Wilson interval (channelcompare.stats.wilson).

"More needed" is the normal-approximation sample size at which, if the current means and spreads held,
the 95% interval would exclude equality: z²·(s₁²/n₁ + s₂²/n₂) ≤ Δ² for two means, n = z²·p(1−p)/(p−p₀)²
for a share (Chow, Shao & Wang, *Sample Size Calculations in Clinical Research*, 2nd ed. 2008, §3.2 and
§4.1, with power 50%: the interval's edge, not a test planned for 80% power, which needs ×2.04 more).
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np

from channelcompare.per_item import BOOTSTRAP_RESAMPLES, MIN_ITEMS, SEED

Z_95: Final = 1.959963984540054


def mean_ratio(
    first: np.ndarray, second: np.ndarray, seed: int = SEED
) -> tuple[float | None, tuple[float, float] | None]:
    """mean(first) / mean(second) and its 95% bootstrap interval (None when either has < 3 items)."""
    if len(first) == 0 or len(second) == 0 or float(second.mean()) == 0.0:
        return None, None
    ratio = float(first.mean()) / float(second.mean())
    if len(first) < MIN_ITEMS or len(second) < MIN_ITEMS:
        return ratio, None
    rng = np.random.default_rng(seed)
    top = _resampled_means(first, rng)
    bottom = _resampled_means(second, rng)
    valid = bottom > 0
    low, high = np.quantile(top[valid] / bottom[valid], [0.025, 0.975])
    return ratio, (float(low), float(high))


def _resampled_means(values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Means of `BOOTSTRAP_RESAMPLES` resamples of `values` (in chunks: memory stays small for many items)."""
    chunks = []
    per_chunk = max(1, 2_000_000 // max(len(values), 1))
    left = BOOTSTRAP_RESAMPLES
    while left > 0:
        size = min(per_chunk, left)
        chunks.append(values[rng.integers(0, len(values), size=(size, len(values)))].mean(axis=1))
        left -= size
    return np.concatenate(chunks)


def verdict_of(interval: tuple[float, float] | None, equal: float, *, claim_is_below: bool) -> str:
    """holds / does_not_hold when the interval excludes `equal` on the claim's side or the other, else
    cant_tell."""
    if interval is None or interval[0] <= equal <= interval[1]:
        return "cant_tell"
    below = interval[1] < equal
    return "holds" if below == claim_is_below else "does_not_hold"


def more_items(first: np.ndarray, second: np.ndarray) -> int | None:
    """Further items for the interval on mean(first) − mean(second) to exclude 0 at the current means and
    spreads: added to `first` alone when that can suffice, else to both equally (their total)."""
    if len(first) < 2 or len(second) < 2:
        return None
    gap = (float(first.mean()) - float(second.mean())) ** 2
    var1, var2 = float(first.var(ddof=1)), float(second.var(ddof=1))
    if gap == 0.0:
        return None  # equal means: no sample size separates them
    room = gap / Z_95**2 - var2 / len(second)
    if room > 0:
        return max(0, math.ceil(var1 / room) - len(first))
    each = math.ceil(Z_95**2 * (var1 + var2) / gap)
    return max(0, each - len(first)) + max(0, each - len(second))


def more_orders(share: float, orders: float, published: float) -> int | None:
    """Further orders for the share's 95% interval to exclude `published`, at the current share."""
    if share == published or orders <= 0:
        return None
    needed = Z_95**2 * share * (1.0 - share) / (share - published) ** 2
    return max(0, math.ceil(needed - orders))
