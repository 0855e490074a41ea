"""``/conflicts``: list conflict records in scope and resolve them field by field."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import ConflictOut, ResolveRequest
from sync.server.conflicts import service
from sync.server.deps import Body, Db, DeviceActor, parse, reply, require_empty, touch_device
from sync.server.openapi import ERRORS, body_doc

router = APIRouter(prefix="/conflicts", tags=["conflicts"])


@router.get("", response_model=list[ConflictOut], responses=ERRORS, operation_id="list_conflicts")
def list_conflicts(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Open conflicts of the cases in the caller's scope."""
    require_empty(body)
    with database.read() as session:
        return reply(request, service.list_conflicts(session=session, actor=actor))


@router.post("/{conflict_id}/resolve", response_model=ConflictOut, responses=ERRORS,
             operation_id="resolve_conflict", openapi_extra=body_doc(ResolveRequest))
def resolve(request: Request, conflict_id: str, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Keep HQ's value or the device's for one conflicting field (reviewers in scope)."""
    req = parse(ResolveRequest, body, request)

    def work(session: Session) -> ConflictOut:
        touch_device(session, actor)
        return service.resolve(session=session, actor=actor, conflict_id=conflict_id[:40], keep=req.keep)

    return reply(request, database.run_write(work))
