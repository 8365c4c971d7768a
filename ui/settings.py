"""The one module that knows QSettings keys, their types and defaults.

Preferences (baseline, language, ...) and persisted window state (geometry, splitters) are separate
sections. The core never reads settings: values are passed to it as arguments. Secrets never land here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

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

    def metric(self) -> str:
        """The metric the charts show (a key of channelcompare.metrics.METRICS)."""
        return str(self._qs.value("prefs/metric", "click_rate"))

    def set_metric(self, name: str) -> None:
        self._qs.setValue("prefs/metric", name)

    def channel_rules(self) -> dict[str, Any] | None:
        """The user's channel rules (`rules_to_json` form) when no workspace holds them; None if never saved."""
        try:
            value = json.loads(str(self._qs.value("prefs/channel_rules", "")) or "null")
        except json.JSONDecodeError:
            return None
        return value if isinstance(value, dict) else None

    def set_channel_rules(self, rules: dict[str, Any]) -> None:
        self._qs.setValue("prefs/channel_rules", json.dumps(rules, ensure_ascii=False))

    def reporting_currency(self) -> str:
        """ISO code money is converted to, or "" to keep each amount in its own currency."""
        return str(self._qs.value("prefs/reporting_currency", ""))

    def set_reporting_currency(self, code: str) -> None:
        self._qs.setValue("prefs/reporting_currency", code)

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

    def remove_recent_file(self, path: str) -> None:
        self._qs.setValue("prefs/recent_files", [p for p in self.recent_files() if p != path])

    def clear_recent_files(self) -> None:
        self._qs.setValue("prefs/recent_files", [])

    def recent_workspaces(self) -> list[str]:
        """Workspace files, most recent first; the first is the one the app opens at start."""
        value = self._qs.value("prefs/recent_workspaces", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def set_recent_workspaces(self, paths: list[str]) -> None:
        self._qs.setValue("prefs/recent_workspaces", paths[:RECENT_LIMIT])

    def data_folder(self) -> Path:
        """Where the app keeps its own files (remembered column mappings, ...); created when missing.

        The user data folder of the platform, unless `paths/data_folder` says otherwise (tests set it)."""
        folder = str(self._qs.value("paths/data_folder", "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation
        )
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def set_data_folder(self, folder: str) -> None:
        self._qs.setValue("paths/data_folder", folder)

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

    def splitter(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"state/splitter_{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/splitter_{name}", value)

    def hidden_columns(self, table: str) -> list[str]:
        """The columns (by name) the user hid in `table` (the Campaigns table: "campaigns")."""
        value = self._qs.value(f"state/hidden_columns_{table}", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def set_hidden_columns(self, table: str, names: list[str]) -> None:
        self._qs.setValue(f"state/hidden_columns_{table}", list(names))

    def current_tab(self) -> str:
        return str(self._qs.value("state/current_tab", ""))

    def set_current_tab(self, name: str) -> None:
        self._qs.setValue("state/current_tab", name)

    def sync(self) -> None:
        self._qs.sync()


def _as_bool(value: object) -> bool:
    # INI files give strings back ("true"/"false").
    return value in (True, "true", "1", 1)
