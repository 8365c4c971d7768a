"""The bytes of a text export as the CSV readers take them: refused at the first NUL byte past the sample.

The sample (importers/sample.py) refuses binary content in the first 64 KB. A file can still start as a
valid export and turn into something else: a sparse file of 2 GB whose holes read as NUL bytes (a copy
cut off by a full disk, a download that never finished) read for 70 s and took 6.4 GB before this check.
Real exports never hold a NUL byte, outside UTF-16 where every other byte of ASCII text is one.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from channelcompare.errors import UnreadableFile


class GuardedStream:
    """A binary file object that raises UnreadableFile when a block read from it holds a NUL byte."""

    def __init__(self, raw: BinaryIO, path: Path, encoding: str) -> None:
        self.raw, self.path = raw, path
        self.checks = not encoding.lower().startswith("utf-16")

    def read(self, size: int = -1) -> bytes:
        offset = self.raw.tell()
        block = self.raw.read(size)
        if self.checks and (at := block.find(b"\x00")) >= 0:
            raise UnreadableFile(
                f"{self.path.name} turns into binary data (NUL bytes) at byte {offset + at:,} of "
                f"{self.path.stat().st_size:,}: the file is damaged or incomplete (a download or copy that "
                "did not finish). Download it again.",
                path=str(self.path),
            )
        return block

    def tell(self) -> int:
        return self.raw.tell()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed
