"""What the user reads for each canonical field in the column-mapping dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

IGNORE = ""
#: The date (or send time) of each row: feeds both start and end.
DATE_FIELD = "@date"


def field_label(name: str) -> str:
    labels = {
        IGNORE: QCoreApplication.translate("MappingDialog", "— not used —"),
        DATE_FIELD: QCoreApplication.translate("MappingDialog", "Date or send time"),
        "campaign_name": QCoreApplication.translate("MappingDialog", "Campaign or post name"),
        "campaign_id": QCoreApplication.translate("MappingDialog", "Campaign id"),
        "channel": QCoreApplication.translate("MappingDialog", "Channel (per row)"),
        "currency": QCoreApplication.translate("MappingDialog", "Currency (per row)"),
        "start": QCoreApplication.translate("MappingDialog", "Period start"),
        "end": QCoreApplication.translate("MappingDialog", "Period end"),
        "sent": QCoreApplication.translate("MappingDialog", "Sent"),
        "delivered": QCoreApplication.translate("MappingDialog", "Delivered"),
        "opens": QCoreApplication.translate("MappingDialog", "Opens"),
        "clicks": QCoreApplication.translate("MappingDialog", "Clicks"),
        "engagements": QCoreApplication.translate("MappingDialog", "Engagements"),
        "reach": QCoreApplication.translate("MappingDialog", "Reach"),
        "impressions": QCoreApplication.translate("MappingDialog", "Impressions"),
        "sessions": QCoreApplication.translate("MappingDialog", "Sessions"),
        "conversions": QCoreApplication.translate("MappingDialog", "Conversions"),
        "orders": QCoreApplication.translate("MappingDialog", "Orders"),
        "revenue": QCoreApplication.translate("MappingDialog", "Revenue"),
        "cost": QCoreApplication.translate("MappingDialog", "Cost (spend)"),
    }
    return labels.get(name, name)
