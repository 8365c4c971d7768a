"""Help > Guide, Keyboard shortcuts and Metric definitions: one dialog with a page each, all offline.

The guide says what to export from each platform and where its menu is (the menu paths are the platforms'
English labels, from the export research behind docs/formats.md, which says which formats were checked). The metric definitions are docs/metrics.md,
the one definition of every metric, rendered as it is, after a table of the metrics by their names in the
interface language.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from channelcompare.resources import RESOURCES
from ui.views.metric_info import engine_metrics, metric_label

#: The metric definitions: resources/docs/metrics.md links to docs/metrics.md, so the package and the
#: bundle carry the same file as the checkout.
METRICS_DOC = RESOURCES / "docs" / "metrics.md"
PAGES = ("guide", "shortcuts", "metrics")

#: Platform -> the menu path of the export the app reads (the platform's own English labels).
MENU_PATHS = {
    "Mailchimp": "Reports → select the campaigns → Export as CSV",
    "Klaviyo": "Campaigns → Export CSV (or Flows → Export)",
    "MailerLite": "Campaigns → a sent campaign → View report → Export",
    "Meta Ads Manager": "Ads Manager → Reports → Export table data (CSV or XLSX)",
    "Facebook / Instagram": "Meta Business Suite → Insights → Content → Export",
    "LinkedIn": "Campaign Manager → Analyze → Export → CSV",
    "X": "x.com/i/account_analytics → Export",
    "TikTok": "Ads Manager → Reporting → custom report → Export",
    "Google Analytics 4": "Reports → Acquisition → Traffic acquisition → Share this report → Download File → CSV",
    "Shopify": "Orders → Export → CSV for Excel, Numbers or other",
}


class HelpDialog(QDialog):
    """The three help pages in tabs; `show_page(key)` brings one to the front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("channelcompare help"))
        self.resize(760, 560)
        self.tabs = QTabWidget()
        self.pages = {key: QTextBrowser() for key in PAGES}
        for browser in self.pages.values():
            browser.setOpenExternalLinks(False)  # offline: nothing is fetched
        self.pages["guide"].setHtml(self._guide())
        self.pages["shortcuts"].setHtml(self._shortcuts())
        self.pages["metrics"].setMarkdown(self._metrics())
        self.tabs.addTab(self.pages["guide"], self.tr("Guide"))
        self.tabs.addTab(self.pages["shortcuts"], self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self.pages["metrics"], self.tr("Metric definitions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.pages.get(key, self.pages["guide"]))

    def _guide(self) -> str:
        rows = "".join(
            f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(path)}</td></tr>"
            for name, path in MENU_PATHS.items()
        )
        steps = [
            self.tr("Export each platform's campaign or post report for the same period, as CSV or XLSX."),
            self.tr("Drop the files (or their folder) on the window, or use File > Open exports…"),
            self.tr("Check the Sources panel: every file shows its platform, channel, rows and period."),
            self.tr("Read the Overview; export the Excel report with File > Export Excel report…"),
        ]
        items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        # tr() outside the f-string: lupdate does not read calls inside one.
        steps_title = html.escape(self.tr("From exports to a comparison"))
        paths_title = html.escape(self.tr("What to export, and where"))
        paths_note = html.escape(self.tr("Menu paths as the platforms name them in English."))
        return (
            f"<h3>{steps_title}</h3><ol>{items}</ol><h3>{paths_title}</h3><p>{paths_note}</p>"
            f"<table cellpadding='4'>{rows}</table>"
        )

    def _shortcuts(self) -> str:
        keys = [
            ("Ctrl+O", self.tr("Open exports")),
            ("Ctrl+E", self.tr("Export the Excel report")),
            ("Ctrl+Shift+E", self.tr("Export the chart of the tab shown")),
            ("Ctrl+Z", self.tr("Undo")),
            ("Ctrl+Shift+Z, Ctrl+Y", self.tr("Redo")),
            ("Esc", self.tr("Cancel the running import")),
            ("Ctrl+1 … Ctrl+6", self.tr("Overview, Campaigns, Timing, Trends, Funnel, Sales")),
            ("Ctrl+B", self.tr("Show or hide the Sources panel")),
            ("Ctrl+C", self.tr("Copy the selected campaign cells")),
            ("Ctrl+Shift+C", self.tr("Copy them with their column headers")),
            ("F1", self.tr("This help")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{html.escape(text)}</td></tr>" for k, text in keys)
        return f"<table cellpadding='4'>{rows}</table>"

    def _metrics(self) -> str:
        names = "\n".join(
            f"| {metric_label(name, definition)} | `{definition.formula}` |"
            for name, definition in engine_metrics().items()
        )
        metric, formula = self.tr("Metric"), self.tr("Formula")
        table = f"| {metric} | {formula} |\n| --- | --- |\n{names}\n"
        intro = self.tr("The full definitions follow, in English, as in docs/metrics.md.")
        return f"{table}\n{intro}\n\n{_metrics_doc()}"


def _metrics_doc() -> str:
    try:
        return METRICS_DOC.read_text(encoding="utf-8")
    except OSError as error:  # a package built without docs/: say so instead of an empty page
        return f"*{METRICS_DOC} could not be read ({error.strerror}).*"


def show_help(parent: QWidget, page: str = "guide") -> HelpDialog:
    """Open (not modal: the window stays usable) the help on `page`."""
    dialog = parent.findChild(HelpDialog) or HelpDialog(parent)
    dialog.show_page(page)
    dialog.show()
    dialog.raise_()
    return dialog
