"""``/cases``: scoped case list, one case, and assignment."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import AssignRequest, CaseState, CaseSummaryOut
from sync.server.cases import service
from sync.server.deps import Body, Db, DeviceActor, parse, reply, require_empty, touch_device
from sync.server.openapi import ERRORS, body_doc
from sync.server.review import service as review

router = APIRouter(prefix="/cases", tags=["cases"])


@router.get("", response_model=list[CaseSummaryOut], responses=ERRORS, operation_id="list_cases")
def list_cases(request: Request, actor: DeviceActor, body: Body, database: Db,
               municipality: Annotated[str | None, Query(max_length=4)] = None,
               status: Annotated[str | None, Query(max_length=30)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 200,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Response:
    """Summaries of the cases in the caller's scope."""
    require_empty(body)

    def work(session: Session) -> list[CaseSummaryOut]:
        touch_device(session, actor)
        return service.list_cases(session=session, actor=actor, municipality=municipality,
                                  status=status, limit=limit, offset=offset)

    return reply(request, database.run_write(work))


@router.get("/{case_id}", response_model=CaseState, responses=ERRORS, operation_id="get_case")
def get_case(request: Request, case_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """One whole case, if in scope (the read is audited)."""
    require_empty(body)

    def work(session: Session) -> CaseState:
        touch_device(session, actor)
        return service.get_case(session=session, actor=actor, case_id=case_id[:40])

    return reply(request, database.run_write(work))


@router.post("/{case_id}/assign", response_model=CaseState, responses=ERRORS,
             operation_id="assign_case", openapi_extra=body_doc(AssignRequest))
def assign(request: Request, case_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Assign a case to an officer of its municipality (MOCR, supervisor, admin)."""
    req = parse(AssignRequest, body, request)

    def work(session: Session) -> CaseState:
        touch_device(session, actor)
        return review.assign(session=session, actor=actor, case_id=case_id[:40], to=req.to)

    return reply(request, database.run_write(work))
