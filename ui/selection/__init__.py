"""The beneficiary selection list of a supervisor's laptop (for the MWGR / CRC): approved and
waitlisted households ranked by score, a quota or budget line, bulk decisions, PDF and XLSX."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.desk import REVIEWER_ROLES, DeskContext, DeskScreen

SELECTION = "selection"
"""The desk key of the selection list (its action is ``desk.selection``)."""


def _build(ctx: DeskContext) -> QWidget:
    from ui.selection.screen import SelectionScreen

    return SelectionScreen(ctx.executor, role=ctx.role, open_case=ctx.open_case, parent=ctx.window)


def desk_screens() -> list[DeskScreen]:
    """The selection list: decided on by supervisors, seen (and printed) by MOCR officers too."""
    return [DeskScreen(
        key=SELECTION,
        title=lambda: QCoreApplication.translate("Selection", "Beneficiary &selection"),
        tip=lambda: QCoreApplication.translate(
            "Selection", "Approved households ranked by score, with a quota or budget line (Ctrl+B)"),
        build=_build, roles=REVIEWER_ROLES, shortcut="Ctrl+B", icon="workflow")]


__all__ = ["SELECTION", "desk_screens"]
