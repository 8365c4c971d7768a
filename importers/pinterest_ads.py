"""Pinterest Ads Manager report (Ads -> Reporting -> a campaign, ad group or ad table -> Export, CSV).

Column names from documentation and a third-party column map only (no real download seen): `Campaign
name`, `Campaign ID`, optional `Ad group name`/`Ad name`, `Date`, `Spend in account currency`,
`Impressions` (paid + earned) or `Paid impressions`, `Outbound clicks` (to the destination) beside `Pin
clicks` (any click on the Pin, close-ups included), `Total conversions` or `Checkouts`, `Total order value
(Checkout)` or `Total conversion value`.

Pinterest's definitions, kept as it states them: spend pairs with *paid* impressions, so `Paid
impressions` is used when the export has it (`Impressions` also counts earned ones: repins of the promoted
Pin); clicks are `Outbound clicks` (never `Pin clicks`, which stay on Pinterest); conversions are checkouts
(purchases) when exported, else the total of every conversion event; revenue is the checkout order value.
Rows whose first cell starts `Total` are left out with a warning. Channel `paid_social`, platform
`pinterest`.
"""

from __future__ import annotations

from pathlib import Path

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample
from importers.social_common import ad_group_identity, header_has, single_currency, skip_total_rows
from importers.tabular import read_table

NAMES: dict[str, tuple[str, ...]] = {
    "cost": ("Spend in account currency", "Spend"),
    "impressions": ("Paid impressions", "Impressions"),
    "clicks": ("Paid outbound clicks", "Outbound clicks"),
    "checkouts": ("Checkouts", "Total checkouts", "Checkout"),
    "conversions": ("Total conversions",),
    "revenue": ("Total order value (Checkout)", "Checkout value", "Total conversion value"),
    "date": ("Date", "Day"),
    "currency": ("Currency", "Account currency"),
}
SIGNATURE = ("Spend in account currency", "Outbound clicks", "Pin clicks")


class PinterestAds:
    format_id = "pinterest_ads"
    platform = "pinterest"
    label = "Pinterest Ads Manager report"

    def score(self, sample: FileSample) -> int:
        found = sum(header_has(sample, name) for name in SIGNATURE)
        return 80 + 5 * found if found >= 2 else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        warnings = skip_total_rows(rows, table.frame.iloc[:, 0], r"\s*total\b")
        rows.number("cost", *NAMES["cost"], required=True)
        rows.number("impressions", *NAMES["impressions"], required=True)
        rows.number("clicks", *NAMES["clicks"], required=True)
        key = "checkouts" if rows.column(*NAMES["checkouts"]) is not None else "conversions"
        rows.number("conversions", *NAMES[key])
        rows.number("revenue", *NAMES["revenue"])
        ad_group_identity(rows, NAMES["date"])
        currency, mixed = single_currency(rows.text("currency", *NAMES["currency"]), path.name)
        rows.constant("channel", "paid_social")
        return rows.result(self, currency=currency, warnings=warnings + mixed)

