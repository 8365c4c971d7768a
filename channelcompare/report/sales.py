"""Sales sections of the Channels sheet: each channel's share of the store's sales, and what platforms
claim against what the store observed (Meta's attributed purchases versus orders carrying its codes).

Both come from the engine as plain dictionaries (`Comparison.share_of_sales`, `claimed_vs_observed`);
missing keys leave cells empty rather than failing, since a selection may lack store data entirely.
"""

from __future__ import annotations

from typing import Any

from channelcompare.compare import Comparison
from channelcompare.report import styles
from channelcompare.report.i18n import Words
from channelcompare.report.labels import percent
from channelcompare.report.sheet import SheetWriter, fit_height
from channelcompare.wording import PLATFORM_LABELS

SHARE_COLUMNS = (
    ("orders", "col.orders", styles.COUNT), ("revenue", "col.store_revenue", None),
    ("share", "col.revenue_share", styles.PERCENT), ("order_share", "col.order_share", styles.PERCENT),
    ("sessions", "col.ga4_sessions", styles.COUNT), ("ga4_revenue", "col.ga4_revenue", None),
    ("ga4_share", "col.ga4_share", styles.PERCENT),
)  # fmt: skip
CLAIM_COLUMNS = (
    ("claimed_revenue", "col.claimed_revenue", None), ("claimed_conversions", "col.claimed_conversions", styles.COUNT),
    ("observed_revenue", "col.observed_revenue", None), ("observed_orders", "col.observed_orders", styles.COUNT),
    ("ga4_revenue", "col.ga4_revenue", None), ("ratio", "col.claim_ratio", styles.RATIO),
)  # fmt: skip
ATTRIBUTION_WIDTH = 12  # characters: the Channels sheet's ninth column, where the attribution falls


def sales_headline(words: Words, share: dict[str, Any] | None) -> str | None:
    """One sentence on social's and email's share of store revenue (the engine's in English)."""
    if not share:
        return None
    if words.lang == "en":
        return share.get("headline")
    social, email, orders = (
        share.get("social_share"),
        share.get("email_share"),
        share.get("social_order_share"),
    )
    if social is None:
        return None
    text = f"Le social a apporté {percent(social, 'fr')} du chiffre d'affaires de la boutique"
    text += f" ({percent(orders, 'fr')} des commandes)" if orders is not None else ""
    return text + (f" ; l'e-mail {percent(email, 'fr')}." if email is not None else ".")


def _claim_currency(comparison: Comparison, claim: dict[str, Any]) -> str | None:
    """A claim's currency; a platform that writes none (Klaviyo) is in its channel's, as the engine counts it,
    or the store's."""
    if claim.get("currency"):
        return str(claim["currency"])
    summary = comparison.channels.get(str(claim.get("channel")))
    if summary is not None and summary.currency:
        return summary.currency
    return (comparison.share_of_sales or {}).get("currency")


def write_sales(sheet: SheetWriter, comparison: Comparison, label: Any) -> None:
    """Both sections, each only when the engine computed it. `label(channel)` names a channel."""
    share = comparison.share_of_sales
    if share and share.get("by_channel"):
        _share_of_sales(sheet, share, label)
    if comparison.claimed_vs_observed:
        _claimed(sheet, comparison, label)


def _share_of_sales(sheet: SheetWriter, share: dict[str, Any], label: Any) -> None:
    words = sheet.words
    sheet.line(words.get("sales.share"), role="section")
    headline = sales_headline(words, share)
    if headline:
        sheet.line(headline, role="note")
    sheet.header([words.get("col.channel")] + [words.get(key) for _, key, _ in SHARE_COLUMNS], height=32)
    money = styles.currency_format(share.get("currency"), words.lang)
    for channel, figures in share["by_channel"].items():
        cells = [sheet.text(label(channel), "label")]
        cells += [sheet.number(figures.get(name), fmt or money) for name, _, fmt in SHARE_COLUMNS]
        sheet.append(cells)
    unattributed = share.get("unattributed") or {}
    sheet.append(
        [
            sheet.text(words.get("sales.unattributed"), "label"),
            sheet.number(unattributed.get("orders"), styles.COUNT),
        ]
        + [
            sheet.number(unattributed.get("revenue"), money),
            sheet.number(unattributed.get("share"), styles.PERCENT),
        ]
    )
    sheet.blank()


def _claimed(sheet: SheetWriter, comparison: Comparison, label: Any) -> None:
    words = sheet.words
    claims = comparison.claimed_vs_observed or []
    sheet.line(words.get("sales.claimed"), role="section")
    sheet.line(words.get("sales.claimed.note"), role="note")
    headings = [words.get("col.channel"), words.get("col.platform")]
    headings += [words.get(key) for _, key, _ in CLAIM_COLUMNS] + [words.get("col.attribution")]
    sheet.header(headings, height=32)
    for claim in claims:
        money = styles.currency_format(_claim_currency(comparison, claim), words.lang)
        cells = [
            sheet.text(label(claim.get("channel")), "label"),
            sheet.text(PLATFORM_LABELS.get(str(claim.get("platform")), claim.get("platform"))),
        ]
        cells += [sheet.number(claim.get(name), fmt or money) for name, _, fmt in CLAIM_COLUMNS]
        role = "bad" if claim.get("over_claiming") else "wrapped"
        attribution = str(claim.get("attribution") or "")
        # Wrapped in its own column, the row as tall as the lines: never printed over the next rows.
        sheet.append(
            cells + [sheet.text(attribution, role)], height=fit_height(attribution, ATTRIBUTION_WIDTH)
        )
    sheet.blank()
