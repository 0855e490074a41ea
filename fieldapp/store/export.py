"""Many cases read at once, for exports: the same documents as :func:`~fieldapp.store.cases.get_case`
(without history), a few queries per few hundred cases instead of seven per case.

An export of every case of a municipality reads tens of thousands of cases; one by one, the
per-query overhead is most of its time. Here each chunk of cases costs one query per child table,
and memory holds one chunk at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.store.cases import MEMBER_FIELDS
from fieldapp.store.models import Assistance, Case, Member, Need, Note, Referral, Vulnerability

CHUNK = 500


def _by_case(rows: Iterable[Any]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for case_pk, value in rows:
        out[case_pk].append(value)
    return out


def _chunk_documents(s: Session, ids: Sequence[str]) -> list[dict[str, Any]]:
    found = {c.id: c for c in s.execute(select(Case).where(Case.id.in_(ids))).scalars() if not c.deleted}
    pks = [c.pk for c in found.values()]
    members = _by_case(s.execute(select(Member.case_pk, Member).where(Member.case_pk.in_(pks))
                                 .order_by(Member.case_pk, Member.position)))
    needs = _by_case(s.execute(select(Need.case_pk, Need).where(Need.case_pk.in_(pks))
                               .order_by(Need.case_pk, Need.position)))
    vulns = _by_case(s.execute(select(Vulnerability.case_pk, Vulnerability.code)
                               .where(Vulnerability.case_pk.in_(pks)).order_by(Vulnerability.pk)))
    assistance = _by_case(s.execute(select(Assistance.case_pk, Assistance.data)
                                    .where(Assistance.case_pk.in_(pks))
                                    .order_by(Assistance.case_pk, Assistance.position)))
    referrals = _by_case(s.execute(select(Referral.case_pk, Referral.data).where(Referral.case_pk.in_(pks))
                                   .order_by(Referral.case_pk, Referral.position)))
    notes = _by_case(s.execute(select(Note.case_pk, Note).where(Note.case_pk.in_(pks))
                               .order_by(Note.pk)))
    out = []
    for case_id in ids:
        case = found.get(case_id)
        if case is None:
            continue
        pk = case.pk
        out.append({
            "format": "fieldapp.case/1", "id": case.id, "case_number": case.case_number,
            "case_type": case.case_type, "status": case.status, "municipality": case.municipality,
            "settlement": case.settlement, "return_mode": case.return_mode,
            "origin": case.origin, "intention_registered_on": case.intention_registered_on,
            "displacement": case.displacement, "interview": case.interview,
            "members": [{f: getattr(m, f) for f in MEMBER_FIELDS} for m in members[pk]],
            "property": case.property, "vulnerabilities": list(vulns[pk]),
            "needs": [{"category": n.category, "priority": n.priority, "note": n.note} for n in needs[pk]],
            "consent": case.consent, "assistance": list(assistance[pk]), "referrals": list(referrals[pk]),
            "notes": [{"text": n.text, "author": n.author, "at": n.at} for n in notes[pk]],
            "revision": case.revision, "created_at": case.created_at, "updated_at": case.updated_at,
            "owner_officer": case.owner_officer, "owner": case.owner_officer,
            "assigned_office": case.assigned_office, "duplicate_of": case.duplicate_of,
            "sync_state": case.sync_state, "score": case.score,
        })
    return out


def case_documents(s: Session, ids: Sequence[str]) -> Iterator[dict[str, Any]]:
    """The cases ``ids`` in that order, each as :func:`~fieldapp.store.cases.get_case` gives it
    with ``with_history=False``; ids of unknown or erased cases are skipped."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        docs = _chunk_documents(s, chunk)
        s.expunge_all()  # the chunk's rows are copied out: let them go
        yield from docs
