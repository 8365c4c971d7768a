"""Once a process holds an API key, it writes no core file: a crash must not put the key on disk.

Checked in child processes (turning core dumps off cannot be undone, and must not change the test
process). Each child starts with core dumps enabled, as after `ulimit -c unlimited`.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_fetch_cmd import environment
from tests.conftest import ROOT
from tests.http_fake import Answer, FakeApi
from tests.importers.api.test_mailchimp_api import KEY, page, report

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="core dump limits are POSIX; prctl Linux"
)

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def _core_dumps_on() -> None:
    """`ulimit -c unlimited` for the child, or as high as this process may go."""
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _can_enable_core_dumps() -> bool:
    return os.geteuid() == 0 or resource.getrlimit(resource.RLIMIT_CORE)[1] != 0


CHILD = """
import ctypes, resource
from importers.api.secrets import SecretStore
def state():
    return resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)
print(state())
store = SecretStore()
store.set("mailchimp", "0123456789abcdef0123456789abcdef-us21")
assert store.get("mailchimp")
print(state())
"""


def test_holding_a_token_turns_core_dumps_off_for_good(tmp_path: Path) -> None:
    if not _can_enable_core_dumps():
        pytest.skip("core dumps are already off for this user: nothing to turn off")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env={**environment(tmp_path), **NO_KEYRING},
        preexec_fn=_core_dumps_on, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.splitlines()
    assert before != "((0, 0), 0)"  # the child started able to dump core
    assert after == "((0, 0), 0)"  # no core file, not dumpable, and it cannot be raised again


def test_the_fetch_command_runs_without_core_dumps_once_the_key_is_read(
    fake_api: FakeApi, tmp_path: Path
) -> None:
    if not _can_enable_core_dumps():
        pytest.skip("core dumps are already off for this user: nothing to turn off")
    fake_api.on("/3.0/reports", Answer(body=page([report(1)], 1).body, delay=1.5))
    command = [sys.executable, "main.py", "fetch", "mailchimp", "--key-stdin", "--since", "2026-09-01"]
    command += ["--until", "2026-09-30", "--base-url", f"{fake_api.base}/3.0"]
    with subprocess.Popen(
        command, cwd=ROOT, env={**environment(tmp_path), **NO_KEYRING}, preexec_fn=_core_dumps_on,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as child:  # fmt: skip
        assert child.stdin is not None
        child.stdin.write(KEY + "\n")
        child.stdin.flush()
        deadline = time.monotonic() + 60
        while not fake_api.requests and time.monotonic() < deadline:  # the key is read and in use
            time.sleep(0.05)
        limits = Path(f"/proc/{child.pid}/limits").read_text()
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"], core
