"""Download the ECB's historical euro reference rates into the on-disk cache.

The file is checked (a real zip, a bounded size, parseable rates) before it replaces the cache, so a
failed or hostile download leaves the previous rates in place.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from channelcompare.currency import RateTable, parse_ecb_csv
from channelcompare.errors import FetchFailed
from importers.api.http import HttpSettings, check_base_url, get, make_session

SERVICE = "the European Central Bank"
DEFAULT_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
MAX_UNPACKED = 20 * 1024 * 1024


def download_rates(cache: Path, *, url: str = DEFAULT_URL, settings: HttpSettings | None = None) -> RateTable:
    """Fetch the rates, verify them, and atomically replace `cache` (a CSV file). Returns the new table."""
    settings = settings or HttpSettings()
    with make_session(settings, {"Accept": "application/zip"}, SERVICE) as session:
        response = get(session, check_base_url(url), settings, SERVICE)
    if response.status_code != 200:
        raise FetchFailed(f"{SERVICE} answered HTTP {response.status_code}; the previous rates are kept.")
    text = _unzip(response.content)
    try:
        table = parse_ecb_csv(text, f"downloaded to {cache}")
    except (ValueError, KeyError) as exc:
        raise FetchFailed(
            f"The rates from {SERVICE} could not be read ({exc}); the previous rates are kept."
        ) from exc
    _write_atomically(cache, text)
    return table


def _unzip(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = [i for i in archive.infolist() if i.filename.endswith(".csv")]
            if len(members) != 1 or members[0].file_size > MAX_UNPACKED:
                raise FetchFailed(
                    f"The file from {SERVICE} is not the expected rates archive; nothing was changed."
                )
            return archive.read(members[0]).decode("utf-8")
    except (zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise FetchFailed(f"The file from {SERVICE} is damaged; the previous rates are kept.") from exc


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".rates-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
