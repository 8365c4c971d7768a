#!/usr/bin/env bash
# Sets everything up (first run only) and starts channelcompare. With no files, opens the bundled sample data.
# Before Qt loads, main.py checks for a display and for the libraries Qt's X11 plugin needs: when one is
# missing it prints the one apt-get line to run and exits 2 (ui/platform_check.py), instead of a core dump.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh requirements.txt
exec .venv/bin/python main.py "$@"
