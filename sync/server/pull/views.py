"""``POST /sync/pull``, ``/sync/digest`` and ``/sync/fetch``: what a device receives."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sync.protocol.messages import (
    DigestRequest,
    DigestResponse,
    FetchRequest,
    FetchResponse,
    PullRequest,
    PullResponse,
    TlsNext,
)
from sync.server.deps import Body, Db, DeviceActor, parse, reply, touch_device
from sync.server.devices.models import Device
from sync.server.openapi import ERRORS, body_doc
from sync.server.pull import service

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/pull", response_model=PullResponse, responses=ERRORS, operation_id="pull",
             openapi_extra=body_doc(PullRequest))
def pull(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """One page of changes in the device's scope after its checkpoint."""
    req = parse(PullRequest, body, request)

    def work(session: Session) -> PullResponse:
        page = service.pull(session=session, actor=actor, cursor=req.cursor, limit=req.limit,
                            ref_version=req.ref_version)
        device = session.get(Device, actor.device_id)
        if device is not None:
            # The device only asks from a checkpoint it has committed: HQ's record of it.
            device.cursor = max(device.cursor, req.cursor)
        touch_device(session, actor)
        return page

    page = database.run_write(work)
    announced = request.app.state.keys.tls_next
    if announced:
        # HQ's next TLS key, signed by HQ, so the laptop trusts it once it is put in use.
        page = page.model_copy(update={"tls_next": TlsNext(**announced)})
    return reply(request, page)


@router.post("/digest", response_model=DigestResponse, responses=ERRORS, operation_id="digest",
             openapi_extra=body_doc(DigestRequest))
def digest(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Compare the device's scope digest with HQ's; on a mismatch HQ lists its view."""
    req = parse(DigestRequest, body, request)
    with database.read() as session:
        answer = service.digest(session=session, actor=actor, device_digest=req.digest, count=req.count)
    return reply(request, answer)


@router.post("/fetch", response_model=FetchResponse, responses=ERRORS, operation_id="fetch",
             openapi_extra=body_doc(FetchRequest))
def fetch(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """Current states of named cases in scope (repair after a digest mismatch)."""
    req = parse(FetchRequest, body, request)

    def work(session: Session) -> FetchResponse:
        answer = service.fetch(session=session, actor=actor, ids=req.ids)
        touch_device(session, actor)
        return answer

    return reply(request, database.run_write(work))
