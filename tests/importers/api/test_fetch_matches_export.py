"""A fetch gives the same canonical records and totals as importing the platform's equivalent export.

The API answers are built from the export's own columns (read with the csv module, not our importer), the
way each API reports the same campaigns, so both paths must agree measure by measure.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from channelcompare.model import MEASURES
from importers.api.mailchimp import fetch_reports
from importers.api.meta import fetch_insights
from importers.load import import_file
from tests.conftest import DATA
from tests.http_fake import Answer, FakeApi
from tests.importers.api.test_mailchimp_api import KEY


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _mailchimp_report(row: dict[str, str], number: int) -> dict[str, object]:
    return {
        "id": row["Unique Id"],
        "campaign_title": row["Title"],
        "emails_sent": int(row["Total Recipients"]),
        "send_time": f"2026-09-{number + 1:02d}T08:00:00+00:00",
        "bounces": {
            "hard_bounces": int(row["Hard Bounces"]),
            "soft_bounces": int(row["Soft Bounces"]),
            "syntax_errors": 0,
        },
        "opens": {"unique_opens": int(row["Unique Opens"])},
        "clicks": {"unique_subscriber_clicks": int(row["Unique Clicks"])},
        "ecommerce": {
            "total_orders": int(row["Total Orders"]),
            "total_revenue": float(row["Total Revenue"]),
            "currency_code": "EUR",
        },
    }


def _totals(result) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    return {m: (None if v is None else round(v, 6)) for m, v in result.totals().items()}


def test_mailchimp_fetch_equals_the_campaign_export(fake_api: FakeApi, fast_http) -> None:
    rows = _rows("mailchimp_campaigns.csv")
    reports = [_mailchimp_report(row, n) for n, row in enumerate(rows)]
    fake_api.on("/3.0/reports", Answer(body={"reports": reports, "total_items": len(reports)}))
    fetched = fetch_reports(
        KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
    )
    imported = import_file(DATA / "mailchimp_campaigns.csv")
    assert _totals(fetched) == _totals(imported)
    columns = [
        "campaign_id",
        "campaign_name",
        "channel",
        "platform",
        "sent",
        "delivered",
        "opens",
        "clicks",
        "orders",
        "revenue",
    ]
    key = ["campaign_id"]
    assert (
        fetched.records[columns]
        .sort_values(key)
        .reset_index(drop=True)
        .equals(imported.records[columns].sort_values(key).reset_index(drop=True))
    )


def _meta_insight(row: dict[str, str]) -> dict[str, object]:
    return {
        "campaign_id": row["Campaign ID"],
        "campaign_name": row["Campaign name"],
        "impressions": row["Impressions"],
        "reach": row["Reach"],
        "spend": row["Amount spent (EUR)"],
        "inline_link_clicks": row["Link clicks"],
        "account_currency": "EUR",
        "date_start": row["Reporting starts"],
        "date_stop": row["Reporting ends"],
        "actions": [{"action_type": "omni_purchase", "value": row["Purchases"] or "0"}],
        "action_values": [
            {"action_type": "omni_purchase", "value": row["Purchases conversion value"] or "0"}
        ],
    }


@pytest.mark.parametrize("measure", ["impressions", "reach", "clicks", "cost", "conversions", "revenue"])
def test_meta_fetch_equals_the_ads_manager_export(fake_api: FakeApi, fast_http, measure: str) -> None:
    rows = [row for row in _rows("meta_ads_campaigns.csv") if row["Campaign name"]]  # not the summary row
    fake_api.on("/v21.0/act_42/insights", Answer(body={"data": [_meta_insight(row) for row in rows]}))
    fetched = fetch_insights(
        "token",
        "42",
        date(2026, 9, 1),
        date(2026, 9, 30),
        base_url=f"{fake_api.base}/v21.0",
        settings=fast_http,
    )
    imported = import_file(DATA / "meta_ads_campaigns.csv")
    assert measure in MEASURES
    assert fetched.totals()[measure] == pytest.approx(imported.totals()[measure])
    assert sorted(fetched.records["campaign_name"]) == sorted(imported.records["campaign_name"])
    assert set(fetched.records["channel"]) == set(imported.records["channel"]) == {"paid_social"}


def test_a_fetch_in_another_currency_is_converted_for_the_report(fake_api: FakeApi, fast_http) -> None:
    from channelcompare.compare import CompareOptions, compare
    from channelcompare.currency import parse_ecb_csv
    from channelcompare.model import concat_records

    rows = [row for row in _rows("meta_ads_campaigns.csv") if row["Campaign name"]]
    insights = [dict(_meta_insight(row), account_currency="USD") for row in rows]
    fake_api.on("/v21.0/act_42/insights", Answer(body={"data": insights}))
    fetched = fetch_insights(
        "token",
        "42",
        date(2026, 9, 1),
        date(2026, 9, 30),
        base_url=f"{fake_api.base}/v21.0",
        settings=fast_http,
    )
    assert fetched.currency == "USD"
    email = import_file(DATA / "mailchimp_campaigns.csv")
    rates = parse_ecb_csv("Date,USD\n2026-09-01,1.25\n", "test rates")
    options = CompareOptions(reporting_currency="EUR", rates=rates)
    comparison = compare(concat_records([fetched.records, email.records]), options)
    paid = comparison.channels["paid_social"].metrics["cost_per_conversion"]
    usd_cost = float(fetched.records["cost"].sum())
    assert paid.numerator == pytest.approx(usd_cost / 1.25)
    assert "USD converted to EUR" in (comparison.currency_note or "")
    assert comparison.channels["paid_social"].currency == "EUR"
