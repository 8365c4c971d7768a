"""Render every analysis view on the bundled sample data into PNG files, for the documentation.

    QT_QPA_PLATFORM=offscreen python -m ui.views.screenshots docs/screenshots [--language fr]

Each view is shown alone at 1400x900 and 1024x700 (the window's own screenshots come from
`main.py --screenshot`), plus the filter bar and the exported charts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.model import concat_records
from channelcompare.resources import resource_path
from importers.load import import_files
from ui.app import create_application
from ui.i18n import apply_language
from ui.views.filter_bar import FilterBar
from ui.views.funnel import FunnelView
from ui.views.overview import OverviewView
from ui.views.timing import TimingView
from ui.views.trends import TrendsView

SIZES = ((1400, 900), (1024, 700))


def sample_comparison() -> tuple[Comparison, list[str]]:
    outcomes = import_files(sorted(resource_path("sample_data").glob("*.csv")))
    records = concat_records([o.result.records for o in outcomes if o.result is not None])
    platforms = sorted(str(p) for p in records["platform"].dropna().unique())
    return compare(records, CompareOptions()), platforms


def save(widget: QWidget, path: Path, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    for _ in range(5):  # layout, then pyqtgraph's deferred axis and label updates
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"Could not write {path}")


def render_all(folder: Path, suffix: str = "", overview_only: bool = False) -> list[Path]:
    comparison, platforms = sample_comparison()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    views: dict[str, Any] = {
        "overview": OverviewView(),
        "timing": TimingView(),
        "trends": TrendsView(),
        "funnel": FunnelView(),
    }
    for name, view in views.items():
        if overview_only and name != "overview":
            continue
        view.set_comparison(comparison)
        for width, height in SIZES:
            path = folder / f"{name}_{width}x{height}{suffix}.png"
            save(view, path, width, height)
            written.append(path)
        if not overview_only:
            written.append(view.export_chart(folder / f"{name}_chart.svg"))
    if overview_only:
        return written
    bar = FilterBar()
    bar.set_available(list(comparison.channels), platforms, comparison.period)
    path = folder / "filter_bar_1024.png"
    save(bar, path, 1024, bar.sizeHint().height())
    return [*written, path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", default="en", help="fr: French texts, numbers and dates")
    args = parser.parse_args(argv)
    create_application()
    if args.language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        apply_language(args.language)
    suffix = "" if args.language == "en" else f"_{args.language}"
    # Other languages: the Overview only, to show the translation and the locale's number formats.
    for path in render_all(args.folder, suffix, overview_only=bool(suffix)):
        print(path)  # noqa: T201 (a command-line tool reports what it wrote)
    return 0


if __name__ == "__main__":
    sys.exit(main())
