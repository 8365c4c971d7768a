"""A synthetic two-month canonical table for the views' tests: email, flows, Meta, Instagram, Facebook and
Shopify orders, with send/post times, so every view has something real to show (seeded, ~0.1 s)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from channelcompare.model import normalize_records


def _sends(rng: np.random.Generator, n: int, hours: list[int], platform: str, channel: str) -> pd.DataFrame:
    days = pd.Timestamp("2026-08-01") + pd.to_timedelta(rng.integers(0, 61, n), unit="D")
    starts = days + pd.to_timedelta(rng.choice(hours, n), unit="h")
    return pd.DataFrame(
        {
            "start": starts,
            "end": starts,
            "platform": platform,
            "channel": channel,
            "currency": "EUR",
            "campaign_name": [f"{platform} n°{i} – été" for i in range(n)],
        }
    )


def _email(rng: np.random.Generator) -> pd.DataFrame:
    email = _sends(rng, 24, [9, 10, 18], "mailchimp", "email")
    email["sent"] = rng.integers(18200, 18600, len(email)).astype(float)
    email["delivered"] = email["sent"] - rng.integers(100, 300, len(email))
    email["opens"] = np.round(email["delivered"] * rng.uniform(0.35, 0.45, len(email)))
    email["clicks"] = np.round(email["delivered"] * rng.uniform(0.025, 0.035, len(email)))
    email["conversions"] = np.round(email["delivered"] * rng.uniform(0.002, 0.003, len(email)))
    email["revenue"] = email["conversions"] * 48.0
    email["attribution"] = "5-day open or click"
    return email


def _flows(rng: np.random.Generator) -> pd.DataFrame:
    flows = pd.DataFrame(
        {"campaign_name": ["Welcome", "Abandoned cart", "Post-purchase", "Browse abandonment"] * 2}
    )
    flows["start"] = pd.to_datetime(["2026-08-01"] * 4 + ["2026-09-01"] * 4)
    flows["end"] = pd.to_datetime(["2026-08-31"] * 4 + ["2026-09-30"] * 4)
    flows["platform"], flows["channel"], flows["currency"] = "klaviyo", "email_automation", "EUR"
    flows["delivered"] = rng.integers(800, 2000, len(flows)).astype(float)
    flows["clicks"] = np.round(flows["delivered"] * rng.uniform(0.05, 0.1, len(flows)))
    flows["conversions"] = np.round(flows["delivered"] * rng.uniform(0.01, 0.03, len(flows)))
    flows["revenue"] = flows["conversions"] * 50.0
    return flows


def _social(rng: np.random.Generator) -> list[pd.DataFrame]:
    meta = _sends(rng, 16, [12], "meta", "paid_social")
    meta["reach"] = rng.integers(20000, 25000, len(meta)).astype(float)
    meta["impressions"] = meta["reach"] * 2
    meta["clicks"] = np.round(meta["reach"] * rng.uniform(0.006, 0.008, len(meta)))
    meta["engagements"] = np.round(meta["reach"] * rng.uniform(0.02, 0.03, len(meta)))
    meta["conversions"] = rng.integers(3, 8, len(meta)).astype(float)
    meta["revenue"] = meta["conversions"] * 52.0
    meta["cost"] = 375.0
    meta["attribution"] = "7-day click, 1-day view"
    insta = _sends(rng, 60, [8, 12, 19, 21], "instagram", "organic_social")
    insta["reach"] = rng.integers(2000, 3000, len(insta)).astype(float)
    insta["engagements"] = np.round(insta["reach"] * rng.uniform(0.02, 0.04, len(insta)))
    insta["clicks"] = rng.integers(0, 3, len(insta)).astype(float)
    facebook = _sends(rng, 40, [12, 18], "facebook", "organic_social")
    facebook["reach"] = rng.integers(600, 1000, len(facebook)).astype(float)
    facebook["engagements"] = np.round(facebook["reach"] * rng.uniform(0.01, 0.03, len(facebook)))
    facebook["clicks"] = np.round(facebook["reach"] * rng.uniform(0.002, 0.006, len(facebook)))
    return [meta, insta, facebook]


def _orders(rng: np.random.Generator, n: int = 300) -> pd.DataFrame:
    starts = pd.Timestamp("2026-09-01") + pd.to_timedelta(rng.integers(0, 30 * 24, n), unit="h")
    codes = rng.choice(["NLSEPT", "WELCOME10", "INSTA15", "", "", ""], n)
    return pd.DataFrame(
        {
            "start": starts,
            "end": starts,
            "platform": "shopify",
            "channel": "other",
            "currency": "EUR",
            "campaign_name": [f"#{1000 + i}" for i in range(n)],
            "orders": 1.0,
            "revenue": np.round(rng.normal(48, 12, n), 2),
            "discount_code": codes,
        }
    )


def shop_records(seed: int = 11, orders: bool = True) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frames = [_email(rng), _flows(rng), *_social(rng)]
    if orders:
        frames.append(_orders(rng))
    table = pd.concat(frames, ignore_index=True)
    return normalize_records(table.assign(source_line=range(2, 2 + len(table)), source_file="synthetic.csv"))


def undated(records: pd.DataFrame) -> pd.DataFrame:
    """The same records with times at midnight: no source carries an hour, so no timing."""
    out = records.copy()
    out["start"] = out["start"].dt.normalize()
    out["end"] = out["end"].dt.normalize()
    return out
