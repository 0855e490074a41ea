"""Caseload and selection operations: read the caseload and its counts, the filters' choices and
the officers to assign to, the selection list's candidates; move or assign cases in bulk; record
that the selection list was printed or saved.

Every factory here is keyword-only and returns the function the store executor runs; see
:mod:`ui.ops`. The laptop's own municipalities narrow every read unless the filter names some.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from fieldapp.store import caseload, review
from fieldapp.store.caseload import BulkResult, CaseloadChoices, CaseloadFilter, CaseloadRow
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome


@dataclass(frozen=True)
class CaseloadView:
    """The caseload's rows and the count per status, read in one snapshot."""

    rows: tuple[CaseloadRow, ...]
    counts: dict[str, int]
    filter: CaseloadFilter
    sort: str
    descending: bool


@dataclass(frozen=True)
class DeskChoices:
    """The values the caseload's filters and its assignment picker offer."""

    choices: CaseloadChoices
    officers: tuple[str, ...]
    """The officers HQ listed for the laptop's municipalities (empty when it sent none)."""
    municipalities: tuple[str, ...]
    """The laptop's municipalities."""


def _scoped(st: StoreThread, flt: CaseloadFilter) -> CaseloadFilter:
    if flt.municipalities:
        return flt
    return replace(flt, municipalities=st.workspace.actor.municipalities)


def read_caseload(*, case_filter: CaseloadFilter, sort: str = "waiting",
                  descending: bool = False) -> Op[CaseloadView]:
    """The cases matching ``case_filter`` sorted by ``sort``, and the counts per status."""
    def run(st: StoreThread) -> Outcome[CaseloadView]:
        flt = _scoped(st, case_filter)
        with st.read() as s:
            rows = caseload.caseload(s, flt, sort=sort, descending=descending)
            counts = caseload.status_counts(s, flt)
        return Outcome(CaseloadView(tuple(rows), counts, case_filter, sort, descending))
    return run


def read_choices() -> Op[DeskChoices]:
    """The settlements, officers and municipalities the caseload's filters offer, and the
    officers the assignment picker offers."""
    def run(st: StoreThread) -> Outcome[DeskChoices]:
        scope = st.workspace.actor.municipalities
        with st.read() as s:
            choices = caseload.filter_choices(s, scope)
            names: list[str] = []
            for code in scope or (None,):
                names.extend(review.officers(s, municipality=code))
        return Outcome(DeskChoices(choices, tuple(sorted(dict.fromkeys(names), key=str.casefold)), scope))
    return run


def move_cases(*, case_ids: Sequence[str], target: str, comment: str | None = None) -> Op[BulkResult]:
    """Move the cases ``case_ids`` to ``target`` in one transaction; gives what was done and
    what was refused and why."""
    def run(st: StoreThread) -> Outcome[BulkResult]:
        with st.workspace.write() as ctx:
            result = caseload.bulk_transition(ctx, list(case_ids), target, comment=comment)
        return Outcome(result, Changes.cases(*result.done_ids) if result.done else Changes())
    return run


def assign_cases(*, case_ids: Sequence[str], officer: str) -> Op[BulkResult]:
    """Assign the cases ``case_ids`` to ``officer`` in one transaction; gives what was done and
    what was refused and why."""
    def run(st: StoreThread) -> Outcome[BulkResult]:
        with st.workspace.write() as ctx:
            result = caseload.bulk_assign(ctx, list(case_ids), officer)
        return Outcome(result, Changes.cases(*result.done_ids) if result.done else Changes())
    return run


@dataclass(frozen=True)
class Candidates:
    """The approved and waitlisted cases of the laptop's municipalities, with their flags."""

    rows: tuple[CaseloadRow, ...]
    municipalities: tuple[str, ...]


def read_candidates() -> Op[Candidates]:
    """The selection list's households (one query), for ranking on the screen."""
    def run(st: StoreThread) -> Outcome[Candidates]:
        scope = st.workspace.actor.municipalities
        with st.read() as s:
            rows = caseload.selection_candidates(s, scope)
        return Outcome(Candidates(tuple(rows), scope))
    return run


def record_export(*, kind: str, households: int, langs: str) -> Op[None]:
    """Write to the audit log that the selection list was printed (``pdf``) or saved (``xlsx``)."""
    def run(st: StoreThread) -> Outcome[None]:
        with st.workspace.write() as ctx:
            caseload.record_export(ctx, kind=kind, households=households, langs=langs)
        return Outcome(None)
    return run
