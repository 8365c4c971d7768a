"""Before Qt starts: is there a display, and does Qt's X11 (xcb) platform plugin have its libraries?

Without this, a missing display or a missing `libxcb-*` aborts the interpreter inside Qt (a core dump, rc
134), and Qt's own message names the wrong package. This module imports nothing of Qt (only the standard
library) so it runs first; `python3 ui/platform_check.py --apt-packages` prints the Debian packages that
.ci/run installs, so the list lives in one place.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

#: shared library (as ldd names it) -> the Debian/Ubuntu package that ships it. The libraries are those
#: `ldd` lists for PySide6's libqxcb.so (it follows the Qt libraries the plugin loads), less glibc's.
SONAME_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libgl1",
    "libGLdispatch.so.0": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
#: Not a library Qt links, but without any font every label is empty boxes.
EXTRA_PACKAGES = ("fonts-dejavu-core",)
HEADLESS_COMMAND_HINT = "channelcompare import|compare|report|fetch, or --screenshot OUT.png"


def apt_packages() -> list[str]:
    """Every Debian package the window needs, offscreen and on X11 (what .ci/run installs)."""
    return sorted(set(SONAME_PACKAGES.values()) | set(EXTRA_PACKAGES))


def select_headless_platform(argv: list[str], env: MutableMapping[str, str]) -> None:
    """--screenshot renders without a screen: offscreen, unless the caller chose a platform."""
    if any(arg == "--screenshot" or arg.startswith("--screenshot=") for arg in argv):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")


def platform_problem(env: Mapping[str, str], plugins: Path | None = None) -> str | None:
    """Why the window cannot start here (the message to print), or None when it can, as far as we can tell."""
    if sys.platform != "linux":
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the user chose; Qt explains its own failures there
    display = env.get("DISPLAY", "")
    if not display:
        if env.get("WAYLAND_DISPLAY") and not chosen:
            return None
        return f"channelcompare: no display to open the window on (DISPLAY is not set). Headless: {HEADLESS_COMMAND_HINT}."
    if not _display_reachable(display):
        return f"channelcompare: no X server answers on DISPLAY={display}. Headless: {HEADLESS_COMMAND_HINT}."
    return missing_libraries_message(plugins or qt_plugins_dir())


def missing_libraries_message(plugins: Path | None) -> str | None:
    """The libraries libqxcb.so cannot find and the one apt-get line that installs them; None if all found."""
    missing = missing_libraries(plugins / "platforms" / "libqxcb.so") if plugins else []
    if not missing:
        return None
    packages = sorted({SONAME_PACKAGES.get(name, "") for name in missing} - {""})
    unknown = [name for name in missing if name not in SONAME_PACKAGES]
    lines = [
        f"channelcompare: the Qt X11 platform plugin needs libraries that are missing: {', '.join(missing)}."
    ]
    if packages:
        sudo = "" if os.geteuid() == 0 else "sudo "
        lines.append(f"Install them with:  {sudo}apt-get install {' '.join(packages)}")
    if unknown:
        lines.append(f"Find the package of {', '.join(unknown)} with:  apt-file search {unknown[0]}")
    return "\n".join(lines)


def missing_libraries(library: Path) -> list[str]:
    """Shared libraries `ldd` reports "not found" for `library` (and what it loads); [] when ldd is absent."""
    ldd = shutil.which("ldd")
    if ldd is None or not library.is_file():
        return []  # cannot tell: let Qt try
    result = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=30, check=False)
    found = re.findall(r"^\s*(\S+) => not found", result.stdout, flags=re.M)
    return sorted(set(found))


def qt_plugins_dir() -> Path | None:
    """PySide6's Qt plugin folder, found without importing PySide6 (importing it loads Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def _display_reachable(display: str) -> bool:
    """For a local display (":0", "unix:0.0"), whether an X server listens; others are assumed reachable."""
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if match is None:
        return True  # remote (host:0) or a launchd path on macOS: not ours to probe
    path = f"/tmp/.X11-unix/X{match.group(1)}"
    for address in ("\0" + path, path):  # Linux X servers listen on the abstract socket too
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False


if __name__ == "__main__":
    if sys.argv[1:] == ["--apt-packages"]:
        print(" ".join(apt_packages()))  # noqa: T201 (a script's output)
        sys.exit(0)
    problem = platform_problem(os.environ)
    print(problem or "ok: the window can start here")  # noqa: T201
    sys.exit(2 if problem else 0)
