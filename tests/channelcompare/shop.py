"""A small synthetic month of the sample shop as canonical records (seeded, fast to build)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from channelcompare.model import normalize_records


def _posts(rng: np.random.Generator, n: int, **spec: object) -> pd.DataFrame:
    days = rng.integers(1, 31, n)
    hours = rng.choice(spec.pop("hours"), n)  # type: ignore[arg-type]
    starts = pd.to_datetime([f"2026-09-{d:02d} {h:02d}:00" for d, h in zip(days, hours, strict=True)])
    frame = pd.DataFrame(
        {"start": starts, "end": starts, "campaign_name": [f"{spec['platform']} {i}" for i in range(n)]}
    )
    for name, value in spec.items():
        frame[name] = value
    return frame


def shop_records(seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    email = _posts(rng, 12, platform="mailchimp", channel="email", currency="EUR", hours=[9, 10, 18])
    email["sent"] = rng.integers(18200, 18600, 12)
    email["delivered"] = email["sent"] - rng.integers(100, 300, 12)
    email["opens"] = np.round(email["delivered"] * rng.uniform(0.35, 0.45, 12))
    email["clicks"] = np.round(email["delivered"] * rng.uniform(0.025, 0.035, 12))
    email["conversions"] = np.round(email["delivered"] * rng.uniform(0.002, 0.003, 12))
    email["revenue"] = email["conversions"] * 48.0
    email["attribution"] = "5-day open or click"
    meta = _posts(rng, 8, platform="meta", channel="paid_social", currency="EUR", hours=[12])
    meta["reach"] = rng.integers(20000, 25000, 8)
    meta["impressions"] = meta["reach"] * 2
    meta["clicks"] = np.round(meta["reach"] * rng.uniform(0.006, 0.008, 8))
    meta["conversions"] = rng.integers(3, 8, 8)
    meta["revenue"] = meta["conversions"] * 52.0
    meta["cost"] = 375.0
    meta["attribution"] = "7-day click, 1-day view"
    insta = _posts(rng, 30, platform="instagram", channel="organic_social", hours=[8, 12, 19, 21])
    insta["reach"] = rng.integers(2000, 3000, 30)
    insta["engagements"] = np.round(insta["reach"] * rng.uniform(0.02, 0.04, 30))
    insta["clicks"] = rng.integers(0, 3, 30)
    facebook = _posts(rng, 20, platform="facebook", channel="organic_social", hours=[12, 18])
    facebook["reach"] = rng.integers(600, 1000, 20)
    facebook["engagements"] = np.round(facebook["reach"] * rng.uniform(0.01, 0.03, 20))
    facebook["clicks"] = np.round(facebook["reach"] * rng.uniform(0.002, 0.006, 20))
    linkedin = _posts(rng, 2, platform="linkedin", channel="organic_social", hours=[8])
    linkedin["reach"] = [300.0, 250.0]
    linkedin["clicks"] = [4.0, 2.0]
    linkedin["engagements"] = [12.0, 9.0]
    frames = [email, meta, insta, facebook, linkedin]
    return normalize_records(pd.concat(frames, ignore_index=True).assign(source_line=range(2, 74)))
