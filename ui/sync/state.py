"""How a case's sync state looks: small icons drawn in code, and the colours of a returned case.

The icons are painted (not files) so that each state keeps a distinct shape as well as a colour:
an officer who does not tell amber from green still tells an arrow from a tick.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

PENDING, SYNCED, CONFLICT, REJECTED = "pending", "synced", "conflict", "rejected"
SYNC_STATES = (PENDING, SYNCED, CONFLICT, REJECTED)

RETURNED_BACKGROUND = QColor("#fdf0d5")
"""The background of a case HQ returned to the officer (in the list and the editor's banner)."""
RETURNED_BORDER = "#d9a441"
CONFLICT_BACKGROUND = QColor("#fbe3e1")

_COLOURS = {PENDING: "#b7791f", SYNCED: "#2f855a", CONFLICT: "#b3261e", REJECTED: "#b3261e",
            "returned": "#c05621"}
SIZE = 32


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _white_pen(width: float = 3.2) -> QPen:
    pen = QPen(QColor("white"), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def state_icon(state: str) -> QIcon:
    """The icon of a sync state (``pending``, ``synced``, ``conflict``, ``rejected``) or of a
    ``returned`` case; an empty icon for anything else."""
    colour = _COLOURS.get(state)
    if colour is None:
        return QIcon()
    pixmap, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(colour)))
    if state == CONFLICT:
        # A triangle with "!": something needs a person's look.
        path = QPainterPath()
        path.moveTo(16, 2)
        path.lineTo(30, 28)
        path.lineTo(2, 28)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(_white_pen(3.4))
        p.drawLine(QPointF(16, 11), QPointF(16, 19))
        p.drawPoint(QPointF(16, 24))
    elif state == "returned":
        # A speech bubble: HQ sent the case back with a comment.
        path = QPainterPath()
        path.addRoundedRect(QRectF(2, 3, 28, 20), 5, 5)
        tail = QPainterPath()
        tail.moveTo(8, 21)
        tail.lineTo(7, 30)
        tail.lineTo(16, 21)
        tail.closeSubpath()
        p.drawPath(path.united(tail))
        p.setPen(_white_pen(2.6))
        for y in (10.0, 16.0):
            p.drawLine(QPointF(8, y), QPointF(24, y))
    else:
        p.drawEllipse(QRectF(2, 2, 28, 28))
        p.setPen(_white_pen())
        if state == SYNCED:  # a tick
            p.drawPolyline([QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)])
        elif state == PENDING:  # an arrow up: waiting to go out
            p.drawLine(QPointF(16, 23), QPointF(16, 9))
            p.drawPolyline([QPointF(10.5, 14.5), QPointF(16, 9), QPointF(21.5, 14.5)])
        else:  # rejected: a cross
            p.drawLine(QPointF(10.5, 10.5), QPointF(21.5, 21.5))
            p.drawLine(QPointF(21.5, 10.5), QPointF(10.5, 21.5))
    p.end()
    return QIcon(pixmap)


def badge_font(base: QFont) -> QFont:
    """The font of a state badge: the widget's font, bold."""
    font = QFont(base)
    font.setBold(True)
    return font


__all__ = ["CONFLICT", "CONFLICT_BACKGROUND", "PENDING", "REJECTED", "RETURNED_BACKGROUND",
           "SYNCED", "SYNC_STATES", "badge_font", "state_icon"]
