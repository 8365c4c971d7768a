"""What the analyst can take back: removing sources, a source's channel, the channel rules (Edit > Undo).

Each change is a QUndoCommand whose `redo` makes it (pushing it onto the stack runs `redo` once) and whose
`undo` puts the session back. Both go through the window's `remove_sources`, `restore_sources` and
`set_source_channel`, which also tell the open workspace (ui.workspace_sync), so an undone removal is written
back and nothing the workspace holds disagrees with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from channelcompare.attribution import RuleSet

if TYPE_CHECKING:
    from session.state import Source
    from ui.window_shell import WindowShell


class RemoveSources(QUndoCommand):
    """Take sources out of the comparison; undo brings them back where they were in the list."""

    def __init__(self, window: WindowShell, paths: list[Path], text: str) -> None:
        super().__init__(text)  # what Edit > Undo names, in the caller's words
        self.window = window
        wanted = set(paths)
        #: (position in the list, source) of what is removed, in list order.
        self.removed: list[tuple[int, Source]] = [
            (index, source) for index, source in enumerate(window.session.sources) if source.path in wanted
        ]

    def redo(self) -> None:
        self.window.remove_sources([source.path for _, source in self.removed])

    def undo(self) -> None:
        self.window.restore_sources(self.removed)


class SetChannel(QUndoCommand):
    """Count every row of one source towards `channel` (None: as imported)."""

    def __init__(self, window: WindowShell, path: Path, channel: str | None) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change the channel of {0}").format(path.name))
        self.window = window
        self.path = path
        source = window.session.source(path)
        self.before = None if source is None else source.channel_override
        self.after = channel

    def redo(self) -> None:
        self.window.set_source_channel(self.path, self.after)

    def undo(self) -> None:
        self.window.set_source_channel(self.path, self.before)


class ChangeRules(QUndoCommand):
    """Replace the channel rules; `use` applies and saves a rule set (ui.channel_rules)."""

    def __init__(self, use: Callable[[RuleSet | None], None], before: RuleSet | None, after: RuleSet) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change the channel rules"))
        self.use = use
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.use(self.after)

    def undo(self) -> None:
        self.use(self.before)
