"""The laptop's reports: the summary counted in SQL, and cases page by page for the workbook.

The summary never loads a case document. Each figure is one grouped statement over a narrow
covering index (migration 0008): the live cases' ``ix_live_report`` (municipality, case type,
status, settlement, member count, sensitive-data consent, head's community, the days a period
looks at), and for the child tables the store keeps in step on every write, the
``(code, case_pk)`` indexes of needs, vulnerabilities and members' communities and the
``(case_pk, …)`` indexes of assistance and referrals. A child row counts when its case is among
the live cases the filter lets through (an ``IN`` over the case index). Over 100,000 households
it stays within a few hundred milliseconds on the encrypted store (``bench/bench_report.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.reference import shipped
from fieldapp.reports import summary as rs
from fieldapp.store.cases import MEMBER_FIELDS
from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import (
    Assistance,
    Case,
    Member,
    Need,
    Referral,
    Transition,
    Vulnerability,
    live,
)

PAGE = 1000
"""Households per page when the workbook streams cases."""


def registered_on() -> ColumnElement[Any]:
    """The day a household counts from in a period: its intention's registration, else the day
    the case reached the store."""
    return func.coalesce(Case.intention_registered_on, func.substr(Case.created_at, 1, 10))


def case_condition(f: rs.SummaryFilter) -> ColumnElement[bool]:
    """The WHERE clause of the live cases that ``f`` lets through."""
    cond: list[ColumnElement[bool]] = [live()]
    if f.municipality:
        cond.append(Case.municipality == f.municipality)
    if f.case_type:
        cond.append(Case.case_type == f.case_type)
    if f.date_from:
        cond.append(registered_on() >= f.date_from.isoformat())
    if f.date_to:
        cond.append(registered_on() <= f.date_to.isoformat())
    return and_(*cond)


def _cases(cond: ColumnElement[bool], *cols: Any) -> Select[Any]:
    """``SELECT cols FROM cases INDEXED BY ix_live_report WHERE cond``."""
    return select(*cols).select_from(Case).with_hint(Case, "INDEXED BY ix_live_report",
                                                     "sqlite").where(cond)


def _grouped(s: Session, cond: ColumnElement[bool], *keys: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(_cases(cond, *keys, func.count()).group_by(*keys))]


def _in_scope(case_pk: Any, cond: ColumnElement[bool]) -> ColumnElement[bool]:
    return case_pk.in_(_cases(cond, Case.pk))


def _per_child(s: Session, cond: ColumnElement[bool], case_pk: Any, *keys: Any) -> list[tuple[Any, ...]]:
    """Households per value of a child table's columns (a household counts once per value)."""
    stmt = (select(*keys, func.count(func.distinct(case_pk))).where(_in_scope(case_pk, cond))
            .group_by(*keys))
    return [tuple(r) for r in s.execute(stmt)]


def _members_by_community(s: Session, cond: ColumnElement[bool]) -> list[tuple[Any, Any]]:
    # Validation keeps communities off members of households without sensitive-data consent:
    # every member of such a household is withheld, the other members without one not recorded.
    withheld = int(s.execute(_cases(and_(cond, Case.sensitive_data.is_(False)),
                                    func.coalesce(func.sum(Case.member_count), 0))).scalar() or 0)
    rows = [(r[0], int(r[1])) for r in s.execute(
        select(Member.community, func.count()).where(_in_scope(Member.case_pk, cond))
        .group_by(Member.community))]
    out = [(c, n) for c, n in rows if c is not None]
    unrecorded = sum(n for c, n in rows if c is None) - withheld
    return [*out, (rs.NOT_RECORDED, unrecorded), (rs.WITHHELD, withheld)]


def _returns(s: Session, cond: ColumnElement[bool]) -> list[tuple[Any, Any]]:
    # A displaced household has returned once its monitoring starts (closed comes only after
    # monitoring); a repatriated one on the arrival its case begins with. A duplicate is not
    # a second return.
    live_cond = and_(cond, Case.status != workflow.DUPLICATE)
    displaced = (select(Transition.case_pk, func.min(Transition.at).label("at"))
                 .where(Transition.to_status.in_(rs.RETURNED_STATES),
                        _in_scope(Transition.case_pk,
                                  and_(live_cond, Case.case_type == workflow.DISPLACED_RETURN)))
                 .group_by(Transition.case_pk))
    arrived = (select(Transition.case_pk, func.min(Transition.at).label("at"))
               .where(_in_scope(Transition.case_pk,
                                and_(live_cond, Case.case_type == workflow.REPATRIATED)))
               .group_by(Transition.case_pk))
    entered = displaced.union_all(arrived).subquery()
    month = func.substr(entered.c.at, 1, 7)
    return [(r[0], r[1]) for r in s.execute(select(month, func.count()).group_by(month))]


def summary(s: Session, f: rs.SummaryFilter | None = None) -> rs.Summary:
    """The figures of the laptop's live cases that ``f`` lets through (see
    :mod:`fieldapp.reports.summary` for what each counts)."""
    f = (f or rs.SummaryFilter()).check()
    ref = shipped()
    cond = case_condition(f)
    total, members = s.execute(_cases(cond, func.count(),
                                      func.coalesce(func.sum(Case.member_count), 0))).one()
    community = sql_case((Case.sensitive_data.is_(True),
                          func.coalesce(Case.head_community, rs.NOT_RECORDED)), else_=rs.WITHHELD)
    status = Assistance.status
    return rs.Summary(
        cases=int(total), members=int(members),
        by_status=rs.counts(_grouped(s, cond, Case.status), order=ref.codes("status")),
        by_municipality=rs.counts(_grouped(s, cond, Case.municipality)),
        by_settlement=rs.nested((r[0], r[1], r[2])
                                for r in _grouped(s, cond, Case.municipality, Case.settlement)),
        by_case_type=rs.counts(_grouped(s, cond, Case.case_type), order=ref.codes("case_type")),
        by_need=rs.counts(_per_child(s, cond, Need.case_pk, Need.category)),
        by_vulnerability=rs.counts(_per_child(s, cond, Vulnerability.case_pk, Vulnerability.code)),
        by_community=rs.counts(_grouped(s, cond, community), order=ref.codes("community")),
        members_by_community=rs.counts(_members_by_community(s, cond),
                                       order=ref.codes("community")),
        returns_per_month=rs.months(_returns(s, cond)),
        assistance=rs.planned(_per_child(s, cond, Assistance.case_pk, Assistance.item, status)),
        assistance_by_donor=rs.planned(_per_child(s, cond, Assistance.case_pk, Assistance.donor,
                                                  status)),
        assistance_by_project=rs.planned(_per_child(s, cond, Assistance.case_pk,
                                                    Assistance.project, status)),
        referrals=rs.nested((r[0], r[1], r[2]) for r in _per_child(
            s, cond, Referral.case_pk, Referral.service, Referral.status)),
        filter=f,
    )


# --- the workbook's pages ----------------------------------------------------------------------

def count_rows(s: Session, f: rs.SummaryFilter) -> int:
    """How many households the workbook of ``f`` will hold."""
    return int(s.execute(select(func.count()).where(case_condition(f))).scalar() or 0)


def pages(s: Session, f: rs.SummaryFilter | None = None, *, size: int = PAGE
          ) -> Iterator[list[dict[str, Any]]]:
    """The cases ``f`` lets through, ``size`` at a time in case-number order, as report
    documents (:data:`fieldapp.reports.workbook.DOCUMENT_KEYS`): six statements a page, so
    memory stays flat however many cases the laptop holds."""
    f = (f or rs.SummaryFilter()).check()
    cond = case_condition(f)
    after: str | None = None
    cols = (Case.pk, Case.id, Case.case_number, Case.case_type, Case.status, Case.municipality,
            Case.settlement, Case.return_mode, Case.intention_registered_on, Case.origin,
            Case.displacement, Case.interview, Case.property, Case.consent, Case.head_name,
            Case.member_count, Case.score, Case.owner_officer, Case.created_at, Case.updated_at)
    while True:
        stmt = select(*cols).where(cond)
        if after is not None:
            stmt = stmt.where(Case.case_number > after)
        rows = s.execute(stmt.order_by(Case.case_number).limit(size)).all()
        if not rows:
            return
        after = rows[-1].case_number
        yield _documents(s, rows)
        if len(rows) < size:
            return


def _by_case(s: Session, stmt: Any, pks: Sequence[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {pk: [] for pk in pks}
    for r in s.execute(stmt):
        out[r[0]].append(r[1] if len(r) == 2 else r[1:])
    return out


def _documents(s: Session, rows: Sequence[Any]) -> list[dict[str, Any]]:
    pks = [r.pk for r in rows]
    members = _by_case(s, select(Member.case_pk, *(getattr(Member, k) for k in MEMBER_FIELDS))
                       .where(Member.case_pk.in_(pks)).order_by(Member.case_pk, Member.position), pks)
    needs = _by_case(s, select(Need.case_pk, Need.category, Need.priority, Need.note)
                     .where(Need.case_pk.in_(pks)).order_by(Need.case_pk, Need.position), pks)
    flags = _by_case(s, select(Vulnerability.case_pk, Vulnerability.code)
                     .where(Vulnerability.case_pk.in_(pks)).order_by(Vulnerability.pk), pks)
    assistance = _by_case(s, select(Assistance.case_pk, Assistance.data)
                          .where(Assistance.case_pk.in_(pks))
                          .order_by(Assistance.case_pk, Assistance.position), pks)
    referrals = _by_case(s, select(Referral.case_pk, Referral.data)
                         .where(Referral.case_pk.in_(pks))
                         .order_by(Referral.case_pk, Referral.position), pks)
    return [{
        "id": r.id, "case_number": r.case_number, "case_type": r.case_type, "status": r.status,
        "municipality": r.municipality, "settlement": r.settlement, "return_mode": r.return_mode,
        "intention_registered_on": r.intention_registered_on, "origin": r.origin,
        "displacement": r.displacement, "interview": r.interview, "property": r.property,
        "consent": r.consent, "head": r.head_name, "member_count": r.member_count,
        "score": r.score, "owner": r.owner_officer, "created_at": r.created_at,
        "updated_at": r.updated_at,
        "members": [dict(zip(MEMBER_FIELDS, m, strict=True)) for m in members[r.pk]],
        "needs": [{"category": n[0], "priority": n[1], "note": n[2]} for n in needs[r.pk]],
        "vulnerabilities": flags[r.pk], "assistance": assistance[r.pk],
        "referrals": referrals[r.pk],
    } for r in rows]


def record_export(ctx: WriteContext, *, rows: dict[str, int], lang: str,
                  f: rs.SummaryFilter) -> None:
    """Write to the audit log who exported the workbook, of what, with how many rows a sheet
    (no names, no file path)."""
    ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="report.export",
                     detail={"format": "xlsx", "rows": dict(rows), "lang": lang,
                             "filter": f.to_json()})
