"""The case interchange format, version 1: validation and normalisation of one case document.

A case document is a plain ``dict`` in the shape CONTRACT.md shows. :func:`validate_case` checks
one against the code lists and returns it normalised: every known key present, defaults filled in,
notes as objects. Unknown keys are errors, so a typo never passes silently. The normalised
document is the DTO that the store, the forms, the UI and sync exchange.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable
from typing import Any

from fieldapp.domain import workflow
from fieldapp.domain.dates import DateError, parse_full_date, parse_partial_date
from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.reference import ReferenceData, shipped
from fieldapp.messages import Message

FORMAT = "fieldapp.case/1"

CASE_KEYS = (
    "format", "id", "case_number", "case_type", "status", "municipality", "settlement",
    "return_mode", "origin", "intention_registered_on", "displacement", "interview", "members",
    "property", "vulnerabilities", "needs", "consent", "assistance", "referrals", "notes",
)
# Keys a file may carry or leave out (CONTRACT.md "optional keys added"); not content fields.
OPTIONAL_CASE_KEYS = ("duplicate_of",)
DISPLACEMENT_KEYS = ("category", "location", "since")
ORIGIN_KEYS = ("municipality", "settlement")
INTERVIEW_KEYS = ("date", "place", "officer", "language", "interpreter", "interpreter_name", "notes")
MEMBER_KEYS = (
    "given_name", "family_name", "script", "sex", "date_of_birth", "relationship",
    "personal_number", "documents", "community", "disability", "chronic_illness", "education",
    "occupation", "preferred_language",
)
PROPERTY_KEYS = (
    "tenure", "cadastral_zone", "cadastral_municipality", "parcel", "evidence", "claim_number",
    "claim_decision",
)
NEED_KEYS = ("category", "priority", "note")
CONSENT_PURPOSES = ("processing", "share_with_partners", "photos", "sensitive_data")
CONSENT_KEYS = (*CONSENT_PURPOSES, "recorded_on", "recorded_by")
ASSISTANCE_KEYS = ("item", "status", "donor", "project", "quantity", "handover_date", "receipt_reference")
REFERRAL_KEYS = ("service", "reason", "date", "status")
NOTE_KEYS = ("text", "author", "at")

# Top-level keys whose value sync merges as a whole (the unit of field-level merge).
CONTENT_FIELDS = tuple(k for k in CASE_KEYS if k not in ("format", "id", "case_number", "status"))

MAX_TEXT = 2000
MAX_NAME = 100
MAX_MEMBERS = 60
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_PERSONAL_NUMBER = re.compile(r"^\d{10}$|^\d{13}$")
_CASE_NUMBER = re.compile(r"^\d{2}-\d{4}-[0-9A-Z]{4}-\d{4,}$")


class RecordLabel(str):
    """The name of a record in a file: plain text for JSON, logs and tests, and a message.

    Readers name records ``record 3``, ``line 7`` or ``case_ref H-12 (rows 4-6)``; ``where`` is
    the same name as a message, so a problem list words it in the reader's language. Being a
    ``str``, it goes wherever a record's name went before.
    """

    where: Message | None

    def __new__(cls, text: str, where: Message | None = None) -> RecordLabel:
        """``text`` as a label that reads as ``where`` in other languages."""
        label = super().__new__(cls, text)
        label.where = where
        return label


def where_of(record: str) -> Message | None:
    """How a person reads the record named ``record`` (a :class:`RecordLabel`), if known."""
    return record.where if isinstance(record, RecordLabel) else None


CASE_RECORD = RecordLabel("case", Message("record.case"))


class _Checker:
    """Collects problems for one record while normalising it."""

    def __init__(self, record: str, ref: ReferenceData, where: Message | None = None):
        self.record = record
        self.where = where
        self.ref = ref
        self.problems: list[Problem] = []

    def add(self, field: str, message_id: str, allowed: tuple[str, ...] = (), **params: Any) -> None:
        self.problems.append(Problem(self.record, field, message_id, params, allowed, self.where))

    def obj(self, value: Any, field: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.add(field, "domain.not_object", keys=list(keys))
            return None
        for key in value:
            if key not in keys:
                self.add(f"{field}.{key}" if field else str(key), "domain.unknown_key", keys)
        return value

    def text(self, value: Any, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(field, "domain.required")
            return None if value is None or not required else ""
        if not isinstance(value, str):
            self.add(field, "domain.not_text", kind=type(value).__name__)
            return None
        value = value.strip()
        if len(value) > limit:
            self.add(field, "domain.too_long", limit=limit)
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            self.add(field, "domain.control_characters")
        return value

    def code(self, value: Any, field: str, list_name: str, *, required: bool = False) -> str | None:
        allowed = self.ref.codes(list_name)
        if value is None or value == "":
            if required:
                self.add(field, "domain.required", allowed)
            return None
        if not isinstance(value, str) or value not in allowed:
            self.add(field, "domain.unknown_code", allowed, value=value)
            return None
        return value

    def codes(self, value: Any, field: str, list_name: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(field, "domain.not_a_code_list", self.ref.codes(list_name))
            return []
        out: list[str] = []
        for i, item in enumerate(value):
            code = self.code(item, f"{field}[{i}]", list_name, required=True)
            if code is not None:
                if code in out:
                    self.add(f"{field}[{i}]", "domain.listed_twice", value=code)
                else:
                    out.append(code)
        return out

    def boolean(self, value: Any, field: str, default: bool = False) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(field, "domain.not_a_boolean")
            return default
        return value

    def date(self, value: Any, field: str, parse: Callable[[str], str]) -> str | None:
        if value is None or value == "":
            return None
        try:
            return parse(value)
        except DateError as exc:
            self.add(field, exc.id, **exc.params)
            return None


def new_case_id() -> str:
    """A UUIDv7: time-ordered, so ids sort by creation and index well."""
    return str(uuid.uuid7()) if hasattr(uuid, "uuid7") else _uuid7()


def _uuid7() -> str:
    import os
    import time

    ms = time.time_ns() // 1_000_000
    rand = bytearray(os.urandom(10))
    raw = ms.to_bytes(6, "big") + bytes(rand)
    b = bytearray(raw)
    b[6] = (b[6] & 0x0F) | 0x70
    b[8] = (b[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(b)))


def _duplicate_of(c: _Checker, value: Any, status: Any, own_id: str | None) -> str | None:
    """The optional ``duplicate_of``: the id of another case, only on a ``duplicate`` case."""
    if value is None:
        return None
    try:
        original = str(uuid.UUID(str(value)))
    except (ValueError, AttributeError, TypeError):
        c.add("duplicate_of", "domain.not_a_uuid", value=value)
        return None
    if status != workflow.DUPLICATE:
        c.add("duplicate_of", "review.interchange.duplicate_of_not_duplicate", status=status)
    elif original == own_id:
        c.add("duplicate_of", "review.interchange.duplicate_of_itself")
    return original


def script_of(name: str) -> str:
    """``Cyrl`` when ``name`` holds Cyrillic letters, else ``Latn``."""
    return "Cyrl" if _CYRILLIC.search(name) else "Latn"


def validate_case(doc: Any, *, record: str = CASE_RECORD, ref: ReferenceData | None = None,
                  where: Message | None = None) -> dict[str, Any]:
    """Check one case document and return it normalised; raise :class:`ValidationError`.

    ``record`` names the record in problems (``record 3``, ``case_ref H-12``); ``where`` is
    that name as a message, taken from ``record`` when it is a :class:`RecordLabel`.
    """
    ref = ref or shipped()
    where = where if where is not None else where_of(record)
    c = _Checker(record, ref, where)
    if not isinstance(doc, dict):
        raise ValidationError([Problem(record, "", "domain.not_a_case_object", where=where)])
    c.obj(doc, "", (*CASE_KEYS, *OPTIONAL_CASE_KEYS))
    out: dict[str, Any] = {"format": FORMAT}

    fmt = doc.get("format", FORMAT)
    if fmt != FORMAT:
        c.add("format", "domain.unknown_format", (FORMAT,), value=fmt)

    case_id = doc.get("id")
    if case_id is None:
        out["id"] = None
    else:
        try:
            out["id"] = str(uuid.UUID(str(case_id)))
        except (ValueError, AttributeError, TypeError):
            c.add("id", "domain.not_a_uuid", value=case_id)
            out["id"] = None

    number = doc.get("case_number")
    if number is not None and (not isinstance(number, str) or not _CASE_NUMBER.match(number)):
        c.add("case_number", "domain.not_a_case_number", value=number, example="20-2026-A3F9-0001")
        number = None
    out["case_number"] = number

    case_type = c.code(doc.get("case_type"), "case_type", "case_type", required=True)
    out["case_type"] = case_type
    status = doc.get("status")
    if case_type:
        states = workflow.states_for(case_type)
        if status is None:
            status = workflow.INITIAL_STATE[case_type]
        elif status not in states:
            c.add("status", "domain.not_a_state", states, value=status, case_type=case_type)
    out["status"] = status

    if "duplicate_of" in doc:
        out["duplicate_of"] = _duplicate_of(c, doc["duplicate_of"], status, out["id"])
    out["municipality"] = _municipality(c, doc.get("municipality"), "municipality", required=True)
    out["settlement"] = c.text(doc.get("settlement"), "settlement", limit=200)
    out["return_mode"] = c.code(doc.get("return_mode"), "return_mode", "return_mode")
    origin = c.obj(doc.get("origin"), "origin", ORIGIN_KEYS) or {}
    out["origin"] = {
        "municipality": _municipality(c, origin.get("municipality"), "origin.municipality"),
        "settlement": c.text(origin.get("settlement"), "origin.settlement", limit=200),
    }
    out["intention_registered_on"] = c.date(doc.get("intention_registered_on"),
                                            "intention_registered_on", parse_full_date)

    disp = c.obj(doc.get("displacement"), "displacement", DISPLACEMENT_KEYS) or {}
    out["displacement"] = {
        "category": c.code(disp.get("category"), "displacement.category", "displacement_category"),
        "location": c.text(disp.get("location"), "displacement.location", limit=200),
        "since": c.date(disp.get("since"), "displacement.since", parse_partial_date),
    }

    iv = c.obj(doc.get("interview"), "interview", INTERVIEW_KEYS) or {}
    out["interview"] = {
        "date": c.date(iv.get("date"), "interview.date", parse_full_date),
        "place": c.text(iv.get("place"), "interview.place", limit=200),
        "officer": c.text(iv.get("officer"), "interview.officer", limit=MAX_NAME),
        "language": c.code(iv.get("language"), "interview.language", "language"),
        "interpreter": c.boolean(iv.get("interpreter"), "interview.interpreter"),
        "interpreter_name": c.text(iv.get("interpreter_name"), "interview.interpreter_name", limit=MAX_NAME),
        "notes": c.text(iv.get("notes"), "interview.notes") or "",
    }

    consent = c.obj(doc.get("consent"), "consent", CONSENT_KEYS) or {}
    out["consent"] = {p: c.boolean(consent.get(p), f"consent.{p}") for p in CONSENT_PURPOSES}
    out["consent"]["recorded_on"] = c.date(consent.get("recorded_on"), "consent.recorded_on", parse_full_date)
    out["consent"]["recorded_by"] = c.text(consent.get("recorded_by"), "consent.recorded_by", limit=MAX_NAME)
    if any(out["consent"][p] for p in CONSENT_PURPOSES) and not out["consent"]["recorded_on"]:
        c.add("consent.recorded_on", "domain.consent_date_required")
    sensitive_ok = out["consent"]["sensitive_data"]

    out["members"] = _members(c, doc.get("members"), sensitive_ok)

    prop = c.obj(doc.get("property"), "property", PROPERTY_KEYS) or {}
    out["property"] = {
        "tenure": c.code(prop.get("tenure"), "property.tenure", "tenure"),
        "cadastral_zone": c.text(prop.get("cadastral_zone"), "property.cadastral_zone", limit=200),
        "cadastral_municipality": c.text(prop.get("cadastral_municipality"), "property.cadastral_municipality", limit=200),
        "parcel": c.text(prop.get("parcel"), "property.parcel", limit=100),
        "evidence": c.text(prop.get("evidence"), "property.evidence"),
        "claim_number": c.text(prop.get("claim_number"), "property.claim_number", limit=100),
        "claim_decision": c.text(prop.get("claim_decision"), "property.claim_decision"),
    }

    out["vulnerabilities"] = c.codes(doc.get("vulnerabilities"), "vulnerabilities", "vulnerability")
    out["needs"] = _needs(c, doc.get("needs"))
    out["assistance"] = _list_of(c, doc.get("assistance"), "assistance", ASSISTANCE_KEYS, _assistance)
    out["referrals"] = _list_of(c, doc.get("referrals"), "referrals", REFERRAL_KEYS, _referral)
    out["notes"] = _notes(c, doc.get("notes"))

    if c.problems:
        raise ValidationError(c.problems)
    return out


def _municipality(c: _Checker, value: Any, field: str, *, required: bool = False) -> str | None:
    allowed = tuple(c.ref.municipalities)
    if value is None or value == "":
        if required:
            c.add(field, "domain.required", allowed)
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:02d}"
    if not isinstance(value, str) or value not in c.ref.municipalities:
        c.add(field, "domain.unknown_municipality", allowed, value=value)
        return None
    return value


def _members(c: _Checker, value: Any, sensitive_ok: bool) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        c.add("members", "domain.no_members")
        return []
    if len(value) > MAX_MEMBERS:
        c.add("members", "domain.too_many_members", max=MAX_MEMBERS)
    out = []
    for i, raw in enumerate(value):
        f = f"members[{i}]"
        m = c.obj(raw, f, MEMBER_KEYS)
        if m is None:
            continue
        given = c.text(m.get("given_name"), f"{f}.given_name", required=True, limit=MAX_NAME)
        family = c.text(m.get("family_name"), f"{f}.family_name", required=True, limit=MAX_NAME)
        written = f"{given or ''} {family or ''}"
        script = m.get("script")
        if script is None:
            script = script_of(written)
        elif c.code(script, f"{f}.script", "script") is not None:
            if script == "Latn" and _CYRILLIC.search(written):
                c.add(f"{f}.script", "domain.latin_script_cyrillic_name", ("Cyrl",))
            elif script == "Cyrl" and _LATIN_LETTER.search(written):
                c.add(f"{f}.script", "domain.cyrillic_script_latin_name", ("Latn",))
        community = c.code(m.get("community"), f"{f}.community", "community")
        disability = c.boolean(m.get("disability"), f"{f}.disability")
        chronic = c.boolean(m.get("chronic_illness"), f"{f}.chronic_illness")
        if not sensitive_ok:
            for key, val in (("community", community), ("disability", disability),
                             ("chronic_illness", chronic)):
                if val:
                    c.add(f"{f}.{key}", "domain.sensitive_without_consent")
        pn = m.get("personal_number")
        if pn is not None and pn != "":
            if not isinstance(pn, str) or not _PERSONAL_NUMBER.match(pn.strip()):
                c.add(f"{f}.personal_number", "domain.personal_number")
                pn = None
            else:
                pn = pn.strip()
        else:
            pn = None
        out.append({
            "given_name": given,
            "family_name": family,
            "script": script,
            "sex": c.code(m.get("sex"), f"{f}.sex", "sex", required=True),
            "date_of_birth": c.date(m.get("date_of_birth"), f"{f}.date_of_birth", parse_partial_date),
            "relationship": c.code(m.get("relationship"), f"{f}.relationship", "relationship", required=True),
            "personal_number": pn,
            "documents": c.codes(m.get("documents"), f"{f}.documents", "document"),
            "community": community,
            "disability": disability,
            "chronic_illness": chronic,
            "education": c.text(m.get("education"), f"{f}.education", limit=200),
            "occupation": c.text(m.get("occupation"), f"{f}.occupation", limit=200),
            "preferred_language": c.code(m.get("preferred_language"), f"{f}.preferred_language", "language"),
        })
    heads = [i for i, m in enumerate(out) if m["relationship"] == "head"]
    if len(heads) == 0 and out:
        c.add("members", "domain.no_head")
    elif len(heads) > 1:
        c.add(f"members[{heads[1]}].relationship", "domain.two_heads", members=heads)
    return out


def _needs(c: _Checker, value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        c.add("needs", "domain.needs_not_a_list")
        return []
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, raw in enumerate(value):
        f = f"needs[{i}]"
        n = c.obj(raw, f, NEED_KEYS)
        if n is None:
            continue
        cat = c.code(n.get("category"), f"{f}.category", "need", required=True)
        if cat in seen:
            c.add(f"{f}.category", "domain.need_listed_twice", value=cat)
        elif cat:
            seen.add(cat)
        out.append({
            "category": cat,
            "priority": c.code(n.get("priority", "medium"), f"{f}.priority", "priority", required=True),
            "note": c.text(n.get("note"), f"{f}.note") or "",
        })
    return out


def _list_of(c: _Checker, value: Any, field: str, keys: tuple[str, ...],
             item: Callable[[_Checker, dict[str, Any], str], dict[str, Any]]) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        c.add(field, "domain.not_an_object_list", keys=list(keys))
        return []
    out = []
    for i, raw in enumerate(value):
        obj = c.obj(raw, f"{field}[{i}]", keys)
        if obj is not None:
            out.append(item(c, obj, f"{field}[{i}]"))
    return out


def _future_ok(value: str) -> str:
    return parse_full_date(value, allow_future=True)


def _assistance(c: _Checker, a: dict[str, Any], f: str) -> dict[str, Any]:
    status = a.get("status", "planned")
    if status not in ("planned", "delivered"):
        c.add(f"{f}.status", "domain.not_allowed", ("planned", "delivered"), value=status)
    qty = a.get("quantity")
    if qty is not None and (isinstance(qty, bool) or not isinstance(qty, int | float) or qty < 0):
        c.add(f"{f}.quantity", "domain.not_a_quantity")
        qty = None
    return {
        "item": c.text(a.get("item"), f"{f}.item", required=True, limit=200),
        "status": status,
        "donor": c.text(a.get("donor"), f"{f}.donor", limit=200),
        "project": c.text(a.get("project"), f"{f}.project", limit=200),
        "quantity": qty,
        # A planned handover may be scheduled ahead; a delivered one happened already.
        "handover_date": c.date(a.get("handover_date"), f"{f}.handover_date",
                                parse_full_date if status == "delivered" else _future_ok),
        "receipt_reference": c.text(a.get("receipt_reference"), f"{f}.receipt_reference", limit=100),
    }


REFERRAL_SERVICES = ("centre_for_social_work", "civil_registry", "employment_office",
                     "health_service", "legal_aid_property")


def _referral(c: _Checker, r: dict[str, Any], f: str) -> dict[str, Any]:
    service = r.get("service")
    if service is None or service == "":
        c.add(f"{f}.service", "domain.required", REFERRAL_SERVICES)
    elif service not in REFERRAL_SERVICES:
        c.add(f"{f}.service", "domain.unknown_service", REFERRAL_SERVICES, value=service)
    status = r.get("status", "open")
    if status not in ("open", "done", "cancelled"):
        c.add(f"{f}.status", "domain.not_allowed", ("open", "done", "cancelled"), value=status)
    return {
        "service": service,
        "reason": c.text(r.get("reason"), f"{f}.reason") or "",
        "date": c.date(r.get("date"), f"{f}.date", _future_ok),  # appointments lie ahead
        "status": status,
    }


def _notes(c: _Checker, value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        c.add("notes", "domain.notes_not_a_list")
        return []
    out = []
    for i, raw in enumerate(value):
        f = f"notes[{i}]"
        if isinstance(raw, str):
            raw = {"text": raw}
        n = c.obj(raw, f, NOTE_KEYS)
        if n is None:
            continue
        out.append({
            "text": c.text(n.get("text"), f"{f}.text", required=True) or "",
            "author": c.text(n.get("author"), f"{f}.author", limit=MAX_NAME),
            "at": c.text(n.get("at"), f"{f}.at", limit=40),
        })
    return out


def head_of(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The household member marked head, or None."""
    return next((m for m in doc.get("members", ()) if m.get("relationship") == "head"), None)


def full_name(member: dict[str, Any] | None) -> str:
    """Given and family name as written."""
    if not member:
        return ""
    return f"{member.get('given_name') or ''} {member.get('family_name') or ''}".strip()


def content_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The content fields of a document (what an edit may change), deep-copied."""
    return {k: copy.deepcopy(doc[k]) for k in CONTENT_FIELDS if k in doc}
