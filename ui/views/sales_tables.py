"""The Sales tab's two tables: share of sales per channel, and platform claims against the store's view.

Both read the `compare` JSON (`share_of_sales`, `claimed_vs_observed`). Unattributed orders get their own row
and are never spread over the channels; GA4's sessions and revenue sit beside the store's figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.views import formatting
from ui.views.palette import (
    ALERT,
    GOOD,
    GRID,
    MUTED,
    TEXT,
    channel_colour,
    channel_label,
    lighter,
    platform_label,
)

BAR_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the channel of a row ("" for unattributed, "total")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Row = dict[str, Any]


def share_headers() -> list[tuple[str, str]]:
    """(header, tooltip) of the share-of-sales columns."""
    return [
        (
            QCoreApplication.translate("sales", "Channel"),
            QCoreApplication.translate(
                "sales", "The channel the rules give each order (discount code first, then its UTMs)"
            ),
        ),
        (
            QCoreApplication.translate("sales", "Orders"),
            QCoreApplication.translate("sales", "Store orders, each counted once, refunds netted"),
        ),
        (
            QCoreApplication.translate("sales", "% of\norders"),
            QCoreApplication.translate(
                "sales", "Share of all the store's orders, unattributed ones included"
            ),
        ),
        (
            QCoreApplication.translate("sales", "Revenue"),
            QCoreApplication.translate("sales", "Store revenue after refunds"),
        ),
        (
            QCoreApplication.translate("sales", "% of\nrevenue"),
            QCoreApplication.translate(
                "sales", "Share of all the store's revenue, unattributed revenue included"
            ),
        ),
        (
            QCoreApplication.translate("sales", "GA4\nsessions"),
            QCoreApplication.translate("sales", "Sessions in GA4's traffic acquisition report"),
        ),
        (
            QCoreApplication.translate("sales", "GA4 key-\nevent rate"),
            QCoreApplication.translate("sales", "GA4 key events / sessions of the channel"),
        ),
        (
            QCoreApplication.translate("sales", "GA4 % of\nrevenue"),
            QCoreApplication.translate(
                "sales", "GA4's own view: the channel's share of GA4 revenue (session last click)"
            ),
        ),
    ]


def share_rows(share: Mapping[str, Any]) -> list[tuple[str, Row]]:
    """(channel, figures) in display order: channels with store sales by revenue, then channels only GA4
    saw, then the unattributed rest ("") and the total ("total")."""
    table = dict(share.get("by_channel") or {})
    lost = share.get("unattributed") or {}
    if "other" in table and lost.get("orders"):
        table["other"] = _attributed_other(table["other"], lost, share.get("total_orders"))
    sold = [(c, v) for c, v in table.items() if v.get("orders") or v.get("revenue")]
    sold.sort(key=lambda item: (-float(item[1].get("revenue") or 0), -float(item[1].get("orders") or 0)))
    seen = [(c, v) for c, v in table.items() if not (v.get("orders") or v.get("revenue"))]
    seen.sort(key=lambda item: -float(item[1].get("ga4_revenue") or item[1].get("sessions") or 0))
    rows = sold + seen
    if lost.get("orders"):
        rows.append(("", {**lost, "order_share": _ratio(lost.get("orders"), share.get("total_orders"))}))
    total = {"orders": share.get("total_orders"), "revenue": share.get("total_revenue"),
             "sessions": share.get("sessions"), "order_share": 1.0 if share.get("total_orders") else None,
             "share": 1.0 if share.get("total_revenue") else None}  # fmt: skip
    return rows + [("total", total)]


def _attributed_other(other: Row, lost: Row, total_orders: Any) -> Row:
    """Unattributed orders count as `other`; the Other row keeps only what a rule sent there."""
    out = dict(other)
    for key in ("orders", "revenue", "share"):
        if other.get(key) is not None and lost.get(key) is not None:
            out[key] = max(0.0, float(other[key]) - float(lost[key]))
    out["order_share"] = _ratio(out.get("orders"), total_orders)
    return out


def _ratio(part: Any, whole: Any) -> float | None:
    return float(part) / float(whole) if part is not None and whole else None


def share_model(share: Mapping[str, Any]) -> QStandardItemModel:
    headers = share_headers()
    model = QStandardItemModel(0, len(headers))
    for column, (text, tip) in enumerate(headers):
        model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
    currency = share.get("currency")
    for channel, values in share_rows(share):
        model.appendRow(_share_row(channel, values, currency))
    return model


def _share_row(channel: str, values: Row, currency: Any) -> list[QStandardItem]:
    locale = QLocale()
    special = channel in ("", "total")
    name = {
        "": QCoreApplication.translate("sales", "Unattributed"),
        "total": QCoreApplication.translate("sales", "All store sales"),
    }.get(channel)
    first = QStandardItem(name or f"●  {channel_label(channel)}")
    first.setForeground(QColor(MUTED) if channel == "" else channel_colour(channel).darker(110))
    cells = [
        formatting.count(values.get("orders"), locale),
        formatting.percent(values.get("order_share"), locale, decimals=1),
        formatting.money(values.get("revenue"), currency, locale, decimals=0),
        formatting.percent(values.get("share"), locale, decimals=1),
        formatting.count(values.get("sessions"), locale),
        formatting.percent(values.get("key_event_rate"), locale),
        formatting.percent(values.get("ga4_share"), locale, decimals=1),
    ]
    items = [first] + [QStandardItem(text) for text in cells]
    bar = items[4]
    bar.setData(values.get("share") if channel != "total" else None, BAR_ROLE)
    bar.setData(QColor(MUTED) if channel == "" else lighter(channel_colour(channel), 170), COLOUR_ROLE)
    for item in items:
        item.setData(channel, KEY_ROLE)
        item.setEditable(False)
        if item is not first:
            item.setTextAlignment(RIGHT)
        if special or channel in ("email", "email_automation", "organic_social", "paid_social"):
            font = QFont()
            font.setBold(channel != "")
            font.setItalic(channel == "")
            item.setFont(font)
    return items


class ShareBarDelegate(QStyledItemDelegate):
    """A share drawn as a bar on the scale of the whole store (100% = the cell's width), value on top."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(BAR_ROLE)
        if not isinstance(share, float) or share != share:  # None or NaN: plain text
            super().paint(painter, option, index)
            return
        painter.save()
        box = option.rect.adjusted(6, 7, -6, -7)
        painter.fillRect(box, QColor(GRID).lighter(110))
        width = max(2, round(box.width() * min(max(share, 0.0), 1.0))) if share > 0 else 0
        painter.fillRect(QRect(box.left(), box.top(), width, box.height()), index.data(COLOUR_ROLE))
        painter.setPen(QColor(TEXT))
        painter.setFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        painter.drawText(option.rect.adjusted(6, 0, -8, 0), int(RIGHT), str(index.data() or ""))
        painter.restore()


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
    claimed = QCoreApplication.translate("sales", "{0}\n{1} conversions").format(
        formatting.money(claim.get("claimed_revenue"), currency, locale, 0),
        formatting.count(claim.get("claimed_conversions"), locale),
    )
    observed = QCoreApplication.translate("sales", "{0}\n{1} orders").format(
        formatting.money(claim.get("observed_revenue"), store_currency, locale, 0),
        formatting.count(claim.get("observed_orders"), locale),
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


def currency_model(by_currency: Mapping[str, Mapping[str, Any]]) -> QStandardItemModel:
    """Revenue per channel in each currency's own amounts (orders in several currencies, not converted)."""
    currencies = sorted(by_currency)
    channels = sorted({c for table in by_currency.values() for c in table}, key=channel_label)
    model = QStandardItemModel(0, 1 + len(currencies))
    model.setHorizontalHeaderLabels([QCoreApplication.translate("sales", "Channel"), *currencies])
    locale = QLocale()
    for channel in channels:
        row = [QStandardItem(channel_label(channel))]
        for currency in currencies:
            values = by_currency[currency].get(channel) or {}
            item = QStandardItem(formatting.money(values.get("revenue"), currency, locale, 0))
            item.setTextAlignment(RIGHT)
            row.append(item)
        model.appendRow(row)
    return model


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
