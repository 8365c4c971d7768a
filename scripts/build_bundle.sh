#!/usr/bin/env bash
# Builds the standalone one-folder app with PyInstaller: dist/channelcompare/channelcompare (+ _internal/).
# PyInstaller is not in requirements-dev.txt (building takes minutes); install it for the Python you use:
#     .venv/bin/python -m pip install pyinstaller==6.22.3
# PYTHON picks another interpreter (one that has PyInstaller and the runtime requirements), DIST the output
# folder. See docs/install.md.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
dist="${DIST:-dist}"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not installed for $python: $python -m pip install pyinstaller==6.22.3" >&2
  exit 1
fi
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "${WORK:-build/pyinstaller}" \
  scripts/channelcompare.spec
echo "$dist/channelcompare/channelcompare"
