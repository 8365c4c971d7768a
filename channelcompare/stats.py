"""Statistics for rates and their comparison, in numpy and math only (checked against statsmodels in tests).

- Single rate: 95% Wilson score interval.
- Two rates: ratio with the Katz log interval (0.5 added to every count when a count is 0), two-sided
  pooled two-proportion z-test, Holm's step-down correction across every test made.
- Campaign level: campaigns vary far more than binomial noise, so the ratio of pooled rates also gets an
  interval that treats campaigns (distinct campaign keys, never campaign-days) as the clusters. With few
  clusters (fewer than `FEW_CLUSTERS` on a side) the bootstrap and the normal approximation are too
  narrow, so the linearised (CR1 cluster-robust) interval uses Student's t with G−1 degrees of freedom,
  G the smaller side's clusters (Cameron & Miller 2015, "A Practitioner's Guide to Cluster-Robust
  Inference", J. Human Resources 50(2), section VI.C). With more clusters: a seeded campaign bootstrap
  when both sides together have at most `BOOTSTRAP_MAX_CAMPAIGNS`, else the linearised interval.
  Below 3 clusters a side no interval is reliable, and none is given.
"""

from __future__ import annotations

import math
import zlib
from typing import Final

import numpy as np

Z_95: Final = 1.959963984540054  # standard normal 97.5% quantile
BOOTSTRAP_DRAWS: Final = 2000
BOOTSTRAP_MAX_CAMPAIGNS: Final = 1000
#: Below this many clusters a side, intervals use t with G−1 degrees of freedom instead of the bootstrap.
FEW_CLUSTERS: Final = 30
MIN_CLUSTERS: Final = 3
#: A bootstrap whose draws are undefined (a zero denominator) more often than this gives no interval.
_MAX_UNDEFINED_SHARE: Final = 0.05

Interval = tuple[float, float]


def wilson(successes: float, trials: float, z: float = Z_95) -> Interval | None:
    """Wilson score interval of successes / trials; None when trials is 0 or successes exceed trials."""
    if not trials > 0 or not 0 <= successes <= trials:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion_p_value(x1: float, n1: float, x0: float, n0: float) -> float | None:
    """Two-sided p-value of the pooled two-proportion z-test (statsmodels `proportions_ztest`)."""
    if not (n1 > 0 and n0 > 0 and 0 <= x1 <= n1 and 0 <= x0 <= n0):
        return None
    pooled = (x1 + x0) / (n1 + n0)
    variance = pooled * (1 - pooled) * (1 / n1 + 1 / n0)
    difference = x1 / n1 - x0 / n0
    if variance <= 0:
        return 1.0 if difference == 0 else 0.0
    return math.erfc(abs(difference) / math.sqrt(variance) / math.sqrt(2))


def ratio_interval(x1: float, n1: float, x0: float, n0: float, z: float = Z_95) -> Interval | None:
    """Katz log interval of (x1/n1) / (x0/n0); with a zero count, 0.5 is added to counts and totals
    (statsmodels `confint_proportions_2indep(compare="ratio")`, method "log", else "log-adjusted")."""
    if not (n1 > 0 and n0 > 0 and 0 <= x1 <= n1 and 0 <= x0 <= n0):
        return None
    half = 0.5 if x1 == 0 or x0 == 0 else 0.0
    x1, n1, x0, n0 = x1 + half, n1 + half, x0 + half, n0 + half
    log_ratio = math.log((x1 / n1) / (x0 / n0))
    spread = z * math.sqrt(max(0.0, 1 / x1 - 1 / n1 + 1 / x0 - 1 / n0))
    return math.exp(log_ratio - spread), math.exp(log_ratio + spread)


def holm(p_values: list[float]) -> list[float]:
    """Holm step-down adjusted p-values, in the input order (statsmodels `multipletests(method="holm")`)."""
    if not p_values:
        return []
    p = np.asarray(p_values, dtype=np.float64)
    order = np.argsort(p, kind="stable")
    m = len(p)
    stepped = np.maximum.accumulate((m - np.arange(m)) * p[order])
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(stepped, 1.0)
    return adjusted.tolist()


def campaign_ratio_interval(
    side: tuple[np.ndarray, np.ndarray], baseline: tuple[np.ndarray, np.ndarray], seed_key: str
) -> Interval | None:
    """Interval of (Σnum/Σden on `side`) / (Σnum/Σden on `baseline`) with campaigns as the units.

    Each argument is (numerators, denominators) per campaign (one entry per cluster), both known. Needs
    >= 3 campaigns a side.
    """
    clusters = min(len(side[0]), len(baseline[0]))
    if clusters < MIN_CLUSTERS:
        return None
    if clusters < FEW_CLUSTERS:
        return linearised_ratio_interval(side, baseline, z=t_95(clusters - 1))
    if len(side[0]) + len(baseline[0]) <= BOOTSTRAP_MAX_CAMPAIGNS:
        return bootstrap_ratio_interval(side, baseline, seed=zlib.crc32(seed_key.encode()))
    return linearised_ratio_interval(side, baseline)


def bootstrap_ratio_interval(
    side: tuple[np.ndarray, np.ndarray],
    baseline: tuple[np.ndarray, np.ndarray],
    *,
    seed: int,
    draws: int = BOOTSTRAP_DRAWS,
) -> Interval | None:
    """Percentile interval from resampling each side's campaigns with replacement (vectorised, seeded)."""
    rng = np.random.default_rng(seed)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = _resampled_rate(side, rng, draws) / _resampled_rate(baseline, rng, draws)
    ratios = ratios[np.isfinite(ratios)]
    if len(ratios) < draws * (1 - _MAX_UNDEFINED_SHARE):
        return None
    low, high = np.quantile(ratios, [0.025, 0.975])
    return float(low), float(high)


def _resampled_rate(
    counts: tuple[np.ndarray, np.ndarray], rng: np.random.Generator, draws: int
) -> np.ndarray:
    numerators, denominators = counts
    picks = rng.integers(0, len(numerators), size=(draws, len(numerators)))
    with np.errstate(divide="ignore", invalid="ignore"):
        return numerators[picks].sum(axis=1) / denominators[picks].sum(axis=1)


def ratio_estimate_variance(numerators: np.ndarray, denominators: np.ndarray) -> float | None:
    """Cluster-robust (HC1) variance of the ratio estimator Σnum/Σden with each campaign a cluster."""
    k, total = len(numerators), float(denominators.sum())
    if k < 2 or total <= 0:
        return None
    rate = float(numerators.sum()) / total
    residuals = numerators - rate * denominators
    return k / (k - 1) * float((residuals**2).sum()) / total**2


def linearised_ratio_interval(
    side: tuple[np.ndarray, np.ndarray], baseline: tuple[np.ndarray, np.ndarray], z: float = Z_95
) -> Interval | None:
    """Delta-method interval of the log ratio from each side's cluster-robust variance."""
    rates = [float(n.sum()) / float(d.sum()) if d.sum() > 0 else 0.0 for n, d in (side, baseline)]
    variances = [ratio_estimate_variance(*side), ratio_estimate_variance(*baseline)]
    if min(rates) <= 0 or variances[0] is None or variances[1] is None:
        return None
    log_ratio = math.log(rates[0] / rates[1])
    spread = z * math.sqrt(variances[0] / rates[0] ** 2 + variances[1] / rates[1] ** 2)
    return math.exp(log_ratio - spread), math.exp(log_ratio + spread)


def t_95(degrees_of_freedom: int) -> float:
    """Student's t 97.5% quantile (two-sided 95%); imported when first needed, as scipy loads slowly."""
    from scipy.special import stdtrit

    return float(stdtrit(degrees_of_freedom, 0.975))


def cluster_sums(
    numerators: np.ndarray, denominators: np.ndarray, clusters: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per cluster (campaign key) the summed numerator and denominator: the units of campaign-level
    statistics, so that 365 days of one campaign are one observation, not 365."""
    codes, dense = np.unique(clusters, return_inverse=True)
    return (
        np.bincount(dense, weights=numerators, minlength=len(codes)),
        np.bincount(dense, weights=denominators, minlength=len(codes)),
    )
