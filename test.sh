#!/usr/bin/env bash
# Sets everything up (first run only), then runs lint, type checks and the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh requirements-dev.txt
export QT_QPA_PLATFORM=offscreen
echo "== ruff" && .venv/bin/ruff check .
echo "== mypy" && .venv/bin/mypy channelcompare importers session cli ui
echo "== pytest" && exec .venv/bin/python -m pytest "$@"
