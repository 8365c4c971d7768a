from __future__ import annotations

import logging
from datetime import date

import pytest

from channelcompare.errors import Cancelled, FetchFailed
from importers.api.mailchimp import data_centre, fetch_reports
from tests.http_fake import Answer, FakeApi

KEY = "0123456789abcdef0123456789abcdef-us21"


def report(n: int, sent: int = 1000, clicks: int = 30, revenue: float = 96.0) -> dict[str, object]:
    """One report object as GET /3.0/reports documents it (fields we use, plus some we ignore)."""
    return {
        "id": f"c{n:04d}",
        "campaign_title": f"Newsletter n°{n} – rentrée",
        "type": "regular",
        "list_name": "Clients",
        "subject_line": "Nos bougies d'automne",
        "emails_sent": sent,
        "abuse_reports": 0,
        "unsubscribed": 3,
        "send_time": f"2026-09-{n:02d}T07:30:00+00:00",
        "bounces": {"hard_bounces": 4, "soft_bounces": 5, "syntax_errors": 1},
        "forwards": {"forwards_count": 0, "forwards_opens": 0},
        "opens": {"opens_total": 900, "unique_opens": 420, "open_rate": 0.4242, "last_open": ""},
        "clicks": {
            "clicks_total": 50,
            "unique_clicks": 35,
            "unique_subscriber_clicks": clicks,
            "click_rate": 0.0303,
        },
        "ecommerce": {
            "total_orders": 2,
            "total_spent": 100.0,
            "total_revenue": revenue,
            "currency_code": "EUR",
        },
    }


def page(reports: list[dict[str, object]], total: int) -> Answer:
    return Answer(body={"reports": reports, "campaign_id": "", "total_items": total, "_links": []})


def test_data_centre_comes_from_the_key_suffix() -> None:
    assert data_centre(KEY) == "us21"
    with pytest.raises(FetchFailed, match="not a Mailchimp API key"):
        data_centre("hello")


def test_fetch_pages_through_every_report_and_maps_like_the_export(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", page([report(1), report(2)], 3), page([report(3, sent=500)], 3))
    result = fetch_reports(
        KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
    )
    assert [q.get("offset") for _, q, _ in fake_api.requests] == [["0"], ["2"]]
    totals = result.totals()
    assert totals["sent"] == 2500
    assert totals["delivered"] == 2500 - 3 * 10
    assert totals["clicks"] == 90
    assert totals["opens"] == 3 * 420
    assert totals["orders"] == 6
    assert totals["revenue"] == pytest.approx(288.0)
    assert totals["cost"] is None
    assert result.currency == "EUR"
    assert set(result.records["channel"]) == {"email"}
    assert result.records.loc[0, "campaign_name"] == "Newsletter n°1 – rentrée"
    assert str(result.records.loc[0, "start"]) == "2026-09-01 07:30:00"


def test_rate_limit_is_retried_honouring_retry_after(fake_api: FakeApi, fast_http) -> None:
    fake_api.on(
        "/3.0/reports",
        Answer(429, {"title": "Too Many Requests"}, headers={"Retry-After": "0"}),
        page([report(1)], 1),
    )
    result = fetch_reports(
        KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
    )
    assert result.rows == 1
    assert len(fake_api.requests) == 2


def test_refused_key_gives_a_clear_message_without_the_key(fake_api: FakeApi, fast_http, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    fake_api.on("/3.0/reports", Answer(401, {"title": "API Key Invalid"}))
    with pytest.raises(FetchFailed, match="refused the API key") as error:
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
        )
    assert KEY not in str(error.value)
    assert KEY not in caplog.text
    assert KEY[:32] not in caplog.text


def test_malformed_json_and_wrong_shape_save_nothing(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", Answer(raw=b"{not json"))
    with pytest.raises(FetchFailed, match="not valid JSON"):
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
        )
    fake_api.answers.clear()
    fake_api.on("/3.0/reports", Answer(body={"something": "else"}))
    with pytest.raises(FetchFailed, match="no 'reports' list"):
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
        )


def test_a_failure_on_a_later_page_returns_nothing_partial(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", page([report(1)], 2), Answer(500, {"title": "oops"}))
    with pytest.raises(FetchFailed, match="HTTP 500"):
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
        )


def test_timeout_and_network_down(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", Answer(body={"reports": []}, delay=1.5))
    with pytest.raises(FetchFailed, match="did not answer in time"):
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url=f"{fake_api.base}/3.0", settings=fast_http
        )
    with pytest.raises(FetchFailed, match="network seems down"):
        fetch_reports(
            KEY, date(2026, 9, 1), date(2026, 9, 30), base_url="http://127.0.0.1:9/3.0", settings=fast_http
        )


def test_cancel_stops_before_saving(fake_api: FakeApi, fast_http) -> None:
    fake_api.on("/3.0/reports", page([report(1)], 5))
    with pytest.raises(Cancelled):
        fetch_reports(
            KEY,
            date(2026, 9, 1),
            date(2026, 9, 30),
            base_url=f"{fake_api.base}/3.0",
            settings=fast_http,
            cancelled=lambda: True,
        )


def test_plain_http_is_refused_outside_loopback() -> None:
    with pytest.raises(FetchFailed, match="not allowed"):
        fetch_reports(KEY, date(2026, 9, 1), date(2026, 9, 30), base_url="http://example.com/3.0")
