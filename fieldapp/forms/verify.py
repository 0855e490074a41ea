"""Read the verification data back out of a printed form's PDF.

Only the PDF's document information is read (the same payload as the QR code, plus the
per-section hashes); the page content is never trusted. Anything that is not a readable PDF
carrying FieldApp's entries raises :class:`FormFileError` with a one-line message naming the file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.forms.payload import META_DETAIL, META_PAYLOAD, BadPayload, Payload

log = logging.getLogger("fieldapp.forms")

MAX_PDF_BYTES = 200 * 1024 * 1024


class FormFileError(UserError):
    """The file is not a FieldApp form, or it is damaged; the message says which and names it."""


@dataclass(frozen=True)
class PrintedForm:
    """What a printed form says about itself: its payload and the per-section hashes."""

    payload: Payload
    case_number: str | None
    sections: dict[str, str]
    langs: tuple[str, ...]


def read_printed_form(path: Path) -> PrintedForm:
    """The verification data of the PDF at ``path``; raise :class:`FormFileError`."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FormFileError("forms.verify.folder", path=str(path))
        with path.open("rb") as fh:
            head = fh.read(8)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    except FileNotFoundError:
        raise FormFileError("forms.verify.missing", path=str(path)) from None
    except PermissionError:
        raise FormFileError("forms.verify.permission", path=str(path)) from None
    except IsADirectoryError:
        raise FormFileError("forms.verify.folder", path=str(path)) from None
    if size == 0 or not head.startswith(b"%PDF-"):
        raise FormFileError("forms.verify.not_pdf", path=str(path))
    if size > MAX_PDF_BYTES:
        raise FormFileError("forms.verify.too_large", path=str(path))
    if b"%%EOF" not in tail:
        raise FormFileError("forms.verify.truncated", path=str(path))
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            raise FormFileError("forms.verify.encrypted", path=str(path))
        info: Any = reader.metadata or {}
        pages = len(reader.pages)
        raw_payload = info.get(META_PAYLOAD)
        raw_detail = info.get(META_DETAIL)
    except FormFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError) as exc:
        log.info("form verify: unreadable PDF (%s)", type(exc).__name__)
        raise FormFileError("forms.verify.unreadable", path=str(path)) from None
    if pages == 0:
        raise FormFileError("forms.verify.no_pages", path=str(path))
    detail = _detail(raw_detail)
    if raw_payload is None:
        if detail.get("blank"):
            raise FormFileError("forms.verify.blank", path=str(path), form=str(detail.get("form")))
        raise FormFileError("forms.verify.no_payload", path=str(path))
    try:
        payload = Payload.decode(str(raw_payload))
    except BadPayload:
        raise FormFileError("forms.verify.bad_payload", path=str(path)) from None
    sections = detail.get("sections")
    if not isinstance(sections, dict) or not all(isinstance(v, str) for v in sections.values()):
        sections = {}
    number = detail.get("case_number")
    langs = detail.get("langs")
    return PrintedForm(payload=payload, case_number=number if isinstance(number, str) else None,
                       sections={str(k): str(v) for k, v in sections.items()},
                       langs=tuple(str(x) for x in langs) if isinstance(langs, list) else ())


def _detail(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    try:
        value = json.loads(str(raw))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
