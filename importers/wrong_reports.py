"""Files from a platform we read, but the wrong report: say which report it is and which one to export instead.

Detection asks this module only when no importer recognises a file. Each known wrong report has a header
signature and a way out, with the menu path, in English and French (the UI language of the analyst who
exported it is not known, so both are given). Headless, `import --json` carries the same sentence in `error`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from importers.sample import FileSample, norm

GA4_TRAFFIC = (
    "GA4 → Reports → Acquisition → Traffic acquisition → Share this report → Download file → Download CSV",
    "GA4 → Rapports → Acquisition → Acquisition de trafic → Partager ce rapport → Télécharger le fichier → "
    "Télécharger au format CSV",
)
SHOPIFY_ORDERS = (
    "Shopify admin → Orders → Export → All orders → CSV for Excel, Numbers, or other spreadsheet programs",
    "Admin Shopify → Commandes → Exporter → Toutes les commandes → CSV pour Excel, Numbers ou autres tableurs",
)


@dataclass(frozen=True)
class WrongReport:
    """A report we recognise but do not read: what it is, and what to export instead (EN, FR)."""

    matches: Callable[[FileSample], bool]
    english: str
    french: str

    def message(self, file_name: str) -> str:
        return f"{file_name}: {self.english}\n\n{self.french}"


def _first_cell(*names: str) -> Callable[[FileSample], bool]:
    wanted = {norm(name) for name in names}
    return lambda sample: bool(sample.header) and norm(sample.header[0]) in wanted


def _has(*groups: tuple[str, ...]) -> Callable[[FileSample], bool]:
    """Every group has at least one of its names in the header."""
    return lambda sample: all(any(sample.has_columns(name) for name in group) for group in groups)


def _both(*tests: Callable[[FileSample], bool]) -> Callable[[FileSample], bool]:
    return lambda sample: all(test(sample) for test in tests)


WRONG_REPORTS: tuple[WrongReport, ...] = (
    WrongReport(
        _first_cell(
            "Page title and screen class", "Page path and screen class", "Page title and screen name",
            "Page path + query string and screen class", "Titre de la page et classe de l'écran",
            "Chemin de la page et classe de l'écran", "Titre de la page et nom de l'écran",
        ),
        "this is GA4's Pages and screens report: it counts views per page, not visits per channel. Export "
        f"Traffic acquisition instead: {GA4_TRAFFIC[0]}.",
        "ce fichier est le rapport Pages et écrans de GA4 : il compte les vues par page, pas les visites par "
        f"canal. Exportez plutôt Acquisition de trafic : {GA4_TRAFFIC[1]}.",
    ),
    WrongReport(
        _both(_first_cell("Event name", "Nom de l'événement"), _has(("Event count", "Nombre d'événements"))),
        "this is GA4's Events report: it counts events by name, not visits per channel. Export Traffic "
        f"acquisition instead: {GA4_TRAFFIC[0]}.",
        "ce fichier est le rapport Événements de GA4 : il compte les événements par nom, pas les visites par "
        f"canal. Exportez plutôt Acquisition de trafic : {GA4_TRAFFIC[1]}.",
    ),
    WrongReport(
        _both(
            _first_cell("Device", "Appareil"),
            _has(("Clicks", "Clics"), ("Impressions",), ("Position",)),
        ),
        "this is Search Console's Devices table (clicks by device type, not by channel). Search Console exports "
        "are not read yet: for organic search beside email and social, export GA4's Traffic acquisition "
        f"(its Organic Search row): {GA4_TRAFFIC[0]}.",
        "ce fichier est le tableau Appareils de Search Console (clics par type d'appareil, pas par canal). Les "
        "exports Search Console ne sont pas encore lus : pour la recherche naturelle à côté de l'e-mail et des "
        f"réseaux sociaux, exportez Acquisition de trafic de GA4 (sa ligne Recherche naturelle) : {GA4_TRAFFIC[1]}.",
    ),
    WrongReport(
        _both(
            _first_cell("Top queries", "Top pages", "Country", "Search Appearance", "Date"),
            _has(("Clicks",), ("Impressions",), ("Position",)),
        ),
        "this is a table of a Search Console performance export (Queries, Pages, Countries, Search appearance "
        "or Dates). Search Console exports are not read yet: for organic search beside email and social, export "
        f"GA4's Traffic acquisition (its Organic Search row): {GA4_TRAFFIC[0]}.",
        "ce fichier est un tableau d'un export de performances Search Console (requêtes, pages, pays, apparence "
        "dans les résultats ou dates). Les exports Search Console ne sont pas encore lus : pour la recherche "
        f"naturelle, exportez Acquisition de trafic de GA4 (sa ligne Recherche naturelle) : {GA4_TRAFFIC[1]}.",
    ),
    WrongReport(
        lambda sample: [norm(cell) for cell in sample.header] == ["filter", "value"],
        "this is the Filters.csv of a Search Console export: the export's settings (search type, dates), not "
        f"data. Search Console exports are not read yet: export GA4's Traffic acquisition: {GA4_TRAFFIC[0]}.",
        "ce fichier est le Filters.csv d'un export Search Console : ses réglages (type de recherche, dates), pas "
        "des données. Les exports Search Console ne sont pas encore lus : exportez Acquisition de trafic de "
        f"GA4 : {GA4_TRAFFIC[1]}.",
    ),
    WrongReport(
        _has(("Handle",), ("Body (HTML)",), ("Variant SKU", "Variant Price")),
        "this is Shopify's products export (the catalogue, no sales). Export the orders instead: "
        f"{SHOPIFY_ORDERS[0]}.",
        "ce fichier est l'export des produits de Shopify (le catalogue, sans ventes). Exportez plutôt les "
        f"commandes : {SHOPIFY_ORDERS[1]}.",
    ),
    WrongReport(
        _has(("Product title", "Titre du produit"), ("Net sales", "Total sales", "Ventes nettes", "Ventes totales")),
        "this is a Shopify Analytics sales by product report: sales per product, with no order or channel. "
        f"Export the orders instead: {SHOPIFY_ORDERS[0]}.",
        "ce fichier est un rapport Shopify Analytics des ventes par produit : des ventes par produit, sans "
        f"commande ni canal. Exportez plutôt les commandes : {SHOPIFY_ORDERS[1]}.",
    ),
)  # fmt: skip


def wrong_report(sample: FileSample) -> WrongReport | None:
    """The known wrong report this sample is, if any. Never raises."""
    return next((report for report in WRONG_REPORTS if report.matches(sample)), None)
