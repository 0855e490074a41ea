"""Beneficiary selection: approved and waitlisted households ranked for the commission.

The MWGR / CRC selects beneficiaries from the approved cases. The list ranks them by
vulnerability score, highest first; households with the same score are ranked by how long
they have waited in their current status (longer first), then by case number, so the order
never depends on how the store happened to return the rows. A *line* may be drawn: a quota
(a number of households) or a budget (an amount, with a cost per household: a flat cost, or a
cost per case where one is known). Households above the line are proposed for selection, the
rest for the waiting list. The line never skips a household to fit a cheaper one below it:
the ranking is the commission's order.

Pure: no store, no Qt. The rows given need ``id``, ``case_number``, ``status``, ``score``,
``waiting_days`` and ``vulnerabilities`` (the store's caseload rows have them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from fieldapp.domain.errors import UserError
from fieldapp.domain.scoring import Score, score

APPROVED = "approved"
WAITLISTED = "waitlisted"
SELECTED = "selected"
CANDIDATE_STATES = (APPROVED, WAITLISTED)
"""The states a household must be in to appear on the selection list."""


class Candidate(Protocol):
    """What the ranking reads of a case."""

    @property
    def id(self) -> str: ...  # pragma: no cover - protocol
    @property
    def case_number(self) -> str: ...  # pragma: no cover - protocol
    @property
    def status(self) -> str: ...  # pragma: no cover - protocol
    @property
    def score(self) -> float: ...  # pragma: no cover - protocol
    @property
    def waiting_days(self) -> int: ...  # pragma: no cover - protocol
    @property
    def vulnerabilities(self) -> tuple[str, ...]: ...  # pragma: no cover - protocol


C = TypeVar("C", bound=Candidate)


class SelectionError(UserError, ValueError):
    """A quota or budget that cannot draw a line; the message says what to enter."""


@dataclass(frozen=True)
class Line:
    """Where the line falls: after ``quota`` households, or where ``budget`` runs out.

    ``cost`` is the flat cost of one household; ``costs`` (case id → amount) overrides it for
    the cases whose planned assistance has a known cost. With neither a quota nor a budget there
    is no line.
    """

    quota: int | None = None
    budget: float | None = None
    cost: float | None = None
    costs: Mapping[str, float] | None = None

    def check(self) -> Line:
        """The line itself, or :class:`SelectionError` saying what is wrong with it."""
        if self.quota is not None and self.quota < 0:
            raise SelectionError("selection.quota_negative", quota=self.quota)
        if self.budget is not None:
            if self.budget < 0:
                raise SelectionError("selection.budget_negative", budget=self.budget)
            if self.cost is None and not self.costs:
                raise SelectionError("selection.budget_needs_cost")
        if self.cost is not None and self.cost <= 0:
            raise SelectionError("selection.cost_not_positive", cost=self.cost)
        return self

    @property
    def drawn(self) -> bool:
        """Whether there is a line at all."""
        return self.quota is not None or self.budget is not None

    def cost_of(self, case_id: str) -> float | None:
        """The cost of one household: its own where known, else the flat cost."""
        if self.costs and case_id in self.costs:
            return float(self.costs[case_id])
        return None if self.cost is None else float(self.cost)


@dataclass(frozen=True)
class Ranked(Generic[C]):
    """One household on the list: its rank, the case, the score's parts and the line's verdict."""

    rank: int
    case: C
    breakdown: Score
    within: bool
    """Above the line (proposed for selection); False below it, and True for all with no line."""
    cost: float | None
    cumulative: float | None
    """The cost of this household and every one ranked above it (with a budget line)."""
    decision: str | None
    """``selected`` or ``waitlisted`` as the line proposes; with no line the case's own decision
    (``waitlisted``), or None for an approved case not yet decided."""


@dataclass(frozen=True)
class Selection(Generic[C]):
    """The ranked list and where the line falls."""

    rows: tuple[Ranked[C], ...]
    line: Line
    within: int
    """How many households are above the line (all of them with no line)."""
    spent: float | None
    """The cost of the households above the line (with a cost known)."""

    @property
    def remaining(self) -> float | None:
        """What is left of the budget after the households above the line."""
        if self.line.budget is None or self.spent is None:
            return None
        return self.line.budget - self.spent

    def above(self) -> list[Ranked[C]]:
        """The households above the line."""
        return [r for r in self.rows if r.within]

    def below(self) -> list[Ranked[C]]:
        """The households below the line."""
        return [r for r in self.rows if not r.within]


def rank_key(case: Candidate) -> tuple[float, int, str]:
    """The order of the list: score (highest first), waiting days (longest first), case number."""
    return (-float(case.score), -int(case.waiting_days), case.case_number)


def rank(cases: Iterable[C], line: Line | None = None,
         weights: Mapping[str, float] | None = None) -> Selection[C]:
    """Rank ``cases`` (only those in :data:`CANDIDATE_STATES`) and draw ``line``."""
    line = (line or Line()).check()
    ordered = sorted((c for c in cases if c.status in CANDIDATE_STATES), key=rank_key)
    rows: list[Ranked[C]] = []
    spent = 0.0
    open_ = True  # the line has not been reached yet
    within = 0
    any_cost = False
    for i, case in enumerate(ordered, start=1):
        cost = line.cost_of(case.id)
        cumulative: float | None = None
        if open_ and line.quota is not None and within >= line.quota:
            open_ = False
        if open_ and line.budget is not None:
            if cost is None or spent + cost > line.budget + 1e-9:
                open_ = False
            else:
                cumulative = spent + cost
        if open_:
            within += 1
            if cost is not None:
                spent += cost
                any_cost = True
                cumulative = spent
        rows.append(Ranked(rank=i, case=case, breakdown=score(case.vulnerabilities, weights),
                           within=open_, cost=cost, cumulative=cumulative,
                           decision=_decision(case.status, open_, line.drawn)))
    return Selection(rows=tuple(rows), line=line, within=within,
                     spent=spent if any_cost or line.budget is not None else None)


def _decision(status: str, within: bool, drawn: bool) -> str | None:
    if drawn:
        return SELECTED if within else WAITLISTED
    return status if status != APPROVED else None


def moves(rows: Sequence[Ranked[Any]], target: str) -> list[tuple[str, str]]:
    """(case id, status) of the rows that ``target`` (selected / waitlisted) would move.

    A waitlisted household is not waitlisted again; any candidate may be selected.
    """
    return [(r.case.id, r.case.status) for r in rows
            if r.case.status in CANDIDATE_STATES and not (target == WAITLISTED and r.case.status == WAITLISTED)]
