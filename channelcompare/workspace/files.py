"""Where workspaces live, how an import's content is fingerprinted, and how a damaged file is kept aside.

Qt-free on purpose: the headless commands use the same default path as the app. Override the folder with
CHANNELCOMPARE_DATA_HOME (tests, portable installs) or pass `environ` explicitly.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from channelcompare.sources import ImportResult

SUFFIX = ".ccws"
APP_FOLDER = "channelcompare"
_READ_BLOCK = 1 << 20


def data_folder(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The user's data folder for channelcompare (XDG on Linux, the platform's own elsewhere)."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if env.get("CHANNELCOMPARE_DATA_HOME"):
        return Path(env["CHANNELCOMPARE_DATA_HOME"]).expanduser()
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        return Path(env.get("APPDATA") or home / "AppData" / "Roaming") / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    return Path(env.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_FOLDER


def default_workspace_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The workspace the app opens on first run."""
    return data_folder(environ, platform) / f"default{SUFFIX}"


def content_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes: the same export downloaded twice has the same hash, whatever its name."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def set_aside(path: str | Path, now: datetime | None = None, label: str = "damaged") -> Path:
    """Rename a workspace that cannot be used (and its WAL files) out of the way, keeping it: a damaged file
    for a repair attempt, a file from a newer version (`label="newer"`) for when the app is updated."""
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    path.rename(target)
    for extra in ("-wal", "-shm"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            companion.rename(target.with_name(target.name + extra))
    return target


#: Formats of results fetched from an API: they have no file, so their records are fingerprinted instead.
FETCHED_FORMATS = frozenset({"mailchimp_api", "meta_api"})


def records_hash(result: ImportResult) -> str:
    """Fingerprint of a fetched result's records, so fetching the same data again is recognised."""
    return hashlib.sha256(result.records.to_csv(index=False).encode("utf-8")).hexdigest()
