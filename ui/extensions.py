"""Hooks for parts of the desktop app that other packages add: the Forms dialog (PDF forms of a
case) and the Sync panel.

The main window shows a "Forms…" menu entry and a "Sync" entry from the start; they stay
disabled until a factory is registered here, either by calling :func:`register_forms_dialog` /
:func:`register_sync_panel` or through the ``fieldapp.ui`` entry-point group (an entry point named
``forms`` or ``sync`` whose object is the factory). Factories receive an
:class:`ExtensionContext` and build plain Qt widgets; like every screen they reach the store only
through the context's executor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ui.executor import StoreExecutor

log = logging.getLogger("ui.extensions")


@dataclass(frozen=True)
class ExtensionContext:
    """What an extension may use: the main window, the store executor and the open case."""

    window: QWidget
    executor: StoreExecutor
    current_case_id: Callable[[], str | None]
    """The id of the case open in the editor (or selected in the list), or None."""
    officer: Callable[[], str]
    """The name of the unlocked officer."""
    language: Callable[[], str]
    """The UI language (``en``, ``sq``, ``sr-Latn``, ``sr-Cyrl``)."""
    selected_case_ids: Callable[[], list[str]] = field(default=lambda: [])
    """The ids of the cases selected in the case list (loaded rows), in list order."""


FormsDialogFactory = Callable[[ExtensionContext], QDialog]
SyncPanelFactory = Callable[[ExtensionContext], QWidget]

_factories: dict[str, Any] = {"forms": None, "sync": None}
_loaded = False


def register_forms_dialog(factory: FormsDialogFactory | None) -> None:
    """Use ``factory`` for Case ▸ Forms… (None removes it)."""
    _factories["forms"] = factory


def register_sync_panel(factory: SyncPanelFactory | None) -> None:
    """Use ``factory`` for the Sync panel (None removes it)."""
    _factories["sync"] = factory


def _load_entry_points() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    try:
        found = list(entry_points(group="fieldapp.ui"))
    except Exception:  # a broken install must not stop the app
        return
    for ep in found:
        if ep.name in _factories and _factories[ep.name] is None:
            try:
                _factories[ep.name] = ep.load()
            except Exception:
                log.warning("UI extension %s could not be loaded", ep.name)


def forms_dialog_factory() -> FormsDialogFactory | None:
    """The registered Forms dialog factory, if any."""
    _load_entry_points()
    factory: FormsDialogFactory | None = _factories["forms"]
    return factory


def sync_panel_factory() -> SyncPanelFactory | None:
    """The registered Sync panel factory, if any."""
    _load_entry_points()
    factory: SyncPanelFactory | None = _factories["sync"]
    return factory
