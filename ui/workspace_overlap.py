"""The question asked when an import repeats campaign-days already in the workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from channelcompare.workspace import Overlap, OverlapChoice
from ui import errors


def ask_overlap(parent: QWidget, name: str, overlaps: list[Overlap]) -> OverlapChoice:
    """Ask what to do with an import that repeats campaign-days already in the workspace."""
    if not errors.is_interactive():
        return "replace"
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Overlapping export"), "", parent=parent)
    box.setText(parent.tr("{0} repeats data already in this workspace.").format(name))
    box.setInformativeText("\n".join(o.describe() + "." for o in overlaps))
    replace = box.addButton(parent.tr("Replace the older rows"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(parent.tr("Keep the older rows"), QMessageBox.ButtonRole.RejectRole)
    both = box.addButton(parent.tr("Keep both (counts twice)"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(replace)
    box.setEscapeButton(replace)
    box.exec()
    clicked = box.clickedButton()
    if clicked is skip:
        return "skip"
    return "keep_both" if clicked is both else "replace"
