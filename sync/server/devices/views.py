"""``/enrol``, ``/devices``: enrolment (authenticated by the code) and device administration."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from sync.protocol.messages import DeviceInfo, EnrolRequest, EnrolResponse
from sync.server.deps import (
    AdminActor,
    Body,
    Db,
    DeviceActor,
    Keys,
    parse,
    reply,
    require_empty,
    touch_device,
)
from sync.server.devices import service
from sync.server.devices.models import Device
from sync.server.errors import not_found
from sync.server.openapi import ERRORS, body_doc

router = APIRouter(tags=["devices"])


class EnrolCodeRequest(BaseModel):
    """Ask for an enrolment code for a user (admins)."""

    model_config = ConfigDict(extra="forbid")
    user: str = Field(min_length=1, max_length=100)


class EnrolCodeOut(BaseModel):
    """A single-use code, shown once."""

    code: str
    expires: str
    user: str


@router.post("/enrol", response_model=EnrolResponse, responses=ERRORS, operation_id="enrol",
             status_code=201, openapi_extra=body_doc(EnrolRequest))
def enrol(request: Request, body: Body, database: Db, keys: Keys) -> Response:
    """Register a device with a single-use enrolment code and its public keys."""
    req = parse(EnrolRequest, body, request)
    return reply(request, database.run_write(
        lambda s: service.enrol(session=s, request=req, keys=keys)), 201)


@router.get("/devices/me", response_model=DeviceInfo, responses=ERRORS, operation_id="whoami")
def whoami(request: Request, actor: DeviceActor, body: Body, database: Db) -> Response:
    """The calling device as HQ sees it (user, role, municipalities)."""
    require_empty(body)

    def work(session: Session) -> DeviceInfo:
        touch_device(session, actor)
        device = session.get(Device, actor.device_id)
        if device is None:
            raise not_found("hq.not_found.device")
        return service.device_info(session=session, device=device)

    return reply(request, database.run_write(work))


@router.get("/devices", response_model=list[DeviceInfo], responses=ERRORS, operation_id="list_devices")
def list_devices(request: Request, actor: AdminActor, body: Body, database: Db) -> Response:
    """Every enrolled device (admins)."""
    require_empty(body)
    with database.read() as session:
        return reply(request, service.list_devices(session=session))


@router.post("/devices/{device_id}/revoke", response_model=DeviceInfo, responses=ERRORS,
             operation_id="revoke_device")
def revoke(request: Request, device_id: str, actor: AdminActor, body: Body, database: Db) -> Response:
    """Revoke a device (admins): its next request is refused with a wipe order."""
    require_empty(body)

    def work(session: Session) -> DeviceInfo:
        device = service.revoke(session=session, device_id=device_id[:40], actor=actor.user)
        return service.device_info(session=session, device=device)

    return reply(request, database.run_write(work))


@router.post("/enrol-codes", response_model=EnrolCodeOut, responses=ERRORS, status_code=201,
             operation_id="issue_enrol_code", openapi_extra=body_doc(EnrolCodeRequest))
def issue_code(request: Request, actor: AdminActor, body: Body, database: Db) -> Response:
    """A single-use enrolment code for a user (admins)."""
    req = parse(EnrolCodeRequest, body, request)
    issued = database.run_write(lambda s: service.issue_code(session=s, user_name=req.user))
    return reply(request, EnrolCodeOut(code=issued.code, expires=issued.expires, user=issued.user), 201)
