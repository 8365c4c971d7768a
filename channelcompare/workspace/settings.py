"""The analyst's choices kept in the workspace: settings, channel rules, column mappings, effort costs.

Values are JSON: their shape belongs to the feature that writes them (attribution rules, mappings, the
comparison's baseline and filters); the workspace only stores them and commits each change at once.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any


class SettingsMixin:
    """Key/value storage mixed into Workspace (which provides the connection, lock and transactions)."""

    _db: sqlite3.Connection
    _lock: threading.RLock

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # -- analysis settings (baseline, filters, ...)
    def setting(self, key: str, default: Any = None) -> Any:
        return self._json_value("SELECT value FROM settings WHERE key = ?", key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store `value` (JSON-serialisable) under `key`; None removes the key."""
        self._put("settings", "key", "value", key, value)

    def settings(self) -> dict[str, Any]:
        with self._lock:
            rows = self._db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {key: json.loads(value) for key, value in rows}

    # -- channel rules (defined by the attribution feature)
    def channel_rules(self, name: str = "default") -> Any:
        return self._json_value("SELECT rules FROM channel_rules WHERE name = ?", name, None)

    def set_channel_rules(self, rules: Any, name: str = "default") -> None:
        self._put("channel_rules", "name", "rules", name, rules)

    # -- column mappings, keyed by the header they were made for
    def column_mapping(self, header_key: str) -> Any:
        return self._json_value("SELECT mapping FROM column_mappings WHERE header_key = ?", header_key, None)

    def set_column_mapping(self, header_key: str, mapping: Any) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO column_mappings(header_key, mapping, updated_at) VALUES (?, ?, ?)",
                (header_key, json.dumps(mapping), datetime.now().astimezone().isoformat(timespec="seconds")),
            )

    def column_mappings(self) -> dict[str, Any]:
        with self._lock:
            rows = self._db.execute("SELECT header_key, mapping FROM column_mappings ORDER BY header_key")
            return {key: json.loads(value) for key, value in rows.fetchall()}

    # -- effort costs per channel (time and agency cost, in the report currency)
    def effort_costs(self) -> dict[str, float]:
        with self._lock:
            rows = self._db.execute("SELECT channel, amount FROM effort_costs ORDER BY channel").fetchall()
        return {channel: float(amount) for channel, amount in rows}

    def set_effort_cost(self, channel: str, amount: float | None) -> None:
        """Set one channel's effort cost; None removes it."""
        with self._transaction() as db:
            db.execute("DELETE FROM effort_costs WHERE channel = ?", (channel,))
            if amount is not None:
                db.execute(
                    "INSERT INTO effort_costs(channel, amount) VALUES (?, ?)", (channel, float(amount))
                )

    # -- helpers
    def _json_value(self, query: str, key: str, default: Any) -> Any:
        with self._lock:
            row = self._db.execute(query, (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def _put(self, table: str, key_column: str, value_column: str, key: str, value: Any) -> None:
        with self._transaction() as db:
            db.execute(f"DELETE FROM {table} WHERE {key_column} = ?", (key,))
            if value is not None:
                db.execute(
                    f"INSERT INTO {table}({key_column}, {value_column}) VALUES (?, ?)",
                    (key, json.dumps(value)),
                )
