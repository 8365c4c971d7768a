"""Temporary files next to a report: our own naming, the user's umask, and stale ones cleaned.

A temporary file is named `.~<stem>.<8 characters><suffix>` in the target's folder (the suffix is kept:
Qt and pandas pick the format from it). That is the name `tempfile.mkstemp` gave earlier versions too,
so their leftovers are recognised. It is created with mode 0666 and the kernel applies the user's umask
(mkstemp would force 0600, and a colleague on a shared drive could not open the report). While a write
runs, its temporary file is locked (POSIX) or held open (Windows, which then refuses to delete it), so
`clean_stale` removes only files whose writer was killed, never one being written right now.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which is lock enough
    fcntl = None  # type: ignore[assignment]

_ALPHABET = string.ascii_lowercase + string.digits + "_"  # tempfile's: old leftovers match the pattern


@dataclass
class Temporary:
    """A temporary file created for `target`, locked until `release`."""

    path: Path
    handle: int

    def release(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.handle)


def new_name(target: Path) -> Path:
    random = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return target.parent / f".~{target.stem}.{random}{target.suffix}"


def create(target: Path) -> Temporary:
    """A new, empty, locked temporary file for `target`. OSError when the folder cannot be written."""
    while True:
        path = new_name(target)
        try:
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return Temporary(path, handle)


def is_temporary_of(path: Path, target: Path) -> bool:
    pattern = re.escape(f".~{target.stem}.") + "[a-z0-9_]{8}" + re.escape(target.suffix)
    return re.fullmatch(pattern, path.name) is not None


def clean_stale(target: Path) -> list[Path]:
    """Delete temporary files of `target` left by a write that was killed; returns those deleted."""
    removed = []
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            if is_temporary_of(path, target) and _remove_if_unused(path):
                removed.append(path)
    return removed


def _remove_if_unused(path: Path) -> bool:
    if fcntl is None:  # Windows refuses to delete a file its writer holds open
        with contextlib.suppress(OSError):
            path.unlink()
            return True
        return False
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError while a write holds it
        path.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(handle)
