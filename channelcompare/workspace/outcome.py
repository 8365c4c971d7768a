"""What an import did to the workspace, in numbers and in the sentence the user is shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from channelcompare.workspace.overlap import Overlap

OverlapChoice = Literal["replace", "keep_both", "skip"]
OVERLAP_CHOICES: tuple[OverlapChoice, ...] = ("replace", "keep_both", "skip")


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one import: tell the user `message`."""

    status: Literal["added", "duplicate"]
    source_id: int
    file_name: str
    rows_added: int
    rows_replaced: int = 0
    rows_skipped: int = 0
    rows_partly_covered: int = 0
    overlaps: tuple[Overlap, ...] = ()
    message: str = ""


def added_message(
    name: str, added: int, replaced: int, skipped: int, partly: int, found: list[Overlap], choice: str
) -> str:
    parts = [f"{name}: {added} row(s) added."]
    if found and choice == "replace":
        parts.append(f"{replaced} overlapping row(s) of earlier imports no longer count (replaced).")
        if partly:
            parts.append(
                f"{partly} of them also covered days this file lacks (a longer reporting period): those days "
                "are no longer counted. Remove this import and re-add it with 'skip' to keep the older rows."
            )
    elif found and choice == "skip":
        parts.append(f"{skipped} row(s) repeat earlier imports and do not count (older rows kept).")
    elif found:
        parts.append("It overlaps earlier imports and both were kept: overlapping days are counted twice.")
    parts.extend(item.describe() + "." for item in found)
    return " ".join(parts)


def duplicate(name: str, source_id: int, earlier_name: str, imported_at: str) -> AddOutcome:
    """The outcome of importing content the workspace already holds: nothing added, and when it was."""
    when = imported_at[:16].replace("T", " ")
    message = (
        f"{name} is already in this workspace (imported as {earlier_name} on {when}): nothing was added."
    )
    return AddOutcome("duplicate", source_id, name, 0, message=message)
