"""The device side of USB bundles.

``export_bundle`` writes every pending outbox op (with the pull checkpoint) as one file sealed to
HQ's encryption key and signed by the device; the outbox is left as it is — only HQ's
acknowledgement clears it. ``import_bundle`` checks an acknowledgement (format, addressed to this
device and its HQ, HQ's pinned signature, newer than the last one imported) before decrypting
it, then applies results, case states and the checkpoint in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from fieldapp.domain.errors import UserError
from fieldapp.fsutil import atomic_write
from fieldapp.store import remote
from fieldapp.store.context import utc_now
from fieldapp.store.models import SyncBundle
from fieldapp.store.workspace import Workspace
from sync.engine.identity import load_identity
from sync.protocol import bundle as fmt
from sync.protocol.errors import ProtocolError
from sync.protocol.messages import CaseState, OpResult, ReferenceItem


class BundleRefused(UserError):
    """The bundle was not applied; nothing was changed."""


@dataclass(frozen=True)
class ExportResult:
    """A bundle written for HQ."""

    path: Path
    bundle_id: str
    ops: int

    def to_json(self) -> dict[str, Any]:
        """As ``export-bundle --json`` prints it."""
        return {"file": str(self.path), "bundle_id": self.bundle_id, "ops": self.ops}


class AckPayload(BaseModel):
    """What HQ's acknowledgement carries once decrypted."""

    results: list[OpResult]
    cases: list[CaseState]
    cursor: int
    reference: list[ReferenceItem] = []
    ref_version: int = 0
    hq_time: str


@dataclass
class ImportResult:
    """What importing an acknowledgement did."""

    bundle_id: str
    acknowledged: int = 0
    results: dict[str, int] = field(default_factory=dict)
    received: int = 0
    returned: list[str] = field(default_factory=list)
    conflicts: int = 0

    def to_json(self) -> dict[str, Any]:
        """As ``import-bundle --json`` prints it."""
        return {"bundle_id": self.bundle_id, "acknowledged": self.acknowledged,
                "results": self.results, "received": self.received, "returned": self.returned,
                "conflicts": self.conflicts}


def export_bundle(ws: Workspace, out_dir: Path) -> ExportResult:
    """Write the pending outbox into ``out_dir`` as one signed, sealed bundle file."""
    ident = load_identity(ws)
    if not out_dir.is_dir():
        raise UserError("sync.bundle_not_a_folder", path=str(out_dir))
    with ws.read() as s:
        ops = remote.op_payloads(s, remote.pending_ops(s))
        cursor = int(remote.meta_value(s, remote.CHECKPOINT, 0) or 0)
        ref_version = int(remote.meta_value(s, remote.REF_VERSION, 0) or 0)
    bundle_id = str(uuid.uuid4())
    now = utc_now()
    header = {"kind": fmt.KIND_OPS, "bundle_id": bundle_id, "device_id": ident.device_id,
              "hq_id": ident.hq_id, "created_at": now, "count": len(ops),
              "seq_from": ops[0]["seq"] if ops else None, "seq_to": ops[-1]["seq"] if ops else None}
    data = fmt.encode_bundle(header, {"ops": ops, "cursor": cursor, "ref_version": ref_version},
                             recipient=ident.hq_enc_key, signer=ident.sign_key)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = out_dir / f"fieldapp-{ws.actor.device}-{stamp}-{bundle_id[:8]}{fmt.SUFFIX}"
    atomic_write(path, data)
    with ws.write() as ctx:
        ctx.session.add(SyncBundle(bundle_id=bundle_id, kind="export", at=now,
                                   detail={"ops": len(ops), "file": path.name}))
        ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.bundle.export",
                         detail={"bundle": bundle_id, "ops": len(ops)})
    return ExportResult(path, bundle_id, len(ops))


def import_bundle(ws: Workspace, path: Path) -> ImportResult:
    """Check and apply HQ's acknowledgement bundle; refuse anything else, changing nothing."""
    ident = load_identity(ws)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleRefused("sync.bundle_unreadable", path=str(path), reason=str(exc.strerror)) from None
    name = path.name
    try:
        parsed = fmt.parse_bundle(data)
    except ProtocolError as exc:
        raise BundleRefused("sync.bundle_damaged", name=name, problem=exc.message) from None
    h = parsed.header
    if h.get("kind") != fmt.KIND_ACK:
        raise BundleRefused("sync.bundle_not_ack", name=name)
    if h.get("device_id") != ident.device_id or h.get("hq_id") != ident.hq_id:
        raise BundleRefused("sync.bundle_foreign", name=name)
    try:
        fmt.verify_bundle(parsed, ident.hq_sign_key)
    except ProtocolError as exc:
        raise BundleRefused("sync.bundle_damaged", name=name, problem=exc.message) from None
    ack_seq = h.get("ack_seq")
    if not isinstance(ack_seq, int):
        raise BundleRefused("sync.bundle_no_sequence", name=name)
    with ws.read() as s:
        last = int(remote.meta_value(s, remote.LAST_ACK, 0) or 0)
        seen = s.get(SyncBundle, str(h["bundle_id"]))
    if seen is not None or ack_seq <= last:
        raise BundleRefused("sync.bundle_replay", name=name)
    try:
        payload = AckPayload.model_validate(fmt.open_bundle(parsed, ident.enc_key))
    except ProtocolError as exc:
        raise BundleRefused("sync.bundle_damaged", name=name, problem=exc.message) from None
    except ValidationError:
        raise BundleRefused("sync.bundle_invalid_contents", name=name) from None
    result = ImportResult(str(h["bundle_id"]))
    now = utc_now()
    with ws.write() as ctx:
        ack = remote.apply_results(ctx, [r.model_dump(mode="json") for r in payload.results])
        states = remote.apply_states(ctx, [c.model_dump(mode="json") for c in payload.cases])
        remote.store_reference(ctx, [r.model_dump(mode="json") for r in payload.reference],
                               payload.ref_version)
        remote.advance_checkpoint(ctx, payload.cursor)
        ctx.set_meta(remote.LAST_ACK, ack_seq)
        ctx.set_meta(remote.LAST_SYNC, now)
        ctx.session.add(SyncBundle(bundle_id=str(h["bundle_id"]), kind="ack", at=now,
                                   detail={"ack_seq": ack_seq, "in_reply_to": h.get("in_reply_to")}))
        ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.bundle.import",
                         detail={"bundle": h["bundle_id"], "acknowledged": ack.acknowledged,
                                 "received": states.applied})
    result.acknowledged = ack.acknowledged
    result.results = dict(ack.by_status)
    result.received = states.applied
    result.returned = states.returned
    result.conflicts = states.conflicts
    return result
