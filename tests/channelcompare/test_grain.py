"""The grain of every record: level from the format, campaign keys, and campaigns counted as campaigns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from channelcompare import grain, stats
from channelcompare.compare import compare
from channelcompare.model import normalize_records
from channelcompare.prepare import campaign_table
from importers.registry import IMPORTERS


def test_every_registered_format_has_a_level() -> None:
    formats = {importer.format_id for importer in IMPORTERS} | {"column_mapping"}
    assert formats <= set(grain.LEVELS), formats - set(grain.LEVELS)
    assert set(grain.LEVELS.values()) <= set(grain.KEY_UNITS)


def test_formats_kept_apart_are_registered_account_totals() -> None:
    registered = {importer.format_id for importer in IMPORTERS}
    assert grain.APART_FORMATS.issubset(registered)
    assert {grain.LEVELS[name] for name in grain.APART_FORMATS} == {"account"}


def test_reach_does_not_add_up_and_counts_do() -> None:
    assert not grain.is_additive("reach")
    assert grain.is_additive("impressions") and grain.is_additive("clicks")


def test_keys_are_ids_else_names_at_campaign_level_else_the_row() -> None:
    records = normalize_records(
        pd.DataFrame(
            {
                "format_id": ["linkedin_ads", "linkedin_ads", "meta_ads", "meta_ads", "mailchimp_campaigns"]
                * 2,
                "platform": ["linkedin", "linkedin", "meta", "meta", "mailchimp"] * 2,
                "campaign_id": ["7", "8", None, None, None] * 2,
                "campaign_name": ["A", "A", "Rentrée", "Notoriété", "NL"] * 2,
            }
        )
    )
    keys = grain.campaign_keys(records, grain.levels(records))
    # LinkedIn by id (two ids, one name: two campaigns); Meta by name; two sends called "NL" stay two
    assert keys[0] == keys[5] and keys[0] != keys[1]
    assert keys[2] == keys[7] and keys[2] != keys[3]
    assert keys[4] != keys[9]
    assert len(np.unique(keys)) == 2 + 2 + 2
    assert list(grain.levels(records)[:5]) == ["campaign", "campaign", "ad", "ad", "send"]


def _daily(campaigns: int, days: int, *, platform: str = "meta", seed: int = 4) -> list[dict[str, object]]:
    """A daily campaign export: `campaigns` × `days` campaign-days, each campaign with its own rate."""
    rng = np.random.default_rng(seed)
    rows = []
    for campaign in range(campaigns):
        rate = rng.uniform(0.002, 0.02)
        for day in range(days):
            impressions = float(rng.integers(2_000, 4_000))
            rows.append(
                {
                    "channel": "paid_social",
                    "platform": platform,
                    "format_id": f"{platform}_ads",
                    "campaign_id": f"{platform}{campaign}",
                    "start": pd.Timestamp("2026-09-01") + pd.Timedelta(days=day),
                    "end": pd.Timestamp("2026-09-01") + pd.Timedelta(days=day),
                    "impressions": impressions,
                    "clicks": float(rng.binomial(int(impressions), rate)),
                }
            )
    return rows


def _email(sends: int, seed: int = 5) -> list[dict[str, object]]:
    rng = np.random.default_rng(seed)
    return [
        {
            "channel": "email",
            "platform": "mailchimp",
            "format_id": "mailchimp_campaigns",
            "campaign_id": f"nl{i}",
            "start": pd.Timestamp("2026-09-01 09:00") + pd.Timedelta(days=i),
            "delivered": 10_000.0,
            "clicks": float(rng.binomial(10_000, rng.uniform(0.01, 0.04))),
        }
        for i in range(sends)
    ]


def test_campaign_days_are_counted_and_labelled_as_such() -> None:
    """Defect 4: a daily export of 6 campaigns × 30 days is 6 campaigns (180 campaign-days), not 180."""
    result = compare(normalize_records(pd.DataFrame(_daily(6, 30) + _email(12))))
    paid = result.channels["paid_social"]
    assert (paid.campaigns, paid.rows, paid.campaign_unit, paid.row_unit) == (
        6,
        180,
        "campaigns",
        "campaign-days",
    )
    assert paid.metrics["click_rate"].campaigns == 6 and paid.metrics["click_rate"].rows == 180
    assert result.to_json()["channels"]["paid_social"]["row_unit"] == "campaign-days"
    email = result.channels["email"]
    assert (email.campaigns, email.campaign_unit, email.row_unit) == (12, "sends", "sends")


def test_campaign_level_interval_clusters_by_campaign_not_by_day() -> None:
    """Defect 4: the campaign-level ratio interval treats the 6 campaigns as the clusters, with t(G-1)."""
    records = normalize_records(pd.DataFrame(_daily(6, 30) + _email(12)))
    result = compare(records)
    finding = next(f for f in result.findings if f.channel == "paid_social" and f.metric == "click_rate")
    table, _ = campaign_table(records, opens_as_interactions=False, effort_costs={})
    paid = table[table["channel"] == "paid_social"]
    per_campaign = paid.groupby("campaign_key")[["click_rate.num", "click_rate.den"]].sum()
    email = table[table["channel"] == "email"][["click_rate.num", "click_rate.den"]]
    expected = stats.linearised_ratio_interval(
        (per_campaign["click_rate.num"].to_numpy(), per_campaign["click_rate.den"].to_numpy()),
        (email["click_rate.num"].to_numpy(), email["click_rate.den"].to_numpy()),
        z=stats.t_95(5),
    )
    assert finding.campaign_ratio_ci == pytest.approx(expected, rel=1e-12)
    by_day = stats.linearised_ratio_interval(
        (paid["click_rate.num"].to_numpy(), paid["click_rate.den"].to_numpy()),
        (email["click_rate.num"].to_numpy(), email["click_rate.den"].to_numpy()),
    )
    assert expected is not None and by_day is not None
    # days as clusters: the interval (on the log scale, where it is symmetric) is less than half as wide
    assert np.log(expected[1] / expected[0]) > 2 * np.log(by_day[1] / by_day[0])


def test_one_campaign_of_fourteen_days_does_not_pass_the_three_campaign_rule() -> None:
    """Defect 4: one 14-day LinkedIn campaign is one campaign; its money metric gets no interval."""
    rows = [{**r, "cost": 40.0, "conversions": 1.0} for r in _daily(1, 14, platform="linkedin")]
    result = compare(normalize_records(pd.DataFrame(rows + _email(12))))
    linkedin = result.channels["paid_social"]
    assert linkedin.campaigns == 1 and linkedin.rows == 14
    cost = linkedin.metrics["cost_per_conversion"]
    assert cost.ci is None and cost.campaigns == 1 and "fewer than 3 campaigns" in cost.interval


def test_small_sample_interval_uses_student_t() -> None:
    assert stats.t_95(3) == pytest.approx(3.182446305, rel=1e-9)
    assert stats.t_95(10_000) == pytest.approx(stats.Z_95, rel=1e-3)
