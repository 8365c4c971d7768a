"""Test configuration shared by every package's tests."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: without a display, pytest-qt's QApplication would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """Folder of small real-shaped export fixtures."""
    return DATA
