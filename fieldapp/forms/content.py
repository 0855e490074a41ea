"""What each form shows, as plain data, and the hashes that let a printed form be checked later.

:func:`form_content` picks from a case document exactly the values a form prints, grouped in
named sections, already filtered by consent (sensitive fields only with sensitive-data
consent). The form's hash is SHA-256 over the canonical JSON of that content, never over PDF
bytes: the same record gives the same hash whatever the languages, the office or the date of
printing, and a later edit that touches something the form shows changes it. Per-section
hashes say *what* changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.canonical import canonical_json
from fieldapp.domain.errors import UserError
from fieldapp.domain.interchange import REFERRAL_SERVICES
from fieldapp.domain.reference import shipped

CONTENT_VERSION = 1

FORMS = ("consent", "application", "needs-assessment", "handover-receipt", "referral",
         "case-summary")

# Fields of a member that are sensitive data (community is ethnicity; the others are health).
SENSITIVE_MEMBER_FIELDS = ("community", "disability", "chronic_illness")
# Vulnerability flags that reveal health; printed only with sensitive-data consent. Their weight
# still counts in the total, shown as one withheld line, so the printed score adds up.
SENSITIVE_FLAGS = ("person_with_disability", "serious_medical_condition", "pregnant_or_lactating")

MEMBER_COLUMNS: dict[str, tuple[str, ...]] = {
    "consent": ("given_name", "family_name", "relationship", "date_of_birth"),
    "application": ("given_name", "family_name", "sex", "date_of_birth", "relationship",
                    "personal_number", "documents", "community", "disability", "chronic_illness"),
    "needs-assessment": ("given_name", "family_name", "sex", "date_of_birth", "relationship",
                         "education", "occupation", "community", "disability", "chronic_illness"),
    "handover-receipt": ("given_name", "family_name", "relationship", "date_of_birth",
                         "personal_number"),
    "referral": ("given_name", "family_name", "sex", "date_of_birth", "relationship",
                 "personal_number", "documents"),
    "case-summary": ("given_name", "family_name", "sex", "date_of_birth", "relationship",
                     "documents", "community"),
}

# The sections a form's content is grouped in; `form verify` names the changed ones with the
# catalogue entries ``forms.section.<name>``.
SECTIONS = ("case", "household", "consent", "interview", "displacement", "return", "property",
            "needs", "documents", "vulnerabilities", "narrative", "assistance", "referrals",
            "eligibility", "history", "notes")


class UnknownForm(UserError, ValueError):
    """A form name that is not one of :data:`FORMS`."""


def check_form(form: str) -> str:
    """Return ``form`` if it is one of the six forms; raise :class:`UnknownForm`."""
    if form not in FORMS:
        raise UnknownForm("forms.unknown_form", form=form, forms=list(FORMS))
    return form


def sha256_hex(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of ``value``."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


@dataclass(frozen=True)
class FormContent:
    """The values one form prints for one case revision, by section, and their hashes."""

    form: str
    case_id: str | None
    case_number: str | None
    revision: int | None
    sections: dict[str, Any] = field(default_factory=dict)
    sensitive: bool = False

    @property
    def blank(self) -> bool:
        """A form printed without a case, for filling in by hand."""
        return self.case_id is None

    @property
    def sha256(self) -> str:
        """SHA-256 over the whole content (what the QR code carries)."""
        return sha256_hex({"v": CONTENT_VERSION, "form": self.form, "case": self.case_id,
                           "sections": self.sections})

    def section_hashes(self) -> dict[str, str]:
        """SHA-256 of each section, so a check can name what changed."""
        return {name: sha256_hex(value) for name, value in self.sections.items()}


def _pick(source: Mapping[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any]:
    source = source or {}
    return {k: source.get(k) for k in keys}


def _members(doc: dict[str, Any], form: str, sensitive: bool) -> list[dict[str, Any]]:
    cols = [c for c in MEMBER_COLUMNS[form] if sensitive or c not in SENSITIVE_MEMBER_FIELDS]
    out = []
    for m in doc.get("members") or ():
        row = {c: m.get(c) for c in cols}
        if "documents" in row:
            row["documents"] = list(row["documents"] or ())
        out.append(row)
    return out


def _vulnerabilities(doc: dict[str, Any], sensitive: bool) -> dict[str, Any]:
    weights = shipped().vulnerability_weights
    flags = list(dict.fromkeys(doc.get("vulnerabilities") or ()))
    shown = [f for f in flags if sensitive or f not in SENSITIVE_FLAGS]
    withheld = [f for f in flags if f not in shown]
    return {
        "flags": [[f, float(weights.get(f, 0))] for f in shown],
        "withheld_weight": float(sum(weights.get(f, 0) for f in withheld)),
        "withheld_count": len(withheld),
        "total": float(sum(weights.get(f, 0) for f in flags)),
    }


def _needs(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [_pick(n, ("category", "priority", "note")) for n in doc.get("needs") or ()]


def _case(doc: dict[str, Any], *extra: str) -> dict[str, Any]:
    return _pick(doc, ("case_number", "case_type", "municipality", "settlement", *extra))


def _return(doc: dict[str, Any]) -> dict[str, Any]:
    origin = doc.get("origin") or {}
    return {"municipality": doc.get("municipality"), "settlement": doc.get("settlement"),
            "origin_municipality": origin.get("municipality"),
            "origin_settlement": origin.get("settlement"),
            "return_mode": doc.get("return_mode"),
            "intention_registered_on": doc.get("intention_registered_on")}


_PROPERTY_KEYS = ("tenure", "cadastral_zone", "cadastral_municipality", "parcel", "claim_number",
                  "claim_decision", "evidence")


def _eligibility(doc: dict[str, Any]) -> dict[str, Any]:
    members = doc.get("members") or ()
    with_docs = sum(1 for m in members if m.get("documents"))
    return {
        "status": bool((doc.get("displacement") or {}).get("category")),
        "intention": bool(doc.get("intention_registered_on")),
        "documents": [with_docs, len(members)],
        "property": bool((doc.get("property") or {}).get("tenure")),
        "consent": bool((doc.get("consent") or {}).get("processing")),
        # Whether a go-and-see visit took place is not in the record; the commission ticks it.
        "visit": None,
    }


def _sections(doc: dict[str, Any], form: str, sensitive: bool) -> dict[str, Any]:
    members = _members(doc, form, sensitive)
    consent = doc.get("consent") or {}
    interview = doc.get("interview") or {}
    if form == "consent":
        return {
            "case": _case(doc),
            "household": members,
            "consent": _pick(consent, ("processing", "share_with_partners", "photos",
                                       "sensitive_data", "recorded_on", "recorded_by")),
            "interview": _pick(interview, ("date", "place", "language", "interpreter",
                                           "interpreter_name")),
        }
    if form == "application":
        held = sorted({d for m in doc.get("members") or () for d in m.get("documents") or ()})
        prop = doc.get("property") or {}
        return {
            "case": _case(doc),
            "household": members,
            "displacement": _pick(doc.get("displacement"), ("category", "location", "since")),
            "return": _return(doc),
            "property": _pick(prop, _PROPERTY_KEYS),
            "needs": _needs(doc),
            "documents": {"held": held, "property_evidence": bool(prop.get("evidence"))},
        }
    if form == "needs-assessment":
        return {
            "case": _case(doc),
            "household": members,
            "interview": _pick(interview, ("date", "place", "officer", "language")),
            "vulnerabilities": _vulnerabilities(doc, sensitive),
            "needs": _needs(doc),
            "narrative": {"text": interview.get("notes") or ""},
        }
    if form == "handover-receipt":
        return {
            "case": _case(doc),
            "household": members,
            "assistance": [_pick(a, ("item", "status", "donor", "project", "quantity",
                                     "handover_date", "receipt_reference"))
                           for a in doc.get("assistance") or ()],
        }
    if form == "referral":
        return {
            "case": _case(doc),
            "household": members,
            "referrals": [_pick(r, ("service", "reason", "date", "status"))
                          for r in doc.get("referrals") or () if r.get("service") in REFERRAL_SERVICES],
            "needs": _needs(doc),
            "consent": {"share_with_partners": bool(consent.get("share_with_partners"))},
        }
    return {
        "case": _case(doc, "status", "intention_registered_on"),
        "household": members,
        "displacement": _pick(doc.get("displacement"), ("category", "location", "since")),
        "return": _return(doc),
        "property": _pick(doc.get("property"), _PROPERTY_KEYS),
        "vulnerabilities": _vulnerabilities(doc, sensitive),
        "needs": _needs(doc),
        "eligibility": _eligibility(doc),
        "history": [_pick(h, ("from", "to", "by", "at", "comment", "decision"))
                    for h in doc.get("history") or ()],
        "notes": [_pick(n, ("text", "author", "at")) for n in doc.get("notes") or ()],
    }


def form_content(doc: dict[str, Any], form: str) -> FormContent:
    """The content of ``form`` for the case document ``doc`` (as ``get_case`` returns it)."""
    check_form(form)
    sensitive = bool((doc.get("consent") or {}).get("sensitive_data"))
    return FormContent(form=form, case_id=doc.get("id"), case_number=doc.get("case_number"),
                       revision=doc.get("revision"), sections=_sections(doc, form, sensitive),
                       sensitive=sensitive)


def blank_content(form: str) -> FormContent:
    """The content of ``form`` printed without a case: every field empty."""
    check_form(form)
    # Sensitive columns are printed on a blank form: the officer ticks sensitive-data consent
    # on the paper consent form before filling them in.
    return FormContent(form=form, case_id=None, case_number=None, revision=None, sections={},
                       sensitive=True)
