"""Dates written with words in the export's UI language, rewritten as English text strptime can read.

Real cells: `17 févr. 2025` (fr), `17 de febrero de 2025` (es), `17. Februar 2025` (de),
`17 de fev. de 2025` (pt), `lun. 17 févr. 2025`, `2025年2月17日` (ja), and English `Mon Feb 17 2025`.
The language is decided once per column from a sample of its cells (the language whose month names the
sample uses most), never cell by cell: `mar` is March in Spanish and Portuguese but Tuesday in French.
Weekday names and the connectors `de`/`à` are dropped; the month becomes its English abbreviation.
"""

from __future__ import annotations

import re

import pandas as pd

_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _table(months: str) -> dict[str, str]:
    """Month words (12 space-separated groups, January first, spellings `|`-separated) to English."""
    groups = months.split()
    return {word: _MONTHS_EN[i] for i, spellings in enumerate(groups) for word in spellings.split("|")}


MONTHS: dict[str, dict[str, str]] = {
    "en": _table(
        "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug "
        "september|sept|sep october|oct november|nov december|dec"
    ),
    "fr": _table(
        "janvier|janv|jan février|fevrier|févr|fevr|fév|fev mars avril|avr mai juin juillet|juil "
        "août|aout septembre|sept octobre|oct novembre|nov décembre|decembre|déc|dec"
    ),
    "es": _table(
        "enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago "
        "septiembre|setiembre|sept|sep|set octubre|oct noviembre|nov diciembre|dic"
    ),
    "de": _table(
        "januar|jänner|jan februar|feb märz|maerz|mär|mrz april|apr mai juni|jun juli|jul august|aug "
        "september|sept|sep oktober|okt november|nov dezember|dez"
    ),
    "pt": _table(
        "janeiro|jan fevereiro|fev março|marco|mar abril|abr maio|mai junho|jun julho|jul agosto|ago "
        "setembro|set outubro|out novembro|nov dezembro|dez"
    ),
}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Weekday names and connector words, dropped before parsing (the date alone decides the day).
NOISE: dict[str, frozenset[str]] = {
    "en": _set(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat "
        "sun at"
    ),
    "fr": _set("lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim à a le"),
    "es": _set(
        "lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mar mié mie jue vie sáb sab "
        "dom de del a las"
    ),
    "de": _set("montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so um"),
    "pt": _set(
        "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado sabado domingo "
        "seg ter qua qui sex sáb sab dom de às as"
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:-feira)?", re.UNICODE)
_CJK = r"^(?P<y>[0-9]{4})年 *(?P<m>[0-9]{1,2})月 *(?P<d>[0-9]{1,2})日"


def cjk_to_iso(text: pd.Series) -> pd.Series:
    """`2025年2月17日 9:30` as `2025-02-17 9:30` (Japanese and Chinese UIs); other cells unchanged."""
    parts = text.str.extract(_CJK)
    matched = parts["y"].notna()
    if not matched.any():
        return text
    iso = parts["y"] + "-" + parts["m"].str.zfill(2) + "-" + parts["d"].str.zfill(2)
    rest = text.str.replace(_CJK, "", regex=True).str.replace(r"^[（(][^)）]*[)）]", "", regex=True)
    return text.mask(matched, (iso + " " + rest.str.strip()).str.strip())


def column_language(text: pd.Series) -> str:
    """The language whose month names (weighted 2) and weekdays or connectors (1) a sample of the column
    uses most; English on a tie or no words."""
    words = [w for cell in text.dropna().drop_duplicates().head(200) for w in _words(str(cell))]
    counts = {
        lang: sum(2 * (w in table) + (w in NOISE[lang]) for w in words) for lang, table in MONTHS.items()
    }
    best = max(counts.values(), default=0)
    return "en" if counts["en"] == best else max(counts, key=lambda lang: counts[lang])


def to_english(text: pd.Series, language: str) -> pd.Series:
    """Month words as English abbreviations, weekdays and connectors dropped, `17.` read as `17`."""
    months, noise = MONTHS[language], NOISE[language]
    distinct = pd.unique(text.dropna())
    rewritten = {cell: _rewrite(str(cell), months, noise) for cell in distinct}
    return text.map(rewritten)


def _rewrite(cell: str, months: dict[str, str], noise: frozenset[str]) -> str:
    def word(match: re.Match[str]) -> str:
        key = match.group(0).casefold()
        return months.get(key, "" if key in noise else match.group(0))

    # `17.` (de), `févr.` (fr) and `lun.` lose the dot before the words are looked up
    out = re.sub(r"(?<=[0-9])\.(?= )|(?<=[^\W\d_])\.", " ", cell.casefold())
    out = _WORD.sub(word, out)
    out = re.sub(r"(?<=[0-9])(?:er|º|°)\b", "", out)  # `1er mai`, `1º de maio`
    out = re.sub(r"\s*,\s*", ", ", out)
    return re.sub(r"\s+", " ", out).strip(" ,")


def _words(cell: str) -> list[str]:
    return [match.group(0).casefold() for match in _WORD.finditer(cell)]
