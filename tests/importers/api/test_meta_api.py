from __future__ import annotations

from datetime import date

import pytest

from channelcompare.errors import FetchFailed
from importers.api.meta import fetch_insights
from tests.http_fake import Answer, FakeApi

TOKEN = "EAAB-secret-token-123456"


def insight(
    campaign: str, spend: str, purchases: str | None, value: str | None, currency: str = "EUR"
) -> dict:
    row: dict[str, object] = {
        "campaign_id": f"238{abs(hash(campaign)) % 10**8}",
        "campaign_name": campaign,
        "impressions": "120000",
        "reach": "45000",
        "spend": spend,
        "inline_link_clicks": "830",
        "account_currency": currency,
        "date_start": "2026-09-01",
        "date_stop": "2026-09-30",
    }
    if purchases is not None:
        row["actions"] = [
            {"action_type": "link_click", "value": "830"},
            {"action_type": "omni_purchase", "value": purchases},
            {"action_type": "offsite_conversion.fb_pixel_purchase", "value": purchases},
        ]
        row["action_values"] = [{"action_type": "omni_purchase", "value": value}]
    return row


def test_cursor_paging_and_mapping(fake_api: FakeApi, fast_http) -> None:
    second = f"{fake_api.base}/v21.0/act_42/insights?after=Mw&limit=100"
    fake_api.on(
        "/v21.0/act_42/insights",
        Answer(
            body={
                "data": [insight("Rentrée – prospection", "812.40", "11", "523.90")],
                "paging": {"next": second},
            }
        ),
        Answer(
            body={"data": [insight("Retargeting panier", "401.10", None, None)], "paging": {"cursors": {}}}
        ),
    )
    result = fetch_insights(
        TOKEN,
        "42",
        date(2026, 9, 1),
        date(2026, 9, 30),
        base_url=f"{fake_api.base}/v21.0",
        settings=fast_http,
    )
    first_query = fake_api.requests[0][1]
    assert first_query["level"] == ["campaign"]
    assert '"since": "2026-09-01"' in first_query["time_range"][0]
    assert fake_api.requests[0][2]["Authorization"] == f"Bearer {TOKEN}"
    assert all(TOKEN not in path + str(query) for path, query, _ in fake_api.requests)
    totals = result.totals()
    assert totals["cost"] == pytest.approx(1213.50)
    assert totals["clicks"] == 1660
    assert totals["conversions"] == 11  # purchases counted once, not once per action type
    assert totals["revenue"] == pytest.approx(523.90)
    assert result.currency == "EUR"
    assert set(result.records["attribution"]) == {"7-day click, 1-day view"}
    assert set(result.records["channel"]) == {"paid_social"}


def test_paging_link_to_another_host_is_not_followed(fake_api: FakeApi, fast_http) -> None:
    fake_api.on(
        "/v21.0/act_42/insights",
        Answer(
            body={"data": [insight("A", "1", "0", "0")], "paging": {"next": "https://evil.example/steal"}}
        ),
    )
    with pytest.raises(FetchFailed, match="another server"):
        fetch_insights(
            TOKEN,
            "act_42",
            date(2026, 9, 1),
            date(2026, 9, 30),
            base_url=f"{fake_api.base}/v21.0",
            settings=fast_http,
        )


def test_forbidden_token_message_never_contains_the_token(fake_api: FakeApi, fast_http) -> None:
    fake_api.on(
        "/v21.0/act_42/insights",
        Answer(403, {"error": {"message": "Invalid OAuth access token", "code": 190}}),
    )
    with pytest.raises(FetchFailed, match="refused the API key") as error:
        fetch_insights(
            TOKEN,
            "42",
            date(2026, 9, 1),
            date(2026, 9, 30),
            base_url=f"{fake_api.base}/v21.0",
            settings=fast_http,
        )
    assert TOKEN not in str(error.value)


def test_server_errors_are_retried_then_reported(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/v21.0/act_42/insights", Answer(503, {"error": "down"}))
    with pytest.raises(FetchFailed, match="HTTP 503"):
        fetch_insights(
            TOKEN,
            "42",
            date(2026, 9, 1),
            date(2026, 9, 30),
            base_url=f"{fake_api.base}/v21.0",
            settings=fast_http,
        )
    assert len(fake_api.requests) == 1 + fast_http.retries


def test_non_numeric_value_is_malformed(fake_api: FakeApi, fast_http) -> None:
    bad = insight("A", "lots", "1", "2")
    fake_api.on("/v21.0/act_42/insights", Answer(body={"data": [bad]}))
    with pytest.raises(FetchFailed, match="not a number"):
        fetch_insights(
            TOKEN,
            "42",
            date(2026, 9, 1),
            date(2026, 9, 30),
            base_url=f"{fake_api.base}/v21.0",
            settings=fast_http,
        )
