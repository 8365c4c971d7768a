"""Share of sales, the headline and claimed vs observed on a small hand-computed shop."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from channelcompare.attribution import Condition, Rule, RuleSet, sales_view
from channelcompare.attribution.codes import DEFAULT_CODE_RULES, CodeRule
from channelcompare.compare import compare
from channelcompare.currency import RateTable
from channelcompare.model import normalize_records

SEPT = pd.Timestamp("2026-09-10")


def order(
    code=None, revenue=0.0, orders=1.0, currency="EUR", tags=None, source=None, medium=None, channel="other"
):
    return dict(platform="shopify", channel=channel, discount_code=code, tags=tags, utm_source=source,
                utm_medium=medium, revenue=revenue, orders=orders, currency=currency, start=SEPT, end=SEPT)  # fmt: skip


def shop() -> pd.DataFrame:
    rows = [
        order("NL1", 100.0),
        order("INSTA15", 20.0),
        order(None, 80.0, tags="VIP"),
        order(None, 0.0, orders=0.0, source="facebook", medium="cpc"),  # fully refunded
        order("WELCOME10", 50.0),
        dict(platform="ga4", channel="email", sessions=1000.0, conversions=30.0, revenue=999.0, start=SEPT),
        dict(
            platform="ga4", channel="paid_social", sessions=500.0, conversions=2.0, revenue=10.0, start=SEPT
        ),
        dict(
            platform="meta",
            channel="paid_social",
            revenue=300.0,
            conversions=6.0,
            currency="EUR",
            attribution="7-day click, 1-day view",
            start=SEPT,
        ),  # fmt: skip
        dict(
            platform="klaviyo",
            channel="email_automation",
            revenue=40.0,
            conversions=1.0,
            currency="EUR",
            attribution="5-day open or click",
            start=SEPT,
        ),  # fmt: skip
        dict(platform="mailchimp", channel="email", revenue=150.0, currency="EUR", start=SEPT),
        dict(
            platform="mailchimp", channel="email", clicks=10.0, currency="EUR", start=SEPT
        ),  # no revenue: no claim
    ]
    return normalize_records(pd.DataFrame(rows))


def test_share_of_sales_hand_computed() -> None:
    view = sales_view(shop(), benchmarks=[])
    assert view.source == "shopify" and view.currency == "EUR"
    assert (view.total_orders, view.total_revenue) == (4.0, 250.0)
    by = view.by_channel
    assert (by["email"].orders, by["email"].revenue, by["email"].share) == (1.0, 100.0, 0.4)
    assert by["email_automation"].share == pytest.approx(0.2)
    assert by["organic_social"].share == pytest.approx(0.08) and by["organic_social"].order_share == 0.25
    assert by["paid_social"].revenue == 0.0 and by["paid_social"].orders == 0.0
    assert view.social_share == pytest.approx(0.08) and view.email_share == pytest.approx(0.6)
    assert (view.unattributed_orders, view.unattributed_revenue) == (1.0, 80.0)
    assert view.unattributed_share == pytest.approx(0.32)
    assert any("lower bound" in w for w in view.warnings)  # more than 30% unattributed
    # GA4 sessions beside the store's orders: 4 orders / 1500 sessions
    assert view.sessions == 1500.0 and view.store_conversion_rate == pytest.approx(4 / 1500)
    assert by["email"].sessions == 1000.0 and by["email"].key_event_rate == pytest.approx(0.03)
    assert view.headline.startswith(
        "Social brought at least 8.0% of the store's revenue this period (25.0% of orders, 95% interval "
        "4.56-69.94%; 25% of orders carry no signal)"
    )


def test_headline_against_the_published_figure() -> None:
    view = sales_view(shop())  # the bundled benchmark file
    assert view.benchmark is not None and "Forrester" in view.benchmark.source
    assert view.benchmark.value == 0.01
    assert "published figure: under 1% of online orders" in view.headline and "2012" in view.headline


def test_claimed_vs_observed() -> None:
    claims = {(c.channel, c.platform): c for c in sales_view(shop(), benchmarks=[]).claims}
    assert set(claims) == {("paid_social", "meta"), ("email_automation", "klaviyo"), ("email", "mailchimp")}
    meta = claims["paid_social", "meta"]
    assert (meta.claimed_revenue, meta.observed_revenue, meta.over_claiming) == (300.0, 0.0, True)
    assert meta.attribution == "7-day click, 1-day view" and meta.ratio is None
    assert meta.claimed_conversions == 6.0 and meta.ga4_revenue == 10.0
    mailchimp = claims["email", "mailchimp"]
    assert mailchimp.over_claiming and mailchimp.ratio == pytest.approx(1.5)
    klaviyo = claims["email_automation", "klaviyo"]
    assert not klaviyo.over_claiming and klaviyo.ratio == pytest.approx(0.8)
    view = sales_view(shop(), benchmarks=[])
    assert any("claim 490.00" in w and "(250.00)" in w for w in view.warnings)


def test_edited_rules_apply_without_reimport() -> None:
    rules = RuleSet(code_rules=(CodeRule("tags", "VIP", "email"), *DEFAULT_CODE_RULES))
    view = sales_view(shop(), rules, benchmarks=[])
    assert view.by_channel["email"].revenue == 180.0
    assert view.unattributed_revenue == 0.0


def test_several_currencies_are_never_summed() -> None:
    records = normalize_records(pd.DataFrame([order("NL1", 100.0), order("INSTA15", 50.0, currency="USD")]))
    view = sales_view(records, benchmarks=[], convert=False)
    assert view.currency is None and view.total_revenue is None
    assert view.by_channel["email"].revenue is None and view.by_channel["email"].order_share == 0.5
    assert view.by_currency["EUR"]["email"].revenue == 100.0
    assert view.by_currency["USD"]["organic_social"].revenue == 50.0
    assert any("never summed unconverted" in w for w in view.warnings)
    rates = RateTable(pd.DataFrame({"USD": [1.25]}, index=pd.DatetimeIndex(["2026-09-01"])), "test rates")
    converted = sales_view(records, benchmarks=[], reporting_currency="EUR", rates=rates)
    assert converted.currency == "EUR" and converted.total_revenue == pytest.approx(140.0)
    assert converted.social_share == pytest.approx(40 / 140)
    assert "USD" in converted.conversion_note
    assert converted.by_currency["USD"]["organic_social"].revenue == 50.0  # the original amounts stay visible


def test_several_currencies_use_the_bundled_ecb_rates_by_default() -> None:
    records = normalize_records(
        pd.DataFrame([order("NL1", 100.0), order("NL2", 60.0), order("INSTA15", 50.0, currency="USD")])
    )
    view = sales_view(records, benchmarks=[])
    assert view.currency == "EUR"  # the currency of most orders
    assert 200.0 < view.total_revenue < 220.0  # 160 EUR + 50 USD, which is 40-60 EUR at any recent ECB rate
    assert "ECB" in view.conversion_note and any("USD" in w for w in view.warnings)


def test_ga4_alone_gives_shares_of_ga4_revenue() -> None:
    records = shop()
    view = sales_view(records[records["platform"] != "shopify"], benchmarks=[])
    assert view.source == "ga4"
    assert view.by_channel["email"].share == pytest.approx(999 / 1009)
    assert view.by_channel["email"].orders is None


def test_no_sales_data() -> None:
    records = shop()
    view = sales_view(records[records["platform"].isin(["mailchimp", "meta"])], benchmarks=[])
    assert (
        view.source is None and view.share_of_sales_json() is None and view.claimed_vs_observed_json() is None
    )


def test_compare_fills_the_json_keys() -> None:
    out = json.loads(json.dumps(compare(shop()).to_json()))
    share = out["share_of_sales"]
    assert share["source"] == "shopify"
    assert share["by_channel"]["email"] == pytest.approx(
        {
            "orders": 1.0,
            "revenue": 100.0,
            "share": 0.4,
            "order_share": 0.25,
            "sessions": 1000.0,
            "key_event_rate": 0.03,
            "ga4_revenue": 999.0,
            "ga4_share": 999 / 1009,
        }
    )
    claims = {(c["channel"], c["platform"]): c for c in out["claimed_vs_observed"]}
    assert claims["paid_social", "meta"]["over_claiming"] is True
    assert not np.isnan(share["store_conversion_rate"])


def test_orders_from_two_store_sources_are_flagged() -> None:
    generic = dict(order(source="mailchimp", medium="email", revenue=30.0), platform="generic")
    records = normalize_records(pd.DataFrame([order("NL1", 100.0), generic]))
    view = sales_view(records, benchmarks=[])
    assert view.source == "shopify+generic" and view.by_channel["email"].revenue == 130.0
    assert any("both are counted" in w for w in view.warnings)


def test_unassigned_mediums_are_offered_a_rule() -> None:
    records = normalize_records(
        pd.DataFrame([order(None, 40.0, source="mailchimp", medium="newsletter"), order("NL1", 60.0)])
    )
    view = sales_view(records, benchmarks=[])
    assert view.unattributed_revenue == 40.0
    lost = view.share_of_sales_json()["unassigned_mediums"]
    assert lost == [
        {
            "medium": "newsletter",
            "orders": 1,
            "revenue": 40.0,
            "suggested_rule": {
                "name": "newsletter -> email",
                "channel": "email",
                "combine": "all",
                "conditions": [{"field": "medium", "match": "exactly", "value": "newsletter"}],
            },
        }
    ]
    fixed = sales_view(records, RuleSet(user_rules=(view.unassigned_mediums[0].suggested,)), benchmarks=[])
    assert fixed.by_channel["email"].revenue == 100.0 and fixed.unattributed_revenue == 0.0


def test_claims_in_another_currency_are_converted_before_comparing() -> None:
    claim = dict(platform="meta", channel="paid_social", revenue=100.0, currency="USD", start=SEPT)
    records = normalize_records(pd.DataFrame([order("META10", 50.0), claim]))
    rates = RateTable(pd.DataFrame({"USD": [1.25]}, index=pd.DatetimeIndex(["2026-09-01"])), "test rates")
    (converted,) = sales_view(records, rates=rates, benchmarks=[]).claims
    assert converted.currency == "EUR" and converted.claimed_revenue == pytest.approx(80.0)
    assert converted.ratio == pytest.approx(1.6) and converted.over_claiming
    (apart,) = sales_view(records, convert=False, benchmarks=[]).claims
    assert apart.ratio is None and not apart.over_claiming and "not compared" in apart.note


def test_ga4_source_medium_rows_follow_the_rules_and_never_double_count() -> None:
    def ga4(fmt, channel, sessions, source=None, medium=None):
        return dict(platform="ga4", format_id=fmt, channel=channel, sessions=sessions, revenue=10.0,
                    utm_source=source, utm_medium=medium, start=SEPT)  # fmt: skip

    by_pair = [ga4("ga4_source_medium", "other", 300.0, "mailchimp", "newsletter")]
    records = normalize_records(pd.DataFrame([order("NL1", 50.0), *by_pair]))
    rules = RuleSet(user_rules=(Rule("nl", "email", (Condition("medium", "exactly", "newsletter"),)),))
    assert sales_view(records, rules, benchmarks=[]).by_channel["email"].sessions == 300.0
    both = normalize_records(pd.DataFrame([order("NL1", 50.0), *by_pair, ga4("ga4_traffic", "email", 280.0)]))
    view = sales_view(both, rules, benchmarks=[])
    assert view.sessions == 280.0 and any("counted once" in w for w in view.warnings)


def test_retargeting_claims_are_set_against_the_stores_automated_email() -> None:
    """The engine splits Klaviyo's flows into retargeting and lifecycle; the store's orders cannot, so the
    claims are compared whole with the store's automated-email orders, never as "store sees none"."""
    from channelcompare.attribution.claims import platform_claims

    records = pd.DataFrame(
        {
            "platform": ["klaviyo", "klaviyo"],
            "channel": ["email_automation", "email_retargeting"],
            "revenue": [4800.0, 3633.0],
            "conversions": [105.0, 75.0],
            "attribution": ["5-day open or click"] * 2,
            "currency": ["EUR"] * 2,
        }
    )
    claims = platform_claims(records)
    assert list(claims["channel"]) == ["email_automation"]
    assert claims["revenue"].iloc[0] == 8433.0 and claims["conversions"].iloc[0] == 180.0
