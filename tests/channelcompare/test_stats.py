"""The statistics, each checked against statsmodels to 1e-9, edge cases included."""

from __future__ import annotations

import math

import numpy as np
import pytest
import statsmodels.api as sm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportions_ztest

from channelcompare import stats

COUNTS = [(0, 10), (1, 10), (10, 10), (3, 1000), (324, 10000), (41, 10000), (5, 7), (1, 1)]
PAIRS = [(41, 10000, 324, 10000), (0, 500, 12, 800), (3, 200, 0, 900), (7, 5000, 7, 5000), (250, 250, 3, 9)]


@pytest.mark.parametrize(("x", "n"), COUNTS)
def test_wilson_matches_statsmodels(x: int, n: int) -> None:
    low, high = proportion_confint(x, n, alpha=0.05, method="wilson")
    assert stats.wilson(x, n) == pytest.approx((low, high), abs=1e-9)


def test_wilson_is_undefined_for_zero_trials_or_more_successes_than_trials() -> None:
    assert stats.wilson(0, 0) is None
    assert stats.wilson(5, 4) is None
    assert stats.wilson(math.nan, 10) is None


@pytest.mark.parametrize(("x1", "n1", "x0", "n0"), PAIRS)
def test_z_test_matches_statsmodels(x1: int, n1: int, x0: int, n0: int) -> None:
    _, expected = proportions_ztest([x1, x0], [n1, n0])
    if math.isnan(expected):  # statsmodels gives NaN when both rates are 0 or 1; we say "no difference"
        assert stats.two_proportion_p_value(x1, n1, x0, n0) == 1.0
    else:
        assert stats.two_proportion_p_value(x1, n1, x0, n0) == pytest.approx(expected, abs=1e-9)


def test_z_test_with_both_rates_zero_is_no_difference_and_zero_audience_is_undefined() -> None:
    assert stats.two_proportion_p_value(0, 100, 0, 200) == 1.0
    assert stats.two_proportion_p_value(0, 0, 3, 200) is None


@pytest.mark.parametrize(("x1", "n1", "x0", "n0"), PAIRS)
def test_ratio_interval_matches_statsmodels_katz_log(x1: int, n1: int, x0: int, n0: int) -> None:
    method = "log-adjusted" if 0 in (x1, x0) else "log"
    low, high = confint_proportions_2indep(x1, n1, x0, n0, compare="ratio", method=method)
    assert stats.ratio_interval(x1, n1, x0, n0) == pytest.approx((low, high), rel=1e-9)


def test_ratio_interval_needs_audiences() -> None:
    assert stats.ratio_interval(1, 0, 1, 10) is None


def test_holm_matches_statsmodels_including_ties_and_order() -> None:
    p = [0.01, 0.04, 0.03, 0.005, 0.04, 0.9, 1e-12]
    expected = multipletests(p, method="holm")[1]
    assert stats.holm(p) == pytest.approx(list(expected), abs=1e-12)
    assert stats.holm([]) == []


def test_ratio_estimate_variance_is_statsmodels_hc1_of_the_weighted_mean() -> None:
    rng = np.random.default_rng(3)
    denominators = rng.integers(500, 20000, 12).astype(float)
    numerators = np.round(denominators * rng.uniform(0.01, 0.05, 12))
    fit = sm.WLS(numerators / denominators, np.ones(12), weights=denominators).fit(cov_type="HC1")
    assert stats.ratio_estimate_variance(numerators, denominators) == pytest.approx(fit.bse[0] ** 2, rel=1e-9)


def _campaigns(rate: float, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    denominators = rng.integers(1000, 5000, k).astype(float)
    return np.round(denominators * rng.uniform(0.5, 1.5, k) * rate), denominators


def test_campaign_bootstrap_is_seeded_and_agrees_with_linearisation() -> None:
    side, baseline = _campaigns(0.01, 40, 1), _campaigns(0.03, 60, 2)
    first = stats.campaign_ratio_interval(side, baseline, "organic_social|click_rate")
    assert first == stats.campaign_ratio_interval(side, baseline, "organic_social|click_rate")
    linear = stats.linearised_ratio_interval(side, baseline)
    assert first is not None and linear is not None
    assert first == pytest.approx(linear, rel=0.08)
    estimate = (side[0].sum() / side[1].sum()) / (baseline[0].sum() / baseline[1].sum())
    assert first[0] < estimate < first[1]


def test_campaign_interval_needs_three_campaigns_a_side() -> None:
    assert stats.campaign_ratio_interval(_campaigns(0.01, 2, 1), _campaigns(0.03, 9, 2), "x") is None


def test_campaign_interval_is_none_when_the_baseline_has_no_events() -> None:
    counts = (np.zeros(5), np.full(5, 1000.0))
    assert stats.campaign_ratio_interval(_campaigns(0.01, 5, 1), counts, "x") is None
    assert stats.linearised_ratio_interval(_campaigns(0.01, 5, 1), counts) is None


def test_large_campaign_counts_use_the_linearised_interval() -> None:
    side, baseline = _campaigns(0.01, 800, 1), _campaigns(0.02, 800, 2)
    assert stats.campaign_ratio_interval(side, baseline, "x") == stats.linearised_ratio_interval(
        side, baseline
    )
