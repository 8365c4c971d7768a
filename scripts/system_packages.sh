#!/usr/bin/env bash
# Installs the Debian packages given as arguments that are not installed yet: as root with apt-get, else
# through sudo (asking for the password when run from a terminal); otherwise prints the one command to run
# and returns 1 (the caller decides).
# Used by run.sh (the window's Qt libraries, python3-venv) and .ci/run (the same, plus xvfb for the tests).
set -euo pipefail
missing=""
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  as_root=(sudo)
else
  echo "channelcompare needs these system packages:$missing" >&2
  echo "Install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "Installing the system packages channelcompare needs:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
# shellcheck disable=SC2086  # one word per package
"${as_root[@]}" apt-get install -y -qq --no-install-recommends $missing
