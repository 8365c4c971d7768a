"""Google Analytics 4 User acquisition export (Reports -> Acquisition -> User acquisition -> Download CSV).

The same file shape as Traffic acquisition (`#` preamble with the period, a `Grand total` row, a chart block
after a blank line; importers/ga4_traffic.py reads those parts), but its rows are the **first-user** default
channel group: each user is credited to the channel of their first visit, whatever brought the later
sessions. Its measures are people, not sessions: `reach` = `Total users`, `engagements` = `Engaged sessions`
where the report has them, `conversions` = `Key events`, `revenue` = `Total revenue`, all by first touch
(`attribution` says so). It has no Sessions column, so it never adds sessions to the traffic-acquisition
view. GA4's newer `AI Assistant` group (visits from AI assistants) is a referral.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import CancelCheck, Progress
from importers.ga4_traffic import _period, _unknown_groups, _warnings, channel_group_rows  # one GA4 reader
from importers.sample import FileSample, norm

FIRST_USER_COLUMNS = (
    "First user primary channel group (Default Channel Group)",
    "First user default channel group",
    "First user primary channel group",
    "Groupe de canaux principal du premier utilisateur (Groupe de canaux par défaut)",
    "Groupe de canaux par défaut du premier utilisateur",
    "Groupe de canaux principal du premier utilisateur",
)
_FIRST_USER_HEADER = re.compile(r"^(first user .*channel group.*|groupe de canaux .*premier utilisateur.*)$")
ATTRIBUTION = "first user (channel of the user's first visit)"


class Ga4UserAcquisition:
    format_id = "ga4_user_acquisition"
    platform = "ga4"
    label = "Google Analytics 4 user acquisition export"

    def score(self, sample: FileSample) -> int:
        if not sample.header or not _FIRST_USER_HEADER.match(norm(sample.header[0])):
            return 0
        return 90 if _period(sample)[0] else 60

    def read(
        self, path: Path, sample: FileSample, progress: Progress, cancelled: CancelCheck
    ) -> ImportResult:
        rows, group, channel = channel_group_rows(path, sample, progress, cancelled, FIRST_USER_COLUMNS)
        start, end = _period(sample)
        rows.number("reach", "Total users", "Nombre total d'utilisateurs", required=True)
        rows.number("engagements", "Engaged sessions", "Sessions avec engagement")
        rows.number("conversions", "Key events", "Conversions", "Événements clés")
        rows.number("revenue", "Total revenue", "Revenu total", "Revenus totaux")
        rows.constant("attribution", ATTRIBUTION)
        rows.constant("start", start if start else pd.NaT)
        rows.constant("end", end if end else pd.NaT)
        warnings = _unknown_groups(group, channel) + _warnings(start, end)
        return rows.result(self, warnings=warnings)
