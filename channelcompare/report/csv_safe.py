"""Text for a CSV field that no spreadsheet will run as a formula, however the file is opened.

Quoting alone is not enough. A spreadsheet opened with another list separator than the file's (`;` in a
French Excel, a tab in LibreOffice's last-used settings) splits a quoted field at that separator and reads
what follows as a new cell; LibreOffice also ends the row at a carriage return inside a field it no longer
sees as quoted. So every place a cell can begin, the start of the field and the character after any CR,
LF, `;` or tab inside it, gets OWASP's single-quote prefix when a formula trigger follows. Triggers are
`= + - @`, their full-width and small forms (Excel converts them when typing in an Asian input mode), and
each may hide behind spaces or invisible characters (zero-width space, byte-order mark, bidi marks...),
which some applications strip before they look. A field that starts with a tab, CR or LF is prefixed too.
"""

from __future__ import annotations

import re
from typing import Final

import pandas as pd

from channelcompare.report.cells import MAX_CELL_CHARS

#: Characters after which a spreadsheet may start a new cell or row when it guesses the separator wrong.
CELL_BREAKS: Final = "\r\n;\t"
#: What a formula starts with: ASCII signs, then their full-width (U+FF1D...) and small (U+FE62...) forms.
TRIGGERS: Final = "=+-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b"
#: Spaces and characters that show nothing: soft hyphen, zero-width and bidi marks, word joiner, BOM...
_INVISIBLE: Final = (
    r"\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
_BREAK = re.compile(f"([{CELL_BREAKS}])")
_FORMULA = re.compile(f"[{_INVISIBLE}]*[{re.escape(TRIGGERS)}]")
#: A cell start followed by a trigger anywhere in the text, or a field starting with a break: needs work.
_NEEDS_WORK = re.compile(f"(?:^|[{CELL_BREAKS}])[{_INVISIBLE}]*[{re.escape(TRIGGERS)}]|^[\t\r\n]")
#: Control characters that break readers (NUL ends a C string); tab, CR and LF are kept, prefixed above.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(text: str) -> str:
    """`text` with a single quote before every cell start that a trigger follows (see the module text)."""
    pieces = _BREAK.split(text)  # text, break, text, break, ...: the even pieces are where cells may start
    for index in range(0, len(pieces), 2):
        if _FORMULA.match(pieces[index]):
            pieces[index] = "'" + pieces[index]
    safe = "".join(pieces)
    return "'" + safe if safe[:1] in ("\t", "\r", "\n") else safe


def needs_quote_prefix(text: str) -> bool:
    """Whether `safe_text` would change `text`."""
    return _NEEDS_WORK.search(text) is not None


def safe_column(values: pd.Series) -> pd.Series:
    """A text column made safe, as objects (missing values stay missing). Vectorised: only values that
    need a prefix go through Python, so a 100,000-row table takes milliseconds."""
    text = values.astype("str")
    text = text.str.replace(_CONTROL, "\ufffd", regex=True)
    too_long = text.str.len() > MAX_CELL_CHARS  # Excel's cell limit: longer text would be cut where it opens
    text = text.where(~too_long, text.str.slice(0, MAX_CELL_CHARS - 1) + "…")
    risky = text.str.contains(_NEEDS_WORK, na=False)
    if risky.any():
        text = text.where(~risky, text[risky].map(safe_text))
    return text.astype(object).where(values.notna(), None)
