"""The Sales tab: which channel really sold, in the store's own view, beside what the platforms claim.

Shows the headline check (social's share of the store's sales against the published figure), the share of
sales per channel with the unattributed rest on its own row, the store's conversion rate per GA4 session,
each platform's claimed revenue next to the store's, and the warnings, with a one-click rule for a medium no
rule claims. Reads the comparison's `share_of_sales` and `claimed_vs_observed`; asks the shell, through
`rulesRequested` and `ruleSuggested(rule_json)`, to edit or add channel rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.charts.export import export_widget
from ui.views import formatting
from ui.views.common import EmptyMessage, muted_label, page_layout, section_title
from ui.views.sales_claims import claim_model
from ui.views.sales_summary import SalesSummary
from ui.views.sales_tables import FittedTable, ShareBarDelegate, currency_model, share_model
from ui.views.sales_warnings import SalesWarnings

ROW_HEIGHT = 28
GA4_SHARE_COLUMNS = (5, 6, 7)  # sessions, key-event rate, GA4 share (ui.views.sales_tables.share_headers)
GA4_CLAIM_COLUMN = 4


class SalesView(QWidget):
    """Share of sales, headline, claimed vs observed and warnings for one comparison."""

    rulesRequested = Signal()
    # A suggested rule (`rule_to_json` form) the user chose to add.
    ruleSuggested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share: Mapping[str, Any] = {}
        self.claims: list[Mapping[str, Any]] = []
        self.source_label = muted_label("", size=9)
        self.summary = SalesSummary()
        self.share_table = self._table()
        self.share_table.setItemDelegateForColumn(4, ShareBarDelegate(self.share_table))
        self.unattributed_note = self._note()
        self.currency_title = section_title(self.tr("Revenue per currency (not converted)"))
        self.currency_table = self._table()
        self.claims_title = section_title(self.tr("Claimed by the platforms vs attributed by the store"))
        self.claims_table = self._table(rows_of_lines=2)
        self.claims_note = self._note()
        self.warnings = SalesWarnings()
        self.warnings.ruleSuggested.connect(self.ruleSuggested)
        self.empty = EmptyMessage(
            self.tr(
                "No store sales loaded.\nImport a Shopify orders export, an orders CSV with "
                "utm_source / utm_medium, or a GA4 traffic acquisition export to see which channel really sold."
            )
        )
        self.content = QWidget()
        self.stack = QStackedWidget()
        self._build()
        self.set_comparison(None)

    def _build(self) -> None:
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addSpacing(6)
        share_title = section_title(self.tr("Share of the store's sales per channel"))
        self.share_table.setAccessibleName(share_title.text())
        self.claims_table.setAccessibleName(self.claims_title.text())
        column.addWidget(share_title)
        column.addWidget(self.share_table)
        column.addLayout(self._unattributed_row())
        for widget in (self.currency_title, self.currency_table):
            column.addWidget(widget)
        column.addSpacing(6)
        for widget in (self.claims_title, self.claims_table, self.claims_note):
            column.addWidget(widget)
        column.addSpacing(6)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.content.setObjectName("salesContent")
        self.content.setStyleSheet("QWidget#salesContent { background: white; }")
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.empty)
        page_layout(self, self._toolbar(), self.stack)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(self.source_label, 1)
        rules = QPushButton(self.tr("Channel &rules…"))
        rules.setToolTip(self.tr("Which source, medium, campaign or discount code belongs to which channel"))
        rules.clicked.connect(self.rulesRequested)
        bar.addWidget(rules)
        return bar

    def _unattributed_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.unattributed_note, 1)
        self.code_rules_button = QPushButton(self.tr("Add code rules…"))
        self.code_rules_button.setToolTip(self.tr("Map discount codes or order tags to channels"))
        self.code_rules_button.clicked.connect(self.rulesRequested)
        row.addWidget(self.code_rules_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _table(self, rows_of_lines: int = 1) -> FittedTable:
        table = FittedTable(ROW_HEIGHT + 16 * (rows_of_lines - 1))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(rows_of_lines > 1)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.row_height)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setStyleSheet("QTableView { background: white; border: none; }")
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        return table

    @staticmethod
    def _note() -> QLabel:
        label = muted_label(size=9)
        label.setWordWrap(True)
        return label

    # -- public interface
    def set_comparison(self, comparison: Any) -> None:
        share = getattr(comparison, "share_of_sales", None)
        self.share = share if isinstance(share, Mapping) else {}
        self.claims = list(getattr(comparison, "claimed_vs_observed", None) or [])
        if not self.share:
            self.source_label.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        self.source_label.setText(self._source_text())
        self.summary.show_share(self.share)
        self._fill(self.share_table, share_model(self.share), stretch=4)
        ga4 = any(v.get("sessions") is not None for v in (self.share.get("by_channel") or {}).values())
        for column in GA4_SHARE_COLUMNS:  # without a GA4 export they would be dashes only
            self.share_table.setColumnHidden(column, not ga4)
        self._show_unattributed()
        self._show_currencies()
        self._show_claims()
        self.warnings.show_warnings(self.share)
        self.stack.setCurrentWidget(self.content)

    def export_chart(self, path: str | Path) -> Path:
        """Save the tab's content (headline, tables, warnings) as PNG or SVG."""
        return export_widget(self.content, path, self.tr("Sales"))

    # -- internals
    def _fill(self, table: FittedTable, model: QStandardItemModel, stretch: int) -> None:
        old = table.model()
        table.setModel(model)
        if old is not None:
            old.deleteLater()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.fit()

    def _source_text(self) -> str:
        locale = QLocale()
        names = {
            "shopify": self.tr("Shopify orders"),
            "generic": self.tr("orders file"),
            "ga4": self.tr("GA4"),
        }
        source = " + ".join(names.get(s, s) for s in str(self.share.get("source")).split("+"))
        if self.share.get("source") == "ga4":
            return self.tr("Store view: {0} (no store orders loaded: GA4 revenue per channel group)").format(
                source
            )
        return self.tr("Store view: {0} · {1} orders · {2}").format(
            source,
            formatting.count(self.share.get("total_orders"), locale),
            formatting.money(self.share.get("total_revenue"), self.share.get("currency"), locale, 0),
        )

    def _show_unattributed(self) -> None:
        lost = self.share.get("unattributed") or {}
        shown = bool(lost.get("orders"))
        self.unattributed_note.setVisible(shown)
        self.code_rules_button.setVisible(shown)
        if not shown:
            return
        locale = QLocale()
        self.unattributed_note.setText(
            self.tr(
                "{0} orders ({1} of the revenue, {2}) carry no channel signal: no discount code, tag or UTM "
                "that a rule recognises. They are shown apart and never guessed, so every channel's share is "
                "a lower bound."
            ).format(
                formatting.count(lost.get("orders"), locale),
                formatting.percent(lost.get("share"), locale, decimals=1),
                formatting.money(lost.get("revenue"), self.share.get("currency"), locale, 0),
            )
        )

    def _show_currencies(self) -> None:
        by_currency = self.share.get("by_currency") or {}
        shown = bool(by_currency) and not self.share.get("currency")
        self.currency_title.setVisible(shown)
        self.currency_table.setVisible(shown)
        if shown:
            self._fill(self.currency_table, currency_model(by_currency), stretch=0)

    def _show_claims(self) -> None:
        for widget in (self.claims_title, self.claims_table, self.claims_note):
            widget.setVisible(bool(self.claims))
        if not self.claims:
            return
        currency = self.share.get("currency")
        self._fill(self.claims_table, claim_model(self.claims, currency), stretch=5)
        ga4 = any(c.get("ga4_revenue") is not None for c in self.claims)
        self.claims_table.setColumnHidden(GA4_CLAIM_COLUMN, not ga4)
        same = [c for c in self.claims if c.get("currency") in (None, currency)]
        claimed = sum(float(c.get("claimed_revenue") or 0) for c in same)
        observed = {c["channel"]: float(c.get("observed_revenue") or 0) for c in same}
        locale = QLocale()
        self.claims_note.setText(
            self.tr(
                "Together the platforms claim {0}; the store attributes {1} to the same channels and sold {2} in "
                "all. Each platform counts its own conversions within its own attribution window, so the same "
                "order is often claimed more than once."
            ).format(
                formatting.money(claimed, currency, locale, 0),
                formatting.money(sum(observed.values()), currency, locale, 0),
                formatting.money(self.share.get("total_revenue"), currency, locale, 0),
            )
        )
