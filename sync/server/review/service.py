"""Review decisions, workflow moves and assignment, taken at HQ by users in scope.

A decision takes a ``submitted`` case through ``under_review`` (recorded on the way) to its
outcome; every step is checked by the workflow rules before anything is written, and logged. A
``duplicate`` names its original. Any other move the workflow gives the user's role is made by
:func:`transition`. Decisions reach devices on their next pull, where a returned case becomes
editable again. The same checks guard the push applier (:mod:`sync.server.push.service`), so a
decision made on a laptop and one made here obey one rule book.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from sync.protocol.messages import CaseState
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases import service as cases
from sync.server.cases.changes import add_event, record_change
from sync.server.cases.models import CaseRow
from sync.server.errors import conflict, forbidden, invalid, message_of
from sync.server.scope import Actor
from sync.server.users.models import User
from sync.server.users.service import municipalities_of


def _original(*, session: Session, actor: Actor, case: CaseRow, target: str,
              duplicate_of: str | None) -> CaseRow | None:
    """The checked original of a move to ``duplicate``; refuses one named for any other move."""
    ref = (duplicate_of or "").strip()
    if not workflow.needs_duplicate_of(target):
        if ref:
            raise invalid("hq.review.original_only_for_duplicate")
        return None
    if not ref:
        raise invalid("hq.review.duplicate_needs_original", case=case.case_number)
    return cases.original_for(session=session, actor=actor, case=case, ref=ref)


def _apply(*, session: Session, actor: Actor, case: CaseRow, steps: list[workflow.Transition],
           comment: str | None, decision: str | None, original: CaseRow | None) -> None:
    now = now_iso()
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        case.status = step.target
        if last and original is not None:
            case.duplicate_of = original.id
        add_event(session=session, case=case, from_status=step.source, to_status=step.target,
                  actor=actor, at=now, comment=comment if last else None,
                  decision=decision if last else None, origin="hq")
        record_change(session=session, case=case, kind="review", fields=["status"],
                      bumps_revision=True, actor=actor)


def decide(*, session: Session, actor: Actor, case_id: str, decision: str,
           comment: str | None = None, duplicate_of: str | None = None) -> CaseState:
    """Take a review decision (approve, return, duplicate, ineligible, withdraw) on a
    submitted or under-review case, as the workflow allows ``actor``'s role."""
    case = cases.visible_case(session=session, actor=actor, case_id=case_id, lock=True)
    if not actor.is_reviewer:
        raise forbidden("hq.review.not_reviewer")
    if decision not in workflow.DECISIONS:
        raise invalid("hq.review.bad_decision", decision=decision, decisions=list(workflow.DECISIONS))
    comment = (comment or "").strip() or None
    if case.status not in workflow.REVIEW_STATES:
        raise conflict("hq.review.wrong_status", "wrong_status", case=case.case_number, status=case.status)
    original = _original(session=session, actor=actor, case=case, target=workflow.DECISIONS[decision],
                         duplicate_of=duplicate_of)
    try:
        steps = workflow.decision_steps(case.case_type, case.status, decision, actor.role, comment)
    except workflow.WorkflowError as exc:
        raise conflict("hq.review.not_allowed", "not_allowed", case=case.case_number,
                       reason=message_of(exc)) from None
    _apply(session=session, actor=actor, case=case, steps=steps, comment=comment, decision=decision,
           original=original)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.decision", case_id=case.id,
                 detail={"decision": decision, "status": case.status,
                         **({"duplicate_of": original.id} if original is not None else {})})
    return cases.states(session=session, rows=[case])[0]


def transition(*, session: Session, actor: Actor, case_id: str, target: str,
               comment: str | None = None, duplicate_of: str | None = None) -> CaseState:
    """Move a case to ``target``, for any move the workflow gives ``actor``'s role (both case
    types); a move to ``duplicate`` names its original."""
    case = cases.visible_case(session=session, actor=actor, case_id=case_id, lock=True)
    comment = (comment or "").strip() or None
    if target not in workflow.states_for(case.case_type):
        raise invalid("hq.transition.not_a_state", status=target, case_type=case.case_type,
                      states=list(workflow.states_for(case.case_type)))
    try:
        step = workflow.check_transition(case.case_type, case.status, target, actor.role, comment)
    except workflow.WorkflowError as exc:
        raise conflict("hq.transition.not_allowed", "not_allowed", case=case.case_number,
                       reason=message_of(exc)) from None
    original = _original(session=session, actor=actor, case=case, target=target, duplicate_of=duplicate_of)
    source = case.status
    # A move out of review into a decided state is that decision, recorded as such.
    decision = next((d for d, s in workflow.DECISIONS.items() if s == target), None) \
        if source in workflow.REVIEW_STATES else None
    _apply(session=session, actor=actor, case=case, steps=[step], comment=comment, decision=decision,
           original=original)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.transition", case_id=case.id,
                 detail={"from": source, "to": target,
                         **({"duplicate_of": original.id} if original is not None else {})})
    return cases.states(session=session, rows=[case])[0]


def assignee(*, session: Session, actor: Actor, case: CaseRow, name: str) -> str:
    """The officer ``name`` if ``actor`` may assign ``case`` to them, else a refusal.

    The actor must review (MOCR, supervisor, admin); the case must still be open; ``name`` must
    be an active officer of the case's municipality (an unknown name gets the same answer).
    """
    if not actor.is_reviewer:
        raise forbidden("hq.assign.not_reviewer")
    if case.status in workflow.FINAL_STATES:
        raise conflict("hq.assign.final", "final", case=case.case_number, status=case.status)
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if (user is None or user.disabled or user.role != workflow.OFFICER
            or case.municipality not in municipalities_of(session=session, user_id=user.id)):
        raise invalid("hq.assign.not_officer", user=name, municipality=case.municipality)
    return user.name


def assign(*, session: Session, actor: Actor, case_id: str, to: str) -> CaseState:
    """Assign a case to an officer of its municipality; it moves to their device on next sync
    and leaves the previous officer's."""
    case = cases.visible_case(session=session, actor=actor, case_id=case_id, lock=True)
    officer = assignee(session=session, actor=actor, case=case, name=(to or "").strip())
    if case.assigned_to != officer:
        case.assigned_to = officer
        record_change(session=session, case=case, kind="assign", fields=[], bumps_revision=False,
                      actor=actor)
        audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                     action="case.assign", case_id=case.id, detail={"to": officer})
    return cases.states(session=session, rows=[case])[0]


__all__ = ["assign", "assignee", "decide", "transition"]
