"""Where bundled files live: sample data, benchmark figures, translations, exchange-rate snapshot."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
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
