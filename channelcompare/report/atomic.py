"""Write a file under a temporary name in the same folder, then move it into place in one step.

A report that fails half-way (a full disk, a bug, the user cancelling) must never leave a truncated file
where a good report used to be. `os.replace` within one folder is atomic on POSIX and Windows; on Windows
it fails when the target is open in Excel, which we turn into a message that says so.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from channelcompare.errors import ReportFailed


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then replace `target` with the result. Returns `target`.

    Raises ReportFailed, naming the path and what to do, when the folder or the target cannot be written;
    an OSError from `write` (a full disk) becomes ReportFailed; any other exception from `write` propagates
    after the temporary file is removed.
    """
    target = Path(target)
    check_target(target)
    temporary = _temporary_file(target)
    try:
        try:
            write(temporary)
        except OSError as exc:  # a full disk while writing (the CSV export); the xlsx writer says it itself
            raise ReportFailed(
                f"Could not write {target} ({exc.strerror or exc}). Check the free disk space, or choose "
                "another folder.",
                path=str(target),
                detail=repr(exc),
            ) from exc
        _replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return target


def check_target(target: Path) -> None:
    """Fail early, with a clear message, when `target` cannot be (over)written."""
    folder = target.parent
    if not folder.is_dir():
        raise ReportFailed(
            f"The folder {folder} does not exist. Choose an existing folder for the report.", path=str(target)
        )
    if target.is_dir():
        raise ReportFailed(f"{target} is a folder. Give the report a file name.", path=str(target))
    if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
        raise ReportFailed(
            f"{target} is read-only. Make it writable, or save the report under another name.",
            path=str(target),
        )


def _temporary_file(target: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise ReportFailed(
            f"Cannot write in the folder {target.parent} ({exc.strerror or exc}). "
            "Choose a folder you can write to.",
            path=str(target),
            detail=repr(exc),
        ) from exc
    os.close(handle)
    return Path(name)


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:
        raise ReportFailed(
            f"{target} is open in another program or locked. Close it (in Excel or LibreOffice) and "
            "export again, or save the report under another name.",
            path=str(target),
            detail=repr(exc),
        ) from exc
    except OSError as exc:
        raise ReportFailed(
            f"Could not save {target} ({exc.strerror or exc}). Choose another folder or name.",
            path=str(target),
            detail=repr(exc),
        ) from exc
