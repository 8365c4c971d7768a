"""API tokens, kept in the system keyring when there is one, else for the running session only.

A token is never written to settings, logs, workspaces or reports. When the system has no keyring
backend (common on Linux servers and containers), `SecretStore.persistent` is False and the caller tells
the user that the token will be forgotten when the app closes.

A token in memory would be written into a core file if the process crashed with core dumps enabled
(`ulimit -c unlimited`, or a crash reporter such as systemd-coredump or apport collecting it). So once a
process holds a token, `forbid_core_dumps` turns them off for the rest of its life: Python cannot wipe a
string, so the token may stay in memory until the process ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys

import keyring
from keyring.errors import KeyringError, NoKeyringError

try:
    import resource
except ImportError:  # Windows writes no core files; its crash dumps are opt-in
    resource = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
SERVICE = "channelcompare"
_PR_SET_DUMPABLE = 4  # linux/prctl.h


def forbid_core_dumps() -> None:
    """No core file for this process from now on (it holds, or is about to hold, a secret)."""
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # hard limit too: nothing can raise it again
    if sys.platform.startswith("linux"):
        # Not dumpable: crash reporters that receive the core through a pipe ignore RLIMIT_CORE, and other
        # processes of the same user can no longer attach a debugger or read /proc/<pid>/mem.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


class SecretStore:
    """Get and set tokens by name (e.g. "mailchimp", "meta")."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self.persistent = _has_backend()

    def get(self, name: str) -> str | None:
        forbid_core_dumps()
        if name in self._session:
            return self._session[name]
        if not self.persistent:
            return None
        try:
            return keyring.get_password(SERVICE, name)
        except KeyringError:
            log.warning("The system keyring could not be read; the %s token must be entered again.", name)
            return None

    def set(self, name: str, token: str) -> bool:
        """Store `token`; returns True when it will survive a restart (keyring), False if session-only."""
        forbid_core_dumps()
        if self.persistent:
            try:
                keyring.set_password(SERVICE, name, token)
                self._session.pop(name, None)
                return True
            except (NoKeyringError, KeyringError):
                log.warning(
                    "The system keyring refused the %s token; it is kept for this session only.", name
                )
                self.persistent = False
        self._session[name] = token
        return False

    def delete(self, name: str) -> None:
        self._session.pop(name, None)
        if self.persistent:
            # nothing stored, or no backend: either way the token is gone
            with contextlib.suppress(KeyringError):
                keyring.delete_password(SERVICE, name)


def _has_backend() -> bool:
    backend = keyring.get_keyring()
    # keyring's "fail" and "null" backends mean: no usable keyring on this system.
    return type(backend).__module__.split(".")[-1] not in {"fail", "null"} and backend.priority > 0
