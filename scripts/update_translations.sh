#!/usr/bin/env bash
# Refreshes the French translation source from every tr() in ui/ (keeps existing translations), then
# compiles it. Translate new entries in resources/translations/channelcompare_fr.ts (Qt Linguist:
# .venv/bin/pyside6-linguist) and run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/channelcompare_fr.ts
.venv/bin/pyside6-lupdate $(find ui -name '*.py' | sort) -no-obsolete -locations none \
    -source-language en -target-language fr -ts "$ts"
.venv/bin/pyside6-lrelease "$ts" -qm resources/translations/channelcompare_fr.qm
# English is the source language; its file only holds the plural forms ("1 row", "2 rows" for "%n row(s)").
en=resources/translations/channelcompare_en.ts
.venv/bin/pyside6-lupdate $(find ui -name '*.py' | sort) -pluralonly -no-obsolete -locations none \
    -source-language en -target-language en -ts "$en"
.venv/bin/pyside6-lrelease "$en" -qm resources/translations/channelcompare_en.qm
