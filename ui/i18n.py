"""Interface language: installs our translations and Qt's own, and sets the locale numbers are written in.

Switching at runtime posts a LanguageChange event that reaches every widget; each re-sets its texts in
`changeEvent`. English is the source language: its file only holds plural forms.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from channelcompare.resources import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
#: Language code -> its own name (shown as is in the menu, whatever the current language).
LANGUAGES = {"en": "English", "fr": "Français"}
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "fr": (QLocale.Language.French, QLocale.Country.France),
}
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The code last passed to `apply_language` ("en" before any)."""
    return _current[0]


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def apply_language(code: str) -> str:
    """Use `code` ("en", "fr"; "" for the system's) for texts and number formats. Returns the code used."""
    code = code if code in LANGUAGES else system_language()
    _current[0] = code
    app = QCoreApplication.instance()
    if app is None:
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_locale_for(code))
    # English needs its file too, for plurals only ("%n row(s)" -> "1 row", "2 rows"); Qt's own dialogs
    # are translated by qtbase_<code>.
    files = [(f"channelcompare_{code}", str(TRANSLATIONS))]
    if code != "en":
        files.append((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No translation file %s.qm in %s", name, folder)
    # Also when nothing was (un)installed: the locale changed, and widgets re-format their numbers then.
    QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    return code


def _locale_for(code: str) -> QLocale:
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system  # keep the user's country conventions (fr_BE, en_GB, ...)
    language, country = _LOCALES[code]
    return QLocale(language, country)
