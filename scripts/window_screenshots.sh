#!/usr/bin/env bash
# Renders the whole window on the bundled sample data, every tab at 1400x900 and 1024x700, plus the empty
# state and the French Overview, into docs/screenshots/window_*.png (offscreen; settings in a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
shot() { XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" QT_QPA_PLATFORM=offscreen .venv/bin/python main.py "$@" 2>/dev/null; }
for size in 1400x900 1024x700; do
  for tab in overview campaigns timing trends funnel sales; do
    shot --screenshot "$out/window_${tab}_${size}.png" --size "$size" --tab "$tab"
  done
  shot --no-sample --screenshot "$out/window_empty_${size}.png" --size "$size"
  shot --lang fr --screenshot "$out/window_overview_${size}_fr.png" --size "$size" --tab overview
done
ls "$out"/window_*.png
