"""The claim's verdicts (channelcompare/claim.py) against hand computations on the bundled sample data,
and the "more needed" formulas against their closed forms."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from channelcompare.claim import PART_KEYS, ClaimPart, assess_claim
from channelcompare.claim_stats import Z_95, mean_ratio, more_items, more_orders, verdict_of
from channelcompare.compare import compare
from channelcompare.model import concat_records
from channelcompare.stats import wilson
from importers.load import import_files
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample_data"


@pytest.fixture(scope="module")
def parts() -> dict[str, ClaimPart]:
    outcomes = import_files([SAMPLE])
    comparison = compare(concat_records([o.result.records for o in outcomes if o.result is not None]))
    return {part.key: part for part in assess_claim(comparison)}


def _figure(part: ClaimPart, key: str):  # type: ignore[no-untyped-def]
    return next(f for f in part.figures if f.key == key)


def test_every_part_in_order(parts: dict[str, ClaimPart]) -> None:
    assert tuple(parts) == PART_KEYS


def test_fewer_interactions_per_post_than_email_holds_on_the_sample(parts: dict[str, ClaimPart]) -> None:
    part = parts["interactions_per_post_vs_email"]
    email = pd.read_csv(SAMPLE / "mailchimp_campaigns_sept_2026.csv")["Unique Clicks"]
    social = _figure(part, "social_per_post")
    assert _figure(part, "email_per_send").value == pytest.approx(email.sum() / len(email))  # 6620 / 12
    assert social.denominator == 50  # 20 Facebook posts + 30 Instagram posts
    ratio = _figure(part, "ratio")
    assert ratio.value == pytest.approx(social.value / (email.sum() / len(email)))
    assert ratio.ci is not None and ratio.ci[1] < 1
    assert part.verdict == "holds" and part.more_needed is None


def test_retargeted_email_is_three_flow_messages_and_cant_tell(parts: dict[str, ClaimPart]) -> None:
    part = parts["vs_retargeted_email"]
    flows = pd.read_csv(SAMPLE / "klaviyo_flows_sept_2026.csv")
    retargeting = flows[flows["Flow Name"].isin(["Panier abandonné", "Navigation abandonnée"])]
    clicks = (
        retargeting["Click Rate"] * retargeting["Total Recipients"] * (1 - retargeting["Bounce Rate"])
    ).round()
    other = _figure(part, "email_retargeting_per_send")
    assert other.denominator == 3
    assert other.value == pytest.approx(clicks.sum() / 3, abs=1.0)
    assert part.verdict == "cant_tell" and part.more_needed is not None and part.more_needed > 0


def test_share_of_sales_is_the_wilson_interval_of_social_orders(parts: dict[str, ClaimPart]) -> None:
    part = parts["share_of_sales"]
    share = _figure(part, "social_order_share")
    assert (share.numerator, share.denominator) == (8, 889)  # 4 organic + 4 paid social orders
    assert share.ci == pytest.approx(wilson(8, 889))
    assert _figure(part, "published").value == 0.01
    assert _figure(part, "unattributed_share").value == pytest.approx(641 / 889)
    assert part.verdict == "cant_tell"  # 0.9%, interval 0.46%-1.77% straddles 1%
    p = 8 / 889
    assert part.more_needed == math.ceil(Z_95**2 * p * (1 - p) / (p - 0.01) ** 2 - 889)
    assert any("no channel signal" in caveat for caveat in part.caveats)


def test_peak_hours_are_the_busiest_three_by_default(parts: dict[str, ClaimPart]) -> None:
    part = parts["peak_hours"]
    peak, other = _figure(part, "peak_per_post"), _figure(part, "other_hours_per_post")
    assert "12h, 18h, 20h" in peak.unit and "top hours by volume" in peak.unit
    assert peak.denominator + other.denominator == 50
    assert part.verdict == "cant_tell" and part.more_needed is not None


def test_verdicts_follow_the_interval() -> None:
    assert verdict_of((0.1, 0.2), 1.0, claim_is_below=True) == "holds"
    assert verdict_of((1.1, 1.2), 1.0, claim_is_below=True) == "does_not_hold"
    assert verdict_of((0.9, 1.2), 1.0, claim_is_below=True) == "cant_tell"
    assert verdict_of((1.1, 1.2), 1.0, claim_is_below=False) == "holds"
    assert verdict_of(None, 1.0, claim_is_below=True) == "cant_tell"


def test_more_items_closes_the_interval_at_the_current_spread() -> None:
    first, second = np.array([8.0, 15.0, 10.0, 13.0, 11.0]), np.array([10.0, 14.0, 12.0, 11.0, 13.0] * 20)
    more = more_items(first, second)
    assert more is not None and more > 0
    n = len(first) + more  # with that many, the normal interval on the difference just excludes 0
    gap, var1, var2 = second.mean() - first.mean(), first.var(ddof=1), second.var(ddof=1)
    assert Z_95 * math.sqrt(var1 / n + var2 / len(second)) <= gap
    assert Z_95 * math.sqrt(var1 / (n - 1) + var2 / len(second)) > gap


def test_more_orders_and_equal_rates() -> None:
    assert more_orders(0.01, 100, 0.01) is None
    assert more_items(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0])) is None
    assert more_orders(0.02, 100, 0.01) == math.ceil(Z_95**2 * 0.02 * 0.98 / 0.01**2 - 100)


def test_the_ratio_interval_is_seeded() -> None:
    rng = np.random.default_rng(3)
    first, second = rng.poisson(5, 30).astype(float), rng.poisson(10, 30).astype(float)
    assert mean_ratio(first, second) == mean_ratio(first, second)
    ratio, ci = mean_ratio(first, second)
    assert ratio == pytest.approx(first.mean() / second.mean()) and ci is not None and ci[0] < ratio < ci[1]


def test_share_without_store_orders_or_without_an_interval_cant_tell() -> None:
    from channelcompare.claim_parts import share_part

    assert share_part(None).verdict == "cant_tell" and share_part(None).more_needed is None
    ga4_only = {"social_order_share": 0.02, "total_orders": 300, "social_order_interval": None}
    part = share_part(ga4_only)
    assert part.verdict == "cant_tell" and part.more_needed is None
    assert part.caveats[0].startswith("Only web analytics")
    clear = {**ga4_only, "social_order_interval": [0.001, 0.004]}
    assert share_part(clear).verdict == "holds"
    above = {**ga4_only, "social_order_interval": [0.015, 0.03]}
    assert share_part(above).verdict == "does_not_hold"
