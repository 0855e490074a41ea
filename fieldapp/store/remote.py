"""Applying what HQ sends to the device: acknowledgements, case states, conflicts, scope changes.

The sync engine (package ``sync``) talks to HQ; this module is the store side of it and works on
plain data (dicts in the shapes of the sync protocol), so the store never imports the sync
package. Nothing here writes an outbox op: changes that come from HQ must not echo back.

Rules kept here:

- an outbox row is removed only by HQ's acknowledgement of its op;
- a case whose local changes are all acknowledged takes HQ's state whole (content, status,
  notes, history), so device and HQ agree; a case with changes still waiting keeps them and is
  fetched again after the next push;
- every applied case also records HQ's revision and version (for the scope digest) and which
  HQ revision each local revision was based on (so ``base_rev`` can be expressed in HQ terms);
- a revoked device deletes its key slots: the key file goes, and with it every way to open
  the database on this laptop.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from fieldapp.domain import hlc
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.interchange import CONTENT_FIELDS, validate_case
from fieldapp.store import duplicates, scope
from fieldapp.store import search as search_index
from fieldapp.store.cases import _case_columns, _child_rows
from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import (
    Assistance,
    Case,
    Member,
    Meta,
    Need,
    Note,
    OutboxOp,
    Referral,
    SyncCase,
    SyncConflict,
    SyncDeferred,
    SyncRejection,
    SyncRevMap,
    Transition,
    Vulnerability,
)
from fieldapp.store.search import index_rows

ENROLMENT = scope.ENROLMENT
DEVICE_KEYS = "sync_device_keys"
HQ = "sync_hq"
CHECKPOINT = "sync_checkpoint"
REF_VERSION = "sync_ref_version"
LAST_SYNC = "last_sync"
LAST_ACK = "sync_last_ack_seq"
REFERENCE_PREFIX = "reference:"

SYNCED = "synced"
PENDING = "pending"
CONFLICT = "conflict"
REJECTED = "rejected"

_CHILDREN = (Member, Need, Vulnerability, Assistance, Referral)
_EDITABLE = tuple(k for k in CONTENT_FIELDS if k != "notes")


# --- reading -------------------------------------------------------------------------------------

def meta_value(s: Session, key: str, default: Any = None) -> Any:
    """One meta value in session ``s``."""
    row = s.get(Meta, key)
    return row.value if row is not None else default


def pending_ops(s: Session, *, after_seq: int = 0, limit: int | None = None) -> list[OutboxOp]:
    """Outbox ops waiting for HQ, in sequence order."""
    stmt = select(OutboxOp).where(OutboxOp.seq > after_seq).order_by(OutboxOp.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(s.execute(stmt).scalars())


def pending_count(s: Session) -> int:
    """How many outbox ops wait for HQ."""
    return int(s.execute(select(func.count()).select_from(OutboxOp)).scalar() or 0)


def translate_base(s: Session, case_id: str, local_base: int) -> int:
    """The HQ revision a change made on local revision ``local_base`` was based on (0: none)."""
    if local_base <= 0:
        return 0
    value = s.execute(select(func.max(SyncRevMap.hq_rev)).where(
        SyncRevMap.case_id == case_id, SyncRevMap.local_rev <= local_base)).scalar()
    return int(value or 0)


def op_payloads(s: Session, ops: Iterable[OutboxOp]) -> list[dict[str, Any]]:
    """Outbox rows as protocol ops, with ``base_rev`` expressed as an HQ revision.

    ``base_version`` is the HQ version the device holds of the case. It is exact for every
    pending op: HQ's state is applied to a case (and its ``sync_cases`` row moved on) only while
    none of its changes is pending, so what a pending op saw is what that row still says.
    """
    rows = list(ops)
    ids = sorted({op.entity_id for op in rows})
    versions: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        versions.update(s.execute(select(SyncCase.case_id, SyncCase.hq_version)
                                  .where(SyncCase.case_id.in_(ids[i:i + 500]))).all())
    out = []
    for op in rows:
        out.append({"op_id": op.op_id, "seq": op.seq, "kind": op.kind, "entity": op.entity,
                    "entity_id": op.entity_id, "base_rev": translate_base(s, op.entity_id, op.base_rev),
                    "base_version": int(versions.get(op.entity_id, 0)), "local_base_rev": op.base_rev,
                    "fields": op.fields, "hlc": op.hlc, "officer": op.officer,
                    "created_at": op.created_at})
    return out


def synced_pairs(s: Session) -> list[tuple[str, int]]:
    """(case id, HQ version) of every case HQ has acknowledged: the scope digest's input.

    A case that leaves the scope loses its ``sync_cases`` row with it, so no join is needed.
    """
    return [(r[0], int(r[1])) for r in s.execute(select(SyncCase.case_id, SyncCase.hq_version))]


def deferred_ids(s: Session) -> list[str]:
    """Cases to fetch again from HQ."""
    return list(s.execute(select(SyncDeferred.case_id).order_by(SyncDeferred.case_id)).scalars())


def conflicts_of(s: Session, case_id: str | None = None) -> list[dict[str, Any]]:
    """Open conflicts (of one case, or all), field by field with both values."""
    stmt = select(SyncConflict).order_by(SyncConflict.case_id, SyncConflict.field)
    if case_id:
        stmt = stmt.where(SyncConflict.case_id == case_id)
    return [{"id": c.id, "case_id": c.case_id, "field": c.field, "local_value": c.local_value,
             "hq_value": c.hq_value, "created_at": c.created_at} for c in s.execute(stmt).scalars()]


def rejections_of(s: Session, case_id: str | None = None) -> list[dict[str, Any]]:
    """Changes HQ refused, with reasons."""
    stmt = select(SyncRejection).order_by(SyncRejection.at)
    if case_id:
        stmt = stmt.where(SyncRejection.case_id == case_id)
    return [{"op_id": r.op_id, "case_id": r.case_id, "kind": r.kind, "reason": r.reason,
             "at": r.at} for r in s.execute(stmt).scalars()]


def _pending_cases(s: Session, case_ids: Iterable[str]) -> set[str]:
    ids = sorted(set(case_ids))
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        out.update(s.execute(select(OutboxOp.entity_id).where(OutboxOp.entity_id.in_(ids[i:i + 500]))
                             .distinct()).scalars())
    return out


# --- acknowledgements ----------------------------------------------------------------------------

@dataclass
class AckSummary:
    """What an acknowledgement did on the device."""

    acknowledged: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    conflict_cases: set[str] = field(default_factory=set)

    def add(self, status: str) -> None:
        """Count one result."""
        self.by_status[status] = self.by_status.get(status, 0) + 1


def _set_synced(s: Session, rows: list[tuple[str, int, int, str | None]], now: str) -> None:
    """Record that the device holds HQ's (revision, version, clock) of these cases, in bulk.

    Each case's revision map restarts from HQ's revision: no local change is pending for it.
    """
    ids = [r[0] for r in rows]
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        s.execute(delete(SyncRevMap).where(SyncRevMap.case_id.in_(chunk)))
        s.execute(delete(SyncCase).where(SyncCase.case_id.in_(chunk)))
    if rows:
        s.execute(insert(SyncRevMap), [{"case_id": c, "local_rev": rev, "hq_rev": rev} for c, rev, _, _ in rows])
        s.execute(insert(SyncCase), [{"case_id": c, "hq_rev": rev, "hq_version": ver, "hq_hlc": clock,
                                      "updated_at": now} for c, rev, ver, clock in rows])


def _with_conflicts(s: Session, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        out.update(s.execute(select(SyncConflict.case_id).where(
            SyncConflict.case_id.in_(ids[i:i + 500])).distinct()).scalars())
    return out


def apply_results(ctx: WriteContext, results: list[dict[str, Any]]) -> AckSummary:
    """Clear the acknowledged outbox rows and record what HQ answered for each op.

    Results of ops already cleared (a replayed acknowledgement) are skipped. A case whose every
    change is now acknowledged, and which HQ holds exactly as here (``clean``), is marked synced
    at HQ's revision; a rejected change is kept with its reason and the case is fetched again.
    """
    s = ctx.session
    summary = AckSummary()
    now = utc_now()
    ids = [r["op_id"] for r in results]
    ops: dict[str, OutboxOp] = {}
    for i in range(0, len(ids), 500):
        for op in s.execute(select(OutboxOp).where(OutboxOp.op_id.in_(ids[i:i + 500]))).scalars():
            ops[op.op_id] = op
    last: dict[str, dict[str, Any]] = {}
    gone: list[int] = []
    rejections: list[dict[str, Any]] = []
    for r in results:
        found = ops.get(r["op_id"])
        if found is None:
            continue
        op = found
        gone.append(op.seq)
        summary.acknowledged += 1
        summary.add(r["status"])
        last[op.entity_id] = r
        if r["status"] == "rejected":
            rejections.append({"op_id": op.op_id, "case_id": op.entity_id, "kind": op.kind,
                               "reason": str(r.get("reason") or "refused by HQ")[:2000], "at": now})
            summary.rejected.append(rejections[-1])
        elif r["status"] == CONFLICT:
            summary.conflict_cases.add(op.entity_id)
    for i in range(0, len(gone), 500):
        s.execute(delete(OutboxOp).where(OutboxOp.seq.in_(gone[i:i + 500])))
    if rejections:
        s.execute(delete(SyncRejection).where(SyncRejection.op_id.in_([r["op_id"] for r in rejections])))
        s.execute(insert(SyncRejection), rejections)
    still_pending = _pending_cases(s, last)
    cases = {c.id: c for c in _cases_by_id(s, [cid for cid in last if cid not in still_pending])}
    synced_rows: list[tuple[Case, dict[str, Any]]] = []
    for case_id, r in last.items():
        case = cases.get(case_id)
        if case is None:
            continue
        if r["status"] == "rejected":
            s.merge(SyncDeferred(case_id=case_id, at=now))
            case.sync_state = REJECTED
        elif r["status"] == CONFLICT:
            case.sync_state = CONFLICT
        elif r.get("clean") and r.get("revision") is not None and r.get("version") is not None:
            synced_rows.append((case, r))
    conflicted = _with_conflicts(s, [case.id for case, _ in synced_rows])
    for case, r in synced_rows:
        case.revision = int(r["revision"])
        case.sync_state = CONFLICT if case.id in conflicted else SYNCED
    _set_synced(s, [(case.id, int(r["revision"]), int(r["version"]), None) for case, r in synced_rows], now)
    if summary.acknowledged:
        ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.acknowledged",
                         detail={"ops": summary.acknowledged, **summary.by_status})
    return summary


def _cases_by_id(s: Session, ids: list[str]) -> list[Case]:
    out: list[Case] = []
    for i in range(0, len(ids), 500):
        out.extend(s.execute(select(Case).where(Case.id.in_(ids[i:i + 500]))).scalars())
    return out


# --- case states from HQ -------------------------------------------------------------------------

@dataclass
class StateSummary:
    """What applying a page of case states did."""

    applied: int = 0
    created: int = 0
    deferred: int = 0
    skipped: int = 0
    conflicts: int = 0
    returned: list[str] = field(default_factory=list)


def apply_states(ctx: WriteContext, states: list[dict[str, Any]]) -> StateSummary:
    """Take HQ's state of each case (``CaseState`` dicts) unless local changes are pending.

    A case with pending local changes is not overwritten: it is marked to be fetched again after
    the next push, and only its conflict records are updated now. The page is written in bulk
    (a few statements per table, not per case): a reviewer's first pull brings tens of
    thousands of cases.
    """
    s = ctx.session
    summary = StateSummary()
    # One state per case: a later copy of a case in the same page is HQ's newer word.
    states = list({st["id"]: st for st in states}.values())
    if not states:
        return summary
    now = utc_now()
    ids = [st["id"] for st in states]
    pending = _pending_cases(s, ids)
    existing = {c.id: c for c in _cases_by_id(s, ids)}
    clock_raw = ctx.meta("hlc")
    clock = hlc.Stamp.parse(clock_raw) if clock_raw else None
    _replace_conflicts(s, states, now)
    next_pk = (s.execute(select(func.max(Case.pk))).scalar() or 0) + 1
    page = _Page()
    for st in states:
        case_id = st["id"]
        if case_id in pending:
            s.merge(SyncDeferred(case_id=case_id, at=now))
            summary.deferred += 1
            continue
        doc = _document_of(st)
        if doc is None:
            summary.skipped += 1
            continue
        has_conflicts = bool(st.get("conflicts"))
        state = CONFLICT if has_conflicts else SYNCED
        case = existing.get(case_id)
        before = case.status if case is not None else None
        if case is None:
            pk, next_pk = next_pk, next_pk + 1
            page.new_cases.append(_new_case_row(pk, st, doc, now, state))
            summary.created += 1
        else:
            pk = case.pk
            page.replaced.append(pk)
            _update_case(s, case, st, doc, now, state)
        page.add(pk, st, doc)
        summary.conflicts += int(has_conflicts)
        page.synced.append((case_id, int(st["revision"]), int(st["version"]), st.get("hlc")))
        if st["status"] == "returned" and before != "returned":
            summary.returned.append(st["case_number"])
        with contextlib.suppress(ValueError, TypeError):
            clock = hlc.receive(clock, hlc.Stamp.parse(st["hlc"]), ctx.actor.device)
        summary.applied += 1
        ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.receive", entity="case",
                         entity_id=case_id, detail={"revision": int(st["revision"]),
                                                    "status": st["status"]})
    page.write(s)
    _set_synced(s, page.synced, now)
    synced_ids = [r[0] for r in page.synced]
    for i in range(0, len(synced_ids), 500):
        s.execute(delete(SyncDeferred).where(SyncDeferred.case_id.in_(synced_ids[i:i + 500])))
    if clock is not None:
        ctx.set_meta("hlc", str(clock))
    return summary


@dataclass
class _Page:
    """The rows of one page of case states, gathered to be written in bulk."""

    new_cases: list[dict[str, Any]] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)
    """Keys of cases already on the laptop, whose children, notes, history and index go first."""
    children: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    index: list[dict[str, Any]] = field(default_factory=list)
    blocks: list[dict[str, Any]] = field(default_factory=list)
    """Duplicate blocks of the cases written (see :mod:`fieldapp.store.duplicates`)."""
    dismissals: list[dict[str, Any]] = field(default_factory=list)
    """Pairs a reviewer said are not the same household, as HQ sent them with the cases."""
    hq_pairs: list[dict[str, Any]] = field(default_factory=list)
    """HQ's possible duplicates of the cases, from its last full pass."""
    written: list[int] = field(default_factory=list)
    synced: list[tuple[str, int, int, str | None]] = field(default_factory=list)

    def add(self, pk: int, st: dict[str, Any], doc: dict[str, Any]) -> None:
        """Gather the rows of one case taken from HQ."""
        for model, rows in _child_rows(pk, doc).items():
            self.children.setdefault(model, []).extend(rows)
        self.notes.extend(
            {"note_id": n["note_id"], "case_pk": pk, "text": n["text"], "author": n.get("author"),
             "at": n.get("at"), "origin": "hq" if n.get("origin") == "hq" else "device"}
            for n in st.get("notes") or [])
        self.history.extend(
            {"case_pk": pk, "from_status": h.get("from_status"), "to_status": h["to_status"],
             "by": h.get("by") or "", "role": h.get("role") or "", "at": h.get("at") or "",
             "comment": h.get("comment"), "decision": h.get("decision"),
             "origin": "hq" if h.get("origin") == "hq" else "device"}
            for h in st.get("history") or [])
        self.index.extend(index_rows(pk, doc))
        self.blocks.extend(duplicates.block_rows(pk, doc))
        self.dismissals.extend(duplicates.dismissal_rows(st["id"], st.get("not_duplicates") or []))
        self.hq_pairs.extend(duplicates.hq_pair_rows(pk, st.get("possible_duplicates") or []))
        self.written.append(pk)

    def write(self, s: Session) -> None:
        """Replace what the laptop held of these cases with the gathered rows."""
        for i in range(0, len(self.replaced), 500):
            chunk = self.replaced[i:i + 500]
            for owned in (*_CHILDREN, Note, Transition):
                s.execute(delete(owned).where(owned.case_pk.in_(chunk)))
            search_index.drop_index(s, chunk)
            duplicates.drop(s, chunk)
        if self.new_cases:
            s.execute(insert(Case), self.new_cases)
        for model, rows in self.children.items():
            if rows:
                s.execute(insert(model), rows)
        if self.notes:
            # A note id is unique across the workspace: drop any stale copy under another case first.
            note_ids = [r["note_id"] for r in self.notes]
            for i in range(0, len(note_ids), 500):
                s.execute(delete(Note).where(Note.note_id.in_(note_ids[i:i + 500])))
            s.execute(insert(Note), self.notes)
        if self.history:
            s.execute(insert(Transition), self.history)
        if self.index:
            search_index.write_index(s, self.index)
        duplicates.keep_dismissals(s, self.dismissals)
        duplicates.keep_hq_pairs(s, self.written, self.hq_pairs)
        duplicates.write(s, self.blocks, self.written)


def _document_of(st: dict[str, Any]) -> dict[str, Any] | None:
    """HQ's content as a validated document (defensive: a bad state is skipped, not stored)."""
    content = st.get("content") or {}
    try:
        return validate_case({"format": "fieldapp.case/1", "id": st["id"],
                              "case_number": st["case_number"], "status": st["status"],
                              **{k: content.get(k) for k in _EDITABLE}, "notes": []},
                             record=str(st.get("case_number")))
    except (ValidationError, KeyError, TypeError):
        return None


def _new_case_row(pk: int, st: dict[str, Any], doc: dict[str, Any], now: str, state: str) -> dict[str, Any]:
    return {"pk": pk, "id": st["id"], "case_number": st["case_number"], **_case_columns(doc),
            "owner_officer": st.get("owner") or "", "assigned_office": st.get("assigned_to"),
            "duplicate_of": st.get("duplicate_of"), "revision": int(st["revision"]), "created_at": now,
            "updated_at": now, "sync_state": state, "deleted": False}


def _update_case(s: Session, case: Case, st: dict[str, Any], doc: dict[str, Any], now: str,
                 state: str) -> None:
    s.execute(update(Case).where(Case.pk == case.pk).values(
        **_case_columns(doc), revision=int(st["revision"]), updated_at=now, sync_state=state,
        assigned_office=st.get("assigned_to"), owner_officer=st.get("owner") or case.owner_officer,
        duplicate_of=st.get("duplicate_of"), deleted=False))
    s.expire(case)


def _replace_conflicts(s: Session, states: list[dict[str, Any]], now: str) -> None:
    rows = [{"id": c["id"], "case_id": st["id"], "field": c["field"], "local_value": c.get("device_value"),
             "hq_value": c.get("hq_value"), "created_at": c.get("created_at") or now}
            for st in states for c in st.get("conflicts") or []]
    ids = [st["id"] for st in states]
    for i in range(0, len(ids), 500):
        s.execute(delete(SyncConflict).where(SyncConflict.case_id.in_(ids[i:i + 500])))
    if rows:
        conflict_ids = [r["id"] for r in rows]
        for i in range(0, len(conflict_ids), 500):
            s.execute(delete(SyncConflict).where(SyncConflict.id.in_(conflict_ids[i:i + 500])))
        s.execute(insert(SyncConflict), rows)


def drop_out_of_scope(ctx: WriteContext, case_ids: Iterable[str]) -> int:
    """Remove synced cases HQ no longer counts in this device's scope (reassigned, moved).

    Nothing of such a case stays on the laptop: its row, household, needs, assistance,
    referrals, notes, history, search entry, autosaved drafts, refusal reasons and sync records
    are deleted (``secure_delete`` overwrites them in the file). Only the audit log keeps that the
    case left, by its id. If HQ gives the case back, the next pull brings it whole again. Cases
    with pending local changes are kept until those are acknowledged.
    """
    from fieldapp.store.models import Draft

    s = ctx.session
    ids = sorted(set(case_ids))
    pending = _pending_cases(s, ids)
    dropped = 0
    now = utc_now()
    terms: set[str] = set()
    for case in _cases_by_id(s, [i for i in ids if i not in pending]):
        was_live = not case.deleted
        terms |= search_index.member_terms(
            {"given_name": g, "family_name": f}
            for g, f in s.execute(select(Member.given_name, Member.family_name).where(Member.case_pk == case.pk)))
        search_index.drop_index(s, [case.pk])
        duplicates.drop(s, [case.pk])
        duplicates.forget_hq_pairs(s, [case.pk])
        for child in (*_CHILDREN, Note, Transition):
            s.execute(delete(child).where(child.case_pk == case.pk))
        for table in (SyncCase, SyncRevMap, SyncConflict, SyncDeferred, SyncRejection, Draft):
            s.execute(delete(table).where(table.case_id == case.id))
        s.execute(delete(Case).where(Case.pk == case.pk))
        s.expunge(case)
        if was_live:
            ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.out_of_scope",
                             entity="case", entity_id=case.id, detail={})
            dropped += 1
    if dropped:
        # A contentless index only marks deleted rows; merging its segments removes their terms,
        # and the vocabulary keeps no key of a name the laptop no longer holds.
        search_index.optimize(s)
        search_index.forget_unused_words(s, terms)
    return dropped


def forget_missing(ctx: WriteContext, case_ids: Iterable[str]) -> None:
    """Stop fetching cases HQ does not hold in scope (e.g. a refused creation)."""
    ids = list(case_ids)
    if ids:
        ctx.session.execute(delete(SyncDeferred).where(SyncDeferred.case_id.in_(ids)))


def store_reference(ctx: WriteContext, items: list[dict[str, Any]], version: int) -> None:
    """Keep reference data HQ distributed (meta rows ``reference:<key>``) and its version."""
    for item in items:
        ctx.set_meta(f"{REFERENCE_PREFIX}{item['key']}", {"version": item["version"], "data": item["data"]})
    if version > int(ctx.meta(REF_VERSION, 0) or 0):
        ctx.set_meta(REF_VERSION, version)


def advance_checkpoint(ctx: WriteContext, cursor: int) -> None:
    """Move the pull checkpoint forward (never back), in the transaction that applied the page."""
    if cursor > int(ctx.meta(CHECKPOINT, 0) or 0):
        ctx.set_meta(CHECKPOINT, cursor)


# --- remote wipe ---------------------------------------------------------------------------------

def wipe_key_slots(root: Path, key_name: str = "keys.json") -> bool:
    """Delete the workspace's key file (every key slot, the recovery slot with them).

    The file is overwritten before it is unlinked, so the wrapped keys do not linger in the
    file's old blocks. Returns whether a key file was there.
    """
    path = Path(root) / key_name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError):
        from fieldapp.fsutil import O_BINARY

        fd = os.open(path, os.O_WRONLY | O_BINARY)
        try:
            os.write(fd, os.urandom(max(size, 1)))
            os.fsync(fd)
        finally:
            os.close(fd)
    path.unlink()
    with contextlib.suppress(OSError):
        from fieldapp.fsutil import fsync_dir

        fsync_dir(path.parent)
    return True
