"""Transparent huge pages are turned off for the process that asks (a headless command), and only for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def thp_enabled_after(code: str) -> str:
    script = f"{code}\nprint(next(l for l in open('/proc/self/status') if l.startswith('THP_enabled')))"
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return child.stdout.split()[-1]


@pytest.mark.skipif(
    not Path("/proc/self/status").exists() or "THP_enabled" not in Path("/proc/self/status").read_text(),
    reason="the kernel does not report THP_enabled",
)
def test_disabling_takes_in_this_process_and_is_reported() -> None:
    # the flag is inherited: a parent that ran a headless command in-process (the CLI tests) passes it on
    enable = "import ctypes\nassert ctypes.CDLL(None).prctl(41, 0, 0, 0, 0) == 0"
    assert thp_enabled_after(enable) == "1"
    code = (
        f"{enable}\nfrom importers.huge_pages import disable_transparent_huge_pages as d\nassert d() is True"
    )
    assert thp_enabled_after(code) == "0"


def test_a_headless_command_turns_them_off_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    import cli
    import importers.huge_pages

    calls: list[bool] = []
    monkeypatch.setattr(importers.huge_pages, "disable_transparent_huge_pages", lambda: calls.append(True))
    with pytest.raises(SystemExit):
        cli.run_command("import", ["--help"])
    assert calls == [True]
