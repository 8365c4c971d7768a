"""Write a file under a temporary name in the same folder, then move it into place in one step.

A report that fails half-way (a full disk, a bug, the user cancelling) must never leave a truncated file
where a good report used to be. `os.replace` within one folder is atomic on POSIX and Windows; on Windows
it fails when the target is open in Excel, which we turn into a message that says so.
Files written inside `replaced_together()` (the workbook and its CSV tables) replace their targets only
when all of them were written, and a failure while moving them into place puts the earlier files back.
Temporary files get the user's umask and are cleaned up when a killed write left them (`temporary`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from channelcompare.errors import ReportFailed
from channelcompare.report.temporary import Temporary, clean_stale, create, new_name


@dataclass(frozen=True)
class _Pending:
    temporary: Temporary
    target: Path


#: The writes of the innermost `replaced_together` block of this thread (None outside any block).
_BATCH: ContextVar[list[_Pending] | None] = ContextVar("channelcompare_replaced_together", default=None)


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then replace `target` with the result. Returns `target`.

    Inside `replaced_together()` the replacing waits for the end of the block. Raises ReportFailed,
    naming the path and what to do, when the folder or the target cannot be written; an OSError from
    `write` (a full disk) becomes ReportFailed; any other exception from `write` propagates after the
    temporary file is removed.
    """
    target = Path(target)
    check_target(target)
    clean_stale(target)
    pending = _Pending(_temporary_file(target), target)
    try:
        write(pending.temporary.path)
    except OSError as exc:  # a full disk while writing (the CSV export); the xlsx writer says it itself
        _discard([pending])
        raise ReportFailed(
            f"Could not write {target} ({exc.strerror or exc}). Check the free disk space, or choose "
            "another folder.",
            path=str(target),
            detail=repr(exc),
        ) from exc
    except BaseException:
        _discard([pending])
        raise
    batch = _BATCH.get()
    if batch is None:
        _commit([pending])
    else:
        batch.append(pending)
    return target


@contextlib.contextmanager
def replaced_together() -> Iterator[None]:
    """Files written with `write_atomically` in this block replace their targets together, or none does."""
    if _BATCH.get() is not None:  # nested: the outermost block replaces everything
        yield
        return
    batch: list[_Pending] = []
    token = _BATCH.set(batch)
    try:
        yield
    except BaseException:
        _discard(batch)
        raise
    finally:
        _BATCH.reset(token)
    _commit(batch)


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


def _temporary_file(target: Path) -> Temporary:
    try:
        return create(target)
    except OSError as exc:
        raise ReportFailed(
            f"Cannot write in the folder {target.parent} ({exc.strerror or exc}). "
            "Choose a folder you can write to.",
            path=str(target),
            detail=repr(exc),
        ) from exc


def _commit(pending: list[_Pending]) -> None:
    """Move every temporary file into place; when one fails, put back the files already replaced."""
    backups = [_backup(item.target) for item in pending] if len(pending) > 1 else [None] * len(pending)
    replaced: list[tuple[_Pending, Path | None]] = []
    try:
        for item, backup in zip(pending, backups, strict=True):
            if os.name == "nt":  # Windows cannot rename a file that is open
                item.temporary.release()
            _replace(item.temporary.path, item.target)
            replaced.append((item, backup))
    except BaseException:
        _restore(replaced)
        raise
    finally:
        _discard(pending)
        for backup in backups:
            if backup is not None:
                backup.unlink(missing_ok=True)


def _backup(target: Path) -> Path | None:
    """A second name for the current `target` (a hard link, else a copy), to restore it from."""
    if not target.exists():
        return None
    backup = new_name(target)  # our naming: a backup left by a kill is cleaned like a temporary file
    try:
        try:
            os.link(target, backup)
        except OSError:  # no hard links on this file system (FAT, some network shares)
            shutil.copy2(target, backup)
    except OSError as exc:
        raise ReportFailed(
            f"Could not keep a copy of {target} while replacing it ({exc.strerror or exc}); nothing "
            "was replaced. Check the free disk space, or choose another folder.",
            path=str(target),
            detail=repr(exc),
        ) from exc
    return backup


def _restore(replaced: list[tuple[_Pending, Path | None]]) -> None:
    for item, backup in reversed(replaced):
        with contextlib.suppress(OSError):
            if backup is None:
                item.target.unlink()  # there was no file before this write
            else:
                os.replace(backup, item.target)


def _discard(pending: list[_Pending]) -> None:
    for item in pending:
        item.temporary.release()
        with contextlib.suppress(OSError):
            item.temporary.path.unlink(missing_ok=True)


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
