"""The Sales tab's claims table: each platform's claimed revenue next to the revenue the store attributes to
its channel, the platform's attribution window, and over-claiming flagged (in words and colour)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ui.views import formatting
from ui.views.palette import ALERT, GOOD, MUTED, channel_colour, channel_label, platform_label


def claim_headers() -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("sales", "Platform"),
            QCoreApplication.translate(
                "sales", "The platform that claims the revenue, and the channel it belongs to"
            ),
        ),
        (
            QCoreApplication.translate("sales", "Attribution\nwindow"),
            QCoreApplication.translate(
                "sales", "How the platform decides that an order is its own, as exported"
            ),
        ),
        (
            QCoreApplication.translate("sales", "Claimed"),
            QCoreApplication.translate("sales", "Revenue and conversions the platform reports"),
        ),
        (
            QCoreApplication.translate("sales", "Store\nattributes"),
            QCoreApplication.translate(
                "sales", "Revenue and orders the store's channel rules give this channel"
            ),
        ),
        (
            QCoreApplication.translate("sales", "GA4\nrevenue"),
            QCoreApplication.translate(
                "sales", "GA4's revenue for the channel (session last click), when GA4 is loaded"
            ),
        ),
        (
            QCoreApplication.translate("sales", "Claimed vs\nstore"),
            QCoreApplication.translate("sales", "Claimed revenue / the store's revenue for the channel"),
        ),
    ]


def claim_model(claims: list[Mapping[str, Any]], store_currency: Any) -> QStandardItemModel:
    headers = claim_headers()
    model = QStandardItemModel(0, len(headers))
    for column, (text, tip) in enumerate(headers):
        model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
    for claim in claims:
        model.appendRow(_claim_row(claim, store_currency))
    return model


def _claim_row(claim: Mapping[str, Any], store_currency: Any) -> list[QStandardItem]:
    locale = QLocale()
    currency = claim.get("currency") or store_currency
    channel = str(claim.get("channel"))
    platform = QStandardItem(f"{platform_label(str(claim.get('platform')))}\n{channel_label(channel)}")
    platform.setForeground(channel_colour(channel).darker(110))
    window = QStandardItem(
        claim.get("attribution") or QCoreApplication.translate("sales", "not in the export")
    )
    if not claim.get("attribution"):
        window.setForeground(QColor(MUTED))
    conversions, orders = claim.get("claimed_conversions"), claim.get("observed_orders")
    claimed = (
        QCoreApplication.translate("sales", "{0}\n1 conversion")
        if conversions == 1
        else QCoreApplication.translate("sales", "{0}\n{1} conversions")
    ).format(
        formatting.money(claim.get("claimed_revenue"), currency, locale, 0),
        formatting.count(conversions, locale),
    )
    observed = (
        QCoreApplication.translate("sales", "{0}\n1 order")
        if orders == 1
        else QCoreApplication.translate("sales", "{0}\n{1} orders")
    ).format(
        formatting.money(claim.get("observed_revenue"), store_currency, locale, 0),
        formatting.count(orders, locale),
    )
    ga4 = formatting.money(claim.get("ga4_revenue"), store_currency, locale, 0)
    items = [platform, window, QStandardItem(claimed), QStandardItem(observed), QStandardItem(ga4)]
    items.append(_verdict(claim, store_currency))
    if not claim.get("currency"):
        items[2].setToolTip(
            QCoreApplication.translate(
                "sales", "The export states no currency: read as the store's ({0})."
            ).format(currency)
        )
    for item in items:
        item.setEditable(False)
    return items


def _verdict(claim: Mapping[str, Any], store_currency: Any) -> QStandardItem:
    ratio, locale = claim.get("ratio"), QLocale()
    if claim.get("over_claiming") and ratio is not None:
        text, colour = (
            QCoreApplication.translate("sales", "Over-claims {0}").format(formatting.ratio(ratio, locale)),
            ALERT,
        )
    elif claim.get("over_claiming"):
        text, colour = QCoreApplication.translate("sales", "Over-claims: store sees none"), ALERT
    elif _not_compared(claim, store_currency):
        text = QCoreApplication.translate("sales", "Not compared: claim in {0}, store in {1}").format(
            claim.get("currency"), store_currency or "…"
        )
        colour = MUTED
    else:
        text, colour = (
            QCoreApplication.translate("sales", "Within ({0})").format(formatting.ratio(ratio, locale)),
            GOOD,
        )
    item = QStandardItem(("⚠ " if colour == ALERT else "") + text)
    item.setToolTip(_verdict_tip(claim, ratio, locale))
    item.setForeground(QColor(colour))
    font = QFont()
    font.setBold(colour == ALERT)
    item.setFont(font)
    return item


def _not_compared(claim: Mapping[str, Any], store_currency: Any) -> bool:
    """The engine compares a claim only with a store view in the same currency (see attribution.claims)."""
    currency = claim.get("currency")
    different = bool(currency and store_currency and currency != store_currency)
    return claim.get("observed_revenue") is None or different


def _verdict_tip(claim: Mapping[str, Any], ratio: Any, locale: QLocale) -> str:
    if claim.get("over_claiming") and ratio is not None:
        return QCoreApplication.translate(
            "sales", "The platform claims {0} the revenue the store attributes to this channel."
        ).format(formatting.ratio(ratio, locale))
    if claim.get("over_claiming"):
        return QCoreApplication.translate(
            "sales", "The platform claims revenue; the store attributes none to this channel."
        )
    return QCoreApplication.translate("sales", "Claimed revenue / the store's revenue for the channel.")
