"""The main window's menus and actions, their shortcuts, and their texts in the current language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

from ui.i18n import LANGUAGES

#: Tabs by their --tab / settings key, in order (as ui.analysis_pane.VIEWS); Ctrl+1.. select them.
TAB_KEYS = ("overview", "campaigns", "timing", "trends", "funnel", "sales")


class MainActions(QObject):
    """Builds File, View and Help on `window`'s menu bar. Texts are set (and reset) by `retranslate`."""

    recentChosen = Signal(str)
    languageChosen = Signal(str)
    tabChosen = Signal(str)
    helpChosen = Signal(str)  # a page of ui.help: guide, shortcuts, metrics

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.open = self._action(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(window)
        self.clear_recent = self._action()
        self.sample = self._action()
        self.export_report = self._action(QKeySequence("Ctrl+E"))
        self.export_chart = self._action(QKeySequence("Ctrl+Shift+E"))
        self.export_parquet = self._action()
        self.cancel_import = self._action(QKeySequence("Esc"))
        self.quit = self._action(QKeySequence.StandardKey.Quit)
        self.show_sources = self._action(QKeySequence("Ctrl+B"), checkable=True)
        self.opens_as_interactions = self._action(checkable=True)
        self.language_menu = QMenu(window)
        self.languages = QActionGroup(self)
        self.tabs = {key: self._action(QKeySequence(f"Ctrl+{n}")) for n, key in enumerate(TAB_KEYS, 1)}
        self.channel_rules = self._action()
        self.about = self._action()
        self.guide = self._action(QKeySequence("F1"))
        self.shortcuts = self._action()
        self.metrics_help = self._action()
        self._add_edit_menu(bar)
        self._fill_menus()
        self.retranslate()

    def _action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey | None = None, *, checkable: bool = False
    ) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            # The same as setShortcut(), whose first call costs ~11 ms in PySide6 6.11 (its overload check,
            # like QKeySequence's copy constructor, builds the enums of the whole `Qt` namespace) before the
            # window has painted.
            keys = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcuts([keys])
        action.setCheckable(checkable)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _fill_menus(self) -> None:
        file = self.file_menu
        file.addActions([self.open])
        file.addMenu(self.recent_menu)
        file.addActions([self.sample])
        file.addSeparator()
        file.addActions([self.export_report, self.export_chart, self.export_parquet])
        file.addSeparator()
        file.addActions([self.cancel_import, self.quit])
        view = self.view_menu
        view.addActions(list(self.tabs.values()))
        view.addSeparator()
        view.addActions([self.show_sources, self.opens_as_interactions, self.channel_rules])
        view.addSeparator()
        view.addMenu(self.language_menu)
        for code, name in LANGUAGES.items():
            action = QAction(name, self.window, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            self.languages.addAction(action)
            self.language_menu.addAction(action)
        for key, action in self.tabs.items():
            action.triggered.connect(lambda _=False, k=key: self.tabChosen.emit(k))
        self.help_menu.addActions([self.guide, self.shortcuts, self.metrics_help])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        for key, action in (
            ("guide", self.guide),
            ("shortcuts", self.shortcuts),
            ("metrics", self.metrics_help),
        ):
            action.triggered.connect(lambda _=False, k=key: self.helpChosen.emit(k))

    def _add_edit_menu(self, bar: object) -> None:
        """Edit, between File and View: Undo, Redo (ui.undo) and Remove failed files."""
        self.edit_menu = QMenu(self.window)
        self.window.menuBar().insertMenu(self.view_menu.menuAction(), self.edit_menu)
        self.undo = self._action(QKeySequence("Ctrl+Z"))
        self.redo = self._action(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.remove_failed = self._action()
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.remove_failed.setEnabled(False)
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.remove_failed)
        #: What Undo and Redo would do now, as the stack last said (asking a stack being destroyed fails).
        self._undo_text = self._redo_text = ""

    def connect_undo(self, stack: QUndoStack) -> None:
        """Undo and Redo follow `stack`: enabled when they can, named after what they would do."""
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        # Bound methods, not lambdas: Qt drops the connections when this object goes, before the stack's
        # own destruction clears it (and names the actions already deleted).
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)

    def _undo_text_changed(self, text: str) -> None:
        self._name_undo(undo=text)

    def _redo_text_changed(self, text: str) -> None:
        self._name_undo(redo=text)

    def _name_undo(self, *, undo: str | None = None, redo: str | None = None) -> None:
        self._undo_text = self._undo_text if undo is None else undo
        self._redo_text = self._redo_text if redo is None else redo
        undo, redo = self._undo_text, self._redo_text
        self.undo.setText(self.tr("&Undo {0}").format(undo).strip() if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {0}").format(redo).strip() if redo else self.tr("&Redo"))

    def set_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.recentChosen.emit(p))
        if paths:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(paths))

    def set_language(self, code: str) -> None:
        for action in self.languages.actions():
            action.setChecked(action.data() == code)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._name_undo()
        self.remove_failed.setText(self.tr("Remove &failed files"))
        self.remove_failed.setToolTip(
            self.tr("Take every file that could not be imported out of the Sources")
        )
        self.channel_rules.setText(self.tr("Channel &rules…"))
        self.channel_rules.setToolTip(
            self.tr("Which source, medium, campaign or discount code belongs to which channel (Sales tab)")
        )
        self.help_menu.setTitle(self.tr("&Help"))
        self.open.setText(self.tr("&Open exports…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.clear_recent.setText(self.tr("Clear recent files"))
        self.sample.setText(self.tr("Open &sample data"))
        self.export_report.setText(self.tr("&Export Excel report…"))
        self.export_chart.setText(self.tr("Export &chart as PNG or SVG…"))
        self.export_parquet.setText(self.tr("Export tables as &Parquet…"))
        self.export_parquet.setToolTip(
            self.tr("Channel, campaign, timing and trends tables with datapackage.json, for Power BI or DuckDB")
        )
        self.cancel_import.setText(self.tr("&Cancel import"))
        self.quit.setText(self.tr("&Quit"))
        self.show_sources.setText(self.tr("&Sources panel"))
        self.opens_as_interactions.setText(self.tr("Count email &opens as interactions"))
        self.opens_as_interactions.setToolTip(
            self.tr(
                "Opens are inflated by Apple Mail Privacy Protection; by default email interactions are clicks."
            )
        )
        self.language_menu.setTitle(self.tr("&Language"))
        names = {
            "overview": self.tr("&Overview"),
            "campaigns": self.tr("&Campaigns"),
            "timing": self.tr("&Timing"),
            "trends": self.tr("T&rends"),
            "funnel": self.tr("&Funnel"),
            "sales": self.tr("&Sales"),
        }
        for key, action in self.tabs.items():
            action.setText(names[key])
        self.about.setText(self.tr("&About channelcompare"))
        self.guide.setText(self.tr("&Guide: what to export, and where"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.metrics_help.setText(self.tr("&Metric definitions"))
