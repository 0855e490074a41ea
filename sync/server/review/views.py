"""``POST /cases/{case_id}/review`` and ``/transition``: decisions and workflow moves over the API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import CaseState, ReviewRequest, TransitionRequest
from sync.server.deps import Body, Db, DeviceActor, parse, reply, touch_device
from sync.server.openapi import ERRORS, body_doc
from sync.server.review import service

router = APIRouter(prefix="/cases", tags=["review"])


@router.post("/{case_id}/review", response_model=CaseState, responses=ERRORS,
             operation_id="review_case", openapi_extra=body_doc(ReviewRequest))
def review(request: Request, case_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """A review decision on a submitted or under-review case (a duplicate names its original)."""
    req = parse(ReviewRequest, body, request)

    def work(session: Session) -> CaseState:
        touch_device(session, actor)
        return service.decide(session=session, actor=actor, case_id=case_id[:40],
                              decision=req.decision, comment=req.comment,
                              duplicate_of=req.duplicate_of)

    return reply(request, database.run_write(work))


@router.post("/{case_id}/transition", response_model=CaseState, responses=ERRORS,
             operation_id="transition_case", openapi_extra=body_doc(TransitionRequest))
def transition(request: Request, case_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Move a case to another state, as the workflow allows the caller's role."""
    req = parse(TransitionRequest, body, request)

    def work(session: Session) -> CaseState:
        touch_device(session, actor)
        return service.transition(session=session, actor=actor, case_id=case_id[:40],
                                  target=req.status, comment=req.comment,
                                  duplicate_of=req.duplicate_of)

    return reply(request, database.run_write(work))
