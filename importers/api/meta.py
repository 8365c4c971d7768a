"""Meta Marketing API: campaign-level insights of one ad account, mapped like the Ads Manager export.

Definitions match `importers/meta_ads.py`: clicks = link clicks (`inline_link_clicks`, never all clicks),
reach and impressions as reported, cost = spend in the account currency, conversions = purchases and
revenue = purchase conversion value (from `actions` / `action_values`). The attribution setting asked for
is recorded with every row.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from channelcompare.errors import Cancelled, FetchFailed
from channelcompare.model import normalize_records
from channelcompare.sources import ImportResult
from importers.api.http import HttpSettings, check_base_url, get_json, make_session, same_origin
from importers.api.secrets import forbid_core_dumps
from importers.base import CancelCheck, Progress, never_cancelled, no_progress

SERVICE = "Meta"
API_VERSION = "v21.0"
ATTRIBUTION_WINDOWS = ("7d_click", "1d_view")
ATTRIBUTION_LABEL = "7-day click, 1-day view"
#: In order of preference: Meta reports the same purchases under several action types.
PURCHASE_TYPES = ("omni_purchase", "purchase", "offsite_conversion.fb_pixel_purchase")
FIELDS = (
    "campaign_id,campaign_name,impressions,reach,spend,inline_link_clicks,actions,action_values,"
    "account_currency,date_start,date_stop"
)
MAX_PAGES = 1000


def fetch_insights(
    token: str,
    account_id: str,
    since: date,
    until: date,
    *,
    base_url: str | None = None,
    settings: HttpSettings | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> ImportResult:
    """Campaign insights for `act_<id>` over the date range. Nothing partial on failure."""
    forbid_core_dumps()  # the key is in this process now
    settings = settings or HttpSettings()
    base = check_base_url(base_url or f"https://graph.facebook.com/{API_VERSION}")
    account = account_id if account_id.startswith("act_") else f"act_{account_id}"
    session = make_session(settings, {"Authorization": f"Bearer {token.strip()}"}, SERVICE)
    rows: list[dict[str, Any]] = []
    url: str | None = f"{base}/{account}/insights"
    params: dict[str, Any] = {
        "level": "campaign",
        "time_range": json.dumps({"since": since.isoformat(), "until": until.isoformat()}),
        "fields": FIELDS,
        "action_attribution_windows": json.dumps(list(ATTRIBUTION_WINDOWS)),
        "limit": 100,
    }
    with session:
        for page_number in range(MAX_PAGES):
            if cancelled():
                raise Cancelled("Meta fetch cancelled; nothing was saved.")
            page = get_json(session, url, settings, SERVICE, **params) if url else {}
            rows.extend(_page_rows(page))
            url, params = _next_page(page, base), {}
            progress(1.0 if url is None else page_number / (page_number + 2))
            if url is None:
                break
    return ImportResult(
        path=f"Meta API {account} ({since.isoformat()} to {until.isoformat()})",
        format_id="meta_api",
        platform="meta",
        records=insights_to_records(rows, Path("meta-api")),
        currency=_currency(rows),
    )


def _page_rows(page: Any) -> list[dict[str, Any]]:
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        raise FetchFailed("Meta's answer has no 'data' list; nothing was saved.")
    return [row for row in page["data"] if isinstance(row, dict)]


def _next_page(page: dict[str, Any], base: str) -> str | None:
    link = (page.get("paging") or {}).get("next")
    if not link:
        return None
    if not same_origin(str(link), base):
        raise FetchFailed(
            "Meta's paging link points to another server; it was not followed and nothing was saved."
        )
    return str(link)


def insights_to_records(rows: list[dict[str, Any]], source: Path) -> pd.DataFrame:
    """Canonical records from insights rows."""
    frame = pd.DataFrame([_insight_row(row) for row in rows])
    frame["source_file"] = source.name
    frame["format_id"], frame["platform"], frame["channel"] = "meta_api", "meta", "paid_social"
    frame["attribution"] = ATTRIBUTION_LABEL
    return normalize_records(frame)


def _insight_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "campaign_id": str(row.get("campaign_id", "")),
        "campaign_name": str(row.get("campaign_name", "")),
        "start": row.get("date_start"),
        "end": row.get("date_stop"),
        "currency": row.get("account_currency") or None,
        "impressions": _number(row.get("impressions")),
        "reach": _number(row.get("reach")),
        "clicks": _number(row.get("inline_link_clicks")),
        "cost": _number(row.get("spend")),
        "conversions": _action(row.get("actions")),
        "revenue": _action(row.get("action_values")),
    }


def _action(actions: Any) -> float | None:
    """The purchase count or value from an actions list, by preferred action type.

    Meta leaves out actions whose value is zero, and the field was requested: absent means 0.
    """
    if actions is None:
        return 0.0
    if not isinstance(actions, list):
        raise FetchFailed("Meta sent an 'actions' field that is not a list; nothing was saved.")
    by_type = {a.get("action_type"): a.get("value") for a in actions if isinstance(a, dict)}
    for action_type in PURCHASE_TYPES:
        if action_type in by_type:
            return _number(by_type[action_type])
    return 0.0


def _number(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError) as exc:
        raise FetchFailed(f"Meta sent a value that is not a number ({value!r}); nothing was saved.") from exc


def _currency(rows: list[dict[str, Any]]) -> str | None:
    codes = {row.get("account_currency") for row in rows} - {None, ""}
    return codes.pop() if len(codes) == 1 else None
