"""Sync, enrolment and bundle errors worded in the UI language, saying what to do.

The sync engine raises :class:`~fieldapp.domain.errors.UserError` subclasses with one-line
English messages (for the command line). Here the known kinds become a title and a message in
the officer's language; the address of HQ and file names are kept as written. Anything else
falls back to :func:`ui.errors.describe`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.errors import UserError
from ui.errors import describe
from ui.i18n import fmt


def _bundle(message: str) -> str:
    """A refused bundle's message in the UI language (the file name kept)."""
    patterns: list[tuple[str, str]] = [
        (r"^Cannot read (.+?) \(", QCoreApplication.translate("SyncErrors", "%1 cannot be read. Check the USB stick and choose the file again.")),
        (r"^(.+?) is not an acknowledgement from HQ", QCoreApplication.translate("SyncErrors", "%1 is not an acknowledgement from HQ. Import the file HQ wrote for this laptop; nothing was changed.")),
        (r"^(.+?) was made for another laptop or another HQ", QCoreApplication.translate("SyncErrors", "%1 was made for another laptop or another HQ; nothing was changed. Ask HQ for this laptop's file.")),
        (r"^(.+?) was already imported", QCoreApplication.translate("SyncErrors", "%1 was already imported, or a newer acknowledgement was; nothing was changed.")),
        (r"^(.+?): its contents are not valid sync data", QCoreApplication.translate("SyncErrors", "%1 does not hold valid sync data; nothing was changed. Ask HQ for the file again.")),
        (r"^(.+?): the acknowledgement has no sequence number", QCoreApplication.translate("SyncErrors", "%1 is damaged; nothing was changed. Ask HQ for the file again.")),
        (r"^(.+?): .*signature", QCoreApplication.translate("SyncErrors", "%1 was changed after HQ signed it, or was not signed by your HQ; nothing was changed. Ask HQ for the file again.")),
        (r"^([^:]+?): ", QCoreApplication.translate("SyncErrors", "%1 is damaged or is not a FieldApp bundle; nothing was changed. Copy it from HQ again.")),
    ]
    for pattern, text in patterns:
        m = re.match(pattern, message)
        if m:
            return fmt(text, m.group(1))
    return message


def describe_sync_error(exc: BaseException) -> tuple[str, str]:
    """A title and a message for a failed sync, enrolment or bundle step."""
    from sync.bundle.device import BundleRefused
    from sync.client.http import CertificateMismatch, DeviceRevoked, HqRefused, HqUnreachable
    from sync.engine.identity import NotEnrolled
    from sync.engine.sync import RevokedAndWiped

    message = " ".join(str(exc).split())
    url = re.search(r"HQ at (\S+?)[ ,;]", message + " ")
    where = url.group(1) if url else ""
    if isinstance(exc, HqUnreachable):
        if "connection to HQ" in message and "was lost" in message:
            return (QCoreApplication.translate("SyncErrors", "The connection to HQ was lost"),
                    QCoreApplication.translate("SyncErrors", "The connection to HQ was lost during the sync. What HQ confirmed is kept; "
                        "sync again to continue from there. Nothing was lost."))
        if "cannot be reached" in message:
            return (QCoreApplication.translate("SyncErrors", "HQ cannot be reached"),
                    fmt(QCoreApplication.translate("SyncErrors", "HQ at %1 cannot be reached. Check the network connection and sync again "
                            "later, or take the changes to HQ on a USB stick (Sync ▸ Export bundle). "
                            "Nothing was lost."), where))
        return (QCoreApplication.translate("SyncErrors", "HQ did not answer as expected"),
                QCoreApplication.translate("SyncErrors", "HQ could not complete the sync. Try again later; if it keeps happening, tell "
                    "HQ. Nothing was lost."))
    if isinstance(exc, CertificateMismatch):
        return (QCoreApplication.translate("SyncErrors", "HQ's identity could not be confirmed"),
                fmt(QCoreApplication.translate("SyncErrors", "The server at %1 did not present the certificate HQ gave at enrolment, so "
                        "nothing was sent. Do not sync on this network; contact HQ."), where))
    if isinstance(exc, RevokedAndWiped | DeviceRevoked):
        return (QCoreApplication.translate("SyncErrors", "This laptop was revoked by HQ"),
                QCoreApplication.translate("SyncErrors", "HQ has revoked this laptop. Its key slots were deleted, so the workspace can "
                    "no longer be opened here. Contact HQ."))
    if isinstance(exc, NotEnrolled):
        return (QCoreApplication.translate("SyncErrors", "Not enrolled with HQ"),
                QCoreApplication.translate("SyncErrors", "This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and "
                    "enter the address and the code HQ gave you."))
    if isinstance(exc, BundleRefused):
        return QCoreApplication.translate("SyncErrors", "The file was refused"), _bundle(message)
    if isinstance(exc, HqRefused):
        codes = {
            "bad_code": QCoreApplication.translate("SyncErrors", "HQ does not know this enrolment code. Check it (letters and digits as "
                            "written) or ask HQ for a new one."),
            "code_used": QCoreApplication.translate("SyncErrors", "This enrolment code was already used. Ask HQ for a new one."),
            "code_expired": QCoreApplication.translate("SyncErrors", "This enrolment code has expired. Ask HQ for a new one."),
        }
        if exc.code in codes:
            return QCoreApplication.translate("SyncErrors", "The enrolment code was refused"), codes[exc.code]
        return (QCoreApplication.translate("SyncErrors", "HQ refused the request"),
                fmt(QCoreApplication.translate("SyncErrors", "HQ refused the request: %1"), message.removeprefix("HQ refused: ")))
    if isinstance(exc, UserError):
        known: list[tuple[str, str]] = [
            (r"^This laptop is already enrolled", QCoreApplication.translate("SyncErrors", "This laptop is already enrolled with HQ; nothing was changed.")),
            (r"^HQ's certificate fingerprint is (\S+), not the one given",
             QCoreApplication.translate("SyncErrors", "HQ's certificate fingerprint is %1, not the one you entered. Do not enrol on this network; check the fingerprint with HQ.")),
            (r"^'(.*)' is not an HQ address", QCoreApplication.translate("SyncErrors", "'%1' is not an HQ address; write it as https://HOST:PORT.")),
            (r"^(.+?) is not a folder; give the folder", QCoreApplication.translate("SyncErrors", "%1 is not a folder; choose the folder (for example the USB stick) to write into.")),
            (r"clock", QCoreApplication.translate("SyncErrors", "This laptop's clock is far ahead of HQ's. Set the date and time, then sync again.")),
        ]
        for pattern, text in known:
            m = re.search(pattern, message)
            if m:
                return QCoreApplication.translate("SyncErrors", "This cannot be done"), fmt(text, *m.groups())
    return describe(exc)


__all__ = ["describe_sync_error"]
