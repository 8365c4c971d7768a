"""The one module that knows QSettings keys, their types and defaults.

Preferences (baseline, language, ...) and persisted window state (geometry, splitters) are separate
sections. The core never reads settings: values are passed to it as arguments. Secrets never land here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 10


class Settings:
    """Typed access to every setting."""

    def __init__(self) -> None:
        self._qs = QSettings()

    # -- preferences
    def baseline(self) -> str:
        return str(self._qs.value("prefs/baseline", "email"))

    def set_baseline(self, channel: str) -> None:
        self._qs.setValue("prefs/baseline", channel)

    def language(self) -> str:
        return str(self._qs.value("prefs/language", ""))

    def set_language(self, code: str) -> None:
        self._qs.setValue("prefs/language", code)

    def opens_as_interactions(self) -> bool:
        return _as_bool(self._qs.value("prefs/opens_as_interactions", False))

    def set_opens_as_interactions(self, value: bool) -> None:
        self._qs.setValue("prefs/opens_as_interactions", value)

    def last_folder(self) -> str:
        return str(self._qs.value("prefs/last_folder", ""))

    def set_last_folder(self, folder: str) -> None:
        self._qs.setValue("prefs/last_folder", folder)

    def recent_files(self) -> list[str]:
        value = self._qs.value("prefs/recent_files", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def add_recent_file(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self._qs.setValue("prefs/recent_files", recent[:RECENT_LIMIT])

    # -- persisted window state
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("state/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("state/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("state/window_state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._qs.setValue("state/window_state", value)

    def sync(self) -> None:
        self._qs.sync()


def _as_bool(value: object) -> bool:
    # INI files give strings back ("true"/"false").
    return value in (True, "true", "1", 1)
