"""scripts/system_packages.sh, which run.sh and .ci/run share: installed packages are left alone, and a user
who can neither be root nor use sudo is told the one command to run."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "system_packages.sh"
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")


@needs_dpkg
def test_installed_packages_need_nothing() -> None:
    done = subprocess.run(["bash", str(SCRIPT), "bash", "coreutils"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@needs_dpkg
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("runuser") is None, reason="needs root to become nobody")
def test_a_user_without_root_or_sudo_is_told_the_command() -> None:
    done = subprocess.run(
        ["runuser", "-u", "nobody", "--", "bash", str(SCRIPT), "bash", "no-such-package-xyz"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "sudo apt-get install no-such-package-xyz" in done.stderr
    assert " bash" not in done.stderr.split("install")[-1]  # only what is missing


def test_run_sh_and_ci_install_the_start_up_checks_list() -> None:
    for script in ("run.sh", ".ci/run"):
        text = (ROOT / script).read_text()
        assert "scripts/system_packages.sh $(python3 ui/platform_check.py --apt-packages)" in text, script
