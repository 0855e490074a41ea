"""``POST /cases/{case_id}/review``: a review decision over the API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import CaseState, ReviewRequest
from sync.server.deps import Body, Db, DeviceActor, parse, reply, touch_device
from sync.server.openapi import ERRORS, body_doc
from sync.server.review import service

router = APIRouter(prefix="/cases", tags=["review"])


@router.post("/{case_id}/review", response_model=CaseState, responses=ERRORS,
             operation_id="review_case", openapi_extra=body_doc(ReviewRequest))
def review(request: Request, case_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Approve, return (with a comment) or mark duplicate a submitted or under-review case."""
    req = parse(ReviewRequest, body, request)

    def work(session: Session) -> CaseState:
        touch_device(session, actor)
        return service.decide(session=session, actor=actor, case_id=case_id[:40],
                              decision=req.decision, comment=req.comment)

    return reply(request, database.run_write(work))
