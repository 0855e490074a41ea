"""Field names and problem messages in the UI language.

The domain reports problems as data (:class:`fieldapp.domain.errors.Problem`: record, field path,
an English message, allowed codes). This module words them for the person at the screen: the
field path becomes the label they see on the form, and the known message shapes are translated
(values quoted from the record are kept as written). A message of an unknown shape is shown as
the domain wrote it rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.errors import Problem
from ui.i18n import fmt


def field_labels() -> dict[str, str]:
    """Every form field's label in the UI language, keyed by its path in the case document."""
    return {
        "format": QCoreApplication.translate("Fields", "Format"),
        "id": QCoreApplication.translate("Fields", "Case id"),
        "case_number": QCoreApplication.translate("Fields", "Case number"),
        "case_type": QCoreApplication.translate("Fields", "Case type"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "municipality": QCoreApplication.translate("Fields", "Municipality of return"),
        "settlement": QCoreApplication.translate("Fields", "Settlement of return"),
        "return_mode": QCoreApplication.translate("Fields", "Return mode"),
        "intention_registered_on": QCoreApplication.translate("Fields", "Intention registered on"),
        "origin.municipality": QCoreApplication.translate("Fields", "Municipality of origin"),
        "origin.settlement": QCoreApplication.translate("Fields", "Settlement of origin"),
        "displacement.category": QCoreApplication.translate("Fields", "Displacement category"),
        "displacement.location": QCoreApplication.translate("Fields", "Place of displacement"),
        "displacement.since": QCoreApplication.translate("Fields", "Displaced since"),
        "interview.date": QCoreApplication.translate("Fields", "Interview date"),
        "interview.place": QCoreApplication.translate("Fields", "Place of interview"),
        "interview.officer": QCoreApplication.translate("Fields", "Interviewing officer"),
        "interview.language": QCoreApplication.translate("Fields", "Language of interview"),
        "interview.interpreter": QCoreApplication.translate("Fields", "Interpreter present"),
        "interview.interpreter_name": QCoreApplication.translate("Fields", "Interpreter's name"),
        "interview.notes": QCoreApplication.translate("Fields", "Interview notes"),
        "members": QCoreApplication.translate("Fields", "Household members"),
        "given_name": QCoreApplication.translate("Fields", "Given name"),
        "family_name": QCoreApplication.translate("Fields", "Family name"),
        "script": QCoreApplication.translate("Fields", "Script"),
        "sex": QCoreApplication.translate("Fields", "Sex"),
        "date_of_birth": QCoreApplication.translate("Fields", "Date of birth"),
        "relationship": QCoreApplication.translate("Fields", "Relationship to head"),
        "personal_number": QCoreApplication.translate("Fields", "Personal number"),
        "documents": QCoreApplication.translate("Fields", "Documents held"),
        "community": QCoreApplication.translate("Fields", "Community (self-declared)"),
        "disability": QCoreApplication.translate("Fields", "Disability"),
        "chronic_illness": QCoreApplication.translate("Fields", "Chronic illness"),
        "education": QCoreApplication.translate("Fields", "Education"),
        "occupation": QCoreApplication.translate("Fields", "Occupation"),
        "preferred_language": QCoreApplication.translate("Fields", "Preferred language"),
        "property.tenure": QCoreApplication.translate("Fields", "Tenure"),
        "property.cadastral_municipality": QCoreApplication.translate("Fields", "Cadastral municipality"),
        "property.cadastral_zone": QCoreApplication.translate("Fields", "Cadastral zone"),
        "property.parcel": QCoreApplication.translate("Fields", "Parcel"),
        "property.evidence": QCoreApplication.translate("Fields", "Evidence held"),
        "property.claim_number": QCoreApplication.translate("Fields", "KPCVA claim number"),
        "property.claim_decision": QCoreApplication.translate("Fields", "KPCVA claim decision"),
        "vulnerabilities": QCoreApplication.translate("Fields", "Vulnerabilities"),
        "needs": QCoreApplication.translate("Fields", "Needs"),
        "category": QCoreApplication.translate("Fields", "Need"),
        "priority": QCoreApplication.translate("Fields", "Priority"),
        "note": QCoreApplication.translate("Fields", "Note"),
        "consent.processing": QCoreApplication.translate("Fields", "Processing of personal data"),
        "consent.share_with_partners": QCoreApplication.translate("Fields", "Sharing with partner organisations"),
        "consent.photos": QCoreApplication.translate("Fields", "Photographs"),
        "consent.sensitive_data": QCoreApplication.translate("Fields", "Sensitive data (community, health)"),
        "consent.recorded_on": QCoreApplication.translate("Fields", "Consent recorded on"),
        "consent.recorded_by": QCoreApplication.translate("Fields", "Consent recorded by"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "assistance": QCoreApplication.translate("Fields", "Assistance"),
        "item": QCoreApplication.translate("Fields", "Item"),
        "quantity": QCoreApplication.translate("Fields", "Quantity"),
        "donor": QCoreApplication.translate("Fields", "Donor"),
        "project": QCoreApplication.translate("Fields", "Project"),
        "handover_date": QCoreApplication.translate("Fields", "Handover date"),
        "receipt_reference": QCoreApplication.translate("Fields", "Receipt reference"),
        "referrals": QCoreApplication.translate("Fields", "Referrals"),
        "service": QCoreApplication.translate("Fields", "Service"),
        "reason": QCoreApplication.translate("Fields", "Reason"),
        "date": QCoreApplication.translate("Fields", "Date"),
    }


_INDEXED = re.compile(r"^(members|needs|notes|assistance|referrals)\[(\d+)\](?:\.(.+))?$")


def field_label(path: str) -> str:
    """The label of the field at ``path`` (``members[1].given_name`` → "Member 2: Given name")."""
    if not path:
        return ""
    labels = field_labels()
    m = _INDEXED.match(path)
    if m:
        group, index, rest = m.group(1), int(m.group(2)) + 1, m.group(3)
        owner = {
            "members": QCoreApplication.translate("Fields", "Member %1"),
            "needs": QCoreApplication.translate("Fields", "Need %1"),
            "notes": QCoreApplication.translate("Fields", "Note %1"),
            "assistance": QCoreApplication.translate("Fields", "Assistance item %1"),
            "referrals": QCoreApplication.translate("Fields", "Referral %1"),
        }[group]
        head = fmt(owner, index)
        if not rest:
            return head
        return f"{head}: {labels.get(rest, rest)}"
    # Codes of a list: vulnerabilities[2] → "Vulnerabilities (3)".
    m2 = re.match(r"^([a-z_.]+)\[(\d+)\]$", path)
    if m2:
        return f"{labels.get(m2.group(1), m2.group(1))} ({int(m2.group(2)) + 1})"
    return labels.get(path, path)


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (re.compile(r"^is required$"), lambda m: QCoreApplication.translate("Problems", "Required.")),
        (re.compile(r"^unknown key$"), lambda m: QCoreApplication.translate("Problems", "This field is not part of the case format.")),
        (re.compile(r"^unknown column$"), lambda m: QCoreApplication.translate("Problems", "This column is not part of the case format.")),
        (re.compile(r"^required column is missing$"), lambda m: QCoreApplication.translate("Problems", "This required column is missing.")),
        (re.compile(r"^must be text"), lambda m: QCoreApplication.translate("Problems", "Must be text.")),
        (re.compile(r"^is longer than (\d+) characters$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "Too long: at most %1 characters."), m.group(1))),
        (re.compile(r"^contains control characters$"),
         lambda m: QCoreApplication.translate("Problems", "Contains invisible control characters; retype it.")),
        (re.compile(r"^(.*) is not a known code$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not in the list; pick a value from the list."), m.group(1))),
        (re.compile(r"^must be a list of codes$"), lambda m: QCoreApplication.translate("Problems", "Must be a list of values from the code list.")),
        (re.compile(r"^(.*) is listed twice; put the details in one note$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is listed twice; keep one and put the details in its note."), m.group(1))),
        (re.compile(r"^(.*) is listed twice$"), lambda m: fmt(QCoreApplication.translate("Problems", "%1 is listed twice."), m.group(1))),
        (re.compile(r"^(.*) is not true or false$|^must be true or false$"),
         lambda m: QCoreApplication.translate("Problems", "Must be yes or no (true or false).")),
        (re.compile(r"^must be YYYY, YYYY-MM or YYYY-MM-DD$"),
         lambda m: QCoreApplication.translate("Problems", "Write the year (1968), year and month (1968-03) or the full date (1968-03-21).")),
        (re.compile(r"^must be a date written YYYY-MM-DD$"),
         lambda m: QCoreApplication.translate("Problems", "Write the full date as year-month-day, for example 2026-11-20.")),
        (re.compile(r"^year (\d+) is before (\d+)$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "The year %1 is before %2; check it."), m.group(1), m.group(2))),
        (re.compile(r"^'(.*)' is not a date in the calendar$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a date in the calendar."), m.group(1))),
        (re.compile(r"^'(.*)' is in the future$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is in the future."), m.group(1))),
        (re.compile(r"^is required when any consent is given$"),
         lambda m: QCoreApplication.translate("Problems", "Write the date consent was recorded.")),
        (re.compile(r"^at least one household member is required$"),
         lambda m: QCoreApplication.translate("Problems", "Add at least one household member.")),
        (re.compile(r"^more than (\d+) members in one household$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "More than %1 members in one household; split the case."), m.group(1))),
        (re.compile(r"^is 'Latn' but the name is written in Cyrillic"),
         lambda m: QCoreApplication.translate("Problems", "The name is written in Cyrillic: choose the Cyrillic script.")),
        (re.compile(r"^is 'Cyrl' but the name holds Latin letters"),
         lambda m: QCoreApplication.translate("Problems", "The name holds Latin letters: choose the Latin script, or write it in Cyrillic only.")),
        (re.compile(r"^is sensitive data"),
         lambda m: QCoreApplication.translate("Problems", "Sensitive data: record sensitive-data consent first, or leave it empty.")),
        (re.compile(r"^must be 10 digits \(Kosovo\) or 13 digits \(JMBG\)$"),
         lambda m: QCoreApplication.translate("Problems", "Must be 10 digits (Kosovo personal number) or 13 digits (JMBG).")),
        (re.compile(r"^no member is the head of household"),
         lambda m: QCoreApplication.translate("Problems", "No member is the head of household: mark exactly one as head.")),
        (re.compile(r"^two heads of household"),
         lambda m: QCoreApplication.translate("Problems", "Two members are marked head of household: exactly one is allowed.")),
        (re.compile(r"^case (.*) is already in this workspace$|^(.*) is already in this workspace$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is already in this workspace."), m.group(1) or m.group(2))),
        (re.compile(r"^case (.*) appears twice in the file$|^(.*) appears twice in the file$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 appears twice in the file."), m.group(1) or m.group(2))),
        (re.compile(r"^(.*) is not a municipality code$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a municipality code."), m.group(1))),
        (re.compile(r"^(.*) is not a UUID$"), lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a valid case id."), m.group(1))),
        (re.compile(r"^(.*) is not a case number like (.*)$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a case number like %2."), m.group(1), m.group(2))),
        (re.compile(r"^(.*) is not a state of a (.*) case$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a status this type of case can have."), m.group(1))),
        (re.compile(r"^(.*) is not a supported format$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not a supported format."), m.group(1))),
        (re.compile(r"^must be an object|^must be a list|^must be a JSON object"),
         lambda m: QCoreApplication.translate("Problems", "Has the wrong shape for the case format.")),
        (re.compile(r"^has more cells than the header has columns$"),
         lambda m: QCoreApplication.translate("Problems", "This row has more cells than the header has columns.")),
        (re.compile(r"^is required: it groups the rows of one case$"),
         lambda m: QCoreApplication.translate("Problems", "Required: it groups the rows of one case.")),
        (re.compile(r"^differs from row (\d+) of the same case_ref$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "Differs from row %1 of the same case."), m.group(1))),
        (re.compile(r"^cannot be changed by an edit$"),
         lambda m: QCoreApplication.translate("Problems", "This field cannot be changed by an edit.")),
        (re.compile(r"^must be a number, zero or more$"), lambda m: QCoreApplication.translate("Problems", "Must be a number, zero or more.")),
        # An assistance or referral status, or a referral service, outside its list; a service
        # not chosen yet reads "None is not a known service".
        (re.compile(r"^None is not a known service$"), lambda m: QCoreApplication.translate("Problems", "Required.")),
        (re.compile(r"^(.*) is not a known service$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not in the list; pick a value from the list."), m.group(1))),
        (re.compile(r"^(.*) is not allowed$"),
         lambda m: fmt(QCoreApplication.translate("Problems", "%1 is not in the list; pick a value from the list."), m.group(1))),
    ]


def problem_message(problem: Problem) -> str:
    """The message of ``problem`` in the UI language."""
    for pattern, make in _patterns():
        m = pattern.match(problem.message)
        if m:
            return make(m)
    return problem.message


def problem_record(record: str) -> str:
    """The record label (``record 3``, ``line 7``, ``row 4``, ``case``) in the UI language."""
    m = re.match(r"^(record|line|row) (\d+)$", record)
    if m:
        word = {"record": QCoreApplication.translate("Problems", "Record %1"), "line": QCoreApplication.translate("Problems", "Line %1"),
                "row": QCoreApplication.translate("Problems", "Row %1")}[m.group(1)]
        return fmt(word, m.group(2))
    return record
