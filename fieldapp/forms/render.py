"""Turn form content into PDF bytes: pure, no store, safe on any thread.

The creation date is the only thing that differs between two renders of the same content in
the same languages for the same office; ``SOURCE_DATE_EPOCH`` pins it (and the printed date).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp import __version__
from fieldapp.forms.content import FormContent
from fieldapp.forms.labels import municipality_name, parse_langs, text, texts
from fieldapp.forms.layout import PageDecor, build_pdf
from fieldapp.forms.payload import (
    META_DETAIL,
    META_PAYLOAD,
    Payload,
    detail_of,
    encode_detail,
)
from fieldapp.forms.templates import story_for


@dataclass(frozen=True)
class Office:
    """The issuing office printed in every form's header: a name and an optional logo image.

    ``logo`` holds the image bytes (PNG or JPEG) so that a form never depends on a file that may
    have moved; no state emblem is shipped.
    """

    name: str | None = None
    logo: bytes | None = None

    @classmethod
    def from_meta(cls, value: Any) -> Office:
        """The office kept in the workspace meta (``ws.meta("office")``); defaults if unset."""
        if not isinstance(value, dict):
            return cls()
        logo = None
        raw = value.get("logo_png")
        if isinstance(raw, str) and raw:
            try:
                logo = base64.b64decode(raw, validate=True)
            except (binascii.Error, ValueError):
                logo = None
        name = value.get("name")
        return cls(name=name if isinstance(name, str) and name.strip() else None, logo=logo)

    def to_meta(self) -> dict[str, Any]:
        """The value to keep in the workspace meta."""
        return {"name": self.name,
                "logo_png": base64.b64encode(self.logo).decode("ascii") if self.logo else None}


def default_office_name(langs: Sequence[str], municipality: str | None) -> str:
    """The municipal office for communities and returns, named in each language."""
    parts = []
    for lang in langs:
        name = text("office.default", lang)
        if municipality:
            name += f" – {municipality_name(municipality, lang)}"
        parts.append(name)
    return " / ".join(parts)


def render_epoch() -> tuple[float, bool]:
    """The creation time of a render and whether it was pinned by ``SOURCE_DATE_EPOCH``."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw:
        try:
            return float(int(raw)), True
        except ValueError:
            pass
    return time.time(), False


def render_content(content: FormContent, *, langs: str | Sequence[str] | None = None,
                   office: Office | None = None, municipality: str | None = None,
                   epoch: float | None = None) -> bytes:
    """The PDF of ``content`` in ``langs`` for ``office``.

    ``municipality`` names the default office when none is configured. ``epoch`` pins the
    creation date; by default it is ``SOURCE_DATE_EPOCH`` or now. The printed date is the UTC
    date of a pinned epoch, else the local date.
    """
    chosen = parse_langs(langs)
    office = office or Office()
    if epoch is None:
        epoch, pinned = render_epoch()
    else:
        pinned = True
    printed_on = (dt.datetime.fromtimestamp(epoch, dt.UTC).date() if pinned
                  else dt.datetime.fromtimestamp(epoch).date())
    muni = municipality or (content.sections.get("case") or {}).get("municipality")
    name = office.name or default_office_name([lang for lang in chosen if lang != "en"], muni)
    metadata = {META_DETAIL: encode_detail(detail_of(content, chosen))}
    payload = None
    if not content.blank:
        payload = Payload.of(content).encode()
        metadata[META_PAYLOAD] = payload
    decor = PageDecor(form=content.form, langs=chosen, office_name=name, logo=office.logo,
                      case_number=content.case_number, revision=content.revision,
                      printed_on=printed_on, epoch=epoch, payload=payload, metadata=metadata)
    story = story_for(content, chosen, name)
    title = " / ".join(texts(f"title.{content.form}", chosen))
    subject = f"FieldApp form {content.form}" + (f", case {content.case_number}"
                                                  if content.case_number else " (blank)")
    return build_pdf(story, decor, title=title, subject=subject, author=name,
                     creator=f"FieldApp {__version__}")
