"""Small canonical imports for workspace tests: Meta campaigns per day, as weekly and monthly exports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from channelcompare.model import normalize_records
from channelcompare.sources import ImportResult, Rejection
from channelcompare.workspace import Workspace


def daily_export(
    name: str, days: Iterable[int], campaigns: tuple[str, ...] = ("Rentrée", "Bougies d'automne")
) -> ImportResult:
    """A Meta Ads export with one row per campaign and September day: 100 link clicks, 20 EUR each."""
    rows = [
        {
            "platform": "meta",
            "channel": "paid_social",
            "campaign_id": f"c-{campaign}",
            "campaign_name": campaign,
            "start": f"2026-09-{day:02d}",
            "end": f"2026-09-{day:02d}",
            "impressions": 4000.0,
            "clicks": 100.0,
            "cost": 20.0,
            "source_line": index + 2,
        }
        for index, (day, campaign) in enumerate((d, c) for d in days for c in campaigns)
    ]
    return ImportResult(
        path=f"/exports/{name}",
        format_id="meta_ads",
        platform="meta",
        records=normalize_records(pd.DataFrame(rows)),
        currency="EUR",
    )


def period_export(name: str, first: int, last: int, campaign: str = "Rentrée") -> ImportResult:
    """One row covering a reporting period (days first..last of September), as a Meta 'All' export."""
    frame = pd.DataFrame(
        {
            "platform": ["meta"],
            "channel": ["paid_social"],
            "campaign_id": [f"c-{campaign}"],
            "start": [f"2026-09-{first:02d}"],
            "end": [f"2026-09-{last:02d}"],
            "clicks": [100.0 * (last - first + 1)],
        }
    )
    return ImportResult(f"/exports/{name}", "meta_ads", "meta", normalize_records(frame))


def mailchimp_export() -> ImportResult:
    """Email rows with measures the source does not carry (NaN) and a rejected row."""
    frame = pd.DataFrame(
        {
            "platform": ["mailchimp", "mailchimp"],
            "channel": ["email", "email"],
            "campaign_id": ["nl-01", "nl-02"],
            "campaign_name": ["Newsletter de septembre", "Édition spéciale"],
            "start": ["2026-09-03 09:30", None],
            "delivered": [18000.0, 17950.0],
            "clicks": [540.0, np.nan],
            "revenue": [np.nan, 1250.5],
        }
    )
    return ImportResult(
        "/exports/campaigns.csv",
        "mailchimp_campaigns",
        "mailchimp",
        normalize_records(frame),
        rejected=[Rejection(7, "Emails Sent", "'lots' is not a number")],
        warnings=["2 campaigns have more clicks than opens"],
        currency="EUR",
    )


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "analysis.ccws"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(workspace_path)
    yield ws
    ws.close()
