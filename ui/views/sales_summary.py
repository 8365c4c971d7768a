"""The top of the Sales tab: social's share of the store's sales beside the published figure, email's share,
the unattributed rest and the store's conversion rate, then the headline sentence with its source."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.cards import Card
from ui.views.common import muted_label, styled_label
from ui.views.palette import CHANNEL_COLOURS, MUTED, TEXT

TILE_MIN_WIDTH = 130


class SalesSummary(QWidget):
    """Five tiles and the headline; `show_share(share_of_sales)` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(10)
        self.headline = styled_label("", TEXT, size=10.5)
        self.headline.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        holder = QWidget()
        holder.setLayout(self.tiles)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        # The tiles scroll sideways rather than set a minimum width for the whole window (as the Overview's cards).
        self.tile_area = QScrollArea()
        self.tile_area.setWidget(holder)
        self.tile_area.setWidgetResizable(True)
        self.tile_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tile_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tile_area)
        layout.addWidget(self.headline)

    def show_share(self, share: Mapping[str, Any]) -> None:
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.values = {}
        for key, accent, title, value, detail, tip in self._tiles(share):
            self.tiles.addWidget(self._tile(key, accent, title, value, detail, tip), 1)
        self.headline.setText(self.headline_text(share))
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        holder = self.tile_area.widget()
        if holder is None:
            return
        # Wrapped notes make a tile's height depend on its width: ask for the height at the width shown.
        available = self.width()  # the tile area spans this widget (its viewport may not be resized yet)
        width = max(available, holder.minimumSizeHint().width())
        height = holder.heightForWidth(width) if holder.hasHeightForWidth() else holder.sizeHint().height()
        wide = holder.minimumSizeHint().width() > available
        scrollbar = self.tile_area.horizontalScrollBar().sizeHint().height() if wide else 0
        self.tile_area.setFixedHeight(height + scrollbar + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_tiles()

    def _tile(self, key: str, accent: str, title: str, value: str, detail: str, tip: str) -> Card:
        card = Card(accent)
        card.setMinimumWidth(TILE_MIN_WIDTH)
        heading = styled_label(title, MUTED, bold=True, size=8.5)
        heading.setWordWrap(True)
        card.body.addWidget(heading)
        shown = styled_label(value, TEXT, bold=True, size=15)
        card.body.addWidget(shown)
        note = muted_label(detail)
        note.setWordWrap(True)
        card.body.addWidget(note)
        card.body.addStretch(1)
        card.setToolTip(tip)
        self.values[key] = shown
        return card

    def _tiles(self, share: Mapping[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
        locale = QLocale()
        pct = lambda value: formatting.percent(value, locale, decimals=1)  # noqa: E731
        of_orders = self.tr("of revenue · {0} of orders")
        lost = share.get("unattributed") or {}
        tiles = [
            ("social", CHANNEL_COLOURS["social"], self.tr("Social"), pct(share.get("social_share")),
             of_orders.format(pct(share.get("social_order_share"))),
             self.tr("Organic and paid social: their share of all the store's sales")),
            self._benchmark_tile(share.get("benchmark"), locale),
            ("email", CHANNEL_COLOURS["email"], self.tr("Email"), pct(share.get("email_share")),
             of_orders.format(pct(share.get("email_order_share"))),
             self.tr("Newsletters and automations: their share of all the store's sales")),
            ("unattributed", MUTED, self.tr("Unattributed"), pct(lost.get("share")),
             self.tr("{0} orders with no channel signal").format(formatting.count(lost.get("orders"), locale)),
             self.tr("Orders without a discount code, tag or UTM that a rule recognises: never guessed")),
        ]  # fmt: skip
        return [*tiles, self._conversion_tile(share, locale)]

    def _benchmark_tile(self, benchmark: Any, locale: QLocale) -> tuple[str, str, str, str, str, str]:
        if not isinstance(benchmark, Mapping) or benchmark.get("value") is None:
            return ("published", TEXT, self.tr("Published figure"), formatting.MISSING, "", "")
        value = self.tr("< {0}").format(formatting.percent(benchmark["value"], locale, decimals=0))
        detail = self.tr("of online orders came from social ({0})").format(benchmark.get("year", ""))
        parts = ("source", "method", "note")
        tip = "; ".join(str(benchmark[k]) for k in parts if benchmark.get(k))
        return ("published", TEXT, self.tr("Published figure"), value, detail, tip)

    def _conversion_tile(
        self, share: Mapping[str, Any], locale: QLocale
    ) -> tuple[str, str, str, str, str, str]:
        rate = share.get("store_conversion_rate")
        detail = (
            self.tr("{0} orders / {1} GA4 sessions").format(
                formatting.count(share.get("total_orders"), locale),
                formatting.count(share.get("sessions"), locale),
            )
            if rate is not None
            else self.tr("needs GA4 sessions for the same period")
        )
        tip = self.tr("Store orders per GA4 session (Shopify's definition of conversion rate)")
        return ("conversion", CHANNEL_COLOURS["direct"], self.tr("Store conversion"),
                formatting.percent(rate, locale), detail, tip)  # fmt: skip

    def headline_text(self, share: Mapping[str, Any]) -> str:
        """The headline check in the interface language, saying what the engine's sentence says (the JSON's
        `headline`): with unattributed orders every store share is a lower bound ("at least"), the order
        share's 95% interval, the share of orders without a signal, and GA4's last-click share beside it."""
        locale = QLocale()
        social = share.get("social_share")
        orders = share.get("social_order_share")
        if social is None and orders is None:
            return self.tr("No social sales can be told apart in this selection.")
        lost = (share.get("unattributed") or {}).get("orders")
        bound = bool(lost) and share.get("source") != "ga4"
        text = self._share_sentence(social, orders, bound, locale)
        text += self._details(share, lost, locale)
        benchmark = share.get("benchmark")
        if isinstance(benchmark, Mapping) and benchmark.get("value") is not None:
            text += " " + self.tr("Published figure: under {0} of online orders ({1}, {2}).").format(
                formatting.percent(benchmark["value"], locale, 0),
                benchmark.get("source", ""),
                benchmark.get("year", ""),
            )
        if share.get("email_share") is not None:
            email = share["email_share"]
            said = self.tr("Email brought at least {0}.") if bound else self.tr("Email brought {0}.")
            text += " " + said.format(formatting.percent(email, locale, 1))
        return text

    def _share_sentence(self, social: Any, orders: Any, bound: bool, locale: QLocale) -> str:
        if social is not None:
            sentence = (
                self.tr("Social brought at least {0} of the store's revenue this period ({1} of orders).")
                if bound
                else self.tr("Social brought {0} of the store's revenue this period ({1} of orders).")
            )
            return sentence.format(formatting.percent(social, locale, 1), formatting.percent(orders, locale, 1))
        sentence = (
            self.tr("Social brought at least {0} of the store's orders this period.")
            if bound
            else self.tr("Social brought {0} of the store's orders this period.")
        )
        return sentence.format(formatting.percent(orders, locale, 1))

    def _details(self, share: Mapping[str, Any], lost: Any, locale: QLocale) -> str:
        """The order share's interval, the orders without a signal, GA4's last-click share."""
        text = ""
        interval = share.get("social_order_interval")
        if interval:
            text += " " + self.tr("95% interval of its order share: {0} – {1}.").format(
                formatting.percent(interval[0], locale, 2), formatting.percent(interval[1], locale, 2)
            )
        total = share.get("total_orders")
        if lost and total:
            text += " " + self.tr("{0} of orders carry no channel signal.").format(
                formatting.percent(lost / total, locale, 0)
            )
        ga4 = share.get("ga4_social_share")
        if ga4 is not None and share.get("source") != "ga4":
            text += " " + self.tr("GA4's last-click view gives social {0} of its revenue.").format(
                formatting.percent(ga4, locale, 1)
            )
        return text
