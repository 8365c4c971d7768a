"""Column mapping for files no importer recognises: a best guess, an importer from a mapping, and a store.

The user (or `guess_mapping`, as a starting point) says which source column feeds which canonical field,
and which platform and channel the file is. The mapping is remembered by the file's exact header
(normalised), so the next export with the same columns imports without asking. UI-agnostic: the dialog
lives in ui/, the UI decides where the store's JSON file is.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from channelcompare.model import CHANNELS, MEASURES, PLATFORMS
from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Importer, Progress
from importers.build import RecordBuilder
from importers.sample import FileSample, norm
from importers.tabular import read_table, unique_names

log = logging.getLogger(__name__)

#: Canonical fields a source column can feed (besides measures).
TEXT_TARGETS = ("campaign_name", "campaign_id", "channel", "currency")
TIME_TARGETS = ("start", "end")
TARGETS = (*TEXT_TARGETS, *TIME_TARGETS, *MEASURES)

#: Header words (English and French, normalised) per field, most specific first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "campaign_id": ("campaign id", "id de la campagne", "identifiant de campagne", "campaign_id"),
    "campaign_name": (
        "campaign name",
        "nom de la campagne",
        "campaign",
        "campagne",
        "title",
        "titre",
        "name",
        "nom",
    ),
    "start": (
        "date",
        "day",
        "jour",
        "send date",
        "date d'envoi",
        "sent at",
        "start date",
        "date de début",
        "période",
    ),
    "currency": ("currency", "devise", "monnaie"),
    "sent": ("sent", "envoyés", "emails sent", "recipients", "destinataires", "total recipients"),
    "delivered": ("delivered", "délivrés", "livrés", "successful deliveries"),
    "opens": ("unique opens", "ouvertures uniques", "opens", "ouvertures"),
    "clicks": (
        "link clicks",
        "clics sur un lien",
        "unique clicks",
        "clics uniques",
        "clicks",
        "clics",
        "clic",
    ),
    "engagements": ("engagements", "engagement", "interactions"),
    "reach": ("reach", "couverture", "portée"),
    "impressions": ("impressions", "impr."),
    "sessions": ("sessions", "visits", "visites"),
    "conversions": ("conversions", "purchases", "achats"),
    "orders": ("orders", "commandes"),
    "revenue": (
        "revenue",
        "chiffre d'affaires",
        "ca",
        "sales",
        "ventes",
        "purchase value",
        "valeur de conversion",
    ),
    "cost": ("amount spent", "montant dépensé", "spend", "dépenses", "cost", "coût", "coûts"),
}
#: Ratio columns must never be read as counts: `Click rate`, `Taux de clics`, `CTR`, `CPC`, `Coût par clic`.
_RATIO = re.compile(r"\b(rate|taux|ctr|cpc|cpm|cpa|roas|per|par|average|moyen(ne)?|avg)\b|%|/")


@dataclass(frozen=True)
class ColumnMapping:
    """How to read one shape of file: source column -> canonical field, plus platform and channel."""

    header_signature: str
    columns: dict[str, str] = field(default_factory=dict)
    platform: str = "generic"
    channel: str = "other"
    #: Source column holding the date (or send time) of each row: it feeds both start and end.
    date_column: str | None = None
    currency: str | None = None
    name: str = ""

    def problems(self) -> list[str]:
        """What stops this mapping from importing anything sensible (empty when it is usable)."""
        out = []
        if not any(target in MEASURES for target in self.columns.values()):
            out.append("Map at least one column to a measure (clicks, impressions, revenue, ...).")
        unknown = sorted({t for t in self.columns.values() if t not in TARGETS})
        if unknown:
            out.append(f"Unknown fields: {', '.join(unknown)}.")
        if self.platform not in PLATFORMS:
            out.append(f"Unknown platform '{self.platform}'.")
        if self.channel not in CHANNELS:
            out.append(f"Unknown channel '{self.channel}'.")
        doubled = sorted({t for t in self.columns.values() if list(self.columns.values()).count(t) > 1})
        if doubled:
            out.append(f"Several columns feed the same field: {', '.join(doubled)}.")
        return out

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ColumnMapping:
        columns = data.get("columns") or {}
        return cls(
            header_signature=str(data["header_signature"]),
            columns={str(k): str(v) for k, v in dict(columns).items()},  # type: ignore[call-overload]
            platform=str(data.get("platform") or "generic"),
            channel=str(data.get("channel") or "other"),
            date_column=str(data["date_column"]) if data.get("date_column") else None,
            currency=str(data["currency"]) if data.get("currency") else None,
            name=str(data.get("name") or ""),
        )


def header_signature(sample: FileSample) -> str:
    """The file's header, normalised: files with the same columns in the same order share it."""
    return "\t".join(norm(cell) for cell in sample.header)


def source_columns(sample: FileSample) -> list[str]:
    """The header as read_table names the columns (duplicates made unique), for the mapping dialog."""
    return unique_names(list(sample.header))


def guess_mapping(sample: FileSample) -> ColumnMapping:
    """The best guess per column from its name (English or French); every field used at most once."""
    columns: dict[str, str] = {}
    for target, words in SYNONYMS.items():
        source = _best_column(source_columns(sample), words, taken=set(columns))
        if source is not None:
            columns[source] = target
    date = next((s for s, t in columns.items() if t == "start"), None)
    if date is not None:
        del columns[date]
    return ColumnMapping(header_signature(sample), columns, date_column=date)


def _best_column(sources: list[str], words: tuple[str, ...], taken: set[str]) -> str | None:
    """The first column equal to a word (in word order), else the first containing one as whole words."""
    free = [s for s in sources if s not in taken and not _RATIO.search(norm(s))]
    for word in words:
        for source in free:
            if norm(source) == word:
                return source
    for word in words:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        for source in free:
            if pattern.search(norm(source)):
                return source
    return None


class MappedImporter:
    """An Importer reading a file through a user's ColumnMapping."""

    format_id = "column_mapping"

    def __init__(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.platform = mapping.platform
        self.label = f"Column mapping: {mapping.name}" if mapping.name else "Column mapping"

    def score(self, sample: FileSample) -> int:
        return 100 if header_signature(sample) == self.mapping.header_signature else 0

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        table = read_table(path, sample, progress=progress, cancelled=cancelled)
        rows = RecordBuilder(table, sample)
        if self.mapping.date_column:
            when = rows.date("start", self.mapping.date_column, required=True)
            rows.set("end", when)
        for source, target in self.mapping.columns.items():
            if target in MEASURES:
                rows.number(target, source, required=True)
            elif target in TIME_TARGETS:
                rows.date(target, source, required=True)
            elif target in TEXT_TARGETS:
                rows.text(target, source, required=True)
        if "channel" not in self.mapping.columns.values():
            rows.constant("channel", self.mapping.channel)
        return rows.result(self, currency=self.mapping.currency)


class MappingStore:
    """Remembered mappings in one JSON file, found again by exact (normalised) header."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def mappings(self) -> list[ColumnMapping]:
        """Every remembered mapping; an unreadable store is set aside (renamed .bad) rather than lost."""
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [ColumnMapping.from_json(item) for item in data["mappings"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Column mappings in %s are unreadable (%s); starting afresh", self.path, exc)
            self.path.replace(self.path.with_suffix(".bad"))
            return []

    def find(self, sample: FileSample) -> ColumnMapping | None:
        signature = header_signature(sample)
        return next((m for m in self.mappings() if m.header_signature == signature), None)

    def importer_for(self, sample: FileSample) -> Importer | None:
        """The importer for a file whose header was mapped before (see importers.load.MappingLookup)."""
        mapping = self.find(sample)
        return MappedImporter(mapping) if mapping is not None else None

    def remember(self, mapping: ColumnMapping) -> None:
        """Store the mapping, replacing any earlier one for the same header (atomic write)."""
        kept = [m for m in self.mappings() if m.header_signature != mapping.header_signature]
        payload = {"version": 1, "mappings": [m.to_json() for m in [*kept, mapping]]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temporary, self.path)
