"""Request dependencies: the database, HQ keys, the raw body, and the authenticated device.

Every device request is authenticated by an Ed25519 signature over method, path, query, device
id, timestamp and the SHA-256 of the exact body bytes (:mod:`sync.protocol.signing`). The user,
role and municipalities come from HQ's own tables, looked up from the device id: nothing in the
request body is trusted for authorisation. Handling keeps no state between requests.
"""

from __future__ import annotations

import base64
import re
import time
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from fieldapp.domain import workflow
from sync.protocol.encoding import MAX_WIRE_BYTES, compress, decode_json
from sync.protocol.errors import ProtocolError, TooLarge
from sync.protocol.signing import (
    HEADER_DEVICE,
    HEADER_SIGNATURE,
    HEADER_TIME,
    REQUEST_WINDOW_MS,
    ed25519_public,
    request_message,
    verify_signature,
)
from sync.server.audit.service import now_iso
from sync.server.config import HqKeys
from sync.server.db import Database
from sync.server.devices.models import Device
from sync.server.errors import ApiError
from sync.server.scope import Actor
from sync.server.users.models import User
from sync.server.users.service import municipalities_of

M = TypeVar("M", bound=BaseModel)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
COMPRESS_OVER = 1024


def get_db(request: Request) -> Database:
    """The shared database (engine and session factory)."""
    db: Database = request.app.state.db
    return db


def get_keys(request: Request) -> HqKeys:
    """HQ's keys, loaded at start."""
    keys: HqKeys = request.app.state.keys
    return keys


async def body_bytes(request: Request) -> bytes:
    """The raw request body, refused with 413 past the protocol's size limit."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_WIRE_BYTES):
        raise ApiError(413, "too_large", "hq.request.too_large", limit=MAX_WIRE_BYTES)
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > MAX_WIRE_BYTES:
            raise ApiError(413, "too_large", "hq.request.too_large", limit=MAX_WIRE_BYTES)
        chunks.append(chunk)
    return b"".join(chunks)


def _unauthorised(message_id: str, code: str = "unauthenticated") -> ApiError:
    return ApiError(401, code, message_id)


def current_actor(
    request: Request,
    body: Annotated[bytes, Depends(body_bytes)],
    database: Annotated[Database, Depends(get_db)],
    x_device: Annotated[str | None, Header(alias=HEADER_DEVICE, description="enrolled device id")] = None,
    x_time: Annotated[str | None, Header(alias=HEADER_TIME, description="milliseconds since 1970, UTC")] = None,
    x_signature: Annotated[str | None, Header(alias=HEADER_SIGNATURE, description="Ed25519 signature, base64")] = None,
) -> Actor:
    """The user acting through the device that signed this request; 401/403 otherwise."""
    device_id, timestamp, signature = x_device, x_time, x_signature
    if not device_id or not timestamp or not signature:
        raise _unauthorised("hq.auth.unsigned")
    if not _UUID.match(device_id) or not timestamp.isdigit() or len(timestamp) > 16 or len(signature) > 100:
        raise _unauthorised("hq.auth.malformed_headers")
    now_ms = int(time.time() * 1000)
    if abs(now_ms - int(timestamp)) > REQUEST_WINDOW_MS:
        raise ApiError(401, "clock", "hq.auth.clock", hq_time=now_iso())
    try:
        raw_sig = base64.b64decode(signature.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise _unauthorised("hq.auth.malformed_signature") from None
    with database.read() as s:
        device = s.get(Device, device_id)
        user = s.get(User, device.user_id) if device is not None else None
        munis = municipalities_of(session=s, user_id=user.id) if user is not None else []
    if device is None or user is None:
        raise _unauthorised("hq.auth.not_enrolled")
    try:
        key = ed25519_public(device.sign_key)
    except ProtocolError:
        raise _unauthorised("hq.auth.unusable_key") from None
    message = request_message(request.method, request.url.path, request.url.query, device_id,
                              int(timestamp), body)
    if len(raw_sig) != 64 or not verify_signature(key, raw_sig, message):
        raise _unauthorised("hq.auth.bad_signature", "bad_signature")
    if device.revoked_at is not None:
        with database.write() as s:
            row = s.get(Device, device_id)
            if row is not None and row.wipe_sent_at is None:
                row.wipe_sent_at = now_iso()
        raise ApiError(403, "revoked", "hq.auth.revoked", wipe=True)
    if user.disabled:
        raise ApiError(403, "disabled", "hq.auth.disabled")
    return Actor(user.name, user.role, frozenset(munis), device_id)


DeviceActor = Annotated[Actor, Depends(current_actor)]
Body = Annotated[bytes, Depends(body_bytes)]
Db = Annotated[Database, Depends(get_db)]
Keys = Annotated[HqKeys, Depends(get_keys)]


def require_admin(actor: DeviceActor) -> Actor:
    """The actor, if an admin; 403 otherwise."""
    if actor.role != workflow.ADMIN:
        raise ApiError(403, "forbidden", "hq.auth.admin_only")
    return actor


AdminActor = Annotated[Actor, Depends(require_admin)]


def parse(model: type[M], body: bytes, request: Request) -> M:
    """Decode (zstd when the request says so) and validate a body; 413/422 when it is bad."""
    encoding = request.headers.get("content-encoding", "").lower()
    try:
        data = decode_json(body, compressed=encoding == "zstd")
    except TooLarge as exc:
        raise ApiError(413, "too_large", exc.id, **exc.params) from None
    except ProtocolError as exc:
        raise ApiError(422, "malformed", "hq.request.body_malformed", problem=exc.message) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise ApiError(422, "invalid", "hq.request.body_invalid", where=where,
                       detail=str(first.get("msg"))) from None


def require_empty(body: bytes) -> None:
    """GET requests carry no body."""
    if body:
        raise ApiError(422, "invalid", "hq.request.no_body")


def touch_device(session: Any, actor: Actor) -> None:
    """Record that the device was seen (in the request's own write transaction)."""
    if actor.device_id:
        device = session.get(Device, actor.device_id)
        if device is not None:
            device.last_seen = now_iso()


def reply(request: Request, model: BaseModel | list[Any], status: int = 200) -> Response:
    """A JSON response, zstd-compressed when the client accepts it and it is worth it."""
    if isinstance(model, BaseModel):
        data = model.model_dump_json().encode("utf-8")
    else:
        from pydantic import TypeAdapter

        data = TypeAdapter(list[Any]).dump_json(model)
    headers = {}
    if len(data) > COMPRESS_OVER and "zstd" in request.headers.get("accept-encoding", "").lower():
        data = compress(data)
        headers["Content-Encoding"] = "zstd"
    return Response(content=data, status_code=status, media_type="application/json", headers=headers)
