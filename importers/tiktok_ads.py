"""TikTok Ads Manager custom report (Reporting → custom report → Export, CSV or XLSX).

TikTok's own definitions, kept as TikTok states them:
- clicks are `Clicks (destination)` (clicks to the advertiser's destination); `Clicks (all)` also counts
  profile, music and hashtag clicks and is never used. TikTok's `CTR (destination)` is destination clicks
  / impressions.
- conversions are `Complete payment` (purchases reported by the pixel), else `Conversions` (the
  campaign's optimisation event, which may not be a purchase).
- revenue is `Complete payment value` (or `Total Purchase Value`), else `Purchase ROAS` x cost (derived).
- cost is `Cost` in the row's `Currency`; reach is `Reach` (unique users per row).
Some exports write a full-width parenthesis (`Website URL (Ad level）`): names match either form.
Rows whose first cell starts with `Total` are totals and are left out with a warning.
Channel `paid_social`, platform `tiktok`.
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import (
    ad_group_identity,
    header_has,
    roas_revenue,
    single_currency,
    skip_total_rows,
)
from importers.tabular import read_table


def _names(*names: str) -> tuple[str, ...]:
    """Each name, and its forms with full-width parentheses (`（`, `）`) as some TikTok exports write."""
    variants = [(n, n.replace(")", "）"), n.replace("(", "（").replace(")", "）")) for n in names]
    return tuple(dict.fromkeys(v for group in variants for v in group))


CLICKS = _names("Clicks (destination)", "Clicks (Destination)")
SIGNATURE = (*CLICKS, *_names("CTR (destination)"), "Complete payment")
NAMES: dict[str, tuple[str, ...]] = {
    "date": ("Date", "By Day", "Day"),
    "currency": ("Currency",),
    "cost": ("Cost",),
    "impressions": ("Impressions", "Impression"),
    "reach": ("Reach",),
    "payments": ("Complete payment", "Purchases"),
    "conversions": ("Conversions", "Result"),
    "value": ("Complete payment value", "Total Purchase Value", "Total complete payment value"),
    "roas": _names("Purchase ROAS", "Complete payment ROAS", "ROAS (complete payment)"),
}


class TikTokAds:
    format_id = "tiktok_ads"
    platform = "tiktok"
    label = "TikTok Ads Manager report"

    def score(self, sample: FileSample) -> int:
        return 85 if header_has(sample, *SIGNATURE) else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        warnings = skip_total_rows(rows, table.frame.iloc[:, 0], r"\s*total\b")
        cost = rows.number("cost", *NAMES["cost"], required=True)
        rows.number("impressions", *NAMES["impressions"], required=True)
        rows.number("reach", *NAMES["reach"])
        rows.number("clicks", *CLICKS)
        key = "payments" if rows.column(*NAMES["payments"]) is not None else "conversions"
        rows.number("conversions", *NAMES[key])
        if rows.column(*NAMES["value"]) is not None:
            rows.number("revenue", *NAMES["value"])
        elif rows.column(*NAMES["roas"]) is not None:
            rows.set("revenue", roas_revenue(rows, rows.number(None, *NAMES["roas"]), cost))
        ad_group_identity(rows, NAMES["date"])
        currency, mixed = single_currency(rows.text("currency", *NAMES["currency"]), path.name)
        rows.constant("channel", "paid_social")
        return rows.result(self, currency=currency, warnings=warnings + mixed)

