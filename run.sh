#!/usr/bin/env bash
# Sets everything up (first run only) and starts channelcompare. With no files, opens the bundled sample data.
# The Debian packages the window needs (Qt's X11 libraries, fonts, python3-venv) are installed when missing,
# as root or with passwordless sudo (scripts/system_packages.sh); otherwise the one apt-get line to run is
# printed. Before Qt loads, main.py still checks for a display and those libraries and exits 2 with a message
# instead of a core dump (ui/platform_check.py).
set -euo pipefail
cd "$(dirname "$0")"
if command -v dpkg-query >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  bash scripts/system_packages.sh $(python3 ui/platform_check.py --apt-packages) python3-venv || true
fi
bash scripts/bootstrap.sh requirements.txt
exec .venv/bin/python main.py "$@"
