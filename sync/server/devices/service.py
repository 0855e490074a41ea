"""Enrolment codes, enrolment, device listing and revocation."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from sync.protocol.errors import ProtocolError
from sync.protocol.messages import DeviceInfo, EnrolRequest, EnrolResponse
from sync.protocol.signing import ed25519_public, x25519_public
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.config import HqKeys
from sync.server.devices.models import Device, EnrolCode
from sync.server.errors import ApiError, invalid, not_found
from sync.server.users.models import User
from sync.server.users.service import municipalities_of, require_user

DEFAULT_CODE_TTL = dt.timedelta(hours=24)
# Crockford base32 without I, L, O, U: codes are typed by hand from a printout.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _hash(code: str) -> str:
    return hashlib.sha256(_normalise(code).encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class IssuedCode:
    """A code as shown once to the admin; HQ keeps only its hash."""

    code: str
    expires: str
    user: str


def issue_code(*, session: Session, user_name: str, ttl: dt.timedelta = DEFAULT_CODE_TTL) -> IssuedCode:
    """A new single-use enrolment code for ``user_name`` (80 random bits, 16 characters)."""
    user = require_user(session=session, name=user_name)
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    now = dt.datetime.now(dt.UTC)
    expires = (now + ttl).isoformat(timespec="seconds").replace("+00:00", "Z")
    session.add(EnrolCode(code_hash=_hash(code), user_id=user.id, created_at=now_iso(),
                          expires_at=expires, used_at=None, device_id=None))
    audit.record(session=session, actor="hq-admin", role=workflow.ADMIN, action="enrol.code",
                 detail={"user": user.name, "expires": expires})
    return IssuedCode(code, expires, user.name)


def enrol(*, session: Session, request: EnrolRequest, keys: HqKeys) -> EnrolResponse:
    """Register a device with a valid code; the code is spent in the same transaction."""
    try:
        ed25519_public(request.sign_key)
        x25519_public(request.enc_key)
    except ProtocolError as exc:
        raise invalid(exc.id, **exc.params) from None
    row = session.execute(select(EnrolCode).where(EnrolCode.code_hash == _hash(request.code))).scalar_one_or_none()
    if row is None:
        raise ApiError(400, "bad_code", "hq.enrol.bad_code")
    if row.used_at is not None:
        raise ApiError(400, "code_used", "hq.enrol.code_used")
    if row.expires_at <= now_iso():
        raise ApiError(400, "code_expired", "hq.enrol.code_expired")
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        raise ApiError(400, "bad_code", "hq.enrol.user_inactive")
    device_id = str(uuid.uuid4())
    # Spend the code with a guarded update so two devices racing with one code cannot both win.
    spent = session.execute(update(EnrolCode).where(EnrolCode.id == row.id, EnrolCode.used_at.is_(None))
                            .values(used_at=now_iso(), device_id=device_id))
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        raise ApiError(400, "code_used", "hq.enrol.code_used")
    now = now_iso()
    session.add(Device(id=device_id, user_id=user.id, short_id=request.device_short_id,
                       workspace_id=request.workspace_id, label=request.label,
                       sign_key=request.sign_key, enc_key=request.enc_key, enrolled_at=now,
                       last_seen=now, revoked_at=None, wipe_sent_at=None, cursor=0, ack_seq=0))
    audit.record(session=session, actor=user.name, role=user.role, device_id=device_id,
                 action="device.enrol", detail={"short_id": request.device_short_id})
    return EnrolResponse(device_id=device_id, user=user.name, role=user.role,
                         municipalities=municipalities_of(session=session, user_id=user.id),
                         hq_id=keys.hq_id, hq_sign_key=keys.sign_public_b64,
                         hq_enc_key=keys.enc_public_b64, hq_recovery_key=keys.recovery_public_b64,
                         hq_recovery_key_id=keys.recovery_key_id, hq_time=now)


def device_info(*, session: Session, device: Device) -> DeviceInfo:
    """A device as listed."""
    user = session.get(User, device.user_id)
    assert user is not None
    return DeviceInfo(id=device.id, user=user.name, role=user.role,
                      municipalities=municipalities_of(session=session, user_id=user.id),
                      enrolled=device.enrolled_at, last_seen=device.last_seen,
                      revoked=device.revoked_at is not None)


def list_devices(*, session: Session) -> list[DeviceInfo]:
    """Every device, newest enrolment first."""
    rows = session.execute(select(Device).order_by(Device.enrolled_at.desc())).scalars().all()
    return [device_info(session=session, device=d) for d in rows]


def revoke(*, session: Session, device_id: str, actor: str = "hq-admin") -> Device:
    """Revoke a device: its next request is refused and told to wipe its key slots."""
    device = session.get(Device, device_id)
    if device is None:
        matches = session.execute(select(Device).where(Device.id.startswith(device_id))).scalars().all()
        if len(matches) != 1:
            raise not_found("hq.not_found.device")
        device = matches[0]
    if device.revoked_at is None:
        device.revoked_at = now_iso()
    audit.record(session=session, actor=actor, role=workflow.ADMIN, device_id=device.id,
                 action="device.revoke")
    return device
