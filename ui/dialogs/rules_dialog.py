"""The channel-rules editor: the user's traffic rules and the store's code rules, checked as they are typed,
with a test box that shows which channel a source / medium / campaign (or a discount code) gets and which
rule decides it.

`RulesDialog.ask(parent, rules)` returns the edited RuleSet, or None when the user cancels; tests patch it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from channelcompare.attribution.codes import DEFAULT_CODE_RULES
from channelcompare.attribution.rules import RuleSet
from ui.dialogs.editable_table import EditableTable
from ui.dialogs.rules_checks import Problems, explain, rule_problems
from ui.dialogs.rules_tables import CodeRulesTable, TrafficRulesTable
from ui.views.palette import ALERT, MUTED


class RulesDialog(QDialog):
    """Edit `rules`; `edited()` gives the result. OK is disabled while a rule has a problem."""

    def __init__(self, rules: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Channel rules"))
        self.resize(860, 640)  # fits a 1024x700 screen; the tables scroll
        self.traffic = TrafficRulesTable()
        self.codes = CodeRulesTable()
        self.use_defaults = QCheckBox(self.tr("Then apply GA4's default channel grouping (recommended)"))
        self.tests = {key: QLineEdit() for key in ("source", "medium", "campaign", "code")}
        self.result_label = QLabel()
        self.problems = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._build()
        self.traffic.set_rules(rules.user_rules)
        self.codes.set_rules(rules.code_rules)
        self.use_defaults.setChecked(rules.use_defaults)
        for signal in (self.traffic.edited, self.codes.edited, self.use_defaults.toggled):
            signal.connect(self._check)
        for edit in self.tests.values():
            edit.textChanged.connect(self._explain)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check()

    @classmethod
    def ask(cls, parent: QWidget | None, rules: RuleSet) -> RuleSet | None:
        dialog = cls(rules, parent)
        try:
            return dialog.edited() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # by the event loop, once no signal of it is being delivered

    # -- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._traffic_box(), 3)
        layout.addWidget(self._codes_box(), 2)
        layout.addWidget(self._test_box())
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ALERT};")
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def _traffic_box(self) -> QGroupBox:
        box = QGroupBox(
            self.tr("Traffic rules: UTM source, medium and campaign (orders, GA4 source / medium)")
        )
        column = QVBoxLayout(box)
        column.addWidget(
            self._note(
                self.tr(
                    "Your rules are checked first, top to bottom; the first that matches decides. Case and "
                    "surrounding spaces are ignored. Example: medium is exactly 'newsletter' → Email."
                )
            )
        )
        column.addLayout(self._with_buttons(self.traffic, self._new_traffic_rule))
        column.addWidget(self.use_defaults)
        return box

    def _codes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Store orders: discount codes, tags and note attributes (Shopify)"))
        column = QVBoxLayout(box)
        column.addWidget(
            self._note(
                self.tr(
                    "Checked before an order's UTMs. Example: codes starting with NL → Email. Orders that no "
                    "rule claims stay unattributed: they are shown apart, never guessed."
                )
            )
        )
        restore = QPushButton(self.tr("Restore defaults"))
        restore.clicked.connect(self._restore_code_rules)  # (a lambda holding `self` crashed PySide on exit)
        column.addLayout(
            self._with_buttons(
                self.codes, lambda: {"field": "discount_code", "prefix": "", "channel": "email"}, restore
            )
        )
        return box

    def _with_buttons(self, table: EditableTable, new_row: object, *extra: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(table, 1)
        buttons = QVBoxLayout()
        actions = (
            (self.tr("Add"), lambda: table.add_row(new_row())),  # type: ignore[operator]
            (self.tr("Remove"), table.remove_selected),
            (self.tr("Move up"), lambda: table.move_selected(-1)),
            (self.tr("Move down"), lambda: table.move_selected(1)),
        )
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        for button in extra:
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return row

    def _test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Try it: type what an order or a GA4 row carries"))
        form = QFormLayout(box)
        labels = (
            self.tr("Source:"),
            self.tr("Medium:"),
            self.tr("Campaign:"),
            self.tr("Discount code or tag:"),
        )
        for label, edit in zip(labels, self.tests.values(), strict=True):
            form.addRow(label, edit)
        self.tests["source"].setPlaceholderText("mailchimp")
        self.tests["medium"].setPlaceholderText("newsletter")
        self.tests["code"].setPlaceholderText("NL0926")
        self.result_label.setWordWrap(True)
        form.addRow(self.result_label)
        return box

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {MUTED};")
        return label

    def _restore_code_rules(self) -> None:
        self.codes.set_rules(DEFAULT_CODE_RULES)
        self._check()

    @staticmethod
    def _new_traffic_rule() -> dict[str, str]:
        return {"name": "", "field": "medium", "match": "exactly", "value": "", "channel": "email"}

    # -- results
    def edited(self) -> RuleSet:
        """The rules as shown (rows with problems included: OK is disabled while there are any)."""
        return RuleSet(tuple(self.traffic.rules()), self.use_defaults.isChecked(), tuple(self.codes.rules()))

    def _check(self) -> None:
        traffic, codes = self._problems()
        self.traffic.mark_problems(traffic)
        self.codes.mark_problems(codes)
        lines = [self.tr("Traffic rule {0}: {1}").format(i + 1, "; ".join(p)) for i, p in traffic.items()]
        lines += [self.tr("Code rule {0}: {1}").format(i + 1, "; ".join(p)) for i, p in codes.items()]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not lines)
        self._explain()

    def _explain(self) -> None:
        self.result_label.setText(self.explanation())

    def explanation(self) -> str:
        """Which channel the typed values get and which rule decides it (rich text); selects that rule's row."""
        values = {key: edit.text().strip() for key, edit in self.tests.items()}
        text, row = explain(self.edited(), values, self._problems())
        if row is not None:
            self.traffic.selectRow(row)
        return text

    def _problems(self) -> Problems:
        return rule_problems(self.traffic.rules(), self.codes.rules())
