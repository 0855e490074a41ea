"""Errors shown as dialogs that say what happened and what to do; never a traceback.

Mistakes a person can cause (:class:`~fieldapp.domain.errors.UserError`) carry a message id that
the catalogue (:mod:`fieldapp.messages`) words in the UI language, the same words the command
line prints. Anything else is an internal error: the dialog names only its type and where the
log is, and the log gets :func:`fieldapp.logs.crash_summary` (the stack without the message,
which may quote personal data). Dialog titles and buttons are widget texts, translated by Qt.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.logs import crash_summary
from fieldapp.messages import render_text
from fieldapp.progress import Cancelled
from ui.executor import StoreLocked
from ui.i18n import current_language, fmt
from ui.messages import field_label, problem_message, problem_record

log = logging.getLogger("ui.errors")


def describe(exc: BaseException) -> tuple[str, str]:
    """A title and a message for ``exc`` in the UI language, saying what to do."""
    lang = current_language()
    if isinstance(exc, ValidationError):
        lines = []
        for p in exc.problems[:8]:
            where = " · ".join(x for x in (problem_record(p) if p.record not in ("case", "") else "",
                                           field_label(p.field)) if x)
            lines.append(f"• {where}: {problem_message(p)}" if where else f"• {problem_message(p)}")
        if len(exc.problems) > 8:
            lines.append(fmt(QCoreApplication.translate("Errors", "… and %1 more."), len(exc.problems) - 8))
        return (QCoreApplication.translate("Errors", "Please correct these fields"),
                QCoreApplication.translate("Errors", "Nothing was saved. Correct the fields below and try again:") + "\n\n" + "\n".join(lines))
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled"), exc.render(lang)
    if isinstance(exc, StoreLocked):
        return QCoreApplication.translate("Errors", "Workspace locked"), render_text("store.locked", lang)
    if isinstance(exc, UserError):
        return QCoreApplication.translate("Errors", "This cannot be done"), exc.render(lang)
    # SQLite names a lock only in its own (English) text; the drivers carry no error code.
    text = str(getattr(exc, "orig", "") or "").lower()
    if "database is locked" in text or "busy" in text:
        return QCoreApplication.translate("Errors", "The workspace is busy"), render_text("common.workspace_busy", lang)
    return (QCoreApplication.translate("Errors", "Something went wrong"),
            render_text("common.internal_error.desktop", lang, kind=type(exc).__name__))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` as a dialog; internal errors are logged without personal data."""
    if not isinstance(exc, UserError | Cancelled | StoreLocked):
        log.error("error shown to the user: %s", crash_summary(exc))
    title, text = describe(exc)
    show_message(parent, title, text, warning=True)


def show_message(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A modal message with a translated OK button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook() -> None:
    """Turn an exception escaping a Qt slot into a dialog and a log line, not a traceback."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        exc.__traceback__ = tb
        log.error("unhandled error: %s", crash_summary(exc))
        if QApplication.instance() is not None:
            # The dialog itself failing must not recurse into this hook.
            with contextlib.suppress(Exception):
                show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
