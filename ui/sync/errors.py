"""Sync, enrolment and bundle errors: a title for their kind and their message in the UI language.

The sync engine raises :class:`~fieldapp.domain.errors.UserError` subclasses that carry a message
id (HQ's own id and parameters when HQ refused); the catalogue words them in the officer's
language. The kind of error (its class, HQ's error code) picks the dialog's title. Anything else
falls back to :func:`ui.errors.describe`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.messages import render
from ui.errors import describe
from ui.i18n import current_language

# HQ's error codes for an enrolment code it will not take.
_ENROLMENT_CODES = frozenset({"bad_code", "code_used", "code_expired"})
_UNREACHABLE = frozenset({"sync.hq_unreachable", "sync.hq_unreachable_at_enrolment"})


def not_enrolled() -> tuple[str, str]:
    """A title and a message for a laptop that is not enrolled with HQ yet."""
    # The command line's advice names its command; the desktop app's names its menu.
    return (QCoreApplication.translate("SyncErrors", "Not enrolled with HQ"),
            QCoreApplication.translate("SyncErrors", "This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and "
                "enter the address and the code HQ gave you."))


def describe_sync_error(exc: BaseException) -> tuple[str, str]:
    """A title and a message for a failed sync, enrolment or bundle step."""
    from sync.bundle.device import BundleRefused
    from sync.client.http import CertificateMismatch, DeviceRevoked, HqRefused, HqUnreachable
    from sync.engine.identity import NotEnrolled
    from sync.engine.sync import RevokedAndWiped

    lang = current_language()
    if isinstance(exc, HqUnreachable):
        if exc.id == "sync.connection_lost":
            title = QCoreApplication.translate("SyncErrors", "The connection to HQ was lost")
        elif exc.id in _UNREACHABLE:
            title = QCoreApplication.translate("SyncErrors", "HQ cannot be reached")
        else:
            title = QCoreApplication.translate("SyncErrors", "HQ did not answer as expected")
        return title, exc.render(lang)
    if isinstance(exc, CertificateMismatch):
        return QCoreApplication.translate("SyncErrors", "HQ's identity could not be confirmed"), exc.render(lang)
    if isinstance(exc, RevokedAndWiped | DeviceRevoked):
        return QCoreApplication.translate("SyncErrors", "This laptop was revoked by HQ"), exc.render(lang)
    if isinstance(exc, NotEnrolled):
        return not_enrolled()
    if isinstance(exc, BundleRefused):
        return QCoreApplication.translate("SyncErrors", "The file was refused"), exc.render(lang)
    if isinstance(exc, HqRefused):
        if exc.code in _ENROLMENT_CODES:
            return QCoreApplication.translate("SyncErrors", "The enrolment code was refused"), render(exc.reason, lang)
        return QCoreApplication.translate("SyncErrors", "HQ refused the request"), exc.render(lang)
    return describe(exc)


__all__ = ["describe_sync_error", "not_enrolled"]
