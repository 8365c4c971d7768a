"""Atelier Lumen's Meta Ads Manager export for September 2026, ad level (seeded, deterministic).

Story: ~3,000 EUR spend, reach ~180k, link-click rate ~0.7%, ~40 purchases claimed under the
`7-day click or 1-day view` attribution setting, worth more than the store attributes to paid social.
Run: python resources/sample_data/generate/meta_ads.py
"""

from __future__ import annotations

import random
from typing import Any

from meta_csv import raw, report, write

SEED = 20260901
ATTRIBUTION = "7-day click or 1-day view"
PURCHASE = "actions:offsite_conversion.fb_pixel_purchase"
#: campaign, ad set, ad, result indicator, spend, CPM, frequency, link CTR %, purchases per link click
ADS = [
    (
        "Rentrée 2026 – Bougies d'automne",
        "FR 25-54 – Intérêts déco",
        "Carrousel Figue & Cèdre",
        PURCHASE,
        520,
        10.5,
        1.8,
        0.78,
        0.021,
    ),
    (
        "Rentrée 2026 – Bougies d'automne",
        "FR 25-54 – Intérêts déco",
        "Vidéo coulage de la cire",
        PURCHASE,
        410,
        9.8,
        1.75,
        0.66,
        0.017,
    ),
    (
        "Rentrée 2026 – Bougies d'automne",
        "Lookalike acheteurs 1 %",
        "Photo coffret Automne",
        PURCHASE,
        430,
        11.2,
        1.85,
        0.83,
        0.024,
    ),
    (
        "Retargeting – Visiteurs 30 jours",
        "Visiteurs site 30 j",
        "Catalogue dynamique",
        PURCHASE,
        460,
        16.5,
        3.4,
        1.12,
        0.036,
    ),
    (
        "Retargeting – Visiteurs 30 jours",
        "Visiteurs site 30 j",
        "Offre META10 – livraison offerte",
        PURCHASE,
        320,
        15.8,
        3.2,
        1.05,
        0.031,
    ),
    (
        "Notoriété – L'atelier en vidéo",
        "France 25-60",
        "Vidéo atelier 15 s",
        "reach",
        300,
        4.6,
        1.6,
        0.31,
        0.002,
    ),
    (
        "Notoriété – L'atelier en vidéo",
        "France 25-60",
        "Vidéo atelier 30 s",
        "reach",
        230,
        4.9,
        1.6,
        0.27,
        0.0,
    ),
    (
        "Trafic – Blog conseils bougies",
        "Intérêts bien-être",
        "Article : faire durer sa bougie",
        "actions:link_click",
        330,
        8.1,
        1.7,
        1.24,
        0.004,
    ),
]
HEADER = [
    "Reporting starts",
    "Reporting ends",
    "Campaign name",
    "Ad set name",
    "Ad name",
    "Ad delivery",
    "Attribution setting",
    "Result indicator",
    "Results",
    "Cost per result",
    "Amount spent (EUR)",
    "Impressions",
    "Reach",
    "Frequency",
    "Link clicks",
    "Clicks (all)",
    "CTR (link click-through rate)",
    "CPC (cost per link click) (EUR)",
    "CPM (cost per 1,000 impressions) (EUR)",
    "Post engagements",
    "Purchases",
    "Purchases conversion value",
    "Purchase ROAS (return on ad spend)",
    "Ends",
]


def ad_row(rng: random.Random, ad: tuple[Any, ...]) -> dict[str, Any]:
    campaign, ad_set, name, indicator, spend, cpm, frequency, ctr, per_click = ad
    spend = round(spend * rng.uniform(0.92, 1.08), 2)
    impressions = round(spend / (cpm * rng.uniform(0.93, 1.07)) * 1000)
    reach = round(impressions / (frequency * rng.uniform(0.95, 1.05)))
    link = round(impressions * ctr / 100 * rng.uniform(0.9, 1.1))
    purchases = sum(rng.random() < per_click for _ in range(link))
    value = round(sum(rng.uniform(34, 78) for _ in range(purchases)), 2)
    results = {"reach": reach, "actions:link_click": link}.get(indicator, purchases)
    return dict(
        campaign=campaign,
        ad_set=ad_set,
        name=name,
        indicator=indicator,
        spend=spend,
        impressions=impressions,
        reach=reach,
        link=link,
        all=round(link * rng.uniform(1.9, 2.6)),
        engagements=round(impressions * rng.uniform(0.012, 0.03)),
        purchases=purchases,
        value=value,
        results=results,
    )


def line(r: dict[str, Any], names: tuple[str, str, str], delivery: str, ends: str) -> list[object]:
    spend, link, impressions = r["spend"], r["link"], r["impressions"]
    return [
        "2026-09-01",
        "2026-09-30",
        *names,
        delivery,
        ATTRIBUTION if names[0] else "",
        r["indicator"],
        r["results"] or "",
        raw(spend / r["results"]) if r["results"] else "",
        f"{spend:.2f}",
        impressions,
        r["reach"],
        raw(impressions / r["reach"]),
        link or "",
        r["all"],
        raw(link / impressions * 100),
        raw(spend / link) if link else "",
        raw(spend / impressions * 1000),
        r["engagements"],
        r["purchases"] or "",
        f"{r['value']:.2f}" if r["purchases"] else "",
        raw(r["value"] / spend) if r["purchases"] else "",
        ends,
    ]


def main() -> None:
    rng = random.Random(SEED)
    ads = [ad_row(rng, ad) for ad in ADS]
    total = {
        k: sum(a[k] for a in ads) for k in ("spend", "impressions", "link", "all", "engagements", "purchases")
    }
    total.update(value=round(sum(a["value"] for a in ads), 2), indicator="", results=0)
    total["reach"] = round(sum(a["reach"] for a in ads) * 0.81)  # account reach counts each person once
    rows = [line(total, ("", "", ""), "", "")]
    for a in ads:
        delivery = "inactive" if a["indicator"] == "reach" else "active"
        rows.append(line(a, (a["campaign"], a["ad_set"], a["name"]), delivery, "Ongoing"))
    path = write("meta_ads_sept_2026.csv", HEADER, rows)
    report(
        f"{path.name}: spend {total['spend']:.2f}, reach {sum(a['reach'] for a in ads)}, "
        f"link CTR {total['link'] / total['impressions']:.2%}, purchases {total['purchases']}, value {total['value']}"
    )


if __name__ == "__main__":
    main()
