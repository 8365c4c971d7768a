#!/usr/bin/env bash
# Sets everything up (first run only) and starts channelcompare. With no files, opens the bundled sample data.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh requirements.txt
exec .venv/bin/python main.py "$@"
