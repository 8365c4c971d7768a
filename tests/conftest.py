"""Test configuration shared by every package's tests."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: without a display, pytest-qt's QApplication would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from importers.api.http import HttpSettings  # noqa: E402
from tests.http_fake import FakeApi, serve  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """Folder of small real-shaped export fixtures."""
    return DATA


@pytest.fixture
def fake_api() -> Iterator[FakeApi]:
    """A scripted HTTP server on 127.0.0.1 (tests/http_fake.py)."""
    with serve() as api:
        yield api


@pytest.fixture
def fast_http() -> HttpSettings:
    """Short timeouts and backoff so failure tests take well under a second each."""
    return HttpSettings(connect_timeout=2, read_timeout=0.5, retries=3, backoff_factor=0.01, backoff_max=0.05)
