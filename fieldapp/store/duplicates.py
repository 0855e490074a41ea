"""Possible duplicate households on the laptop, kept up to date as cases are written.

Every case written puts its blocks (:func:`fieldapp.domain.duplicates.blocks`) in
``dup_blocks``; its pairs with the cases sharing a block are then scored
(:func:`fieldapp.domain.duplicates.compare`) and those scoring anything are kept in
``dup_pairs`` (``a < b`` by case key). So the review queue counts possible duplicates with one
grouped read, ``case duplicates`` lists them without comparing anything again but the reasons,
and a new household is checked against the laptop's cases through the blocks alone. A pair
dismissed as "not the same household" (``duplicate_dismissals``, by case ids) is never scored
again. Blocks larger than :data:`BLOCK_LIMIT` cases (a very common name born in a common year)
say too little to compare every pair in them and are passed over.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, true, union_all, update
from sqlalchemy.orm import Session, aliased

from fieldapp.domain import workflow
from fieldapp.domain.duplicates import (
    POSSIBLE,
    WARN_FROM,
    Comparison,
    Household,
    blocks,
    compare,
    household_of,
)
from fieldapp.domain.errors import UserError
from fieldapp.messages import Message, render
from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import (
    Case,
    DupBlock,
    DuplicateDismissal,
    DupPair,
    HqDupPair,
    Member,
    live,
    table,
)
from fieldapp.store.scope import is_reviewer

BLOCK_LIMIT = 200
"""Blocks holding more cases than this are not compared pair by pair."""
KEEP_FROM = 0.2
"""Pairs scoring less than this are not kept (brothers' households and namesakes)."""


# --- writing -------------------------------------------------------------------------------------

def block_rows(pk: int, doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``dup_blocks`` rows of case ``pk`` with the content ``doc``."""
    return [{"block": b, "case_pk": pk} for b in sorted(blocks(household_of(str(pk), doc)))]


def drop(s: Session, pks: Iterable[int]) -> None:
    """Forget the blocks and pairs of the cases ``pks`` (before they are written again or go)."""
    pks = list(pks)
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        s.execute(delete(DupBlock).where(DupBlock.case_pk.in_(chunk)))
        s.execute(delete(DupPair).where(or_(DupPair.a.in_(chunk), DupPair.b.in_(chunk))))


def write(s: Session, rows: list[dict[str, Any]], pks: Iterable[int]) -> None:
    """Store the block ``rows`` of the cases ``pks`` (their old ones dropped) and score their pairs."""
    if rows:
        s.execute(insert(table(DupBlock)).prefix_with("OR IGNORE"), rows)
    refresh_pairs(s, pks)


def refresh_pairs(s: Session, pks: Iterable[int]) -> int:
    """Score again every pair of the cases ``pks`` with the cases sharing a block; returns how
    many pairs were kept."""
    pks = sorted(set(pks))
    kept = 0
    for i in range(0, len(pks), 2000):
        chunk = pks[i:i + 2000]
        s.execute(delete(DupPair).where(or_(DupPair.a.in_(chunk), DupPair.b.in_(chunk))))
        pairs = _candidate_pairs(s, chunk)
        if not pairs:
            continue
        dismissed = _dismissed(s, {p for pair in pairs for p in pair})
        homes = households(s, {p for pair in pairs for p in pair})
        rows = []
        for a, b in sorted(pairs):
            ha, hb = homes.get(a), homes.get(b)
            if ha is None or hb is None or _pair_of(ha, hb) in dismissed:
                continue
            score = compare(ha, hb).score
            if score >= KEEP_FROM:
                rows.append({"a": a, "b": b, "score": score})
        if rows:
            s.execute(insert(table(DupPair)).prefix_with("OR REPLACE"), rows)
            kept += len(rows)
    return kept


def _candidate_pairs(s: Session, pks: list[int]) -> set[tuple[int, int]]:
    mine, other = aliased(DupBlock), aliased(DupBlock)
    crowded = (select(DupBlock.block).where(DupBlock.block.in_(select(mine.block).where(mine.case_pk.in_(pks))))
               .group_by(DupBlock.block).having(func.count() > BLOCK_LIMIT))
    stmt = (select(mine.case_pk, other.case_pk)
            .join(other, and_(other.block == mine.block, other.case_pk != mine.case_pk))
            .where(mine.case_pk.in_(pks), mine.block.not_in(crowded))
            .distinct())
    return {(min(a, b), max(a, b)) for a, b in s.execute(stmt)}


def _pair_of(a: Household, b: Household) -> tuple[str, str]:
    ia, ib = str(a.extra.get("id")), str(b.extra.get("id"))
    return (ia, ib) if ia < ib else (ib, ia)


def _dismissed(s: Session, pks: set[int]) -> set[tuple[str, str]]:
    if not pks:
        return set()
    ids = list(s.execute(select(Case.id).where(Case.pk.in_(list(pks)))).scalars())
    out: set[tuple[str, str]] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((a, b) for a, b in s.execute(
            select(DuplicateDismissal.case_id, DuplicateDismissal.other_id)
            .where(or_(DuplicateDismissal.case_id.in_(chunk), DuplicateDismissal.other_id.in_(chunk)))))
    return out


# --- reading -------------------------------------------------------------------------------------

def households(s: Session, pks: Iterable[int]) -> dict[int, Household]:
    """The cases ``pks`` as compared (live ones only), with id, case number, head and status kept."""
    pks = sorted(set(pks))
    out: dict[int, Household] = {}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        members: dict[int, list[dict[str, Any]]] = {}
        for m in s.execute(select(Member.case_pk, Member.given_name, Member.family_name, Member.sex,
                                  Member.date_of_birth, Member.personal_number, Member.relationship)
                           .where(Member.case_pk.in_(chunk)).order_by(Member.case_pk, Member.position)):
            members.setdefault(m.case_pk, []).append(m._asdict())
        for c in s.execute(select(Case.pk, Case.id, Case.case_number, Case.head_name, Case.status, Case.municipality,
                                  Case.settlement, Case.displacement).where(Case.pk.in_(chunk), live())):
            doc = {"members": members.get(c.pk, []), "municipality": c.municipality, "settlement": c.settlement,
                   "displacement": c.displacement or {}}
            out[c.pk] = household_of(str(c.pk), doc, id=c.id, case_number=c.case_number, head=c.head_name,
                                     status=c.status, municipality=c.municipality, settlement=c.settlement)
    return out


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two cases that may be one household: the score and the reasons."""

    case_id: str
    case_number: str
    other_id: str
    other_case_number: str
    other_head: str
    other_status: str
    score: float
    reasons: tuple[Message, ...]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """As ``case duplicates --json`` prints it (CONTRACT.md "Finding the same person")."""
        return {"case": self.case_id, "other": self.other_id, "score": self.score,
                "reasons": [render(r, lang) for r in self.reasons], "case_number": self.case_number,
                "other_case_number": self.other_case_number, "other_head": self.other_head,
                "other_status": self.other_status}


def _offered(h: Household) -> bool:
    """Whether a case may be offered as the same household (one marked duplicate never is)."""
    return h.extra.get("status") != workflow.DUPLICATE


def _possible(first: Household, second: Household, comparison: Comparison) -> PossibleDuplicate:
    return PossibleDuplicate(str(first.extra["id"]), str(first.extra["case_number"]), str(second.extra["id"]),
                             str(second.extra["case_number"]), str(second.extra["head"]),
                             str(second.extra["status"]), comparison.score, comparison.reasons)


def possible_duplicates(s: Session, case_pk: int | None = None, *, threshold: float = POSSIBLE,
                        limit: int | None = None) -> list[PossibleDuplicate]:
    """Possible duplicate pairs on the laptop (of the case ``case_pk`` if given), best first.

    With a case, each pair names it first; without, every pair once. Cases marked duplicate are
    not offered as the other of a pair.
    """
    stmt = select(DupPair.a, DupPair.b, DupPair.score).where(DupPair.score >= threshold)
    if case_pk is not None:
        stmt = stmt.where(or_(DupPair.a == case_pk, DupPair.b == case_pk))
    stmt = stmt.order_by(DupPair.score.desc(), DupPair.a, DupPair.b)
    rows = list(s.execute(stmt))
    homes = households(s, {p for a, b, _ in rows for p in (a, b)})
    out = []
    for a, b, _score in rows:
        if case_pk is not None and b == case_pk:
            a, b = b, a
        ha, hb = homes.get(a), homes.get(b)
        if ha is None or hb is None or not _offered(hb) or (case_pk is None and not _offered(ha)):
            continue
        out.append(_possible(ha, hb, compare(ha, hb)))
        if limit is not None and len(out) >= limit:
            break
    return out


def of_cases(s: Session, case_numbers: Iterable[str], *, threshold: float = WARN_FROM,
             limit: int = 50) -> list[PossibleDuplicate]:
    """The possible duplicates of the cases ``case_numbers`` (just imported, say), each naming
    one of them first, best first."""
    numbers = list(case_numbers)
    pks: list[int] = []
    for i in range(0, len(numbers), 500):
        pks.extend(s.execute(select(Case.pk).where(Case.case_number.in_(numbers[i:i + 500]))).scalars())
    found: list[PossibleDuplicate] = []
    seen: set[frozenset[str]] = set()
    for pk in pks:
        for p in possible_duplicates(s, pk, threshold=threshold, limit=5):
            key = frozenset((p.case_id, p.other_id))
            if key not in seen:
                seen.add(key)
                found.append(p)
    found.sort(key=lambda p: (-p.score, p.case_number))
    return found[:limit]


def duplicate_counts_statement(keys: Any, threshold: float = POSSIBLE) -> Any:
    """(case key, how many other offered cases may be the same household) for the keys ``keys``
    selects, from the pairs kept (the review queue's "Dupl." column)."""
    one = select(DupPair.a.label("case_pk"), DupPair.b.label("other")).where(
        DupPair.score >= threshold, DupPair.a.in_(keys))
    two = select(DupPair.b.label("case_pk"), DupPair.a.label("other")).where(
        DupPair.score >= threshold, DupPair.b.in_(keys))
    pairs = union_all(one, two).subquery()
    not_offered = union_all(select(Case.pk).where(live(), Case.status == workflow.DUPLICATE),
                            select(Case.pk).where(Case.deleted == true()))
    here = (select(pairs.c.case_pk.label("a"), func.count(func.distinct(pairs.c.other)).label("n"))
            .where(pairs.c.other.not_in(not_offered)).group_by(pairs.c.case_pk))
    # HQ's pairs with a case this laptop does not hold (held here, the pair is scored here).
    mine = aliased(Case)
    dismissed = select(DuplicateDismissal.case_id).where(or_(
        and_(DuplicateDismissal.case_id == mine.id, DuplicateDismissal.other_id == HqDupPair.other_id),
        and_(DuplicateDismissal.other_id == mine.id, DuplicateDismissal.case_id == HqDupPair.other_id)))
    elsewhere = (select(HqDupPair.case_pk.label("a"), func.count().label("n"))
                 .join(mine, mine.pk == HqDupPair.case_pk)
                 .where(HqDupPair.score >= threshold, HqDupPair.case_pk.in_(keys),
                        HqDupPair.other_id.not_in(select(Case.id)), ~dismissed.exists())
                 .group_by(HqDupPair.case_pk))
    both = union_all(here, elsewhere).subquery()
    return select(both.c.a, func.sum(both.c.n).label("n")).group_by(both.c.a)


def check_new(s: Session, doc: Mapping[str, Any], *, own_pk: int | None = None, threshold: float = WARN_FROM,
              limit: int = 5) -> list[PossibleDuplicate]:
    """Households on the laptop that ``doc`` (not yet saved, or the case ``own_pk`` being edited)
    may be, best first: found through the blocks, compared one by one."""
    mine = household_of("new", doc, id=str(doc.get("id") or ""), case_number=str(doc.get("case_number") or ""),
                        head="", status=str(doc.get("status") or ""))
    keys = sorted(blocks(mine))
    if not keys:
        return []
    pks: set[int] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        crowded = set(s.execute(select(DupBlock.block).where(DupBlock.block.in_(chunk)).group_by(DupBlock.block)
                                .having(func.count() > BLOCK_LIMIT)).scalars())
        pks.update(s.execute(select(DupBlock.case_pk).where(
            DupBlock.block.in_([k for k in chunk if k not in crowded]))).scalars())
    pks.discard(own_pk or -1)
    found = []
    for h in households(s, pks).values():
        if not _offered(h) or (doc.get("id") and h.extra.get("id") == doc.get("id")):
            continue
        comparison = compare(mine, h)
        if comparison.score >= threshold:
            found.append(_possible(mine, h, comparison))
    found.sort(key=lambda p: (-p.score, p.other_case_number))
    return found[:limit]


# --- dismissing ----------------------------------------------------------------------------------

def dismiss(ctx: WriteContext, first: Case, second: Case) -> None:
    """Record that ``first`` and ``second`` are not the same household: the pair is never
    offered again on this laptop, and a ``case.not_duplicate`` op takes the word to HQ, which
    passes it to every laptop holding either case (an audit event says who and when).

    Reviewers only (a municipal return officer or a supervisor), as at HQ.
    """
    if not is_reviewer(ctx.actor.role):
        raise UserError("duplicates.not_reviewer",
                        role=Message("domain.workflow.role", {"code": ctx.actor.role}))
    if first.pk == second.pk:
        raise UserError("duplicates.same_case")
    a, b = sorted((first.id, second.id))
    s = ctx.session
    now = utc_now()
    if s.get(DuplicateDismissal, (a, b)) is None:
        s.add(DuplicateDismissal(case_id=a, other_id=b, by=ctx.actor.officer, at=now))
        s.execute(update(Case).where(Case.pk == first.pk).values(sync_state="pending"))
        ctx.outbox(kind="case.not_duplicate", entity_id=first.id, base_rev=first.revision,
                   fields={"other": second.id}, at=now)
    lo, hi = sorted((first.pk, second.pk))
    s.execute(delete(DupPair).where(DupPair.a == lo, DupPair.b == hi))
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.not_duplicate", entity="case",
                     entity_id=first.id, detail={"other": second.id})


def dismissal_rows(case_id: str, received: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``duplicate_dismissals`` rows for the dismissals HQ sent with the case ``case_id``."""
    rows = []
    for d in received:
        other = d.get("other")
        if not isinstance(other, str) or other == case_id:
            continue
        a, b = sorted((case_id, other))
        rows.append({"case_id": a, "other_id": b, "by": str(d.get("by") or ""), "at": str(d.get("at") or "")})
    return rows


def hq_pair_rows(pk: int, received: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``hq_dup_pairs`` rows for the possible duplicates HQ sent with the case ``pk``."""
    rows = {}
    for p in received:
        other = p.get("other")
        try:
            score = float(p.get("score"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if isinstance(other, str) and other and 0 <= score <= 1:
            rows[other] = {"case_pk": pk, "other_id": other, "other_case_number": str(p.get("case_number") or "")[:40],
                           "other_municipality": str(p.get("municipality") or "")[:4], "score": score}
    return list(rows.values())


def keep_hq_pairs(s: Session, pks: Iterable[int], rows: list[dict[str, Any]]) -> None:
    """Replace what the laptop held of HQ's possible duplicates of the cases ``pks`` with ``rows``
    (HQ's word for the cases just received; an edit on the laptop keeps them until HQ says more)."""
    forget_hq_pairs(s, pks)
    if rows:
        s.execute(insert(table(HqDupPair)).prefix_with("OR REPLACE"), rows)


def forget_hq_pairs(s: Session, pks: Iterable[int]) -> None:
    """Drop HQ's possible duplicates of the cases ``pks`` (a case that leaves the laptop)."""
    pks = list(pks)
    for i in range(0, len(pks), 500):
        s.execute(delete(HqDupPair).where(HqDupPair.case_pk.in_(pks[i:i + 500])))


@dataclass(frozen=True)
class Elsewhere:
    """A possible duplicate HQ found in a case this laptop does not hold."""

    other_id: str
    other_case_number: str
    other_municipality: str
    score: float


def elsewhere(s: Session, case_pk: int, *, threshold: float = POSSIBLE) -> list[Elsewhere]:
    """HQ's possible duplicates of the case ``case_pk`` that this laptop does not hold, best
    first, less those dismissed."""
    case_id = s.execute(select(Case.id).where(Case.pk == case_pk)).scalar_one()
    rows = s.execute(select(HqDupPair).where(HqDupPair.case_pk == case_pk, HqDupPair.score >= threshold,
                                             HqDupPair.other_id.not_in(select(Case.id)))
                     .order_by(HqDupPair.score.desc(), HqDupPair.other_case_number)).scalars().all()
    gone = {b if a == case_id else a for a, b in s.execute(
        select(DuplicateDismissal.case_id, DuplicateDismissal.other_id)
        .where(or_(DuplicateDismissal.case_id == case_id, DuplicateDismissal.other_id == case_id)))}
    return [Elsewhere(r.other_id, r.other_case_number, r.other_municipality, r.score)
            for r in rows if r.other_id not in gone]


def elsewhere_reason(municipality: str) -> Message:
    """Why a pair with a case this laptop does not hold is offered: HQ found it."""
    return Message("duplicates.elsewhere", {"municipality": Message("review.municipality", {"code": municipality})})


def keep_dismissals(s: Session, rows: list[dict[str, Any]]) -> None:
    """Store dismissals received from HQ (a pair already held is kept as it is); written before
    the pairs of the cases are scored again, so they drop out."""
    if rows:
        s.execute(insert(table(DuplicateDismissal)).prefix_with("OR IGNORE"), rows)


__all__ = ["BLOCK_LIMIT", "Elsewhere", "KEEP_FROM", "PossibleDuplicate", "block_rows", "check_new", "dismiss", "dismissal_rows", "drop", "elsewhere", "elsewhere_reason", "forget_hq_pairs",
           "duplicate_counts_statement", "households", "hq_pair_rows", "keep_dismissals", "keep_hq_pairs", "of_cases", "possible_duplicates", "refresh_pairs",
           "write"]
