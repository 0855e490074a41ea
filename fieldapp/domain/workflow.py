"""Case workflow: the states of both case types, the allowed transitions and who may make them.

This one module is the rule book. The device enforces it before a change is written; HQ enforces
it again on every op it applies, so a tampered device gains nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.messages import Message

OFFICER = "officer"
MOCR = "mocr"
SUPERVISOR = "supervisor"
ADMIN = "admin"
ROLES = (OFFICER, MOCR, SUPERVISOR, ADMIN)

DISPLACED_RETURN = "displaced_return"
REPATRIATED = "repatriated"
CASE_TYPES = (DISPLACED_RETURN, REPATRIATED)

DISPLACED_STATES = (
    "draft", "submitted", "under_review", "returned", "approved", "selected", "waitlisted",
    "assistance_in_progress", "delivered", "monitoring", "closed", "ineligible", "withdrawn",
    "duplicate",
)
REPATRIATED_STATES = (
    "arrival_registered", "emergency_assistance", "municipal_request", "commission_decision",
    "sustainable_measures", "monitoring", "closed", "withdrawn", "duplicate",
)
ALL_STATES = tuple(dict.fromkeys(DISPLACED_STATES + REPATRIATED_STATES))

INITIAL_STATE = {DISPLACED_RETURN: "draft", REPATRIATED: "arrival_registered"}
FINAL_STATES = frozenset({"closed", "ineligible", "withdrawn", "duplicate"})

# Review decisions and the state each leads to (on the laptop of a reviewer and at HQ).
DECISIONS = {"approve": "approved", "return": "returned", "duplicate": "duplicate",
             "ineligible": "ineligible", "withdraw": "withdrawn"}

# States in which a case waits for a review decision.
REVIEW_STATES = ("submitted", "under_review")
UNDER_REVIEW = "under_review"
DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Transition:
    """One allowed move from ``source`` to ``target`` for the listed roles."""

    source: str
    target: str
    roles: frozenset[str]
    needs_comment: bool = False


def _t(source: str, target: str, *roles: str, comment: bool = False) -> Transition:
    return Transition(source, target, frozenset(roles) | {ADMIN}, comment)


# DOMAIN.md "Who does what": MOCR officers verify and present (take under review, return,
# assign, run assistance, close after monitoring); supervisors approve, mark ineligible or
# duplicate, and select or waitlist after the commission. MOCR may not approve.
_REVIEWERS = (MOCR, SUPERVISOR)

_DISPLACED = (
    _t("draft", "submitted", OFFICER),
    _t("draft", "withdrawn", OFFICER, comment=True),
    _t("submitted", "under_review", *_REVIEWERS),
    _t("submitted", "returned", *_REVIEWERS, comment=True),
    _t("submitted", "withdrawn", OFFICER, comment=True),
    _t("under_review", "returned", *_REVIEWERS, comment=True),
    _t("under_review", "approved", SUPERVISOR),
    _t("under_review", "ineligible", SUPERVISOR, comment=True),
    _t("under_review", "withdrawn", *_REVIEWERS, comment=True),
    _t("under_review", "duplicate", SUPERVISOR),
    _t("returned", "submitted", OFFICER),
    _t("returned", "withdrawn", OFFICER, comment=True),
    _t("approved", "selected", SUPERVISOR),
    _t("approved", "waitlisted", SUPERVISOR),
    _t("waitlisted", "selected", SUPERVISOR),
    # A household may give up after approval.
    _t("approved", "withdrawn", *_REVIEWERS, comment=True),
    _t("selected", "withdrawn", *_REVIEWERS, comment=True),
    _t("waitlisted", "withdrawn", *_REVIEWERS, comment=True),
    _t("selected", "assistance_in_progress", *_REVIEWERS),
    _t("assistance_in_progress", "delivered", OFFICER, MOCR),
    _t("delivered", "monitoring", OFFICER, MOCR),
    _t("monitoring", "closed", *_REVIEWERS),
)

_REPATRIATED = (
    _t("arrival_registered", "emergency_assistance", OFFICER, MOCR),
    _t("arrival_registered", "municipal_request", OFFICER, MOCR),
    _t("emergency_assistance", "municipal_request", OFFICER, MOCR),
    _t("municipal_request", "commission_decision", *_REVIEWERS),
    _t("commission_decision", "sustainable_measures", *_REVIEWERS),
    # A refused request ends the case with its reason, or goes back when new facts arrive.
    _t("commission_decision", "closed", *_REVIEWERS, comment=True),
    _t("commission_decision", "municipal_request", *_REVIEWERS, comment=True),
    _t("sustainable_measures", "monitoring", OFFICER, MOCR),
    _t("monitoring", "closed", *_REVIEWERS),
    _t("arrival_registered", "duplicate", SUPERVISOR),
    _t("municipal_request", "duplicate", SUPERVISOR),
    _t("arrival_registered", "withdrawn", OFFICER, MOCR, comment=True),
    _t("emergency_assistance", "withdrawn", OFFICER, MOCR, comment=True),
    _t("municipal_request", "withdrawn", OFFICER, MOCR, comment=True),
)

TRANSITIONS: dict[str, dict[tuple[str, str], Transition]] = {
    DISPLACED_RETURN: {(t.source, t.target): t for t in _DISPLACED},
    REPATRIATED: {(t.source, t.target): t for t in _REPATRIATED},
}

# States in which the field officer may still edit the case's content.
OFFICER_EDITABLE = frozenset({"draft", "returned", "arrival_registered", "emergency_assistance"})

# Once a case is decided, the officer still hands over assistance and refers the household to
# services: these fields stay open to them, the rest of the record stays as it was approved.
DELIVERY_FIELDS = frozenset({"assistance", "referrals"})
OFFICER_DELIVERY_STATES = frozenset({
    "approved", "selected", "waitlisted", "assistance_in_progress", "delivered", "monitoring",
    "municipal_request", "commission_decision", "sustainable_measures",
})


class WorkflowError(UserError):
    """A transition that the rules do not allow: why, and what is allowed instead.

    Its message names case types, states and roles by their labels in the reader's language.
    ``str()`` keeps the wording of the command line and of HQ's replies, which name the codes a
    person types after ``--to``; ``codes`` holds them (``source``, ``target``, ``allowed``…).
    """

    def __init__(self, message_id: str, /, **codes: Any):
        super().__init__(message_id, **_labelled(codes))
        self.codes = dict(codes)

    def __str__(self) -> str:
        c = self.codes
        if self.id == "domain.workflow.not_a_move":
            allowed = ", ".join(c["allowed"]) or "none"
            return (f"a {c['case_type']} case cannot go from '{c['source']}' to '{c['target']}'; "
                    f"from '{c['source']}' it can go to: {allowed}")
        if self.id == "domain.workflow.not_your_move":
            return f"moving a case from '{c['source']}' to '{c['target']}' is for: {', '.join(c['roles'])}"
        if self.id == "domain.workflow.needs_comment":
            return f"moving a case to '{c['target']}' needs a comment (--comment) saying why"
        return super().__str__()


def _labelled(codes: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of a refusal with its lists of states and roles as labelled messages."""
    params = dict(codes)
    if "allowed" in params:
        params["allowed"] = [Message("domain.workflow.state", {"code": s}) for s in params["allowed"]] \
            or [Message("domain.workflow.nowhere")]
    if "roles" in params:
        params["roles"] = [Message("domain.workflow.role", {"code": r}) for r in params["roles"]]
    return params


def states_for(case_type: str) -> tuple[str, ...]:
    """The states a case of ``case_type`` can be in."""
    return DISPLACED_STATES if case_type == DISPLACED_RETURN else REPATRIATED_STATES


def next_states(case_type: str, status: str, role: str) -> list[str]:
    """States that ``role`` may move a ``case_type`` case to from ``status``."""
    return [t.target for (src, _), t in TRANSITIONS[case_type].items()
            if src == status and role in t.roles]


def check_transition(case_type: str, source: str, target: str, role: str,
                     comment: str | None = None) -> Transition:
    """Return the transition, or raise :class:`WorkflowError` saying why it is not allowed."""
    rule = TRANSITIONS.get(case_type, {}).get((source, target))
    if rule is None:
        raise WorkflowError("domain.workflow.not_a_move", case_type=case_type, source=source, target=target,
                            allowed=next_states(case_type, source, ADMIN))
    if role not in rule.roles:
        raise WorkflowError("domain.workflow.not_your_move", source=source, target=target,
                            roles=sorted(rule.roles - {ADMIN}))
    if rule.needs_comment and not (comment and comment.strip()):
        raise WorkflowError("domain.workflow.needs_comment", target=target)
    return rule


def needs_duplicate_of(target: str) -> bool:
    """Whether a move to ``target`` must name the case it duplicates."""
    return target == DUPLICATE


def decision_steps(case_type: str, status: str, decision: str, role: str,
                   comment: str | None = None) -> list[Transition]:
    """The moves a review ``decision`` makes from ``status``, each checked for ``role``.

    A decision on a ``submitted`` case first takes it under review, so the history shows who
    looked at it; every step is checked before the caller writes anything. Raises
    :class:`WorkflowError` for a step the rules refuse and :class:`KeyError` for an unknown
    decision (callers check ``decision in DECISIONS`` to word that themselves).
    """
    target = DECISIONS[decision]
    path = [(status, target)]
    if status == "submitted":
        path = [(status, UNDER_REVIEW), (UNDER_REVIEW, target)]
    steps = []
    for i, (source, to) in enumerate(path):
        last = i == len(path) - 1
        steps.append(check_transition(case_type, source, to, role, comment if last else None))
    return steps


def editable_by(status: str, role: str) -> bool:
    """Whether ``role`` may change the whole content of a case in ``status``."""
    if role == OFFICER:
        return status in OFFICER_EDITABLE
    return status not in FINAL_STATES


def editable_fields(status: str, role: str, all_fields: frozenset[str]) -> frozenset[str]:
    """The content fields (of ``all_fields``) that ``role`` may change in ``status``."""
    if editable_by(status, role):
        return all_fields
    if role == OFFICER and status in OFFICER_DELIVERY_STATES:
        return all_fields & DELIVERY_FIELDS
    return frozenset()


RETURNED = "returned"


@dataclass(frozen=True)
class ReturnNote:
    """Why a case came back to its officer: who returned it, when, and their comment."""

    by: str
    at: str
    comment: str


def return_note(status: str, history: Sequence[Mapping[str, Any]]) -> ReturnNote | None:
    """While a case is returned, the latest return in its ``history`` (oldest entry first).

    The officer sees this note beside the case until they submit it again; the store's case list
    reads the same note in its own query (:func:`fieldapp.store.cases.list_cases`).
    """
    if status != RETURNED:
        return None
    for entry in reversed(history):
        if entry.get("to") == RETURNED:
            return ReturnNote(str(entry.get("by") or ""), str(entry.get("at") or ""),
                              str(entry.get("comment") or ""))
    return None
