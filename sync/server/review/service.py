"""Review decisions and assignment, taken at HQ by MOCR officers and supervisors in scope.

A decision takes a ``submitted`` case through ``under_review`` (recorded on the way) to its
outcome; each step is checked by the workflow rules and logged. Decisions reach devices on
their next pull, where a returned case becomes editable again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from sync.protocol.messages import CaseState
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases import service as cases
from sync.server.cases.changes import add_event, record_change
from sync.server.errors import conflict, forbidden, invalid, message_of
from sync.server.scope import Actor
from sync.server.users.service import actor_for


def decide(*, session: Session, actor: Actor, case_id: str, decision: str,
           comment: str | None = None) -> CaseState:
    """Approve, return (needs a comment) or mark duplicate a submitted/under-review case."""
    case = cases.visible_case(session=session, actor=actor, case_id=case_id, lock=True)
    if not actor.is_reviewer:
        raise forbidden("hq.review.not_reviewer")
    if decision not in workflow.DECISIONS:
        raise invalid("hq.review.bad_decision", decision=decision)
    comment = (comment or "").strip() or None
    target = workflow.DECISIONS[decision]
    if case.status not in ("submitted", "under_review"):
        raise conflict("hq.review.wrong_status", "wrong_status", case=case.case_number, status=case.status)
    steps: list[tuple[str, str | None, str | None]] = (
        [("under_review", None, None)] if case.status == "submitted" else [])
    steps.append((target, comment, decision))
    # Check every step before changing anything, so a refused decision leaves no half-way state.
    state = case.status
    for to, note, _ in steps:
        try:
            workflow.check_transition(case.case_type, state, to, actor.role, note)
        except workflow.WorkflowError as exc:
            raise conflict("hq.review.not_allowed", "not_allowed", case=case.case_number,
                           reason=message_of(exc)) from None
        state = to
    now = now_iso()
    for to, note, dec in steps:
        source = case.status
        case.status = to
        add_event(session=session, case=case, from_status=source, to_status=to, actor=actor,
                  at=now, comment=note, decision=dec, origin="hq")
        record_change(session=session, case=case, kind="review", fields=["status"],
                      bumps_revision=True, actor=actor)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.decision", case_id=case.id,
                 detail={"decision": decision, "status": case.status})
    return cases.states(session=session, rows=[case])[0]


def assign(*, session: Session, actor: Actor, case_id: str, to: str) -> CaseState:
    """Assign a case to an officer of its municipality; it moves to their device on next sync."""
    case = cases.visible_case(session=session, actor=actor, case_id=case_id, lock=True)
    if not actor.is_reviewer:
        raise forbidden("hq.assign.not_reviewer")
    target = actor_for(session=session, name=to)
    if target.role != workflow.OFFICER or case.municipality not in target.municipalities:
        raise invalid("hq.assign.not_officer", user=to, municipality=case.municipality)
    case.assigned_to = target.user
    record_change(session=session, case=case, kind="assign", fields=[], bumps_revision=False,
                  actor=actor)
    audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.assign", case_id=case.id, detail={"to": target.user})
    return cases.states(session=session, rows=[case])[0]
