"""Desk screens: the screens of a review or municipal laptop (review queue, caseload, selection).

A package under ``ui/`` offers its screens by defining ``desk_screens() -> list[DeskScreen]`` in
its ``__init__``; :data:`DESK_PACKAGES` names the packages the main window asks, in menu order.
The main window builds each screen once (:attr:`DeskScreen.build` receives a
:class:`DeskContext`), puts it beside the case list and the editor, and gives it an entry in the
View menu and the toolbar that only the roles in :attr:`DeskScreen.roles` see. An officer's
laptop shows none of them.

A screen is a plain ``QWidget``. Building it must not read the store: the window calls its
``activate()`` (when it has one) each time the screen is shown, and its ``on_changes(changes)``
(when it has one) after every store operation that changed something, so it refreshes only when
it must. It relabels itself on Qt's ``LanguageChange`` event like every other widget.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from fieldapp.domain.workflow import MOCR, SUPERVISOR
from ui.executor import StoreExecutor

log = logging.getLogger("ui.desk")

REVIEWER_ROLES = frozenset({MOCR, SUPERVISOR})
"""The roles of a laptop that holds every case of its municipalities."""

DESK_PACKAGES = ("ui.review", "ui.caseload", "ui.selection")
"""Packages whose ``desk_screens()`` the main window shows, in this order (absent ones skipped)."""


@dataclass(frozen=True)
class DeskContext:
    """What a desk screen may use: the window, the store executor, who works, and the editor."""

    window: QWidget
    executor: StoreExecutor
    role: Callable[[], str]
    """The laptop's role (``officer``, ``mocr``, ``supervisor``)."""
    officer: Callable[[], str]
    """The name of the person who unlocked."""
    open_case: Callable[[str], None]
    """Open the case with this id in the editor."""
    show_screen: Callable[[str], None]
    """Show the desk screen with this key (or ``"case_list"`` for the case list)."""


@dataclass(frozen=True)
class DeskScreen:
    """One desk screen as a package offers it."""

    key: str
    """A stable key (``review``, ``caseload``…): the action is named ``desk.<key>``."""
    title: Callable[[], str]
    """Its menu and toolbar text in the UI language (called again on a language change)."""
    build: Callable[[DeskContext], QWidget]
    """Builds the screen (without reading the store)."""
    roles: frozenset[str] = REVIEWER_ROLES
    """The roles that see the screen."""
    shortcut: str | None = None
    tip: Callable[[], str] | None = None
    """Its tooltip in the UI language."""
    icon: str | None = None
    """An icon name of ``resources/icons``."""


def desk_screens(packages: tuple[str, ...] = DESK_PACKAGES) -> list[DeskScreen]:
    """The screens every installed package of ``packages`` offers, in package order."""
    out: list[DeskScreen] = []
    for name in packages:
        if importlib.util.find_spec(name) is None:
            continue
        module: Any = importlib.import_module(name)
        offer = getattr(module, "desk_screens", None)
        if offer is None:
            continue
        out.extend(offer())
    return out


__all__ = ["DESK_PACKAGES", "REVIEWER_ROLES", "DeskContext", "DeskScreen", "desk_screens"]
