"""The review desk of a supervisor's or municipal office's laptop: the review queue, the case laid
out for a decision, the decision dialog with its comment, and duplicates side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.desk import REVIEWER_ROLES, DeskContext, DeskScreen

REVIEW_QUEUE = "review"
"""The desk key of the review queue (its action is ``desk.review``)."""


def _build_queue(ctx: DeskContext) -> QWidget:
    from ui.review.queue import ReviewQueueScreen

    return ReviewQueueScreen(ctx.executor, role=ctx.role, open_case=ctx.open_case, parent=ctx.window)


def desk_screens() -> list[DeskScreen]:
    """The review queue, for mocr and supervisor laptops."""
    return [DeskScreen(
        key=REVIEW_QUEUE,
        title=lambda: QCoreApplication.translate("Review", "&Review queue"),
        tip=lambda: QCoreApplication.translate("Review", "Cases waiting for a decision, oldest first (Ctrl+R)"),
        build=_build_queue, roles=REVIEWER_ROLES, shortcut="Ctrl+R", icon="workflow")]


__all__ = ["REVIEW_QUEUE", "desk_screens"]
