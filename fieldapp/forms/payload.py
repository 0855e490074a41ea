"""The verification payload: what the QR code on every page and the PDF's metadata carry.

The QR code and the ``/FieldAppForm`` metadata entry hold the same text, a compact JSON object
``{"app":"fieldapp-form","v":1,"case":…,"rev":…,"form":…,"sha256":…}``: the case id, the case
revision printed, the form name and SHA-256 over the form's canonical content. Beside it,
``/FieldAppFormDetail`` keeps what a check needs to say *what* changed (the per-section hashes)
and what to show when the case is not in the workspace (the case number). Neither holds a name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.canonical import canonical_json
from fieldapp.forms.content import CONTENT_VERSION, FORMS, FormContent

APP = "fieldapp-form"
META_PAYLOAD = "/FieldAppForm"
META_DETAIL = "/FieldAppFormDetail"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class BadPayload(ValueError):
    """Text that is not a FieldApp form payload."""


@dataclass(frozen=True)
class Payload:
    """The verification payload of one printed form."""

    case_id: str
    revision: int
    form: str
    sha256: str

    def encode(self) -> str:
        """The payload text (ASCII, canonical JSON) as printed in the QR code."""
        return canonical_json({"app": APP, "v": CONTENT_VERSION, "case": self.case_id,
                               "rev": self.revision, "form": self.form,
                               "sha256": self.sha256}).decode("ascii")

    @classmethod
    def of(cls, content: FormContent) -> Payload:
        """The payload of a filled-in form's content."""
        if content.case_id is None or content.revision is None:
            raise ValueError("a blank form has no payload")
        return cls(content.case_id, int(content.revision), content.form, content.sha256)

    @classmethod
    def decode(cls, text: str) -> Payload:
        """Parse payload text; raise :class:`BadPayload` for anything else."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            raise BadPayload("not JSON") from None
        if not isinstance(data, dict) or data.get("app") != APP:
            raise BadPayload("not a FieldApp form payload")
        if data.get("v") != CONTENT_VERSION:
            raise BadPayload(f"payload version {data.get('v')!r} is not supported")
        case, rev, form, digest = (data.get(k) for k in ("case", "rev", "form", "sha256"))
        if (not isinstance(case, str) or not case or isinstance(rev, bool) or not isinstance(rev, int)
                or form not in FORMS or not isinstance(digest, str) or not _HEX64.match(digest)):
            raise BadPayload("incomplete FieldApp form payload")
        return cls(case, rev, str(form), digest)


def detail_of(content: FormContent, langs: tuple[str, ...]) -> dict[str, Any]:
    """The metadata beside the payload: case number, languages and per-section hashes."""
    return {"app": APP, "v": CONTENT_VERSION, "form": content.form, "blank": content.blank,
            "case_number": content.case_number, "langs": list(langs),
            "sections": content.section_hashes()}


def encode_detail(detail: dict[str, Any]) -> str:
    """Detail metadata as ASCII JSON (PDF info strings stay plain)."""
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
