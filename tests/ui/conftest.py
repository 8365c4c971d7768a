"""Qt test setup: settings redirected to a temporary folder, application names as in the app, and no modal
dialog left waiting (error boxes, mapping and issue dialogs are recorded instead of shown)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from ui.app import create_application


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """Every UI test gets empty INI settings in its own folder; the developer's config is never touched."""
    create_application()
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    QSettings().setValue("paths/data_folder", str(tmp_path / "data"))
    yield folder


@pytest.fixture(autouse=True)
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Dialogs the code under test opened, as (kind, payload); a test may patch them again to answer."""
    shown: list[tuple[str, Any]] = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(("error", error)))
    from ui.dialogs.issues_dialog import IssuesDialog
    from ui.dialogs.mapping_dialog import MappingDialog

    monkeypatch.setattr(
        MappingDialog, "ask", classmethod(lambda cls, parent, path, sample: shown.append(("mapping", path)))
    )
    monkeypatch.setattr(
        IssuesDialog,
        "show_for",
        classmethod(lambda cls, result, name, parent=None: shown.append(("issues", name))),
    )
    return shown
