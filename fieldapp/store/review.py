"""The review desk on a reviewer's laptop: the queue, possible duplicates, decisions, assignment.

A laptop enrolled for an MOCR officer or a supervisor holds every case of its municipalities and
decides on them offline. Each decision is checked here (role by the workflow, scope by the
laptop's municipalities, the named original of a duplicate) and written as transition rows plus
one outbox ``case.transition`` op per step; HQ checks role and scope again when the ops arrive.

The queue is two statements whatever its length: one for the rows (the time each case entered
its status and its earlier returns read through ``ix_transitions_entered``) and one grouped
count of possible duplicates, from the scored pairs :mod:`fieldapp.store.duplicates` keeps as
cases are written. The count is the larger
part, so a screen may read the rows alone first (``count_duplicates=False``) and the counts
after (:func:`duplicate_counts`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError
from fieldapp.messages import Message
from fieldapp.store import duplicates as dup_store
from fieldapp.store.cases import TransitionRefused, _load, get_case, original_of
from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import Case, Transition, live
from fieldapp.store.remote import REFERENCE_PREFIX
from fieldapp.store.scope import LaptopScope, check_scope, is_reviewer, laptop_scope
from fieldapp.store.search import search_pks

AnySelect = Select[*tuple[Any, ...]]
"""A select of any columns."""

OFFICERS_KEY = "officers"
"""The reference item HQ sends reviewers' laptops: the officers who share a municipality."""

# --- the queue -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class QueueRow:
    """One case waiting for a decision."""

    id: str
    case_number: str
    case_type: str
    status: str
    municipality: str
    settlement: str | None
    head: str
    members: int
    score: float
    officer: str
    """The officer the case is assigned to, else the officer who owns it."""
    since: str
    """ISO time the case entered its current status."""
    waiting_days: int
    possible_duplicates: int | None
    """How many other cases may be the same household; None when not counted yet."""
    returned_before: int
    """How many times the case was returned to its officer before."""

    def to_json(self) -> dict[str, Any]:
        """The row as ``case queue --json`` prints it (CONTRACT.md "Roles on the laptop")."""
        return {"id": self.id, "case_number": self.case_number, "status": self.status,
                "municipality": self.municipality, "head": self.head, "members": self.members,
                "score": self.score, "waiting_days": self.waiting_days,
                "possible_duplicates": self.possible_duplicates, "case_type": self.case_type,
                "settlement": self.settlement, "officer": self.officer, "since": self.since,
                "returned_before": self.returned_before}


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; empty fields do not filter."""

    municipality: str | None = None
    settlement: str | None = None
    officer: str | None = None
    status: str | None = None
    duplicates_only: bool = False
    text: str = ""


def waiting_days(since: str, today: dt.date) -> int:
    """Whole days from the ISO time ``since`` to ``today`` (never negative; 0 if unreadable)."""
    try:
        start = dt.date.fromisoformat(since[:10])
    except (TypeError, ValueError):
        return 0
    return max(0, (today - start).days)


def _officer_of() -> ColumnElement[Any]:
    return func.coalesce(Case.assigned_office, Case.owner_officer)


def _entered() -> ColumnElement[Any]:
    """When each case entered its current status (its creation if no step says so)."""
    at = (select(func.max(Transition.at))
          .where(Transition.case_pk == Case.pk, Transition.to_status == Case.status)
          .scalar_subquery())
    return func.coalesce(at, Case.created_at)


def _returns() -> ColumnElement[Any]:
    return (select(func.count()).select_from(Transition)
            .where(Transition.case_pk == Case.pk, Transition.to_status == workflow.RETURNED)
            .scalar_subquery())


def _waiting(s: Session, stmt: AnySelect, flt: QueueFilter, scope: LaptopScope) -> AnySelect:
    """``stmt`` narrowed to live cases waiting for a decision in scope, and by ``flt``."""
    stmt = stmt.where(live(), Case.status.in_(workflow.REVIEW_STATES))
    if scope.municipalities:
        stmt = stmt.where(Case.municipality.in_(scope.municipalities))
    if flt.status:
        stmt = stmt.where(Case.status == flt.status)
    if flt.municipality:
        stmt = stmt.where(Case.municipality == flt.municipality)
    if flt.settlement:
        stmt = stmt.where(Case.settlement == flt.settlement)
    if flt.officer:
        stmt = stmt.where(_officer_of() == flt.officer)
    if flt.text.strip():
        pks = search_pks(s, flt.text)
        if pks is not None:
            stmt = stmt.where(Case.pk.in_(pks))
    return stmt


def queue_statements(s: Session, flt: QueueFilter | None = None) -> tuple[AnySelect, AnySelect]:
    """The two statements :func:`queue` runs: its rows, oldest first, and (case key, count of
    possible duplicates) for the same cases. Benchmarks run them bare beside :func:`queue`."""
    flt = flt or QueueFilter()
    scope = laptop_scope(s)
    since = _entered().label("since")
    rows = _waiting(s, select(Case.pk, Case.id, Case.case_number, Case.case_type, Case.status,
                              Case.municipality, Case.settlement, Case.head_name, Case.member_count,
                              Case.score, _officer_of(), since, _returns()), flt, scope)
    keys = _waiting(s, select(Case.pk), flt, scope)
    return rows.order_by(since, Case.case_number), _duplicate_counts_statement(keys)


def queue(s: Session, flt: QueueFilter | None = None, *, today: dt.date | None = None,
          count_duplicates: bool = True, limit: int | None = None) -> list[QueueRow]:
    """Cases waiting for a decision (submitted, under review) in the laptop's scope, oldest first
    (only the ``limit`` oldest if given: a screenful to show while the rest is read).

    Without ``count_duplicates`` each row's ``possible_duplicates`` is None (and
    ``flt.duplicates_only`` is left to the caller): the rows come in about half the time.
    """
    flt = flt or QueueFilter()
    today = today or dt.date.today()
    rows_stmt, counts_stmt = queue_statements(s, flt)
    if limit is not None:
        rows_stmt = rows_stmt.limit(limit)
    # Core rows, not ORM results: nothing here is an entity, and 10,000 rows cost a third less.
    conn = s.connection()
    rows = conn.execute(rows_stmt).all()
    counts: dict[int, int] | None = None
    if count_duplicates:
        counts = {a: n for a, n in conn.execute(counts_stmt)}
    days: dict[str, int] = {}  # many cases entered their status on the same day
    out = []
    for pk, case_id, number, case_type, status, muni, settlement, head, members, score, officer, since, \
            returns in rows:
        dups = None if counts is None else counts.get(pk, 0)
        if flt.duplicates_only and dups == 0:
            continue
        since = since or ""
        day = days.get(since[:10])
        if day is None:
            day = days[since[:10]] = waiting_days(since, today)
        out.append(QueueRow(case_id, number, case_type, status, muni, settlement, head, int(members),
                            float(score), officer or "", since, day, dups, int(returns or 0)))
    return out


def duplicate_counts(s: Session, flt: QueueFilter | None = None) -> dict[str, int]:
    """(case id → how many other cases may be the same household) for the queue's cases under
    ``flt``; cases without a possible duplicate are left out."""
    flt = flt or QueueFilter()
    keys = _waiting(s, select(Case.pk), flt, laptop_scope(s))
    counts = _duplicate_counts_statement(keys).subquery()
    stmt = select(Case.id, counts.c.n).join(counts, counts.c.a == Case.pk)
    return {case_id: int(n) for case_id, n in s.connection().execute(stmt)}


# --- possible duplicates ---------------------------------------------------------------------

def _duplicate_counts_statement(of: Select[Any]) -> AnySelect:
    """(case key, how many other cases may be the same household) for the keys ``of`` selects."""
    return dup_store.duplicate_counts_statement(of)


@dataclass(frozen=True)
class DuplicateCandidate:
    """Another case that may be the same household, with what matched."""

    case_id: str
    case_number: str
    head: str
    status: str
    municipality: str
    settlement: str | None
    score: float
    """0 to 1; likelier is higher."""
    reasons: tuple[Message, ...]
    held: bool = True
    """Whether this laptop holds the case; if not, HQ found it (in a municipality beyond the
    laptop's) and only its number, municipality and score are known here."""

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """As ``case duplicates --json`` would print it: reasons worded in ``lang``."""
        from fieldapp.messages import render

        return {"case": self.case_id, "other_case_number": self.case_number, "head": self.head,
                "status": self.status, "municipality": self.municipality, "settlement": self.settlement,
                "score": self.score, "reasons": [render(r, lang) for r in self.reasons], "held": self.held}


def possible_duplicates(s: Session, ref: str, *, limit: int = 10) -> list[DuplicateCandidate]:
    """Other live cases that may be the household of ``ref``, likeliest first (scored by
    :func:`fieldapp.domain.duplicates.compare`; a case already marked duplicate is never offered),
    then those HQ found that this laptop does not hold."""
    case = _load(s, ref)
    found = dup_store.possible_duplicates(s, case.pk, limit=limit)
    homes = {h.extra["id"]: h for h in dup_store.households(s, [
        pk for pk in s.execute(select(Case.pk).where(Case.id.in_([p.other_id for p in found]))).scalars()]).values()}
    out = []
    for p in found:
        other = homes.get(p.other_id)
        out.append(DuplicateCandidate(case_id=p.other_id, case_number=p.other_case_number, head=p.other_head,
                                      status=p.other_status,
                                      municipality=str(other.extra["municipality"]) if other else "",
                                      settlement=other.extra.get("settlement") if other else None,
                                      score=p.score, reasons=p.reasons))
    for e in dup_store.elsewhere(s, case.pk)[:max(0, limit - len(out))]:
        out.append(DuplicateCandidate(
            case_id=e.other_id, case_number=e.other_case_number, head="", status="",
            municipality=e.other_municipality, settlement=None, score=e.score, held=False,
            reasons=(dup_store.elsewhere_reason(e.other_municipality),)))
    return out


# --- decisions -------------------------------------------------------------------------------

def _check_reviewer(ctx: WriteContext, *, assigning: bool = False) -> None:
    role = ctx.actor.role
    if is_reviewer(role):
        return
    label = Message("domain.workflow.role", {"code": role})
    if assigning:
        raise UserError("review.not_a_reviewer_assign", role=label)
    raise UserError("review.not_a_reviewer", role=label)


def decide(ctx: WriteContext, ref: str, decision: str, *, comment: str | None = None,
           duplicate_of: str | None = None) -> dict[str, Any]:
    """Record a review ``decision`` on the case ``ref`` (id or case number); returns the case.

    The laptop's role must make every step (a ``submitted`` case is first taken under review),
    the case must belong to one of the laptop's municipalities, and a ``duplicate`` decision
    must name another live case in scope that is not itself a duplicate. Nothing is written
    unless all of it holds. Each step writes a transition row and a ``case.transition`` op; the
    last one carries the ``decision`` and, for a duplicate, ``duplicate_of``.
    """
    s = ctx.session
    if decision not in workflow.DECISIONS:
        raise UserError("review.unknown_decision", decision=decision, decisions=list(workflow.DECISIONS))
    _check_reviewer(ctx)
    case = _load(s, ref)
    check_scope(ctx.actor, case.case_number, case.municipality)
    if case.status not in workflow.REVIEW_STATES:
        raise UserError("review.not_waiting", case_number=case.case_number,
                        status=Message("domain.workflow.state", {"code": case.status}))
    comment = (comment or "").strip() or None
    target = workflow.DECISIONS[decision]
    original = original_of(ctx, case, target, duplicate_of)
    try:
        steps = workflow.decision_steps(case.case_type, case.status, decision, ctx.actor.role, comment)
    except workflow.WorkflowError as exc:
        raise TransitionRefused(case.case_number, exc) from None
    now = utc_now()
    base = case.revision
    rows = []
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        fields: dict[str, Any] = {"status": step.target, "from": step.source,
                                  "comment": comment if last else None}
        if last:
            fields["decision"] = decision
            if original is not None:
                fields["duplicate_of"] = original.id
        rows.append({"case_pk": case.pk, "from_status": step.source, "to_status": step.target,
                     "by": ctx.actor.officer, "role": ctx.actor.role, "at": now,
                     "comment": fields["comment"], "decision": decision if last else None,
                     "origin": "device"})
        ctx.outbox(kind="case.transition", entity_id=case.id, base_rev=base + i, fields=fields, at=now)
    s.execute(insert(Transition), rows)
    s.execute(update(Case).where(Case.pk == case.pk).values(
        status=target, revision=base + len(steps), updated_at=now, sync_state="pending",
        duplicate_of=original.id if original is not None else case.duplicate_of))
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.decision", entity="case",
                     entity_id=case.id, detail={"decision": decision, "from": steps[0].source,
                                                "to": target, "revision": base + len(steps),
                                                **({"duplicate_of": original.id} if original else {})})
    return get_case(s, case.id)


# --- assignment ------------------------------------------------------------------------------

def _officer_list(s: Session) -> list[dict[str, Any]] | None:
    """The "officers" reference item HQ sent, or None when the laptop has none."""
    from fieldapp.store.models import Meta

    row = s.get(Meta, f"{REFERENCE_PREFIX}{OFFICERS_KEY}")
    value = row.value if row is not None else None
    data = value.get("data") if isinstance(value, dict) else None
    if not isinstance(data, list):
        return None
    return [o for o in data if isinstance(o, dict) and isinstance(o.get("name"), str)]


def officers(s: Session, *, municipality: str | None = None) -> list[str]:
    """Officer names from the "officers" reference item (of ``municipality`` if given), sorted."""
    names = []
    for o in _officer_list(s) or []:
        if municipality is None or municipality in (o.get("municipalities") or []):
            names.append(o["name"])
    return sorted(dict.fromkeys(names), key=str.casefold)


def assign(ctx: WriteContext, ref: str, officer: str) -> dict[str, Any]:
    """Assign the case ``ref`` to ``officer``; returns the case, showing the officer at once.

    For MOCR officers and supervisors, on cases of the laptop's municipalities. When the laptop
    holds HQ's list of officers, the officer must be on it for the case's municipality. Writes a
    ``case.assign`` op; HQ moves the case to the officer's laptop on its next sync.
    """
    s = ctx.session
    _check_reviewer(ctx, assigning=True)
    case = _load(s, ref)
    check_scope(ctx.actor, case.case_number, case.municipality)
    name = (officer or "").strip()
    if not name:
        raise UserError("review.assign_needs_officer")
    known = _officer_list(s)
    if known is not None:
        of_case = officers(s, municipality=case.municipality)
        if name not in of_case:
            raise UserError("review.assign_unknown_officer", officer=name,
                            municipality=Message("review.municipality", {"code": case.municipality}),
                            officers=of_case or [Message("domain.workflow.nowhere")])
    if case.status in workflow.FINAL_STATES:
        raise UserError("review.assign_final", case_number=case.case_number,
                        status=Message("domain.workflow.state", {"code": case.status}))
    now = utc_now()
    s.execute(update(Case).where(Case.pk == case.pk).values(
        assigned_office=name, updated_at=now, sync_state="pending"))
    ctx.outbox(kind="case.assign", entity_id=case.id, base_rev=case.revision,
               fields={"officer": name}, at=now)
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.assign", entity="case",
                     entity_id=case.id, detail={"revision": case.revision})
    return get_case(s, case.id)


__all__ = ["DuplicateCandidate", "QueueFilter", "QueueRow", "assign", "decide", "duplicate_counts", "officers",
           "possible_duplicates", "queue", "queue_statements", "waiting_days"]
