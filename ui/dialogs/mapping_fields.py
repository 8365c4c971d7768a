"""What the user reads for each canonical field in the column-mapping dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

IGNORE = ""
#: The date (or send time) of each row: feeds both start and end.
DATE_FIELD = "@date"


def field_label(name: str) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MappingDialog", text)

    labels = {
        IGNORE: tr("— not used —"),
        DATE_FIELD: tr("Date or send time"),
        "campaign_name": tr("Campaign or post name"),
        "campaign_id": tr("Campaign id"),
        "channel": tr("Channel (per row)"),
        "currency": tr("Currency (per row)"),
        "start": tr("Period start"),
        "end": tr("Period end"),
        "sent": tr("Sent"),
        "delivered": tr("Delivered"),
        "opens": tr("Opens"),
        "clicks": tr("Clicks"),
        "engagements": tr("Engagements"),
        "reach": tr("Reach"),
        "impressions": tr("Impressions"),
        "sessions": tr("Sessions"),
        "conversions": tr("Conversions"),
        "orders": tr("Orders"),
        "revenue": tr("Revenue"),
        "cost": tr("Cost (spend)"),
    }
    return labels.get(name, name)
