"""Sync in the desktop app: the Sync panel, the conflict view, enrolment and USB bundles.

:func:`sync_panel` is the factory registered for Sync ▸ Sync (see :mod:`ui.extensions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.extensions import ExtensionContext


def sync_panel(ctx: ExtensionContext) -> QWidget:
    """The Sync panel for the main window's dock."""
    from ui.sync.panel import SyncPanel

    return SyncPanel(ctx.executor, ctx.window)


__all__ = ["sync_panel"]
