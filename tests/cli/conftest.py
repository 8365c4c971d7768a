"""Runs the headless commands in this process, as `main.py ARGS` would (a subprocess per run would pay
the pandas import each time: about 15 s over the CLI tests). tests/cli/test_smoke.py keeps one real
subprocess per command."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from main import main


@dataclass
class Done:
    """What a command run left: its exit status and output."""

    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Done]


@pytest.fixture
def run_main(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`run_main(*args, env=None, stdin="")`: with `env`, those variables are set and every other
    CHANNELCOMPARE_* variable is unset, as in a subprocess given that environment."""

    def run(*args: str | Path, env: Mapping[str, str] | None = None, stdin: str = "") -> Done:
        if env is not None:
            for name in [n for n in os.environ if n.startswith("CHANNELCOMPARE_") and n not in env]:
                monkeypatch.delenv(name)
            for name, value in env.items():
                monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()  # what ran before is not this command's output
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse refuses bad arguments this way
            code = exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 1
        out = capsys.readouterr()
        return Done(code, out.out, out.err)

    return run
