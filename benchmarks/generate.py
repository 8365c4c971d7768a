"""Platform-shaped exports for the benchmarks, seeded and cached in benchmarks/.cache (outside git).

    .venv/bin/python benchmarks/generate.py [ROWS ...]      # default: 10k, 100k and 1M of every kind

Each file has the shape of the real export (docs/formats.md): Meta Ads daily ad-level (UTF-8 with BOM,
sentence-case headers, `Amount spent (EUR)`, `Reporting starts`/`ends` one day apart, campaign, ad set and
ad names, zeros left blank as Meta does), Mailchimp's campaign list (`Sep 02, 2026 09:30 am`, `42.90%`,
`n/a` analytics columns), X's content export (BOM, `Thu, Sep 3, 2026`, `"1,234"`, multi-line post texts)
and Shopify's orders export (one row per line item; order columns on the first row only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

CACHE = Path(__file__).resolve().parent / ".cache"
SIZES = (10_000, 100_000, 1_000_000)
DAYS = pd.date_range("2025-10-01", periods=365, freq="D")

META_HEADER = (
    "Reporting starts", "Reporting ends", "Campaign name", "Campaign ID", "Ad set name", "Ad set ID",
    "Ad name", "Ad ID", "Ad delivery", "Attribution setting", "Result indicator", "Results",
    "Cost per result", "Amount spent (EUR)", "Impressions", "Reach", "Frequency",
    "CPM (cost per 1,000 impressions) (EUR)", "Link clicks", "Clicks (all)",
    "CTR (link click-through rate)", "CPC (cost per link click) (EUR)", "Post engagements", "Purchases",
    "Purchases conversion value", "Purchase ROAS (return on ad spend)",
)  # fmt: skip
_THEMES = ("Rentrée", "Collection Noël", "Fête des mères", "Soldes d'été", "Black Friday", "Saint-Valentin",
           "Figue & Cèdre", "Bougies d'automne", "Retargeting panier", "Lookalike clients")  # fmt: skip
_CREATIVES = ("Carrousel", "Vidéo 15 s", "Image unique", "Story", "Reel", "Collection")


def path_for(kind: str, rows: int, suffix: str = "csv") -> Path:
    return CACHE / f"{kind}_{rows}.{suffix}"


def ensure(kind: str, rows: int, suffix: str = "csv") -> Path:
    """The cached export of `kind` with `rows` data rows, written on first use."""
    path = path_for(kind, rows, suffix)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        frame = GENERATORS[kind](rows)
        partial = path.with_name(path.name + ".part")
        if suffix == "xlsx":
            _write_xlsx(frame, partial, kind)
        else:
            _write_csv(frame, partial, kind)
        partial.replace(path)
    return path


def meta_ads(rows: int, seed: int = 1) -> pd.DataFrame:
    """Daily ad-level Meta Ads rows: ads x days, 3 ads per ad set, 4 ad sets per campaign."""
    rng = np.random.default_rng(seed)
    ads = -(-rows // len(DAYS))
    ad = np.arange(rows) // len(DAYS)
    day = DAYS[np.arange(rows) % len(DAYS)].strftime("%Y-%m-%d")
    adset, campaign = ad // 3, ad // 12
    theme = np.array(_THEMES, dtype=object)[campaign % len(_THEMES)]
    creative = np.array(_CREATIVES, dtype=object)[ad % len(_CREATIVES)]
    quality = rng.lognormal(0, 0.4, ads)[ad]
    reach = np.maximum(rng.poisson(900 * quality), 0)
    impressions = reach + rng.poisson(reach * 0.6)
    clicks = rng.binomial(impressions, np.minimum(0.006 * quality, 0.5))
    all_clicks = clicks + rng.binomial(impressions, 0.01)
    spend = np.round(impressions * rng.uniform(0.004, 0.012, rows), 2)
    purchases = rng.binomial(clicks, 0.03)
    value = np.round(purchases * rng.gamma(6, 8, rows), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = {
            "Cost per result": spend / purchases, "Frequency": impressions / reach,
            "CPM (cost per 1,000 impressions) (EUR)": spend / impressions * 1000,
            "CTR (link click-through rate)": clicks / impressions * 100,
            "CPC (cost per link click) (EUR)": spend / clicks,
            "Purchase ROAS (return on ad spend)": value / spend,
        }  # fmt: skip
    counts = {
        "Results": purchases, "Amount spent (EUR)": spend, "Impressions": impressions, "Reach": reach,
        "Link clicks": clicks, "Clicks (all)": all_clicks, "Post engagements": all_clicks + rng.poisson(5, rows),
        "Purchases": purchases, "Purchases conversion value": value,
    }  # fmt: skip
    campaign_name = theme + " " + (2025 + campaign // len(_THEMES)).astype(str)
    frame = pd.DataFrame(
        {
            "Reporting starts": day, "Reporting ends": day, "Campaign name": campaign_name,
            "Campaign ID": (120214567890000000 + campaign).astype(str),
            "Ad set name": "FR 25-54 intérêts déco " + adset.astype(str),
            "Ad set ID": (120214567891000000 + adset).astype(str),
            "Ad name": creative + " – " + campaign_name + " #" + ad.astype(str),
            "Ad ID": (120214567892000000 + ad).astype(str), "Ad delivery": "active",
            "Attribution setting": "7-day click or 1-day view",
            "Result indicator": "actions:offsite_conversion.fb_pixel_purchase",
        }
    )  # fmt: skip
    for name, values in {**counts, **ratios}.items():  # Meta leaves zeros (and undefined ratios) blank
        column = pd.Series(values, dtype="float64")
        frame[name] = column.where(np.isfinite(column) & (column != 0))
    return frame[list(META_HEADER)]


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
                     np.array(_THEMES, dtype=object)[np.arange(rows) % len(_THEMES)],
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


def x_posts(rows: int, seed: int = 3) -> pd.DataFrame:
    """X content export rows: one post each, `1,234` counts, some texts on two lines."""
    rng = np.random.default_rng(seed)
    ids = (1833001122334455661 + np.arange(rows)).astype(str)
    posted = DAYS[rng.integers(0, len(DAYS), rows)]
    impressions = rng.integers(80, 5_000, rows)
    engagements = rng.binomial(impressions, 0.03)
    text = pd.Series(np.array(_THEMES, dtype=object)[np.arange(rows) % len(_THEMES)]) + " 🕯️"
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


def shopify_orders(rows: int, seed: int = 4) -> pd.DataFrame:
    """Shopify orders export rows: orders of 1-3 line items, order columns on each order's first row."""
    from benchmarks.shopify_shape import SHOPIFY_HEADER, shopify_frame

    return shopify_frame(rows, np.random.default_rng(seed), DAYS)[list(SHOPIFY_HEADER)]


def _percent(fraction: np.ndarray) -> pd.Series:
    return pd.Series(np.round(fraction * 100, 2)).map("{:.2f}%".format)


GENERATORS: dict[str, Callable[[int], pd.DataFrame]] = {
    "meta_ads": meta_ads,
    "mailchimp": mailchimp,
    "x_posts": x_posts,
    "shopify_orders": shopify_orders,
}
#: Encoding of each export as the platform writes it.
_ENCODING = {"meta_ads": "utf-8-sig", "x_posts": "utf-8-sig", "mailchimp": "utf-8", "shopify_orders": "utf-8"}


def _write_csv(frame: pd.DataFrame, path: Path, kind: str) -> None:
    with path.open("w", encoding=_ENCODING[kind], newline="") as handle:
        if kind == "meta_ads":  # Meta quotes every header cell of more than one word
            handle.write(",".join(f'"{c}"' if " " in c else c for c in frame.columns) + "\n")
        frame.to_csv(handle, index=False, header=kind != "meta_ads", lineterminator="\n", float_format="%.8g")


def _write_xlsx(frame: pd.DataFrame, path: Path, kind: str) -> None:
    """An xlsx as Meta's `Export table data` gives it: one sheet, the header, numbers as numbers."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Raw Data Report")
    sheet.append(list(frame.columns))
    cells = frame.astype(object).where(frame.notna(), None)
    for row in cells.itertuples(index=False, name=None):
        sheet.append(row)
    workbook.save(path)


def main(sizes: list[int]) -> None:
    for rows in sizes:
        for kind in GENERATORS:
            print(ensure(kind, rows))
    print(ensure("meta_ads", 100_000, "xlsx"))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main([int(a) for a in sys.argv[1:]] or list(SIZES))
