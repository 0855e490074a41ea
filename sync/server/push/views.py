"""``POST /sync/push``: a device's batch of outbox ops."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import OpResult, PushRequest, PushResponse
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.deps import Body, Db, DeviceActor, parse, reply, touch_device
from sync.server.openapi import ERRORS, body_doc
from sync.server.push.service import apply_ops, check_clocks

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushResponse, responses=ERRORS, operation_id="push",
             openapi_extra=body_doc(PushRequest))
def push(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Apply a batch of ops; one result each; a replayed batch returns the first results."""
    req = parse(PushRequest, body, request)
    check_clocks(req.ops, int(time.time() * 1000))

    def work(session: Session) -> list[OpResult]:
        applied = apply_ops(session=session, actor=actor, ops=req.ops)
        if applied.fresh:
            # A pure replay writes nothing at all, not even bookkeeping.
            touch_device(session, actor)
            counts: dict[str, int] = {}
            for r in applied.results:
                counts[r.status] = counts.get(r.status, 0) + 1
            audit.record(session=session, actor=actor.user, role=actor.role,
                         device_id=actor.device_id, action="sync.push",
                         detail={"ops": len(applied.results), "new": applied.fresh, **counts})
        return applied.results

    return reply(request, PushResponse(results=database.run_write(work), hq_time=now_iso()))
