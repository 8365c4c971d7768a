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
    lost = (share.get("unattributed") or {}).get("orders")
    bound = "au moins " if lost else ""
    text = f"Le social a apporté {bound}{percent(social, 'fr')} du chiffre d'affaires de la boutique"
    details = [f"{percent(orders, 'fr')} des commandes"] if orders is not None else []
    interval = share.get("social_order_interval")
    if interval:
        details.append(f"intervalle à 95 % {percent(interval[0], 'fr')}–{percent(interval[1], 'fr')}")
    if lost and share.get("total_orders"):
        details.append(f"{percent(lost / share['total_orders'], 'fr')} des commandes sans signal")
    text += f" ({', '.join(details)})" if details else ""
    ga4 = share.get("ga4_social_share")
    text += f" ; selon GA4 (dernier clic) : {percent(ga4, 'fr')}" if ga4 is not None else ""
    return text + (f" ; l'e-mail {bound}{percent(email, 'fr')}." if email is not None else ".")


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
    for channel, figures in attributed_channels(share).items():
        cells = [sheet.text(label(channel), "label")]
        cells += [sheet.number(figures.get(name), fmt or money) for name, _, fmt in SHARE_COLUMNS]
        sheet.append(cells)
    lost = share.get("unattributed") or {}
    if lost.get("orders"):
        figures = {**lost, "order_share": _ratio(lost.get("orders"), share.get("total_orders"))}
        cells = [sheet.text(words.get("sales.unattributed"), "label")]
        cells += [sheet.number(figures.get(name), fmt or money) for name, _, fmt in SHARE_COLUMNS[:4]]
        sheet.append(cells)
    sheet.blank()


def attributed_channels(share: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each channel's figures with the unattributed orders counted once: the engine files them under Other
    (their channel by default), so Other keeps only what a rule sent there, and goes when that is nothing
    and GA4 saw no Other sessions either."""
    table = dict(share.get("by_channel") or {})
    lost, other = share.get("unattributed") or {}, table.get("other")
    if other is None or not lost.get("orders"):
        return table
    kept = dict(other)
    for key in ("orders", "revenue", "share"):
        if other.get(key) is not None and lost.get(key) is not None:
            kept[key] = max(0.0, float(other[key]) - float(lost[key]))
    kept["order_share"] = _ratio(kept.get("orders"), share.get("total_orders"))
    if not (kept.get("orders") or kept.get("revenue")) and kept.get("sessions") is None:
        del table["other"]
    else:
        table["other"] = kept
    return table


def _ratio(part: Any, whole: Any) -> float | None:
    return float(part) / float(whole) if part is not None and whole else None


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
