"""Mailchimp's campaign list (plain UTF-8, `Sep 02, 2026 09:30 am`, `42.90%`, `n/a` analytics columns) and
X's content export (UTF-8 with BOM, `Thu, Sep 3, 2026`, `"1,234"`, some post texts on two lines)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmarks.shapes import DAYS, THEMES, shape


@shape()
def mailchimp(rows: int, seed: int = 2) -> pd.DataFrame:
    """Mailchimp campaign list rows: one campaign each, sent at varying hours over the year."""
    rng = np.random.default_rng(seed)
    sent_at = DAYS[rng.integers(0, len(DAYS), rows)] + pd.to_timedelta(
        rng.integers(7 * 60, 21 * 60, rows), "min"
    )
    recipients = rng.integers(2_000, 40_000, rows)
    bounces = rng.binomial(recipients, 0.01)
    delivered = recipients - bounces
    opens = rng.binomial(delivered, 0.4)
    clicks = rng.binomial(opens, 0.07)
    orders = rng.binomial(clicks, 0.08)
    revenue = np.round(orders * rng.gamma(6, 8, rows), 2)
    frame = pd.DataFrame(
        {
            "Title": "Newsletter " + pd.Series(np.arange(rows)).astype(str) + " : " +
                     np.array(THEMES, dtype=object)[np.arange(rows) % len(THEMES)],
            "Subject": "Nos bougies, édition " + pd.Series(np.arange(rows)).astype(str),
            "List": "Atelier Lumen - Clients", "Send Date": sent_at.strftime("%b %d, %Y %I:%M %p").str.lower()
            .str.capitalize(), "Send Weekday": sent_at.day_name(),
            "Total Recipients": recipients, "Successful Deliveries": delivered, "Soft Bounces": bounces // 2,
            "Hard Bounces": bounces - bounces // 2, "Total Bounces": bounces, "Times Forwarded": 0,
            "Forwarded Opens": 0, "Unique Opens": opens, "Open Rate": _percent(opens / delivered),
            "Total Opens": opens + opens // 2, "Unique Clicks": clicks, "Click Rate": _percent(clicks / delivered),
            "Total Clicks": clicks + clicks // 3, "Unsubscribes": rng.binomial(delivered, 0.001),
            "Abuse Complaints": 0, "Times Liked on Facebook": 0, "Folder Id": 0,
            "Unique Id": pd.Series(rng.integers(16**9, 16**10, rows)).map("{:x}".format),
            "Total Orders": orders, "Total Gross Sales": np.round(revenue * 1.08, 2), "Total Revenue": revenue,
        }
    )  # fmt: skip
    for name in ("Analytics ROI", "Campaign Cost", "Revenue Created", "Visits", "New Visits", "Pages/Visit",
                 "Bounce Rate", "Time on Site", "Goal Conversion Rate", "Per Visit Goal Value", "Transactions",
                 "Ecommerce Conversion Rate", "Per Visit Value", "Average Value"):  # fmt: skip
        frame[name] = "n/a"
    return frame


@shape(encoding="utf-8-sig")
def x_posts(rows: int, seed: int = 3) -> pd.DataFrame:
    """X content export rows: one post each, `1,234` counts, some texts on two lines."""
    rng = np.random.default_rng(seed)
    ids = (1833001122334455661 + np.arange(rows)).astype(str)
    posted = DAYS[rng.integers(0, len(DAYS), rows)]
    impressions = rng.integers(80, 5_000, rows)
    engagements = rng.binomial(impressions, 0.03)
    text = pd.Series(np.array(THEMES, dtype=object)[np.arange(rows) % len(THEMES)]) + " 🕯️"
    text = text.where(np.arange(rows) % 7 != 0, text + "\nCire de soja et mèches en coton.")
    frame = pd.DataFrame(
        {
            "Post id": ids, "Date": posted.strftime("%a, %b ") + posted.day.astype(str) + posted.strftime(", %Y"),
            "Post text": text, "Post Link": "https://x.com/atelierlumen/status/" + pd.Series(ids),
            "Impressions": pd.Series(impressions).map("{:,}".format), "Likes": engagements // 3,
            "Engagements": engagements, "Bookmarks": engagements // 20, "Shares": engagements // 30,
            "New follows": rng.binomial(engagements, 0.02), "Replies": engagements // 15,
            "Reposts": engagements // 12, "Profile visits": engagements // 8, "Detail Expands": engagements // 4,
            "URL Clicks": rng.binomial(engagements, 0.1), "Hashtag Clicks": 0, "Permalink Clicks": 0,
        }
    )  # fmt: skip
    return frame


def _percent(fraction: np.ndarray) -> pd.Series:
    return pd.Series(np.round(fraction * 100, 2)).map("{:.2f}%".format)
