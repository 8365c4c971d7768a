"""What happens once the files the analyst asked for are in: Open Recent, and the sample data put away.

Only files that imported enter Open Recent (a failed file would fail again from there). When the analyst's
own files arrive while the bundled sample data is shown, the sample data gives way, as one step Edit > Undo
takes back, and the status bar says so: the example's numbers never mix silently into a real comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from channelcompare.resources import sample_files

if TYPE_CHECKING:
    from session.state import Source
    from ui.window_shell import WindowShell


class OpenedFiles(QObject):
    """Follows `window`'s imports: `asked(paths)` before they start, the rest when the imports end."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self._asked: list[Path] = []
        self._samples = {p.resolve() for p in sample_files()}
        window.imports.finished.connect(self._settle)

    def asked(self, paths: list[Path]) -> None:
        self._asked.extend(paths)

    def _settle(self) -> None:
        asked, self._asked = self._asked, []
        imported = [s for s in self.window.session.sources if not s.failed]
        settings = self.window.settings
        for path in asked:
            if any(_holds(path.resolve(), source) for source in imported):
                settings.add_recent_file(str(path))
        self.window.menu_actions.set_recent(settings.recent_files())
        if asked and not any(path.resolve() in self._samples for path in asked):
            self._put_samples_away(imported)

    def _put_samples_away(self, imported: list[Source]) -> None:
        samples = [s.path for s in self.window.session.sources if s.path.resolve() in self._samples]
        if not samples or len(samples) == len(imported):  # no sample, or none of the user's files imported
            return
        from ui.undo import RemoveSources

        self.window.undo_stack.push(RemoveSources(self.window, samples, self.tr("Put the sample data away")))
        self.window.imports.message.emit(
            self.tr("Your files replace the sample data (Edit > Undo brings it back).")
        )


def _holds(asked: Path, source: Source) -> bool:
    """Whether `source` came from `asked` (the file itself, or a folder it lies in)."""
    path = source.path.resolve()
    return path == asked or asked in path.parents
