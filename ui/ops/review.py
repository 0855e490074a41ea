"""Review operations: the queue, a case laid out for a decision, possible duplicates, a search
for the original of a duplicate, and the decisions themselves.

Every factory here is keyword-only and returns the function the store executor runs; see
:mod:`ui.ops`. Decisions go through :func:`fieldapp.store.review.decide`, which checks the
laptop's role and scope with the workflow and writes the outbox op that HQ checks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.store import cases, duplicates, review
from fieldapp.store.cases import CaseFilter, CaseSummary
from fieldapp.store.review import DuplicateCandidate, QueueFilter, QueueRow
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome

Case = dict[str, Any]


@dataclass(frozen=True)
class Desk:
    """Who this laptop works for: the unlocked person's role as the store knows it."""

    officer: str
    role: str


def read_desk() -> Op[Desk]:
    """The unlocked person and the laptop's role (the enrolled role once enrolled)."""
    def run(st: StoreThread) -> Outcome[Desk]:
        actor = st.workspace.actor
        return Outcome(Desk(actor.officer, actor.role))
    return run


def read_queue(*, flt: QueueFilter | None = None, count_duplicates: bool = True,
               limit: int | None = None) -> Op[list[QueueRow]]:
    """The cases waiting for a decision in the laptop's scope, oldest first (the ``limit`` oldest
    if given); without ``count_duplicates`` their possible duplicates are left uncounted (None),
    for :func:`read_duplicate_counts` to fill in."""
    def run(st: StoreThread) -> Outcome[list[QueueRow]]:
        with st.read() as s:
            return Outcome(review.queue(s, flt, count_duplicates=count_duplicates, limit=limit))
    return run


def read_duplicate_counts(*, flt: QueueFilter | None = None) -> Op[dict[str, int]]:
    """How many possible duplicates each case of the queue has (case id → count; none left out)."""
    def run(st: StoreThread) -> Outcome[dict[str, int]]:
        with st.read() as s:
            return Outcome(review.duplicate_counts(s, flt))
    return run


def read_case(*, case_id: str) -> Op[Case]:
    """The case ``case_id`` with its history and earlier decisions, for the decision sheet."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.read() as s:
            return Outcome(cases.get_case(s, case_id))
    return run


def read_duplicates(*, case_id: str, limit: int = 10) -> Op[list[DuplicateCandidate]]:
    """Other live cases that may be the same household as ``case_id``, likeliest first."""
    def run(st: StoreThread) -> Outcome[list[DuplicateCandidate]]:
        with st.read() as s:
            return Outcome(review.possible_duplicates(s, case_id, limit=limit))
    return run


def find_cases(*, text: str, exclude: str, limit: int = 30) -> Op[list[CaseSummary]]:
    """Cases whose names, numbers or places match ``text`` (as the case list searches), without
    the case ``exclude`` itself: candidates for the original of a duplicate."""
    def run(st: StoreThread) -> Outcome[list[CaseSummary]]:
        with st.read() as s:
            found = cases.list_cases(s, CaseFilter(query=text.strip()), sort="head",
                                     descending=False, limit=limit + 1)
        return Outcome([c for c in found if c.id != exclude][:limit])
    return run


def decide(*, case_id: str, decision: str, comment: str | None = None,
           duplicate_of: str | None = None) -> Op[Case]:
    """Record ``decision`` (a key of :data:`fieldapp.domain.workflow.DECISIONS`) on case
    ``case_id`` with ``comment`` and, for a duplicate, the case it duplicates; gives the case
    as stored."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.write() as ctx:
            stored = review.decide(ctx, case_id, decision, comment=comment, duplicate_of=duplicate_of)
        return Outcome(stored, Changes.cases(case_id))
    return run


def dismiss_duplicate(*, case_id: str, other_id: str) -> Op[None]:
    """Record that ``case_id`` and ``other_id`` are not the same household (never offered
    again here; HQ and the other laptops learn it on the next sync)."""
    def run(st: StoreThread) -> Outcome[None]:
        with st.workspace.write() as ctx:
            s = ctx.session
            duplicates.dismiss(ctx, cases._load(s, case_id), cases._load(s, other_id))
        return Outcome(None, Changes.cases(case_id, other_id))
    return run


def add_comment(*, case_id: str, text: str) -> Op[Case]:
    """A reviewer's comment on case ``case_id`` without a decision (an append-only note)."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.write() as ctx:
            cases.add_note(ctx, case_id, text)
            stored = cases.get_case(ctx.session, case_id)
        return Outcome(stored, Changes.cases(case_id))
    return run


__all__ = ["Desk", "add_comment", "decide", "find_cases", "read_case", "read_desk",
           "read_duplicates", "read_queue"]
