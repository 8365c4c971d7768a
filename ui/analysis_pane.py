"""The right side of the window: the filter bar over the analysis tabs (Overview, Campaigns, Timing, ...).

The views (ui/views) only show what they are given and report the user's choices as signals, which this
pane forwards. They set their texts when built, so a language change rebuilds them and shows the last
analysis again; the Campaigns table retranslates itself in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.analysis import Analysis, Available
from ui.busy_cover import BusyCover
from ui.campaigns_view import CampaignsView
from ui.fit_width import FitWidth
from ui.views.filter_bar import FilterBar
from ui.views.funnel import FunnelView
from ui.views.overview import OverviewView
from ui.views.sales_view import SalesView
from ui.views.timing import TimingView
from ui.views.trends import TrendsView

#: Tab key (for --tab, Ctrl+1.. and the settings) -> the view class; Campaigns is built here.
VIEWS: dict[str, type[QWidget]] = {
    "overview": OverviewView,
    "campaigns": CampaignsView,
    "timing": TimingView,
    "trends": TrendsView,
    "funnel": FunnelView,
    "sales": SalesView,
}
FORWARDED = ("baselineChanged", "metricChanged", "filtersChanged", "rulesRequested", "ruleSuggested")


def tab_title(key: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("MainWindow", "Overview"),
        "campaigns": QCoreApplication.translate("MainWindow", "Campaigns"),
        "timing": QCoreApplication.translate("MainWindow", "Timing"),
        "trends": QCoreApplication.translate("MainWindow", "Trends"),
        "funnel": QCoreApplication.translate("MainWindow", "Funnel"),
        "sales": QCoreApplication.translate("MainWindow", "Sales"),
    }
    return titles.get(key, key)


class AnalysisPane(QWidget):
    """The filter bar across the top; below, `side` (the Sources panel) and the tabs side by side.

    `show_analysis` fills every view; the user's choices come back through the signals."""

    baselineChanged = Signal(str)
    metricChanged = Signal(str)
    filtersChanged = Signal(dict)
    rulesRequested = Signal()  # the Sales tab asks for the channel-rules editor
    ruleSuggested = Signal(dict)  # ... or adds a suggested rule

    def __init__(self, side: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views: dict[str, QWidget] = {}
        self.campaigns = CampaignsView()
        self.analysis: Analysis | None = None
        self.chosen_metric = "click_rate"
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.filter_bar = self._new_filter_bar()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([235, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.filter_holder = FitWidth(self.filter_bar)
        self.filter_holder.hide()  # until an analysis says which period is loaded: never a placeholder date
        self.layout_.addWidget(self.filter_holder)
        self.layout_.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.filter_bar, self.tabs)  # filters, then the tabs, then the Sources panel
        self.holders: dict[str, QScrollArea] = {}
        for key in VIEWS:
            self.tabs.addTab(self._holder(key, self._new_view(key)), tab_title(key))
        #: Views that have not shown the latest analysis yet (they are not on screen).
        self._stale: set[str] = set()
        self._offered: Available | None = None  # what the filter bar offers now
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        #: Over the tabs while their data is still coming (ui.busy_state).
        self.cover = BusyCover(self.tabs)

    def _holder(self, key: str, view: QWidget) -> QScrollArea:
        """The tab page: `view` fills it, and scrolls instead of widening the window when it cannot shrink."""
        holder = self.holders.get(key) or QScrollArea()
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tab bar into the view
        holder.setWidgetResizable(True)
        old = holder.takeWidget()
        holder.setWidget(view)
        if old is not None:
            old.deleteLater()
        self.holders[key] = holder
        return holder

    def _new_view(self, key: str) -> QWidget:
        view = self.campaigns if key == "campaigns" else VIEWS[key]()
        for name in FORWARDED:
            signal = getattr(view, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        if hasattr(view, "set_metric"):
            view.set_metric(self.chosen_metric)
        self.views[key] = view
        return view

    def _new_filter_bar(self) -> FilterBar:
        bar = FilterBar()
        bar.filtersChanged.connect(self.filtersChanged)
        return bar

    def show_analysis(self, analysis: Analysis) -> None:
        """Show `analysis` in the tab on screen now, in the others when they are shown: redrawing every
        chart would add ~40 ms to each filter change. The filter bar offers what the analysis says is loaded."""
        self.analysis = analysis
        self._offer_choices(analysis)
        self._stale = set(self.views)
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current_key()
        analysis = self.analysis
        if key not in self._stale or analysis is None:
            return
        self._stale.discard(key)
        if key == "campaigns":
            self.campaigns.set_campaigns(analysis.campaigns, analysis.campaign_arrays)
        else:
            self.views[key].set_comparison(analysis.comparison)  # type: ignore[attr-defined]

    def _offer_choices(self, analysis: Analysis) -> None:
        available = analysis.available
        if available is not None and available != self._offered:  # a filter change offers the same
            choices = analysis.choices
            chosen = {
                **choices.filter_kwargs(),
                "period_over_period": choices.period_over_period,
                "prorate": choices.prorate,
            }
            # The bar shows the choices these figures use (restored ones too), never its own defaults.
            self.filter_bar.set_available(available.channels, available.platforms, available.period, chosen)
            self._offered = available
        self.filter_holder.setVisible(self._offered is not None)

    def set_metric(self, name: str) -> None:
        """Every view charts `name` (each view's `set_metric` emits nothing, so this cannot loop)."""
        self.chosen_metric = name
        for view in self.views.values():
            if hasattr(view, "set_metric"):
                view.set_metric(name)

    def show_tab(self, key: str) -> bool:
        holder = self.holders.get(key)
        if holder is not None:
            self.tabs.setCurrentWidget(holder)
        return holder is not None

    def current_key(self) -> str:
        return next((k for k, h in self.holders.items() if h is self.tabs.currentWidget()), "")

    def current_view(self) -> QWidget | None:
        return self.views.get(self.current_key())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_views()
        super().changeEvent(event)

    def _rebuild_views(self) -> None:
        """New views with texts and number formats of the current language, showing the same analysis."""
        current = self.current_key()
        filters = self.filter_bar.filters()
        old_bar, self.filter_bar = self.filter_bar, self._new_filter_bar()
        self._offered = None  # the new bar offers nothing yet
        self.filter_holder.set_content(self.filter_bar)
        old_bar.deleteLater()
        for index, key in enumerate(VIEWS):
            if key != "campaigns":
                self._holder(key, self._new_view(key))
            self.tabs.setTabText(index, tab_title(key))
        if self.analysis is not None:
            self.show_analysis(self.analysis)
        self.filter_bar.set_filters(filters)
        self.show_tab(current)
