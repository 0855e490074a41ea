"""Errors shown as dialogs that say what happened and what to do; never a traceback.

Mistakes a person can cause (:class:`~fieldapp.domain.errors.UserError`) are worded in the UI
language where their shape is known. Anything else is an internal error: the dialog names only
its type and where the log is, and the log gets :func:`fieldapp.logs.crash_summary` (the stack
without the message, which may quote personal data).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.logs import crash_summary
from fieldapp.progress import Cancelled
from ui.executor import StoreLocked
from ui.i18n import fmt
from ui.messages import field_label, problem_message, problem_record

log = logging.getLogger("ui.errors")


def _detail(message: str) -> str:
    """Known one-line messages of the store, in the UI language; others as written."""
    known: list[tuple[str, str]] = [
        (r"^Wrong passphrase", QCoreApplication.translate("Errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.")),
        (r"^Too many wrong passphrases: wait (\d+) s",
         QCoreApplication.translate("Errors", "Too many wrong passphrases: wait %1 seconds, then try again.")),
        (r"^Case (\S+) changed while you were editing it",
         QCoreApplication.translate("Errors", "Case %1 was changed (by a sync) while you were editing it. Your typing is kept as a draft: reopen the case and redo the change.")),
        (r"^Case (\S+) is '(\w+)' and can no longer be edited",
         QCoreApplication.translate("Errors", "Case %1 can no longer be edited in its current status. It becomes editable again if it is returned.")),
        (r"^The note is empty", QCoreApplication.translate("Errors", "The note is empty; write something to add.")),
        (r"^The passphrase is too short: use at least (\d+)",
         QCoreApplication.translate("Errors", "The passphrase is too short: use at least %1 characters (a few words are easier to remember than symbols).")),
        (r"^The officer name must be", QCoreApplication.translate("Errors", "The officer name must be 1 to 100 printable characters.")),
        (r"^(.+) already holds a workspace",
         QCoreApplication.translate("Errors", "%1 already holds a workspace; it was left as it is. Choose another folder.")),
        (r"^The workspace is locked", QCoreApplication.translate("Errors", "The workspace is locked; unlock it first.")),
        (r"^The database (.+) is damaged or does not belong",
         QCoreApplication.translate("Errors", "The database %1 is damaged or does not belong to this key file; it was left as it is. Restore the workspace from a backup.")),
        (r"^The database (.+?) is (missing|empty|truncated)",
         QCoreApplication.translate("Errors", "The database %1 is missing or damaged; it was left as it is. Restore the workspace from a backup.")),
        (r"^The key file (.+?) is missing",
         QCoreApplication.translate("Errors", "The key file %1 is missing: this folder holds no workspace. Choose the right folder or restore a backup.")),
        (r"^The key file (.+?) is damaged",
         QCoreApplication.translate("Errors", "The key file %1 is damaged; it was left as it is. Restore it from a backup.")),
        (r"^(.+?): unknown file type", QCoreApplication.translate("Errors", "%1 is not a case file: import a .json, .jsonl or .csv file.")),
        (r"^(.+?) is empty: there is nothing to import", QCoreApplication.translate("Errors", "%1 is empty: there is nothing to import.")),
        (r"^(.+?) is not valid JSON", QCoreApplication.translate("Errors", "%1 is not valid JSON. Check that the file was exported completely.")),
        (r"^(.+?) is not valid CSV", QCoreApplication.translate("Errors", "%1 is not valid CSV. Check that the file was exported completely.")),
        (r"^(.+?) is not UTF-8 text", QCoreApplication.translate("Errors", "%1 is not UTF-8 text. Save it again as UTF-8 and retry.")),
        (r"^(.+?) does not exist", QCoreApplication.translate("Errors", "%1 does not exist; check the path.")),
        (r"^(.+?) holds no (cases|rows)|^(.+?) holds an empty array",
         QCoreApplication.translate("Errors", "%1 holds no cases: there is nothing to import.")),
        (r"^No case '(.+?)' in this workspace", QCoreApplication.translate("Errors", "Case %1 is not in this workspace (any more).")),
    ]
    for pattern, text in known:
        m = re.match(pattern, message)
        if m:
            groups = [g for g in m.groups() if g is not None]
            return fmt(text, *groups)
    return message


def describe(exc: BaseException) -> tuple[str, str]:
    """A title and a message for ``exc`` in the UI language, saying what to do."""
    if isinstance(exc, ValidationError):
        lines = []
        for p in exc.problems[:8]:
            where = " · ".join(x for x in (problem_record(p.record) if p.record not in ("case", "") else "",
                                           field_label(p.field)) if x)
            lines.append(f"• {where}: {problem_message(p)}" if where else f"• {problem_message(p)}")
        if len(exc.problems) > 8:
            lines.append(fmt(QCoreApplication.translate("Errors", "… and %1 more."), len(exc.problems) - 8))
        return (QCoreApplication.translate("Errors", "Please correct these fields"),
                QCoreApplication.translate("Errors", "Nothing was saved. Correct the fields below and try again:") + "\n\n" + "\n".join(lines))
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled"), QCoreApplication.translate("Errors", "Cancelled; nothing was changed.")
    if isinstance(exc, StoreLocked):
        return QCoreApplication.translate("Errors", "Workspace locked"), QCoreApplication.translate("Errors", "The workspace is locked; unlock it first.")
    if isinstance(exc, UserError):
        return QCoreApplication.translate("Errors", "This cannot be done"), _detail(" ".join(str(exc).split()))
    text = str(getattr(exc, "orig", "") or "").lower()
    if "database is locked" in text or "busy" in text:
        return (QCoreApplication.translate("Errors", "The workspace is busy"),
                QCoreApplication.translate("Errors", "The workspace is busy in another window or command; try again in a moment."))
    return (QCoreApplication.translate("Errors", "Something went wrong"),
            fmt(QCoreApplication.translate("Errors", "An internal error (%1) stopped this action; nothing more was changed. Details without personal data were written to the log in the workspace folder. If it happens again, restart FieldApp."),
                type(exc).__name__))


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
