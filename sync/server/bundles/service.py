"""Importing a device's USB bundle at HQ and answering with a signed acknowledgement bundle.

The bundle is checked in order — format, HQ it was made for, enrolled sender, signature,
revocation, replay — before its payload is even decrypted. The ops are applied exactly as an
online push (same idempotency records), and the acknowledgement carries their results plus the
pull for that device since the checkpoint written in the bundle. The acknowledgement is written
only after the import has committed, so it never acknowledges something HQ does not hold.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from fieldapp.domain.errors import UserError
from fieldapp.fsutil import atomic_write, ensure_private_dir
from fieldapp.progress import Progress
from sync.protocol import bundle as fmt
from sync.protocol.errors import ProtocolError
from sync.protocol.messages import Op, OpResult
from sync.protocol.signing import ed25519_public, x25519_public
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.bundles.models import ImportedBundle
from sync.server.config import HqKeys
from sync.server.db import Database
from sync.server.devices.models import Device
from sync.server.errors import ApiError
from sync.server.pull.service import changes_since, fetch
from sync.server.push.service import apply_ops, check_clocks
from sync.server.reference import service as reference
from sync.server.users.models import User
from sync.server.users.service import actor_for

BATCH = 500


class BundleRejected(UserError):
    """The bundle was not applied; the message says why and what to do. Nothing was changed."""


class BundlePayload(BaseModel):
    """What a device's bundle carries once decrypted."""

    model_config = ConfigDict(extra="forbid")
    ops: list[Op]
    cursor: int = Field(ge=0)
    ref_version: int = Field(default=0, ge=0)


@dataclass(frozen=True)
class BundleImport:
    """What an import did and the acknowledgement to hand back."""

    bundle_id: str
    device_id: str
    user: str
    results: list[OpResult]
    ack_name: str
    ack_bytes: bytes

    def counts(self) -> dict[str, int]:
        """Results by status."""
        out: dict[str, int] = {}
        for r in self.results:
            out[r.status] = out.get(r.status, 0) + 1
        return out


def import_bundle(*, database: Database, keys: HqKeys, data: bytes, quarantine: Path,
                  name: str = "bundle", progress: Progress | None = None) -> BundleImport:
    """Verify and apply a device bundle; returns the acknowledgement (not yet written).

    ``progress`` (optional) counts the ops applied, phase ``bundle``.
    """
    try:
        parsed = fmt.parse_bundle(data)
    except ProtocolError as exc:
        raise BundleRejected("hq.bundle.damaged", name=name, problem=exc.message) from None
    header = parsed.header
    if header.get("kind") != fmt.KIND_OPS:
        raise BundleRejected("hq.bundle.not_from_device", name=name, kind=str(header.get("kind")))
    if header.get("hq_id") != keys.hq_id:
        raise BundleRejected("hq.bundle.other_hq", name=name)
    with database.read() as s:
        device = s.get(Device, str(header["device_id"]))
        user = s.get(User, device.user_id) if device is not None else None
        seen = s.get(ImportedBundle, str(header["bundle_id"]))
    if device is None or user is None:
        raise BundleRejected("hq.bundle.not_enrolled", name=name)
    try:
        fmt.verify_bundle(parsed, ed25519_public(device.sign_key))
    except ProtocolError as exc:
        raise BundleRejected("hq.bundle.damaged", name=name, problem=exc.message) from None
    if device.revoked_at is not None:
        _quarantine(database, quarantine, data, header, device.id)
        raise BundleRejected("hq.bundle.revoked", name=name, folder=str(quarantine))
    if seen is not None:
        raise BundleRejected("hq.bundle.replay", name=name, when=seen.imported_at)
    try:
        payload = BundlePayload.model_validate(fmt.open_bundle(parsed, keys.encryption))
    except ProtocolError as exc:
        raise BundleRejected("hq.bundle.damaged", name=name, problem=exc.message) from None
    except ValidationError:
        raise BundleRejected("hq.bundle.invalid_contents", name=name) from None
    try:
        check_clocks(payload.ops, int(time.time() * 1000))
    except ApiError as exc:
        raise BundleRejected(exc.id, **exc.params) from None

    def work(session: Session) -> BundleImport:
        actor = actor_for(session=session, name=user.name, device_id=device.id)
        results: list[OpResult] = []
        if progress is not None:
            progress.start(len(payload.ops), "bundle")
        for i in range(0, len(payload.ops), BATCH):
            results += apply_ops(session=session, actor=actor, ops=payload.ops[i:i + BATCH],
                                 via="bundle").results
            if progress is not None:
                progress.step(len(payload.ops[i:i + BATCH]))
        session.flush()
        states, cursor, _ = changes_since(session=session, actor=actor, cursor=payload.cursor, limit=None)
        # A USB-only laptop cannot fetch a case again later: send HQ's state of every case whose
        # change was refused, so the laptop drops the refused change and matches HQ.
        sent = {st.id for st in states}
        refused = sorted({r.case_id for r in results if r.status == "rejected" and r.case_id} - sent)
        if refused:
            states += fetch(session=session, actor=actor, ids=refused).cases
        refs, ref_top = reference.since(session=session, version=payload.ref_version, actor=actor)
        row = session.get(Device, device.id)
        assert row is not None
        row.ack_seq += 1
        row.last_seen = now_iso()
        ack_id = str(uuid.uuid4())
        ack_header: dict[str, Any] = {
            "kind": fmt.KIND_ACK, "bundle_id": ack_id, "device_id": device.id, "hq_id": keys.hq_id,
            "in_reply_to": header["bundle_id"], "ack_seq": row.ack_seq, "created_at": now_iso()}
        ack_payload = {"results": [r.model_dump(mode="json") for r in results],
                       "cases": [s.model_dump(mode="json") for s in states], "cursor": cursor,
                       "reference": [r.model_dump(mode="json") for r in refs],
                       "ref_version": ref_top, "hq_time": now_iso()}
        ack = fmt.encode_bundle(ack_header, ack_payload, recipient=x25519_public(device.enc_key),
                                signer=keys.signing)
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        session.add(ImportedBundle(bundle_id=str(header["bundle_id"]), device_id=device.id,
                                   imported_at=now_iso(), ack_bundle_id=ack_id, quarantined=False,
                                   summary={"ops": len(results), **counts}))
        audit.record(session=session, actor=actor.user, role=actor.role, device_id=device.id,
                     action="bundle.import", detail={"bundle": header["bundle_id"], "ops": len(results),
                                                     **counts})
        audit.record_reads(session=session, actor=actor.user, role=actor.role, device_id=device.id,
                           action="case.pull", case_ids=[s.id for s in states])
        ack_name = f"fieldapp-ack-{device.short_id}-{row.ack_seq:05d}{fmt.SUFFIX}"
        return BundleImport(str(header["bundle_id"]), device.id, user.name, results, ack_name, ack)

    return database.run_write(work)


def _quarantine(database: Database, quarantine: Path, data: bytes, header: dict[str, Any],
                device_id: str) -> None:
    ensure_private_dir(quarantine)
    atomic_write(quarantine / f"{header['bundle_id']}{fmt.SUFFIX}", data)
    with database.write() as s:
        if s.get(ImportedBundle, str(header["bundle_id"])) is None:
            s.add(ImportedBundle(bundle_id=str(header["bundle_id"]), device_id=device_id,
                                 imported_at=now_iso(), ack_bundle_id=None, quarantined=True,
                                 summary={"reason": "device revoked"}))
        audit.record(session=s, actor="hq-admin", role="admin", device_id=device_id,
                     action="bundle.quarantine", detail={"bundle": header["bundle_id"]})


def write_ack(result: BundleImport, out_dir: Path) -> Path:
    """Write the acknowledgement into ``out_dir`` (temp file, fsync, rename)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / result.ack_name
    atomic_write(path, result.ack_bytes)
    return path
