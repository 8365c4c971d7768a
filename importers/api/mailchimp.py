"""Mailchimp Marketing API v3: campaign reports, mapped exactly like the campaign list export.

The API key ends in `-usN`, the data centre: requests go to `https://usN.api.mailchimp.com/3.0`.
Definitions match `importers/mailchimp_campaigns.py`: sent = emails_sent (Total Recipients), delivered =
sent - bounces (Successful Deliveries), opens = unique opens, clicks = unique subscriber clicks (Unique
Clicks), orders and conversions = e-commerce total orders, revenue = e-commerce total revenue.
"""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from channelcompare.errors import Cancelled, FetchFailed
from channelcompare.model import normalize_records
from channelcompare.sources import ImportResult
from importers.api.http import HttpSettings, check_base_url, get_json, make_session
from importers.api.secrets import forbid_core_dumps
from importers.base import CancelCheck, Progress, never_cancelled, no_progress

SERVICE = "Mailchimp"
PAGE_SIZE = 100
_KEY = re.compile(r"^[0-9a-f]{32}-(us\d{1,3})$")


def data_centre(api_key: str) -> str:
    """The `usN` data centre from a Mailchimp API key, or FetchFailed saying what a key looks like."""
    match = _KEY.match(api_key.strip())
    if not match:
        raise FetchFailed(
            "This is not a Mailchimp API key: it should be 32 hexadecimal characters followed by "
            "'-us' and a number (for example ...-us21). Create one under Account > Extras > API keys."
        )
    return match.group(1)


def fetch_reports(
    api_key: str,
    since: date,
    until: date,
    *,
    base_url: str | None = None,
    settings: HttpSettings | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> ImportResult:
    """Every campaign report sent between `since` and `until` (inclusive). Nothing partial on failure."""
    forbid_core_dumps()  # the key is in this process now
    settings = settings or HttpSettings()
    base = check_base_url(base_url or f"https://{data_centre(api_key)}.api.mailchimp.com/3.0")
    credentials = base64.b64encode(f"channelcompare:{api_key.strip()}".encode()).decode("ascii")
    session = make_session(settings, {"Authorization": f"Basic {credentials}"}, SERVICE)
    reports: list[dict[str, Any]] = []
    with session:
        while True:
            if cancelled():
                raise Cancelled("Mailchimp fetch cancelled; nothing was saved.")
            page = get_json(
                session,
                f"{base}/reports",
                settings,
                SERVICE,
                count=PAGE_SIZE,
                offset=len(reports),
                since_send_time=f"{since.isoformat()}T00:00:00+00:00",
                before_send_time=f"{until.isoformat()}T23:59:59+00:00",
            )
            batch, total = _page_items(page)
            reports.extend(batch)
            progress(min(1.0, len(reports) / total) if total else 1.0)
            if not batch or len(reports) >= total:
                break
    return ImportResult(
        path=f"Mailchimp API ({since.isoformat()} to {until.isoformat()})",
        format_id="mailchimp_api",
        platform="mailchimp",
        records=reports_to_records(reports, Path("mailchimp-api")),
        currency=_currency(reports),
    )


def _page_items(page: Any) -> tuple[list[dict[str, Any]], int]:
    if not isinstance(page, dict) or not isinstance(page.get("reports"), list):
        raise FetchFailed("Mailchimp's answer has no 'reports' list; nothing was saved.")
    total = page.get("total_items")
    return [r for r in page["reports"] if isinstance(r, dict)], int(total) if isinstance(total, int) else 0


def reports_to_records(reports: list[dict[str, Any]], source: Path) -> pd.DataFrame:
    """Canonical records from Mailchimp report objects."""
    rows = [_report_row(report) for report in reports]
    frame = pd.DataFrame(rows)
    if rows:
        frame["send_time"] = pd.to_datetime(frame.pop("send_time"), utc=True, errors="coerce").dt.tz_localize(
            None
        )
        frame["start"] = frame["end"] = frame.pop("send_time")
    frame["source_file"] = source.name
    frame["format_id"], frame["platform"], frame["channel"] = "mailchimp_api", "mailchimp", "email"
    return normalize_records(frame)


def _report_row(report: dict[str, Any]) -> dict[str, Any]:
    bounces = report.get("bounces") or {}
    ecommerce = report.get("ecommerce") or {}
    sent = _number(report.get("emails_sent"))
    bounced = sum(_number(bounces.get(k)) or 0 for k in ("hard_bounces", "soft_bounces", "syntax_errors"))
    return {
        "campaign_id": str(report.get("id", "")),
        "campaign_name": str(report.get("campaign_title") or report.get("subject_line") or ""),
        "send_time": report.get("send_time"),
        "sent": sent,
        "delivered": None if sent is None else sent - bounced,
        "opens": _number((report.get("opens") or {}).get("unique_opens")),
        "clicks": _number((report.get("clicks") or {}).get("unique_subscriber_clicks")),
        "orders": _number(ecommerce.get("total_orders")),
        "conversions": _number(ecommerce.get("total_orders")),
        "revenue": _number(ecommerce.get("total_revenue")),
        "currency": ecommerce.get("currency_code") or None,
    }


def _number(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError) as exc:
        raise FetchFailed(
            f"Mailchimp sent a value that is not a number ({value!r}); nothing was saved."
        ) from exc


def _currency(reports: list[dict[str, Any]]) -> str | None:
    codes = {(r.get("ecommerce") or {}).get("currency_code") for r in reports} - {None, ""}
    return codes.pop() if len(codes) == 1 else None
