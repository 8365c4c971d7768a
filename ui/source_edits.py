"""The window's changes to the sources, each a step Edit > Undo takes back (ui.undo): removing sources
(one, or every failed file) and setting a source's channel, and the primitives the undo commands call.

A part of MainWindow (its base class), kept apart so that the window module stays readable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.window_shell import WindowShell

if TYPE_CHECKING:
    from session.state import Source


class SourceEdits(WindowShell):
    """Source removals and channel choices through the window's undo stack."""

    def _sources_changed(self) -> None:
        """Show the new sources and compare again (MainWindow's)."""
        raise NotImplementedError

    def _remove_source(self, path: Path) -> None:
        from ui.undo import RemoveSources

        self.undo_stack.push(RemoveSources(self, [path], self.tr("Remove {0}").format(path.name)))

    def remove_failed_files(self) -> None:
        from ui.undo import RemoveSources

        failed = [s.path for s in self.session.sources if s.failed]
        if failed:
            self.undo_stack.push(RemoveSources(self, failed, self.tr("Remove failed files")))

    def _change_channel(self, path: Path, channel: str | None) -> None:
        from ui.undo import SetChannel

        source = self.session.source(path)
        if source is not None and source.channel_override != channel:
            self.undo_stack.push(SetChannel(self, path, channel))

    def remove_sources(self, paths: list[Path]) -> None:
        for path in paths:
            self.session.remove(path)
            self.sourceRemoved.emit(path)
        self._sources_changed()

    def restore_sources(self, sources: list[tuple[int, Source]]) -> None:
        for index, source in sources:  # in list order: each lands where it was
            self.session.add(source)
            self.session.sources.insert(index, self.session.sources.pop())
        self.imports.sourcesChanged.emit()  # the workspace writes them back; the window redraws

    def set_source_channel(self, path: Path, channel: str | None) -> None:
        self.session.set_channel(path, channel)
        self.sourceChannelSet.emit(path, channel)
        shown = {row.source.path: row for row in self.sources_panel.row_widgets()}
        row = shown.get(path)
        if row is not None and row.channel.currentData() != channel:  # undone or redone: not the user's pick
            self.sources_panel.set_sources(self.session.sources)
        self.recompute()
