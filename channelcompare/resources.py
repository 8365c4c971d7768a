"""Where bundled files live: sample data, benchmark figures, translations, exchange-rate snapshot, icons.

They are package data of the `resources` package, found through `importlib.resources`, so the same code
works from a checkout, from `pip install .` (any working directory) and from the PyInstaller bundle. All
three keep the files on disk, which is why a plain `Path` can be handed to pandas and Qt.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _resources_root() -> Path:
    root = files("resources")
    path = Path(str(root))
    if not path.is_dir():  # a zipped install would need as_file(); nothing we ship installs that way
        raise FileNotFoundError(f"channelcompare's bundled files are not on disk ({root}); reinstall it")
    return path


RESOURCES = _resources_root()
SAMPLE_DATA = RESOURCES / "sample_data"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file; raises FileNotFoundError naming the folder when it is missing."""
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource {'/'.join(parts)} is missing from {RESOURCES}")
    return path


def sample_files() -> list[Path]:
    """The bundled sample exports of the fictional shop, sorted by name (README.md excluded)."""
    return sorted(p for p in SAMPLE_DATA.iterdir() if p.is_file() and p.suffix.lower() in {".csv", ".xlsx"})
