"""The Sales tab's share-of-sales table (and the per-currency one), and the table widget all its tables use.

They read the `compare` JSON (`share_of_sales`). Unattributed orders get their own row
and are never spread over the channels; GA4's sessions and revenue sit beside the store's figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui.views import formatting
from ui.views.palette import (
    GRID,
    MUTED,
    TEXT,
    channel_colour,
    channel_label,
    lighter,
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
    seen = [  # channels only GA4 saw (Other with nothing but unattributed orders is left out)
        (c, v)
        for c, v in table.items()
        if not (v.get("orders") or v.get("revenue")) and v.get("sessions") is not None
    ]
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
        if special or channel in ("email", "email_automation", "email_retargeting", "organic_social", "paid_social"):
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


class FittedTable(QTableView):
    """A table as tall as its rows (the tab scrolls, not the table); room for a horizontal scroll bar only
    when the columns do not fit the width."""

    def __init__(self, row_height: int) -> None:
        super().__init__()
        self.row_height = row_height

    def fit(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        header = self.horizontalHeader()
        wide = header.length() > self.viewport().width() + 1
        scrollbar = self.horizontalScrollBar().sizeHint().height() if wide else 0
        self.setFixedHeight(header.sizeHint().height() + self.row_height * rows + scrollbar + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()
