"""User-facing error types. Each carries a short title and a message that says what to do.

The core and the importers raise these; the UI shows `title` and `message` (with the technical detail
folded away) and the headless commands print `message` on one line. Anything else escaping is a bug.
"""

from __future__ import annotations


class ChannelCompareError(Exception):
    """Base of every expected error: something about the input or the environment, not a bug."""

    title = "Something went wrong"

    def __init__(self, message: str, *, path: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ImportFailed(ChannelCompareError):
    """A file could not be imported at all (the other files of the same drop still import)."""

    title = "File could not be imported"


class UnreadableFile(ImportFailed):
    title = "File could not be read"


class EmptyFile(ImportFailed):
    title = "File is empty"


class UnknownFormat(ImportFailed):
    title = "Format not recognised"

    def __init__(self, message: str, *, path: str | None = None, supported: list[str] | None = None) -> None:
        super().__init__(message, path=path)
        self.supported = supported or []


class AmbiguousFormat(ImportFailed):
    title = "Format is ambiguous"

    def __init__(self, message: str, *, path: str | None = None, candidates: list[str] | None = None) -> None:
        super().__init__(message, path=path)
        self.candidates = candidates or []


class MissingColumns(ImportFailed):
    title = "Columns are missing"


class FileTooLarge(ImportFailed):
    title = "File is too large"


class Cancelled(ChannelCompareError):
    """The user cancelled a long operation; nothing was changed."""

    title = "Cancelled"


class ReportFailed(ChannelCompareError):
    title = "Report could not be written"


class WorkspaceError(ChannelCompareError):
    title = "Workspace problem"


class WorkspaceDamaged(WorkspaceError):
    """The file is not a readable workspace: the app starts with a new one and keeps this file aside."""

    title = "Workspace is damaged"


class WorkspaceTooNew(WorkspaceError):
    """Written by a newer version of the app: refused, never modified."""

    title = "Workspace needs a newer version"


class FetchFailed(ChannelCompareError):
    title = "Fetch failed"


class InvalidRules(ChannelCompareError):
    """A saved channel-rules file (or a rule typed in the rules table) cannot be used."""

    title = "Channel rules are invalid"
