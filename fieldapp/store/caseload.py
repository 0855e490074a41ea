"""The municipal caseload: every case of the laptop's municipalities, with how long each waits.

An MOCR or supervisor laptop holds every case of its municipalities. The caseload lists them by
status, settlement, officer (the officer the case is assigned to, else its owner), need and
score, with the time each case has spent in its current status: from the latest history row
into that status (the case's last change when the history has none). :func:`caseload` reads the
rows in one query and :func:`status_counts` the count per status in another; the counts ignore
the status filter, so the screen's strip of counts shows every status while the list shows one.

Bulk actions (:func:`bulk_transition`, :func:`bulk_assign`) run in the caller's one transaction
and say what they did and what they refused and why; :func:`selection_candidates` reads the
approved and waitlisted cases for the selection list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fieldapp.domain.errors import UserError
from fieldapp.domain.scoring import Score, score
from fieldapp.domain.selection import CANDIDATE_STATES
from fieldapp.messages import Message, render
from fieldapp.store import cases, review
from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import Case, Need, Transition, Vulnerability, live
from fieldapp.store.search import search_pks

_Stmt = TypeVar("_Stmt", bound=Select)


@dataclass(frozen=True)
class CaseloadFilter:
    """What the caseload is narrowed to; empty fields do not filter.

    ``municipalities`` is the laptop's scope (empty: every case on the laptop); ``municipality``
    one of them chosen on the screen. ``statuses`` narrows to several statuses at once (the
    selection list reads approved and waitlisted cases), ``status`` to one.
    """

    municipalities: tuple[str, ...] = ()
    municipality: str | None = None
    settlement: str | None = None
    officer: str | None = None
    status: str | None = None
    statuses: tuple[str, ...] = ()
    case_type: str | None = None
    need: str | None = None
    min_score: float | None = None
    text: str = ""

    def without_status(self) -> CaseloadFilter:
        """The same filter for every status (what the counts strip counts)."""
        return replace(self, status=None)


@dataclass(frozen=True)
class CaseloadRow:
    """One case of the caseload, as plain data."""

    id: str
    case_number: str
    case_type: str
    status: str
    municipality: str
    settlement: str | None
    head: str
    members: int
    needs: tuple[str, ...]
    score: float
    officer: str
    """The officer the case is assigned to, else the officer who owns it."""
    assigned: bool
    """Whether the case was assigned to ``officer`` (rather than owned by them)."""
    since: str
    """When the case entered its current status (ISO 8601)."""
    waiting_days: int
    revision: int
    vulnerabilities: tuple[str, ...] = field(default=())
    """The vulnerability flags, read only when asked for (``with_flags``)."""

    def breakdown(self, weights: Any = None) -> Score:
        """The score's parts (flag → weight) from the case's vulnerability flags."""
        return score(self.vulnerabilities, weights)

    def to_json(self) -> dict[str, Any]:
        """The row as ``case list --json`` objects plus the caseload's own keys."""
        return {"id": self.id, "case_number": self.case_number, "case_type": self.case_type,
                "status": self.status, "municipality": self.municipality,
                "settlement": self.settlement, "head": self.head, "members": self.members,
                "needs": list(self.needs), "score": self.score, "officer": self.officer,
                "assigned": self.assigned, "since": self.since, "waiting_days": self.waiting_days,
                "revision": self.revision}


def _officer() -> ColumnElement[Any]:
    return func.coalesce(Case.assigned_office, Case.owner_officer)


def _since() -> ColumnElement[Any]:
    entered = (select(func.max(Transition.at))
               .where(Transition.case_pk == Case.pk, Transition.to_status == Case.status)
               .correlate(Case).scalar_subquery())
    return func.coalesce(entered, Case.updated_at)


def _flags() -> ColumnElement[Any]:
    return (select(func.group_concat(Vulnerability.code, ","))
            .where(Vulnerability.case_pk == Case.pk).correlate(Case).scalar_subquery())


def _filtered(s: Session, f: CaseloadFilter, stmt: _Stmt) -> _Stmt:
    stmt = stmt.where(live())
    if f.municipalities:
        stmt = stmt.where(Case.municipality.in_(f.municipalities))
    if f.municipality:
        stmt = stmt.where(Case.municipality == f.municipality)
    if f.settlement:
        stmt = stmt.where(Case.settlement == f.settlement)
    if f.officer:
        stmt = stmt.where(_officer() == f.officer)
    if f.status:
        stmt = stmt.where(Case.status == f.status)
    if f.statuses:
        stmt = stmt.where(Case.status.in_(f.statuses))
    if f.case_type:
        stmt = stmt.where(Case.case_type == f.case_type)
    if f.need:
        stmt = stmt.where(Case.pk.in_(select(Need.case_pk).where(Need.category == f.need)))
    if f.min_score is not None:
        stmt = stmt.where(Case.score >= f.min_score)
    pks = search_pks(s, f.text) if f.text.strip() else None
    if pks is not None:
        stmt = stmt.where(Case.pk.in_(pks))
    return stmt


SORTS = ("waiting", "case_number", "head", "status", "settlement", "officer", "members", "score",
         "needs")


def waiting_days(since: str, today: dt.date) -> int:
    """Whole days from the ISO time ``since`` to ``today`` (never negative)."""
    try:
        start = dt.date.fromisoformat(since[:10])
    except ValueError:
        return 0
    return max(0, (today - start).days)


def caseload(s: Session, flt: CaseloadFilter | None = None, *, sort: str = "waiting",
             descending: bool = False, today: dt.date | None = None, with_flags: bool = False,
             limit: int | None = None) -> list[CaseloadRow]:
    """The cases matching ``flt``, in one query, sorted by ``sort`` (one of :data:`SORTS`).

    ``waiting`` sorts by time in the current status, longest first (``descending`` turns it
    round, as for the other keys it sorts largest first). ``with_flags`` also reads each case's
    vulnerability flags (for the score breakdown).
    """
    flt = flt or CaseloadFilter()
    today = today or dt.datetime.now(dt.UTC).date()
    since = _since().label("since")
    officer = _officer().label("officer")
    cols: list[Any] = [Case.id, Case.case_number, Case.case_type, Case.status, Case.municipality,
                       Case.settlement, Case.head_name, Case.member_count, Case.need_codes,
                       Case.score, officer, Case.assigned_office, since, Case.revision]
    if with_flags:
        cols.append(_flags())
    stmt = _filtered(s, flt, select(*cols))
    keys: dict[str, Any] = {"case_number": Case.case_number, "head": Case.head_sort,
                            "status": Case.status, "settlement": Case.settlement,
                            "officer": officer, "members": Case.member_count, "score": Case.score,
                            "needs": Case.need_codes}
    if sort == "waiting" or sort not in keys:
        # Longest waiting first: the oldest "since" first.
        stmt = stmt.order_by(since.desc() if descending else since.asc(), Case.case_number)
    else:
        key = keys[sort]
        stmt = stmt.order_by(key.desc() if descending else key.asc(), Case.case_number)
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for r in s.execute(stmt):
        flags = tuple(x for x in (r[14] or "").split(",") if x) if with_flags else ()
        out.append(CaseloadRow(
            id=r[0], case_number=r[1], case_type=r[2], status=r[3], municipality=r[4],
            settlement=r[5], head=r[6], members=r[7], needs=tuple(x for x in r[8].split(",") if x),
            score=float(r[9] or 0), officer=r[10] or "", assigned=r[11] is not None,
            since=r[12] or "", waiting_days=waiting_days(r[12] or "", today), revision=r[13],
            vulnerabilities=flags))
    return out


def status_counts(s: Session, flt: CaseloadFilter | None = None) -> dict[str, int]:
    """How many cases matching ``flt`` are in each status, whatever its ``status`` says."""
    flt = (flt or CaseloadFilter()).without_status()
    stmt = _filtered(s, flt, select(Case.status, func.count())).group_by(Case.status)
    return {status: int(n) for status, n in s.execute(stmt)}


@dataclass(frozen=True)
class CaseloadChoices:
    """The values the caseload's filters offer: settlements and officers of the scope."""

    settlements: tuple[str, ...]
    officers: tuple[str, ...]


def filter_choices(s: Session, municipalities: Iterable[str] = ()) -> CaseloadChoices:
    """The settlements and officers that occur among the live cases of ``municipalities``."""
    scope = tuple(municipalities)

    def distinct(column: Any) -> tuple[str, ...]:
        stmt = select(column).distinct().where(live(), column.is_not(None))
        if scope:
            stmt = stmt.where(Case.municipality.in_(scope))
        return tuple(sorted(str(v) for v in s.execute(stmt).scalars() if v))

    return CaseloadChoices(distinct(Case.settlement), distinct(_officer()))


# --- bulk actions ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BulkRefusal:
    """A case a bulk action left as it was, and why."""

    ref: str
    case_number: str
    reason: Message


@dataclass(frozen=True)
class BulkResult:
    """What a bulk action did: the cases changed (ids and numbers) and those refused."""

    target: str | None
    """The status the cases were moved to (None for an assignment)."""
    officer: str | None
    """The officer the cases were assigned to (None for a move)."""
    done: tuple[tuple[str, str], ...]
    refused: tuple[BulkRefusal, ...]

    @property
    def done_ids(self) -> tuple[str, ...]:
        """Ids of the cases changed."""
        return tuple(case_id for case_id, _number in self.done)

    def messages(self) -> list[Message]:
        """The summary as catalogue messages: what was done, then each refusal with its reason."""
        out: list[Message] = []
        if self.done:
            if self.officer is not None:
                out.append(Message("selection.bulk.assigned", {"n": len(self.done), "officer": self.officer}))
            else:
                out.append(Message("selection.bulk.moved", {"n": len(self.done), "status": self.target}))
        else:
            out.append(Message("selection.bulk.nothing_done"))
        if self.refused:
            out.append(Message("selection.bulk.refused", {"n": len(self.refused)}))
            out.extend(Message("selection.bulk.refusal", {"case_number": r.case_number, "reason": r.reason})
                       for r in self.refused)
        return out

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """For ``--json``: the cases changed and those refused with the reason in ``lang``."""
        return {"status": self.target, "officer": self.officer,
                "done": [{"id": i, "case_number": n} for i, n in self.done],
                "refused": [{"case": r.ref, "case_number": r.case_number, "id": r.reason.id,
                             "reason": render(r.reason, lang)} for r in self.refused]}


def _case_number(s: Session, ref: str) -> str:
    number = s.execute(select(Case.case_number).where(
        (Case.id == ref) | (Case.case_number == ref))).scalar()
    return str(number) if number else ref


def _bulk(ctx: WriteContext, refs: Sequence[str], act: Callable[[str], dict[str, Any]], *,
          target: str | None, officer: str | None) -> BulkResult:
    done: list[tuple[str, str]] = []
    refused: list[BulkRefusal] = []
    seen: set[str] = set()
    for ref in refs:
        if ref in seen:
            continue
        seen.add(ref)
        try:
            # Each step checks everything before it writes anything, so a refused case leaves
            # no trace and the others still go through in this one transaction.
            doc = act(ref)
        except UserError as exc:
            refused.append(BulkRefusal(ref, _case_number(ctx.session, ref), exc.message))
            continue
        done.append((str(doc["id"]), str(doc["case_number"])))
    return BulkResult(target=target, officer=officer, done=tuple(done), refused=tuple(refused))


def bulk_transition(ctx: WriteContext, refs: Sequence[str], target: str, *,
                    comment: str | None = None) -> BulkResult:
    """Move every case of ``refs`` (ids or case numbers) to ``target`` where the workflow lets the
    laptop's role, in the caller's one transaction; the others are refused with the reason."""
    def move(ref: str) -> dict[str, Any]:
        return cases.transition(ctx, ref, target, comment=comment)

    return _bulk(ctx, refs, move, target=target, officer=None)


def bulk_assign(ctx: WriteContext, refs: Sequence[str], officer: str) -> BulkResult:
    """Assign every case of ``refs`` to ``officer`` (see :func:`fieldapp.store.review.assign`),
    in the caller's one transaction; the cases it refuses are listed with the reason."""
    def give(ref: str) -> dict[str, Any]:
        return review.assign(ctx, ref, officer)

    return _bulk(ctx, refs, give, target=None, officer=officer)


def record_export(ctx: WriteContext, *, kind: str, households: int, langs: str) -> None:
    """Write to the audit log that the selection list was printed or saved (no names)."""
    ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action=f"selection.{kind}",
                     detail={"households": households, "langs": langs})


def selection_candidates(s: Session, municipalities: Iterable[str] = (), *,
                         today: dt.date | None = None) -> list[CaseloadRow]:
    """The approved and waitlisted cases of ``municipalities`` with their vulnerability flags,
    for :func:`fieldapp.domain.selection.rank` (one query)."""
    flt = CaseloadFilter(municipalities=tuple(municipalities), statuses=CANDIDATE_STATES)
    return caseload(s, flt, sort="score", descending=True, today=today, with_flags=True)
