"""Linux desktop integration: the .desktop launcher, the icon in the freedesktop sizes, and the MIME types
(.csv, .xlsx) so "Open with channelcompare" appears in file managers.

    channelcompare --install-desktop        # per user, under $XDG_DATA_HOME (~/.local/share)

The launcher runs the command that was used to install it (the pip-installed `channelcompare`, the bundle's
executable, or the checkout's `python main.py`), with `%F`: files opened this way arrive as a drop would.
Qt-free, like `platform_check`: it only writes files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from channelcompare.resources import resource_path

APP_ID = "channelcompare"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Characters the Desktop Entry spec reserves in an Exec argument: the argument is then quoted.
RESERVED = " \t\n\"'\\><~|&;$*?#()`"


def launcher_command() -> list[str]:
    """How this very program was started, as a command that works from any folder."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle's executable
        return [sys.executable]
    started = Path(sys.argv[0]).resolve()
    if started.suffix == ".py":
        return [sys.executable, str(started)]
    return [str(started)]


def exec_line(command: list[str]) -> str:
    """The Exec= value: each argument quoted as the Desktop Entry spec requires, then %F for the files."""
    return " ".join(_quoted(arg) for arg in command) + " %F"


def _quoted(arg: str) -> str:
    """Field codes (%) doubled; reserved characters quoted, with the quoting's backslashes then escaped
    once more by the file's string rule (the spec: a literal backslash takes four)."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in RESERVED):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("\\", "\\\\") + '"'


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install_desktop_entry(target: Path, command: list[str]) -> list[Path]:
    """Write the launcher and the icons under `target` (an XDG data folder); returns the files written."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = template.replace(f"Exec={APP_ID} %F", f"Exec={exec_line(command)}")
    applications = target / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    written = [applications / f"{APP_ID}.desktop"]
    written[0].write_text(entry, encoding="utf-8")
    for size in ICON_SIZES:
        folder = target / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        written.append(
            Path(shutil.copyfile(resource_path("icons", f"{APP_ID}-{size}.png"), folder / f"{APP_ID}.png"))
        )
    scalable = target / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    written.append(Path(shutil.copyfile(resource_path("icons", f"{APP_ID}.svg"), scalable / f"{APP_ID}.svg")))
    _refresh_caches(target)
    return written


def _refresh_caches(target: Path) -> None:
    """Let the desktop see the new MIME types and icons now; the tools are optional (not on every system)."""
    for tool, folder in (
        ("update-desktop-database", "applications"),
        ("gtk-update-icon-cache", "icons/hicolor"),
    ):
        if shutil.which(tool) and (target / folder).is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run([tool, *extra, str(target / folder)], capture_output=True, timeout=60, check=False)


def main() -> int:
    for path in install_desktop_entry(data_home(), launcher_command()):
        print(path)  # noqa: T201 (the command's output)
    return 0
