"""HQ's reports: the summary counted in SQL over the cases' JSON content, and cases page by page
for the workbook; both limited to what the acting user may see (:meth:`Actor.case_clause`).

HQ keeps each case's content as one JSON document (JSONB on PostgreSQL, JSON text on SQLite).
Every figure is one grouped statement: top-level values are read with the database's JSON
operators, lists (members, needs, vulnerabilities, assistance, referrals) are expanded with
``jsonb_array_elements`` on PostgreSQL and ``json_each`` on SQLite. No document is loaded into
Python for the summary; the workbook reads one page of cases at a time.

The figures mean exactly what the laptop's mean (see :mod:`fieldapp.reports.summary`), so an
office's summary and HQ's of the same cases agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    and_,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy import case as sql_case
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.reference import shipped
from fieldapp.domain.scoring import score
from fieldapp.reports import summary as rs
from sync.server.audit import service as audit
from sync.server.cases.models import CaseEvent, CaseRow
from sync.server.scope import Actor

PAGE = 1000
"""Cases per page when the workbook streams them."""


class _Json:
    """The JSON operators of one database, over ``cases.content`` and list elements."""

    def __init__(self, session: Session):
        self.pg = session.get_bind().dialect.name == "postgresql"

    def text(self, *path: str) -> ColumnElement[Any]:
        """The text of ``content.path`` (None when absent)."""
        if self.pg:
            return (CaseRow.content[path] if len(path) > 1 else CaseRow.content[path[0]]).as_string()
        return func.json_extract(CaseRow.content, "$." + ".".join(path))

    def true(self, *path: str) -> ColumnElement[bool]:
        """Whether ``content.path`` is JSON true."""
        return self.text(*path) == ("true" if self.pg else literal_column("1"))

    def elements(self, key: str, name: str) -> FromClause:
        """The elements of the list ``content.key``, one row each (column ``value``)."""
        if self.pg:
            fn = func.jsonb_array_elements(CaseRow.content[key])
        else:
            fn = func.json_each(CaseRow.content, f"$.{key}")
        return fn.table_valued("value", joins_implicitly=True).alias(name)

    def field(self, elements: FromClause, key: str | None = None) -> ColumnElement[Any]:
        """An element's ``key`` as text (the element itself when it is a string and no key)."""
        value = elements.c.value
        if self.pg:
            coerced = type_coerce(value, JSONB)
            return coerced[key].astext if key else coerced.op("#>>")(literal_column("'{}'"))
        return func.json_extract(value, f"$.{key}") if key else value


def _registered_on(j: _Json) -> ColumnElement[Any]:
    return func.coalesce(j.text("intention_registered_on"), func.substr(CaseRow.created_at, 1, 10))


def case_condition(j: _Json, actor: Actor, f: rs.SummaryFilter) -> ColumnElement[bool]:
    """The WHERE clause of the cases in ``actor``'s scope that ``f`` lets through."""
    cond: list[ColumnElement[bool]] = [actor.case_clause()]
    if f.municipality:
        cond.append(CaseRow.municipality == f.municipality)
    if f.case_type:
        cond.append(CaseRow.case_type == f.case_type)
    if f.date_from:
        cond.append(_registered_on(j) >= f.date_from.isoformat())
    if f.date_to:
        cond.append(_registered_on(j) <= f.date_to.isoformat())
    return and_(*cond)


def _rows(session: Session, stmt: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in session.execute(stmt)]


def _grouped(session: Session, cols: list[ColumnElement[Any]], cond: ColumnElement[bool],
             *joined: FromClause, distinct: bool = False) -> list[tuple[Any, ...]]:
    """Cases (or with ``joined`` lists, rows; ``distinct``: cases) per value of ``cols``.

    The values are computed in a subquery and grouped outside it: PostgreSQL takes a JSON
    operator with a bound path in SELECT and in GROUP BY for two different expressions.
    """
    inner = select(*(c.label(f"k{i}") for i, c in enumerate(cols)), CaseRow.id.label("case_id"))
    inner = inner.select_from(CaseRow)
    for e in joined:
        inner = inner.join(e, true())
    sub = inner.where(cond).subquery()
    keys = [sub.c[f"k{i}"] for i in range(len(cols))]
    n = func.count(func.distinct(sub.c.case_id)) if distinct else func.count()
    return _rows(session, select(*keys, n).group_by(*keys))


def _per_element(session: Session, j: _Json, cond: ColumnElement[bool], key: str,
                 *fields: str | None) -> list[tuple[Any, ...]]:
    """Cases per value of fields of the elements of ``content.key`` (a case counts once)."""
    e = j.elements(key, f"e_{key}")
    return _grouped(session, [j.field(e, k) for k in fields], cond, e, distinct=True)


def _community(j: _Json, community: ColumnElement[Any]) -> ColumnElement[Any]:
    # Without sensitive-data consent no community is counted, whatever the content holds.
    return sql_case((j.true("consent", "sensitive_data"),
                     func.coalesce(community, rs.NOT_RECORDED)), else_=rs.WITHHELD)


def _head_community(j: _Json) -> ColumnElement[Any]:
    e = j.elements("members", "head")
    return (select(j.field(e, "community")).where(j.field(e, "relationship") == "head")
            .limit(1).correlate(CaseRow).scalar_subquery())


def _returns(session: Session, cond: ColumnElement[bool]) -> list[tuple[Any, ...]]:
    # As on the laptop: a displaced household once its monitoring starts, a repatriated one on
    # the arrival its case begins with; a duplicate is not a second return.
    entered = (select(CaseEvent.case_id, func.min(CaseEvent.at).label("at"))
               .join(CaseRow, CaseRow.id == CaseEvent.case_id)
               .where(cond, CaseRow.status != workflow.DUPLICATE,
                      or_(and_(CaseRow.case_type == workflow.DISPLACED_RETURN,
                               CaseEvent.to_status.in_(rs.RETURNED_STATES)),
                          CaseRow.case_type == workflow.REPATRIATED))
               .group_by(CaseEvent.case_id).subquery())
    month = func.substr(entered.c.at, 1, 7)
    return _rows(session, select(month, func.count()).group_by(month))


def summary(*, session: Session, actor: Actor, f: rs.SummaryFilter | None = None) -> rs.Summary:
    """The figures of the cases ``actor`` may see that ``f`` lets through; the read is audited
    (who, which filter, how many households)."""
    f = (f or rs.SummaryFilter()).check()
    ref = shipped()
    j = _Json(session)
    cond = case_condition(j, actor, f)

    def grouped(*keys: Any) -> list[tuple[Any, ...]]:
        return _grouped(session, list(keys), cond)

    total, members = session.execute(
        select(func.count(), func.coalesce(func.sum(CaseRow.members), 0)).where(cond)).one()
    by_community = grouped(_community(j, _head_community(j)))
    people = j.elements("members", "people")
    members_by_community = _grouped(session, [_community(j, j.field(people, "community"))], cond,
                                    people)
    figures = rs.Summary(
        cases=int(total), members=int(members),
        by_status=rs.counts(grouped(CaseRow.status), order=ref.codes("status")),
        by_municipality=rs.counts(grouped(CaseRow.municipality)),
        by_settlement=rs.nested(grouped(CaseRow.municipality, j.text("settlement"))),
        by_case_type=rs.counts(grouped(CaseRow.case_type), order=ref.codes("case_type")),
        by_need=rs.counts(_per_element(session, j, cond, "needs", "category")),
        by_vulnerability=rs.counts(_per_element(session, j, cond, "vulnerabilities", None)),
        by_community=rs.counts(by_community, order=ref.codes("community")),
        members_by_community=rs.counts(members_by_community, order=ref.codes("community")),
        returns_per_month=rs.months(_returns(session, cond)),
        assistance=rs.planned(_per_element(session, j, cond, "assistance", "item", "status")),
        assistance_by_donor=rs.planned(_per_element(session, j, cond, "assistance", "donor", "status")),
        assistance_by_project=rs.planned(_per_element(session, j, cond, "assistance", "project",
                                                      "status")),
        referrals=rs.nested(_per_element(session, j, cond, "referrals", "service", "status")),
        filter=f,
    )
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="report.summary", detail={"filter": f.to_json(), "cases": figures.cases})
    return figures


# --- the workbook's pages ----------------------------------------------------------------------

def count_rows(*, session: Session, actor: Actor, f: rs.SummaryFilter) -> int:
    """How many households the workbook of ``f`` will hold for ``actor``."""
    cond = case_condition(_Json(session), actor, f)
    return int(session.execute(select(func.count()).select_from(CaseRow).where(cond)).scalar() or 0)


def pages(*, session: Session, actor: Actor, f: rs.SummaryFilter | None = None,
          size: int = PAGE) -> Iterator[list[dict[str, Any]]]:
    """The cases ``actor`` may see that ``f`` lets through, ``size`` at a time in case-number
    order, as report documents (:data:`fieldapp.reports.workbook.DOCUMENT_KEYS`)."""
    f = (f or rs.SummaryFilter()).check()
    cond = case_condition(_Json(session), actor, f)
    after: str | None = None
    cols = (CaseRow.id, CaseRow.case_number, CaseRow.case_type, CaseRow.status,
            CaseRow.municipality, CaseRow.content, CaseRow.head, CaseRow.members, CaseRow.owner,
            CaseRow.created_at, CaseRow.updated_at)
    while True:
        stmt = select(*cols).where(cond)
        if after is not None:
            stmt = stmt.where(CaseRow.case_number > after)
        rows = session.execute(stmt.order_by(CaseRow.case_number).limit(size)).all()
        if not rows:
            return
        after = rows[-1].case_number
        yield [_document(r) for r in rows]
        if len(rows) < size:
            return


def _document(r: Any) -> dict[str, Any]:
    content = dict(r.content or {})
    return {**content, "id": r.id, "case_number": r.case_number, "case_type": r.case_type,
            "status": r.status, "municipality": r.municipality, "head": r.head,
            "member_count": r.members, "score": score(content.get("vulnerabilities") or ()).total,
            "owner": r.owner, "created_at": r.created_at, "updated_at": r.updated_at}


def record_export(*, session: Session, actor: Actor, rows: dict[str, int], lang: str,
                  f: rs.SummaryFilter) -> None:
    """Write to HQ's audit log who exported the workbook, of what, with how many rows a sheet."""
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="report.export", detail={"format": "xlsx", "rows": dict(rows),
                                                 "lang": lang, "filter": f.to_json()})
