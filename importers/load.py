"""Import files end to end: expand folders, sample, detect, read; one file's failure never stops the others.

This is the entry point the UI, the headless commands and the workspace use. `import_file` raises typed
errors for one file; `import_files` turns every failure into a `FileOutcome` with a message (a bug in an
importer too, with its traceback logged), and only `Cancelled` escapes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyarrow as pa

from channelcompare.errors import Cancelled, ChannelCompareError, EmptyFile, ImportFailed, UnknownFormat
from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Importer, Progress, never_cancelled, no_progress
from importers.limits import check_size, with_deadline
from importers.registry import detect
from importers.sample import FileSample, sample_file

log = logging.getLogger(__name__)


class MappingLookup(Protocol):
    """Remembered column mappings (importers.mapping.MappingStore): an importer for a known header."""

    def importer_for(self, sample: FileSample) -> Importer | None: ...


@dataclass(frozen=True)
class FileOutcome:
    """One file of a drop: its result, or the error that explains why it did not import."""

    path: Path
    result: ImportResult | None
    error: ChannelCompareError | None

    @property
    def ok(self) -> bool:
        return self.result is not None


#: Files taken from a dropped folder (a file given by name is read whatever its extension).
DATA_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm"})


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; folders replaced by their data files (recursively, sorted), hidden ones skipped."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            out.extend(
                child
                for child in sorted(path.rglob("*"))
                if child.is_file()
                and child.suffix.lower() in DATA_SUFFIXES
                and not any(p.startswith(".") for p in child.relative_to(path).parts)
            )
        else:
            out.append(path)
    return out


def import_file(
    path: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    mappings: MappingLookup | None = None,
) -> ImportResult:
    """Detect and read one file. Raises ChannelCompareError subtypes (UnknownFormat when nothing fits)."""
    check_size(path)
    cancelled = with_deadline(path, cancelled)
    sample = sample_file(path)
    try:
        importer = detect(sample)
    except UnknownFormat:
        remembered = mappings.importer_for(sample) if mappings is not None else None
        if remembered is None:
            raise
        importer = remembered
    result = importer.read(path, sample, progress, cancelled)
    if result.rows == 0 and not result.rejected:
        said = " ".join(result.warnings)
        raise EmptyFile(
            f"{path.name} was recognised as {importer.label} but holds no records. {said}".strip(),
            path=str(path),
        )
    return result


def import_files(
    paths: Iterable[Path | str],
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    mappings: MappingLookup | None = None,
) -> list[FileOutcome]:
    """Import every file (folders expanded) in order. Never raises except Cancelled."""
    files = expand_paths(paths)
    outcomes = []
    for index, path in enumerate(files):

        def file_progress(fraction: float, index: int = index) -> None:
            progress((index + min(max(fraction, 0.0), 1.0)) / len(files))

        outcomes.append(_import_one(path, file_progress, cancelled, mappings))
    release_freed_arrow_memory()
    progress(1.0)
    return outcomes


def release_freed_arrow_memory() -> None:
    """Purge the pages Arrow's allocator (mimalloc) holds freed in this thread, now.

    mimalloc purges them lazily, inside a later allocation: after a million-row import, that was the
    window's next filter changes (10-30 ms each). Called where a thread has just freed a lot (the end of an
    import, of a data change's preparation), so that the work that freed them pays."""
    pa.default_memory_pool().release_unused()


def _import_one(
    path: Path, progress: Progress, cancelled: CancelCheck, mappings: MappingLookup | None
) -> FileOutcome:
    if cancelled():
        raise Cancelled("Import cancelled.")
    try:
        return FileOutcome(path, import_file(path, progress, cancelled, mappings), None)
    except Cancelled:
        raise
    except ChannelCompareError as exc:
        return FileOutcome(path, None, exc)
    except Exception as exc:  # a bug must not lose the other files of the drop; logged with traceback
        log.exception("Unexpected error importing %s", path)
        error = ImportFailed(
            f"{path.name} could not be imported because of an internal error ({type(exc).__name__}: {exc}). "
            "The other files were imported; please report this problem with the file if you can.",
            path=str(path),
        )
        return FileOutcome(path, None, error)
