#!/usr/bin/env bash
# Creates .venv when missing and installs the pinned dependencies only when the requirement files changed.
# Sourced by run.sh and test.sh; needs python3 (3.11+) with the venv module.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
req="${1:-requirements.txt}"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    echo "python3 -m venv failed: install it with 'apt-get install python3-venv' (Python 3.11+ needed)." >&2
    exit 1
  fi
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
fi
stamp="$venv/.installed-$(basename "$req")"
digest="$(cat "$here/requirements.txt" "$here/$req" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  echo "Installing pinned dependencies from $req ..." >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/$req"
  echo "$digest" > "$stamp"
fi
