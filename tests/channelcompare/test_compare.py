"""The comparison against statsmodels (to 1e-9) and its edge cases: zero counts, zero audience, a single
campaign, missing measures, all-NaN, no baseline."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.stats
import statsmodels.api as sm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportions_ztest

from channelcompare.compare import CompareOptions, compare
from channelcompare.model import normalize_records
from tests.channelcompare.shop import shop_records


def _records(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Canonical records; start times are parsed one by one (mixed date and date-time text)."""
    rows = [{**row, "start": pd.Timestamp(str(row["start"]))} if "start" in row else row for row in rows]
    return normalize_records(pd.DataFrame(rows))


def _campaigns(
    channel: str, platform: str, audiences: list[float], clicks: list[float], **extra: object
) -> list[dict[str, object]]:
    measure = {"email": "delivered"}.get(channel, "reach")
    return [
        {
            "channel": channel,
            "platform": platform,
            measure: a,
            "clicks": c,
            "start": "2026-09-10 09:00",
            **extra,
        }
        for a, c in zip(audiences, clicks, strict=True)
    ]


def _two_channels() -> pd.DataFrame:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000, 11000], [320, 400, 250, 330])
    social = _campaigns("organic_social", "instagram", [3000, 2500, 2800, 3100], [12, 9, 14, 10])
    return _records(email + social)


def test_channel_rates_pool_counts_and_match_statsmodels_wilson() -> None:
    result = compare(_two_channels())
    click = result.channels["organic_social"].metrics["click_rate"]
    assert (click.numerator, click.denominator) == (45, 11400)
    assert click.value == pytest.approx(45 / 11400, abs=1e-12)
    assert click.ci == pytest.approx(proportion_confint(45, 11400, method="wilson"), abs=1e-9)
    assert result.channels["organic_social"].label == "Instagram"
    assert result.channels["email"].audience_basis == "delivered"


def test_finding_ratio_interval_and_holm_p_value_match_statsmodels() -> None:
    result = compare(_two_channels())
    finding = next(f for f in result.findings if f.metric == "click_rate")
    low, high = confint_proportions_2indep(45, 11400, 1300, 42000, compare="ratio", method="log")
    assert finding.ratio == pytest.approx((45 / 11400) / (1300 / 42000), abs=1e-12)
    assert finding.ratio_ci == pytest.approx((low, high), rel=1e-9)
    _, raw = proportions_ztest([45, 1300], [11400, 42000])
    assert finding.raw_p_value == pytest.approx(raw, rel=1e-9)
    made = [
        f.raw_p_value for f in result.findings if f.raw_p_value is not None and f.verdict != "not_enough_data"
    ]
    adjusted = multipletests(made, method="holm")[1]
    assert finding.p_value == pytest.approx(adjusted[made.index(finding.raw_p_value)], rel=1e-9)


def test_social_far_below_email_is_a_significant_social_below_email_finding_ranked_first() -> None:
    result = compare(_two_channels())
    first = result.findings[0]
    assert first.metric == "click_rate" and first.verdict == "below" and first.significant
    assert first.social_below_email and first.campaign_ratio_ci is not None
    assert first.campaign_ratio_ci[1] < 1
    assert first.sentence.startswith(
        "Instagram's click rate (0.39%, 95% CI 0.30-0.53%) is 7.8x lower than email's (3.10%)"
    )
    assert (
        "at email's rate, September's Instagram reach would have brought ~310 more clicks." in first.sentence
    )


def test_zero_events_on_a_side_use_the_adjusted_katz_interval() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    social = _campaigns("organic_social", "facebook", [3000, 2500, 2800], [0, 0, 0])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    low, high = confint_proportions_2indep(0, 8300, 970, 31000, compare="ratio", method="log-adjusted")
    assert finding.ratio == 0 and finding.ratio_ci == pytest.approx((low, high), rel=1e-9)
    assert finding.verdict == "below" and "far lower" in finding.sentence


def test_zero_audience_gives_no_value_and_no_verdict() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    social = _campaigns("organic_social", "instagram", [0, 0], [0, 0])
    result = compare(_records(email + social))
    assert result.channels["organic_social"].metrics["click_rate"].value is None
    findings = [f for f in result.findings if f.channel == "organic_social"]
    assert all(f.verdict == "not_enough_data" for f in findings)
    assert findings and "Not enough data" in findings[0].sentence


def test_a_single_campaign_is_judged_on_pooled_counts_and_says_so() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    social = _campaigns("paid_social", "meta", [40000], [200])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    assert finding.campaign_ratio_ci is None and finding.significant and finding.verdict == "below"
    assert "Pooled counts only" in finding.sentence and finding.label == "Meta Ads"


def test_small_samples_are_not_enough_data() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    social = _campaigns("organic_social", "linkedin", [200, 150], [3, 1])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    assert finding.verdict == "not_enough_data" and not finding.significant and finding.p_value is None
    assert finding.sentence.startswith(
        "Not enough data to compare LinkedIn's click rate with email's: 350 of reach summed over posts or ads "
        "(not unique people) and 4 clicks"
    )  # two posts' reach added up: not 350 people (issue 15)


def test_campaign_variation_can_overrule_pooled_significance() -> None:
    email = _campaigns("email", "mailchimp", [10000] * 4, [100, 900, 150, 800])
    social = _campaigns("paid_social", "meta", [10000] * 4, [350, 500, 300, 450])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    assert finding.p_value is not None and finding.p_value < 0.05  # pooled counts alone say "different"
    assert (
        finding.campaign_ratio_ci is not None
        and finding.campaign_ratio_ci[0] < 1 < finding.campaign_ratio_ci[1]
    )
    assert finding.verdict == "no_difference" and not finding.significant
    assert "varies too much from campaign to campaign" in finding.sentence


def test_rates_use_only_rows_where_both_measures_are_known() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    email[0]["conversions"] = 30
    email[1]["conversions"] = 24
    result = compare(_records(email))
    conversion = result.channels["email"].metrics["conversion_rate"]
    assert (conversion.numerator, conversion.denominator) == (54, 22000)


def test_missing_measures_make_no_finding_and_all_nan_records_do_not_fail() -> None:
    result = compare(_two_channels())
    assert not [f for f in result.findings if f.metric in ("conversion_rate", "roas", "open_rate")]
    empty = compare(_records([{"channel": "email", "platform": "mailchimp"}, {"channel": "organic_social"}]))
    assert empty.findings == [] and empty.channels == {}
    assert any("baseline channel email has no campaigns" in w for w in empty.warnings)
    json.dumps(empty.to_json(), allow_nan=False)


def test_json_has_the_documented_shape_and_no_nan() -> None:
    out = compare(_two_channels()).to_json()
    text = json.dumps(out, allow_nan=False)
    assert json.loads(text)["baseline"] == "email"
    assert out["period"] == ["2026-09-10", "2026-09-10"]
    click = out["channels"]["organic_social"]["metrics"]["click_rate"]
    assert set(click) == {"value", "ci", "numerator", "denominator", "campaigns", "rows", "interval"}
    assert len(click["ci"]) == 2
    assert {"audience", "audience_basis", "metrics"} <= set(out["channels"]["email"])
    keys = {
        "channel",
        "metric",
        "value",
        "baseline_value",
        "ratio",
        "ratio_ci",
        "p_value",
        "significant",
        "sentence",
    }
    assert keys <= set(out["findings"][0]) and isinstance(out["warnings"], list)


def test_effort_cost_gives_email_a_cost_per_conversion() -> None:
    email = _campaigns(
        "email", "mailchimp", [10000, 30000], [320, 900], conversions=20, currency="EUR", revenue=900
    )
    result = compare(_records(email), CompareOptions(effort_costs={"email": 400.0}))
    cost = result.channels["email"].metrics["cost_per_conversion"]
    assert cost.numerator == pytest.approx(400.0) and cost.value == pytest.approx(10.0)
    assert result.channels["email"].metrics["roas"].value == pytest.approx(1800 / 400)


def test_money_is_never_added_across_currencies() -> None:
    rows = _campaigns("paid_social", "meta", [10000, 10000, 10000], [50, 60, 70], revenue=100.0, cost=50.0)
    rows[0]["currency"], rows[1]["currency"], rows[2]["currency"] = "EUR", "EUR", "USD"
    result = compare(_records(rows), CompareOptions(baseline="paid_social"))
    roas = result.channels["paid_social"].metrics["roas"]
    assert (roas.numerator, roas.denominator) == (200.0, 100.0)
    assert result.channels["paid_social"].currency == "EUR"
    assert any("several currencies" in w and "USD" in w for w in result.warnings)


def test_money_metrics_are_not_compared_between_currencies() -> None:
    email = _campaigns("email", "mailchimp", [10000] * 3, [300] * 3, revenue=500.0, currency="EUR")
    social = _campaigns("paid_social", "meta", [10000] * 3, [80] * 3, revenue=90.0, currency="USD")
    result = compare(_records(email + social))
    assert not [f for f in result.findings if f.metric == "revenue_per_1000"]
    assert any("not in EUR" in w for w in result.warnings)


def test_store_orders_and_double_counting_ga4_rows_stay_out_of_the_channel_comparison() -> None:
    rows = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    rows.append({"channel": "email", "platform": "ga4", "sessions": 900, "conversions": 30})
    rows.append({"channel": "direct", "platform": "ga4", "sessions": 5000, "conversions": 60})
    rows += [{"channel": "email", "platform": "shopify", "orders": 1, "revenue": 48.0}] * 5
    result = compare(_records(rows))
    assert result.channels["email"].audience == 31000 and result.channels["email"].campaigns == 3
    assert result.channels["direct"].audience_basis == "sessions"
    assert any("GA4 rows for email were left out" in w for w in result.warnings)
    assert not [f for f in result.findings if f.channel == "direct"]  # visits are not people reached
    assert any("Direct is measured in site sessions" in w for w in result.warnings)


def test_between_two_email_channels_the_interaction_rate_does_not_repeat_the_click_rate() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    flows = _campaigns("email_automation", "klaviyo", [3000, 2500, 2800], [300, 200, 250])
    flows = [{**f, "delivered": f.pop("reach")} for f in flows]
    metrics = [f.metric for f in compare(_records(email + flows)).findings]
    assert "click_rate" in metrics and "interaction_rate" not in metrics


def test_warnings_for_attribution_windows_mixed_bases_and_apart_periods() -> None:
    email = _campaigns(
        "email", "klaviyo", [10000, 12000], [320, 400], conversions=10, attribution="5-day open or click"
    )
    email.append(
        {"channel": "email", "platform": "mailchimp", "sent": 5000, "clicks": 100, "start": "2026-09-12"}
    )
    social = _campaigns(
        "paid_social", "meta", [9000], [50], conversions=4, attribution="7-day click, 1-day view"
    )
    social[0]["start"] = "2026-06-01"
    warnings = " ".join(compare(_records(email + social)).warnings)
    assert (
        "different or unknown attribution windows (Klaviyo: 5-day open or click; Meta Ads: 7-day click, 1-day view)"
        in warnings
    )
    assert "Email's audience mixes delivered emails and sent emails" in warnings
    assert "do not overlap email's" in warnings
    assert "Audiences are counted differently" in warnings


def test_opens_as_interactions_warns_about_apple_mail_privacy_protection() -> None:
    rows = _campaigns("email", "mailchimp", [10000], [300], opens=4000)
    result = compare(_records(rows), CompareOptions(opens_as_interactions=True))
    assert result.channels["email"].metrics["interaction_rate"].value == pytest.approx(0.4)
    assert any("Apple Mail Privacy Protection" in w for w in result.warnings)


def test_filters_and_period_over_period() -> None:
    august = [
        {**r, "start": "2026-08-20 09:00"} for r in _campaigns("email", "mailchimp", [8000] * 3, [160] * 3)
    ]
    rows = _campaigns("email", "mailchimp", [10000] * 3, [300] * 3, campaign_name="Rentrée NL") + august
    options = CompareOptions(start=pd.Timestamp("2026-09-01").date(), end=pd.Timestamp("2026-09-30").date())
    options.period_over_period = True
    result = compare(_records(rows), options)
    assert result.channels["email"].audience == 30000
    assert result.previous is not None and result.previous.channels["email"].audience == 24000
    assert result.previous.period == (pd.Timestamp("2026-08-02").date(), pd.Timestamp("2026-08-31").date())
    assert result.change("email", "click_rate") == pytest.approx(0.03 / 0.02 - 1)
    assert result.to_json()["previous"]["change"]["email"]["click_rate"] == pytest.approx(0.5)
    named = compare(_records(rows), CompareOptions(campaign_contains="rentrée nl"))
    assert named.channels["email"].campaigns == 3


def test_timing_trends_and_funnel_tables() -> None:
    rows = _campaigns(
        "email", "mailchimp", [10000, 5000], [300, 100], conversions=10, revenue=480.0, currency="EUR"
    )
    rows[1]["start"] = "2026-09-15 18:00"
    rows.append(
        {
            "channel": "email",
            "platform": "mailchimp",
            "source_file": "dates.csv",
            "delivered": 100,
            "start": "2026-09-15",
        }
    )
    result = compare(_records(rows))
    timing = result.timing.set_index(["weekday", "hour"])
    assert timing.loc[(3, 9), "click_rate"] == pytest.approx(0.03)  # Thursday 10 Sept, 9:00
    assert (
        timing.loc[(1, 18), "weekday_name"] == "Tuesday" and len(timing) == 2
    )  # the date-only file is left out
    assert set(result.trends["period_start"].dt.day_of_week) == {0}
    funnel = result.funnel.set_index("stage")
    assert funnel.loc["audience", "value"] == 15100 and funnel.loc["clicks", "value"] == 400
    assert funnel.loc["conversions", "of_previous"] == pytest.approx(20 / 400)
    assert funnel.loc["revenue", "currency"] == "EUR"


def test_platform_level_findings_within_a_multi_platform_social_channel() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    insta = _campaigns("organic_social", "instagram", [3000, 2500, 2800], [3, 2, 4])
    facebook = _campaigns("organic_social", "facebook", [900, 800, 1000], [4, 3, 5])
    result = compare(_records(email + insta + facebook))
    assert set(result.platforms) == {"organic_social/instagram", "organic_social/facebook"}
    labels = {f.label for f in result.findings if f.metric == "click_rate"}
    assert labels == {"Organic social", "Instagram", "Facebook"}
    assert any(f.sentence.startswith("Organic social's click rate") for f in result.findings)


def test_thousands_of_campaigns_use_the_linearised_interval() -> None:
    rng = np.random.default_rng(1)
    n = 20000
    frame = pd.DataFrame(
        {
            "channel": np.where(np.arange(n) % 2 == 0, "email", "organic_social"),
            "platform": np.where(np.arange(n) % 2 == 0, "mailchimp", "instagram"),
            "delivered": np.where(np.arange(n) % 2 == 0, 1000.0, np.nan),
            "reach": np.where(np.arange(n) % 2 == 0, np.nan, 1000.0),
            "clicks": rng.binomial(1000, np.where(np.arange(n) % 2 == 0, 0.03, 0.01)).astype(float),
        }
    )
    finding = next(f for f in compare(normalize_records(frame)).findings if f.metric == "click_rate")
    assert finding.campaign_ratio_ci is not None and finding.verdict == "below"


def test_a_baseline_without_events_is_not_enough_data_and_says_why() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [0, 0, 0])
    social = _campaigns("paid_social", "meta", [10000, 12000, 9000], [100, 120, 90])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    assert finding.ratio is None and finding.verdict == "not_enough_data"
    assert "(email's own 0 clicks are too few; a comparison needs at least 30)" in finding.sentence


def test_a_channel_too_small_to_show_the_baseline_rate_is_not_enough_data() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [300, 400, 250])
    social = _campaigns("paid_social", "meta", [400, 400], [1, 2])
    finding = next(f for f in compare(_records(email + social)).findings if f.metric == "click_rate")
    assert finding.verdict == "not_enough_data"
    assert "(Meta Ads has 3 clicks and would expect only 25 even at email's rate;" in finding.sentence


def test_a_channel_figure_that_only_one_platform_carries_is_reported_once_under_its_platform() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    insta = [
        {**r, "clicks": None, "engagements": 90}
        for r in _campaigns("organic_social", "instagram", [3000] * 3, [0] * 3)
    ]
    facebook = _campaigns("organic_social", "facebook", [9000, 8000, 10000], [40, 30, 50])
    clicks = [
        f.label for f in compare(_records(email + insta + facebook)).findings if f.metric == "click_rate"
    ]
    assert clicks == ["Facebook"]


def test_money_without_a_currency_takes_the_only_currency_of_the_data() -> None:
    email = _campaigns("email", "mailchimp", [10000] * 3, [300] * 3, revenue=500.0)
    social = _campaigns("paid_social", "meta", [10000] * 3, [80] * 3, revenue=90.0, currency="EUR")
    result = compare(_records(email + social))
    assert result.channels["email"].currency == "EUR"
    assert any("taken as EUR" in w for w in result.warnings)
    assert [f for f in result.findings if f.metric == "revenue_per_1000"]


def test_the_sample_shop_story_reads_like_an_analyst_wrote_it() -> None:
    result = compare(shop_records())
    first = result.findings[0]
    assert first.social_below_email and first.label == "Meta Ads" and first.metric == "conversion_rate"
    # Per impression (Meta's additive audience), not per summed reach (which counts people several times)
    assert first.sentence.startswith(
        "Meta Ads' conversion rate (0.01%, 95% CI 0.0094-0.02%) is 19.9x lower than email's (0.25%); at "
        "email's rate, September's Meta Ads impressions would"
    )
    assert (
        "To match email's revenue per 1,000 delivered emails (€120), Meta Ads would need a conversion rate of "
        "0.23% of its impressions at an average order of €52.00." in first.sentence  # each basis named
    )
    meta_clicks = next(f for f in result.findings if f.label == "Meta Ads" and f.metric == "click_rate")
    assert meta_clicks.sentence.endswith(
        "Meta Ads would need a click rate of 6.58% of its impressions at its revenue per click of €1.83."
    )
    facebook = next(f for f in result.findings if f.label == "Facebook" and f.metric == "click_rate")
    assert "To match" not in facebook.sentence  # no revenue of its own: nothing honest to say
    assert (
        facebook.verdict == "below"
        and "September's Facebook reach would have brought ~400 more clicks" in facebook.sentence
    )
    linkedin = [f for f in result.findings if f.label == "LinkedIn"]
    assert linkedin and all(f.verdict == "not_enough_data" for f in linkedin)
    assert [f.verdict for f in result.findings] == sorted(
        (f.verdict for f in result.findings), key=lambda v: v == "not_enough_data"
    )
    assert result.timing["channel"].dtype == "str" and set(result.funnel["stage"]) == {
        "audience",
        "clicks",
        "conversions",
        "revenue",
    }


def test_money_metric_interval_is_the_cluster_robust_interval_of_statsmodels() -> None:
    revenues = [900.0, 1400.0, 700.0, 1250.0]
    rows = _campaigns("email", "mailchimp", [10000, 12000, 9000, 11000], [320, 400, 250, 330], currency="EUR")
    rows = [{**r, "revenue": revenue} for r, revenue in zip(rows, revenues, strict=True)]
    value = compare(_records(rows)).channels["email"].metrics["revenue_per_1000"]
    audiences = np.array([10000.0, 12000, 9000, 11000])
    fit = sm.WLS(np.array(revenues) / audiences, np.ones(4), weights=audiences).fit(cov_type="HC1")
    # 4 campaigns are few clusters: Student's t with G - 1 = 3 degrees of freedom, not the normal quantile
    spread = scipy.stats.t.ppf(0.975, 3) * fit.bse[0] * 1000
    assert value.value == pytest.approx(1000 * sum(revenues) / audiences.sum(), rel=1e-12)
    assert value.ci == pytest.approx((value.value - spread, value.value + spread), rel=1e-9)


def test_bad_options_are_warned_about_not_failed_on() -> None:
    rows = _campaigns("email", "mailchimp", [10000, 30000], [320, 900], conversions=20)
    options = CompareOptions(effort_costs={"email": -5.0}, start=pd.Timestamp("2026-09-30").date())
    options.end = pd.Timestamp("2026-09-01").date()
    warnings = " ".join(compare(_records(rows), options).warnings)
    assert "is not a positive amount; ignored" in warnings
    assert "The date range ends (01 Sep 2026) before it starts (30 Sep 2026)" in warnings


def test_a_platform_with_nine_tenths_of_its_channel_speaks_for_it() -> None:
    email = _campaigns("email", "mailchimp", [10000, 12000, 9000], [320, 400, 250])
    meta = _campaigns("paid_social", "meta", [30000, 25000, 28000], [200, 150, 210])
    linkedin = _campaigns("paid_social", "linkedin", [2000, 1500, 1800], [10, 6, 8])
    labels = {
        f.label for f in compare(_records(email + meta + linkedin)).findings if f.metric == "click_rate"
    }
    assert labels == {"Meta Ads", "LinkedIn"}


def test_benchmarks_come_with_the_comparison_and_a_broken_file_is_a_warning(tmp_path: Path) -> None:
    assert any(b.source.startswith("Monetate") for b in compare(_two_channels()).benchmarks)
    broken = tmp_path / "benchmarks.csv"
    broken.write_text(
        "metric,channel,value,source,year,method,note\nclick_rate,email,lots,X,2019,m,n\n", encoding="utf-8"
    )
    result = compare(_two_channels(), CompareOptions(benchmarks_path=broken))
    assert result.benchmarks == [] and result.findings
    assert any("Benchmarks not shown" in w and "line 2" in w for w in result.warnings)


def test_revenue_per_1000_findings_name_their_basis() -> None:
    """Issue 15: paid social's revenue per 1,000 rests on impressions; the sentence says so, not "reached"."""
    result = compare(shop_records())
    rpm = [f for f in result.findings if f.metric == "revenue_per_1000" and f.label == "Meta Ads"]
    assert rpm and all("reached" not in f.sentence for f in rpm)
    assert rpm[0].sentence.startswith("Meta Ads' revenue per 1,000 impressions (€6.54")
    assert "than email's (€120 per 1,000 delivered emails); at email's level, Meta Ads' impressions" in rpm[0].sentence
