"""The municipal caseload of an MOCR or supervisor laptop: every case of its municipalities by
status, settlement, officer, need and score, with counts per status, assignment to field
officers and bulk workflow moves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.desk import REVIEWER_ROLES, DeskContext, DeskScreen

CASELOAD = "caseload"
"""The desk key of the caseload (its action is ``desk.caseload``)."""


def _build(ctx: DeskContext) -> QWidget:
    from ui.caseload.screen import CaseloadScreen

    return CaseloadScreen(ctx.executor, role=ctx.role, open_case=ctx.open_case, parent=ctx.window)


def desk_screens() -> list[DeskScreen]:
    """The caseload, for mocr and supervisor laptops."""
    return [DeskScreen(
        key=CASELOAD,
        title=lambda: QCoreApplication.translate("Caseload", "Case&load"),
        tip=lambda: QCoreApplication.translate(
            "Caseload", "Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)"),
        build=_build, roles=REVIEWER_ROLES, shortcut="Ctrl+M", icon="list")]


__all__ = ["CASELOAD", "desk_screens"]
