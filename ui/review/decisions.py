"""Which review decisions a role may take on a case, and their names in the UI language.

The rules are :mod:`fieldapp.domain.workflow`'s (:func:`~fieldapp.domain.workflow.decision_steps`,
the same check the store makes): a decision on a ``submitted`` case first takes it under review,
so it is offered when both steps are allowed for the role.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.domain import workflow

# The key pressed in the queue for each decision (and for a comment without one).
DECISION_KEYS = {"approve": "A", "return": "R", "duplicate": "D", "ineligible": "I", "withdraw": "W"}
COMMENT_KEY = "C"
# Stands in for the comment when asking only whether the role may take a decision.
_ANY_COMMENT = "…"


def _steps(case_type: str, status: str, decision: str, role: str) -> list[workflow.Transition] | None:
    """The moves ``decision`` makes from ``status`` for ``role``, or None when it may not."""
    if decision not in workflow.DECISIONS:
        return None
    try:
        return workflow.decision_steps(case_type, status, decision, role, _ANY_COMMENT)
    except workflow.WorkflowError:
        return None


def decisions_for(case_type: str, status: str, role: str) -> list[str]:
    """The decisions (keys of ``workflow.DECISIONS``, in its order) ``role`` may take on a
    ``case_type`` case in ``status`` (decisions are taken on cases waiting for review; later
    moves, such as a household withdrawing after approval, are plain transitions)."""
    if status not in workflow.REVIEW_STATES:
        return []
    return [key for key in workflow.DECISIONS if _steps(case_type, status, key, role) is not None]


def needs_comment(case_type: str, status: str, decision: str, role: str = workflow.ADMIN) -> bool:
    """Whether the workflow wants a comment for ``decision`` from ``status``."""
    steps = _steps(case_type, status, decision, role) or []
    return any(t.needs_comment for t in steps)


def needs_duplicate_of(decision: str) -> bool:
    """Whether ``decision`` names the case it duplicates."""
    return workflow.needs_duplicate_of(workflow.DECISIONS.get(decision, decision))


def decision_targets() -> frozenset[str]:
    """The statuses a decision leads to (moves to them are made through the decision dialog)."""
    return frozenset(workflow.DECISIONS.values())


def decision_label(decision: str) -> str:
    """The button text of ``decision`` in the UI language."""
    return {
        "approve": QCoreApplication.translate("Review", "Approve"),
        "return": QCoreApplication.translate("Review", "Return to officer"),
        "duplicate": QCoreApplication.translate("Review", "Mark duplicate"),
        "ineligible": QCoreApplication.translate("Review", "Mark ineligible"),
        "withdraw": QCoreApplication.translate("Review", "Withdraw"),
    }.get(decision, decision)


def decision_short_label(decision: str) -> str:
    """The decision in one word, for the queue's buttons (beside its key)."""
    return {
        "approve": QCoreApplication.translate("Review", "Approve"),
        "return": QCoreApplication.translate("Review", "Return"),
        "duplicate": QCoreApplication.translate("Review", "Duplicate"),
        "ineligible": QCoreApplication.translate("Review", "Ineligible"),
        "withdraw": QCoreApplication.translate("Review", "Withdraw"),
    }.get(decision, decision)


def decision_explanation(decision: str) -> str:
    """What ``decision`` does, in one sentence in the UI language."""
    return {
        "approve": QCoreApplication.translate(
            "Review", "The household qualifies; the case goes on to selection."),
        "return": QCoreApplication.translate(
            "Review", "The case goes back to its officer to be corrected and submitted again."),
        "duplicate": QCoreApplication.translate(
            "Review", "The household is already recorded in another case, which goes on."),
        "ineligible": QCoreApplication.translate(
            "Review", "The household does not meet the criteria; the case ends here."),
        "withdraw": QCoreApplication.translate(
            "Review", "The household gave up its request; the case ends here."),
    }.get(decision, "")


__all__ = ["COMMENT_KEY", "DECISION_KEYS", "decision_explanation", "decision_label", "decision_short_label",
           "decision_targets", "decisions_for", "needs_comment", "needs_duplicate_of"]
