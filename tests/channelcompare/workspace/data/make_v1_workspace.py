"""Builds v1.ccws: a workspace exactly as version 1 of the schema wrote it (run from the repository root).

    .venv/bin/python -m tests.channelcompare.workspace.data.make_v1_workspace

The file is committed; regenerate it only if it is lost, never to follow a schema change (it must stay v1).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from channelcompare.workspace import records, schema
from tests.channelcompare.workspace.conftest import daily_export, mailchimp_export

TARGET = Path(__file__).with_name("v1.ccws")


def build(target: Path = TARGET) -> None:
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.executescript(schema.V1_DDL)
    connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    for source_id, (result, digest, first, last) in enumerate(
        [
            (mailchimp_export(), "v1-mailchimp", "2026-09-03", "2026-09-03"),
            (daily_export("week36.csv", range(1, 8)), "v1-week36", "2026-09-01", "2026-09-07"),
        ],
        start=1,
    ):
        table = records.to_arrow(result.records)
        connection.execute(
            "INSERT INTO sources(id, file_name, path, content_hash, format_id, platform, currency, imported_at, "
            "warnings, rows, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_id,
                Path(result.path).name,
                result.path,
                digest,
                result.format_id,
                result.platform,
                result.currency,
                "2026-10-01T09:00:00+02:00",
                json.dumps(result.warnings),
                len(table),
                first,
                last,
            ),
        )
        connection.execute(
            "INSERT INTO record_chunks(source_id, seq, rows, data) VALUES (?, 0, ?, ?)",
            (source_id, len(table), records.encode(table)),
        )
        connection.executemany(
            "INSERT INTO rejections(source_id, line, column_name, reason) VALUES (?, ?, ?, ?)",
            [(source_id, r.line, r.column, r.reason) for r in result.rejected],
        )
    connection.execute("INSERT INTO settings(key, value) VALUES ('baseline', '\"email\"')")
    connection.execute("PRAGMA user_version = 1")
    connection.close()


if __name__ == "__main__":
    build()
