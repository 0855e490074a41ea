"""Applying a batch of device ops: idempotent, one result per op, field-level merge.

Rules (DESIGN.md, Sync):

- an op already answered returns its first result and changes nothing (replay);
- ``base_rev`` equal to HQ's revision → applied; older, with the fields changed since (by
  anyone but this device) disjoint from the op's → merged; the same field changed on both
  sides → HQ's value is kept and both go to a conflict record;
- review decisions outrank officer edits: an edit that arrives after HQ moved the case out of
  the officer's editable states becomes a conflict record (nothing is lost, nothing applied);
- the first decision wins: a decision (a ``case.transition`` out of review, usually carrying
  ``decision``) made on a status HQ no longer holds is not applied; it becomes a conflict record
  on the field ``status`` that names who decided first, and the case keeps the first decision;
- a ``duplicate`` names its original (``duplicate_of``): another case the actor sees that is not
  itself a duplicate; ``case.assign`` hands a case to an officer of its municipality (reviewers);
- ``case.not_duplicate`` records that two cases the reviewer sees are not the same household
  (never offered as possible duplicates again, at HQ or on any laptop holding either);
- notes are an append-only set keyed by ``note_id``;
- HQ re-checks everything: validation, workflow rules, role and municipality scope. A rejected
  op gets a reason and never blocks the others.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.domain.interchange import MAX_TEXT, validate_case
from fieldapp.messages import Message, render
from sync.protocol.messages import (
    ASSIGN_FIELDS,
    NOT_DUPLICATE_FIELDS,
    TRANSITION_FIELDS,
    Op,
    OpResult,
)
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases.changes import add_event, derived, next_stamp, record_change
from sync.server.cases.models import CaseChange, CaseEvent, CaseNote, CaseRow
from sync.server.cases.service import EDITABLE_FIELDS, full_document, original_for
from sync.server.conflicts.models import Conflict
from sync.server.db import touch
from sync.server.duplicates.service import record_dismissal
from sync.server.errors import ApiError, message_of
from sync.server.push.models import AppliedOp
from sync.server.review.service import assignee
from sync.server.scope import Actor

# A device clock this far ahead of HQ's is refused: its stamps would drag every clock forward.
MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000
# What a refusal about a piece of text names.
NOTE_TEXT = Message("hq.push.what.note_text")
COMMENT = Message("hq.push.what.comment")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# States a review decision leads to: a move into one of them out of review is a decision.
DECIDED_STATES = frozenset(workflow.DECISIONS.values())
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")


class Rejected(UserError):
    """An op HQ will not apply; its message is the reason returned to the device."""

    english: str | None = None

    @classmethod
    def because(cls, exc: BaseException) -> Rejected:
        """The refusal that says what ``exc`` says (a validation or workflow error)."""
        message = message_of(exc)
        rejected = cls(message.id, **message.params)
        # The English reason stays the error's own wording (a workflow error names state codes).
        rejected.english = str(exc)
        return rejected


def _reason(message: Message, english: str | None = None) -> dict[str, Any]:
    """The reason fields of an :class:`OpResult`: English text, and id and params for the device."""
    return {"reason": english if english is not None else render(message, "en"),
            "reason_id": message.id, "reason_params": message.to_json()["params"]}


def _clamp(version: int | None, top: int) -> int | None:
    """A device's claimed base version, never beyond what HQ has."""
    return None if version is None else min(version, top)


def check_clocks(ops: list[Op], now_ms: int) -> None:
    """Refuse the whole batch, changing nothing, if any op's clock is too far ahead of HQ's."""
    ahead = max((int(op.hlc[:13]) - now_ms for op in ops), default=0)
    if ahead > MAX_CLOCK_AHEAD_MS:
        minutes = ahead // 60000
        raise ApiError(409, "clock_ahead", "hq.push.clock_ahead", minutes=minutes)


def creatable_states(case_type: str, role: str) -> set[str]:
    """States a case may be created in by ``role``: the initial one and those ``role`` reaches."""
    start = workflow.INITIAL_STATE[case_type]
    seen, todo = {start}, deque([start])
    while todo:
        state = todo.popleft()
        for target in workflow.next_states(case_type, state, role):
            rule = workflow.TRANSITIONS[case_type][(state, target)]
            if target not in seen and not rule.needs_comment:
                seen.add(target)
                todo.append(target)
    return seen


def _text(value: Any, what: Message, *, required: bool = False, limit: int = MAX_TEXT) -> str | None:
    if value is None or value == "":
        if required:
            raise Rejected("hq.push.required", what=what)
        return None
    if not isinstance(value, str) or len(value) > limit or any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise Rejected("hq.push.text_too_long", what=what, limit=limit)
    return value


def _when(value: Any) -> str:
    """The device's timestamp when it is a sane ISO time not in the future, else HQ's now."""
    now = now_iso()
    if isinstance(value, str) and _ISO.match(value):
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return now
        if when.tzinfo is not None and when <= dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10):
            return value
    return now


class _Deferred:
    """Collects rows instead of adding them to the session (see :attr:`Applier.later`)."""

    def __init__(self) -> None:
        self.rows: list[Any] = []
        self.info: dict[str, Any] = {}

    def add(self, row: Any) -> None:
        """Keep ``row`` for later."""
        self.rows.append(row)


class Applier:
    """Applies the ops of one batch inside one transaction."""

    def __init__(self, session: Session, actor: Actor, cases: dict[str, CaseRow],
                 numbers_taken: set[str] | None = None, notes_taken: set[str] | None = None):
        self.session = session
        self.actor = actor
        self.cases = cases
        # Prefetched for the whole batch, so creating a case costs no query of its own.
        self.numbers_taken: set[str] = numbers_taken or set()
        self.notes_taken: set[str] = notes_taken or set()
        self.note_cases: dict[str, str] = {}
        # Rows that refer to cases (history, changes, notes, conflicts); added after the cases
        # are flushed, since the ORM orders inserts by relationships and these tables have none.
        self.later = _Deferred()
        # The change log and history length of the batch's cases, read once and kept up to
        # date here: applying an op then needs no query (and so no mid-batch flush).
        self.log: dict[str, list[CaseChange]] = {}
        self.positions: dict[str, int] = {}
        # Who made the latest move of a case in this batch (the "decided first" of a conflict).
        self.movers: dict[str, str] = {}
        # Pairs dismissed as not the same household in this batch (not yet in the database).
        self.dismissed: set[tuple[str, str]] = set()

    def prefetch(self, ops: list[Op]) -> None:
        """Read the change logs, history lengths and note ids the batch's ops will need."""
        s = self.session
        ids = sorted({op.entity_id for op in ops if op.kind != "case.create" and op.entity_id in self.cases})
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for change in s.execute(select(CaseChange).where(CaseChange.case_id.in_(chunk))
                                    .order_by(CaseChange.case_id, CaseChange.version)).scalars():
                self.log.setdefault(change.case_id, []).append(change)
            for case_id, top in s.execute(select(CaseEvent.case_id, func.max(CaseEvent.position))
                                          .where(CaseEvent.case_id.in_(chunk)).group_by(CaseEvent.case_id)):
                self.positions[case_id] = int(top or 0)
        note_ids = sorted({n for op in ops if op.kind == "case.note"
                           and isinstance(n := op.fields.get("note_id"), str)})
        for i in range(0, len(note_ids), 500):
            for note_id, case_id in s.execute(select(CaseNote.note_id, CaseNote.case_id)
                                              .where(CaseNote.note_id.in_(note_ids[i:i + 500]))):
                self.note_cases[note_id] = case_id

    def _record(self, case: CaseRow, **kw: Any) -> None:
        """:func:`record_change`, keeping the in-memory change log in step."""
        change = record_change(session=self.later, case=case, actor=self.actor, **kw)  # type: ignore[arg-type]
        self.log.setdefault(case.id, []).append(change)
        touch(self.session, case)

    def _event(self, case: CaseRow, **kw: Any) -> None:
        """:func:`add_event` at the next position of the case's history."""
        position = self.positions.get(case.id, 0) + 1
        self.positions[case.id] = position
        self.movers[case.id] = self.actor.user
        add_event(session=self.later, case=case, actor=self.actor, position=position, **kw)  # type: ignore[arg-type]

    # --- dispatch ---------------------------------------------------------------------------
    def apply(self, op: Op) -> OpResult:
        """Apply one op and return its result; a :class:`Rejected` becomes a rejected result."""
        handlers = {"case.create": self._create, "case.update": self._update,
                    "case.transition": self._transition, "case.note": self._note,
                    "case.assign": self._assign, "case.not_duplicate": self._not_duplicate}
        try:
            handler = handlers.get(op.kind)
            if op.entity != "case" or handler is None:
                raise Rejected("hq.push.unknown_op", kind=op.kind, entity=op.entity)
            return handler(op)
        except Rejected as exc:
            # No case id in a refusal: it would only echo the device's claim back.
            return OpResult(op_id=op.op_id, seq=op.seq, status="rejected", **_reason(exc.message, exc.english))

    def _case_for_write(self, op: Op) -> CaseRow:
        case = self.cases.get(op.entity_id)
        if case is None or not self.actor.sees(case):
            raise Rejected("hq.push.unknown_case")
        return case

    def _result(self, op: Op, case: CaseRow, status: str, *, clean: bool,
                conflicts: list[str] | None = None, reason: Message | None = None) -> OpResult:
        return OpResult(op_id=op.op_id, seq=op.seq, status=status,  # type: ignore[arg-type]
                        **(_reason(reason) if reason is not None else {}), case_id=case.id,
                        revision=case.revision, version=case.version, clean=clean,
                        conflicts=conflicts or [])

    def _since(self, case: CaseRow, base_rev: int,
               base_version: int | None = None) -> tuple[list[CaseChange], str | None]:
        """Changes the device had not seen when it made the op, and the status it had seen.

        With ``base_version`` (the HQ version the device held) this is exact; without it, every
        change after the one that established ``base_rev`` counts as unseen.
        """
        if base_version is not None:
            log = self.log.get(case.id, [])
            seen = [c for c in log if c.version <= base_version]
            return [c for c in log if c.version > base_version], (seen[-1].status if seen else None)
        rows = [c for c in self.log.get(case.id, ()) if c.revision >= base_rev]
        if base_rev == 0:
            return list(rows), None
        at_base = [r for r in rows if r.revision == base_rev]
        if not at_base:
            return list(rows), None
        first = at_base[0]
        return [r for r in rows if r.version > first.version], first.status

    # --- create -----------------------------------------------------------------------------
    def _create(self, op: Op) -> OpResult:
        actor, f = self.actor, op.fields
        existing = self.cases.get(op.entity_id)
        if existing is not None:
            # Say no more than needed about a case the device may not see.
            if actor.sees(existing):
                raise Rejected("hq.push.case_exists")
            raise Rejected("hq.push.case_id_unusable")
        unknown = sorted(k for k in f if k not in (*EDITABLE_FIELDS, "case_number", "status", "notes"))
        if unknown:
            raise Rejected("hq.push.unknown_fields", fields=unknown)
        notes = self._new_notes(f.get("notes"))
        number = f.get("case_number")
        if not isinstance(number, str):
            raise Rejected("hq.push.case_number_required")
        try:
            doc = validate_case({"format": "fieldapp.case/1", "id": op.entity_id, "case_number": number,
                                 "status": f.get("status"), **{k: f.get(k) for k in EDITABLE_FIELDS},
                                 "notes": []}, record=number)
        except ValidationError as exc:
            raise Rejected.because(exc) from None
        if doc["id"] != op.entity_id:
            raise Rejected("hq.push.not_canonical")
        if not actor.may_hold(doc["municipality"]):
            raise Rejected("hq.push.out_of_scope", municipality=doc["municipality"])
        if doc["status"] not in creatable_states(doc["case_type"], actor.role):
            raise Rejected("hq.push.cannot_create_in", role=actor.role, status=doc["status"])
        if number in self.numbers_taken:
            raise Rejected("hq.push.number_used", number=number)
        self.numbers_taken.add(number)
        content = {k: doc[k] for k in EDITABLE_FIELDS}
        now = now_iso()
        case = CaseRow(id=op.entity_id, case_number=number, status=doc["status"], content=content,
                       owner=actor.user, assigned_to=None, created_by_device=actor.device_id,
                       revision=0, version=0, hlc=next_stamp(None, op.hlc), change_seq=0,
                       conflict_open=False, created_at=now, updated_at=now, **derived(content))
        self.session.add(case)
        self.cases[case.id] = case
        for n in notes:
            self.later.add(CaseNote(case_id=case.id, origin="device", device_id=actor.device_id, **n))
        self.note_cases.update({n["note_id"]: case.id for n in notes})
        self._event(case, from_status=None, to_status=case.status, at=_when(op.created_at),
                    origin="device", event_id=op.op_id)
        self._record(case, kind=op.kind, fields=[*content, "status"], bumps_revision=True,
                     remote_hlc=op.hlc, clean_for_device=True)
        return self._result(op, case, "applied", clean=True)

    def _new_notes(self, raw: Any) -> list[dict[str, Any]]:
        if raw is None:
            return []
        if not isinstance(raw, list) or len(raw) > 1000:
            raise Rejected("hq.push.notes_not_list")
        out, ids = [], set()
        for n in raw:
            if not isinstance(n, dict) or set(n) - {"note_id", "text", "author", "at"}:
                raise Rejected("hq.push.note_shape")
            note_id = n.get("note_id")
            if not isinstance(note_id, str) or not _UUID.match(note_id) or note_id in ids:
                raise Rejected("hq.push.note_id_needed")
            if note_id in self.notes_taken:
                raise Rejected("hq.push.note_exists", note=note_id)
            ids.add(note_id)
            out.append({"note_id": note_id, "text": _text(n.get("text"), NOTE_TEXT, required=True),
                        "author": self.actor.user, "at": _when(n.get("at"))})
        self.notes_taken.update(ids)
        return out

    # --- update -----------------------------------------------------------------------------
    def _update(self, op: Op) -> OpResult:
        actor, fields = self.actor, op.fields
        case = self._case_for_write(op)
        if not fields:
            raise Rejected("hq.push.update_empty")
        bad = sorted(k for k in fields if k not in EDITABLE_FIELDS)
        if bad:
            raise Rejected("hq.push.not_editable_fields", fields=bad)
        base = min(op.base_rev, case.revision)
        after, status_at_base = self._since(case, base, _clamp(op.base_version, case.version))
        foreign = [c for c in after if c.device_id != actor.device_id or c.device_id is None]
        foreign_fields = {f for c in foreign for f in c.fields}
        allowed = workflow.editable_fields(case.status, actor.role, frozenset(EDITABLE_FIELDS))
        if not set(fields) <= allowed:
            if status_at_base and status_at_base != case.status and workflow.editable_by(status_at_base, actor.role):
                reason = Message("hq.push.moved_while_editing", {"status": case.status})
                self._conflicts(case, op, dict(fields), base, reason)
                self._record(case, kind="conflict", fields=[], bumps_revision=False, remote_hlc=op.hlc)
                return self._result(op, case, "conflict", clean=False, conflicts=sorted(fields),
                                    reason=reason)
            raise Rejected("hq.push.not_editable", case=case.case_number, status=case.status, role=actor.role)
        overlap = {f for f, v in fields.items() if f in foreign_fields and v != case.content.get(f)}
        applied = {f: v for f, v in fields.items() if f not in overlap}
        new_content = {**case.content, **applied}
        try:
            doc = validate_case(full_document(case_id=case.id, case_number=case.case_number,
                                              status=case.status, content=new_content),
                                record=case.case_number)
        except ValidationError as exc:
            raise Rejected.because(exc) from None
        normalised = {k: doc[k] for k in EDITABLE_FIELDS}
        if normalised["municipality"] != case.municipality and not actor.may_hold(normalised["municipality"]):
            raise Rejected("hq.push.out_of_scope", municipality=normalised["municipality"])
        changed = sorted(f for f in EDITABLE_FIELDS if normalised[f] != case.content.get(f))
        clean = not foreign and not overlap
        if changed:
            case.content = normalised
            for key, value in derived(normalised).items():
                setattr(case, key, value)
        if overlap:
            self._conflicts(case, op, {f: fields[f] for f in overlap}, base,
                            Message("hq.push.changed_both_sides"))
        if changed or overlap:
            self._record(case, kind=op.kind, fields=changed, bumps_revision=bool(changed),
                         remote_hlc=op.hlc, clean_for_device=clean)
        status = "conflict" if overlap else ("merged" if foreign else "applied")
        return self._result(op, case, status, clean=clean, conflicts=sorted(overlap))

    def _conflicts(self, case: CaseRow, op: Op, values: dict[str, Any], base: int, reason: Message,
                   hq_values: dict[str, Any] | None = None) -> None:
        now = now_iso()
        english = render(reason, "en")[:200]
        params = reason.to_json()["params"]
        for field_name, value in sorted(values.items()):
            hq_value = (hq_values or {}).get(field_name, case.content.get(field_name))
            self.later.add(Conflict(
                id=str(uuid.uuid4()), case_id=case.id, field=field_name,
                hq_value=hq_value, device_value=value,
                device_id=self.actor.device_id, op_id=op.op_id, base_rev=base,
                hq_rev=case.revision, reason=english, reason_id=reason.id, reason_params=params,
                created_at=now))
        case.conflict_open = True

    # --- transition -------------------------------------------------------------------------
    def _transition(self, op: Op) -> OpResult:
        f = op.fields
        case = self._case_for_write(op)
        if set(f) - set(TRANSITION_FIELDS):
            raise Rejected("hq.push.transition_fields")
        target = f.get("status")
        source = f.get("from")
        if not isinstance(target, str) or target not in workflow.ALL_STATES:
            raise Rejected("hq.push.not_a_state")
        if source is not None and (not isinstance(source, str) or source not in workflow.ALL_STATES):
            raise Rejected("hq.push.not_a_state")
        comment = _text(f.get("comment"), COMMENT)
        decision = f.get("decision")
        if decision is not None and (not isinstance(decision, str)
                                     or workflow.DECISIONS.get(decision) != target):
            raise Rejected("hq.push.bad_decision", decision=str(decision)[:30], status=target)
        original = self._original(case, target, f.get("duplicate_of"))
        decides = decision is not None or (source in workflow.REVIEW_STATES and target in DECIDED_STATES)
        if decides and source is None:
            raise Rejected("hq.push.decision_needs_from")
        # Role, comment and the move itself are checked as the device made it, before anything
        # else: a refused move never becomes a conflict record.
        steps = self._steps(case, source, target, decision, comment) if source is not None else None
        base = min(op.base_rev, case.revision)
        after, _ = self._since(case, base, _clamp(op.base_version, case.version))
        foreign = [c for c in after if c.device_id != self.actor.device_id or c.device_id is None]
        if steps is None or case.status != source:
            if decides:
                return self._decided_meanwhile(op, case, base, target, decision, comment, original)
            if case.status == target:
                return self._result(op, case, "merged" if foreign else "applied", clean=not foreign)
            if source == "submitted" and target == workflow.UNDER_REVIEW:
                # Someone else took the case under review (and maybe decided): nothing left to do.
                return self._result(op, case, "merged", clean=False,
                                    reason=Message("hq.push.moved_on", {"status": case.status}))
            try:
                steps = [workflow.check_transition(case.case_type, case.status, target, self.actor.role, comment)]
            except workflow.WorkflowError as exc:
                if source != case.status:
                    raise Rejected("hq.push.changed_meanwhile", status=case.status, target=target) from None
                raise Rejected.because(exc) from None
        for i, step in enumerate(steps):
            last = i == len(steps) - 1
            case.status = step.target
            if last and original is not None:
                case.duplicate_of = original.id
            # One op may make two moves (a decision on a submitted case): the second keeps the op id.
            event_id = op.op_id if last else str(uuid.uuid5(uuid.UUID(op.op_id), "under_review"))
            self._event(case, from_status=step.source, to_status=step.target, at=_when(op.created_at),
                        comment=comment if last else None, decision=decision if last else None,
                        origin="device", event_id=event_id)
            self._record(case, kind=op.kind, fields=["status"], bumps_revision=True, remote_hlc=op.hlc,
                         clean_for_device=not foreign)
        if decision is not None:
            audit.record(session=self.later, actor=self.actor.user, role=self.actor.role,  # type: ignore[arg-type]
                         device_id=self.actor.device_id, action="case.decision", case_id=case.id,
                         detail={"decision": decision, "status": case.status,
                                 **({"duplicate_of": original.id} if original is not None else {})})
        return self._result(op, case, "merged" if foreign else "applied", clean=not foreign)

    def _steps(self, case: CaseRow, source: str, target: str, decision: str | None,
               comment: str | None) -> list[workflow.Transition] | None:
        """The moves the op makes from ``source``, each allowed for the actor; None for no move."""
        try:
            if decision is not None:
                return workflow.decision_steps(case.case_type, source, decision, self.actor.role, comment)
            if source == target:
                return None
            return [workflow.check_transition(case.case_type, source, target, self.actor.role, comment)]
        except workflow.WorkflowError as exc:
            raise Rejected.because(exc) from None

    def _original(self, case: CaseRow, target: str, raw: Any) -> CaseRow | None:
        """The case a move to ``duplicate`` names, checked; None for any other move."""
        if not workflow.needs_duplicate_of(target):
            if raw is not None:
                raise Rejected("hq.push.original_only_for_duplicate")
            return None
        if not isinstance(raw, str) or not _UUID.match(raw):
            raise Rejected("hq.push.duplicate_needs_original", case=case.case_number)
        try:
            with self.session.no_autoflush:
                return original_for(session=self.session, actor=self.actor, case=case, ref=raw,
                                    known=self.cases)
        except ApiError as exc:
            raise Rejected(exc.id, **exc.params) from None

    def _decided_meanwhile(self, op: Op, case: CaseRow, base: int, target: str, decision: str | None,
                           comment: str | None, original: CaseRow | None) -> OpResult:
        """A decision on a status HQ no longer holds: kept as a conflict record, not applied."""
        first = self.movers.get(case.id)
        if first is None:
            with self.session.no_autoflush:
                first = self.session.execute(
                    select(CaseEvent.by).where(CaseEvent.case_id == case.id)
                    .order_by(CaseEvent.position.desc()).limit(1)).scalar()
        reason = Message("hq.push.decided_first", {"by": first or "HQ", "status": case.status})
        mine = {"status": target, "decision": decision, "comment": comment,
                "duplicate_of": original.id if original is not None else None}
        self._conflicts(case, op, {"status": mine}, base, reason, hq_values={"status": case.status})
        self._record(case, kind="conflict", fields=[], bumps_revision=False, remote_hlc=op.hlc)
        return self._result(op, case, "conflict", clean=False, conflicts=["status"], reason=reason)

    # --- assign -----------------------------------------------------------------------------
    def _assign(self, op: Op) -> OpResult:
        f = op.fields
        case = self._case_for_write(op)
        name = f.get("officer")
        if set(f) != set(ASSIGN_FIELDS) or not isinstance(name, str) or not 0 < len(name.strip()) <= 100:
            raise Rejected("hq.push.assign_fields")
        try:
            with self.session.no_autoflush:
                officer = assignee(session=self.session, actor=self.actor, case=case, name=name.strip())
        except ApiError as exc:
            raise Rejected(exc.id, **exc.params) from None
        after, _ = self._since(case, min(op.base_rev, case.revision), _clamp(op.base_version, case.version))
        foreign = [c for c in after if c.device_id != self.actor.device_id or c.device_id is None]
        if case.assigned_to == officer:
            return self._result(op, case, "merged" if foreign else "applied", clean=not foreign)
        case.assigned_to = officer
        self._record(case, kind=op.kind, fields=[], bumps_revision=False, remote_hlc=op.hlc,
                     clean_for_device=not foreign)
        audit.record(session=self.later, actor=self.actor.user, role=self.actor.role,  # type: ignore[arg-type]
                     device_id=self.actor.device_id, action="case.assign", case_id=case.id,
                     detail={"to": officer})
        return self._result(op, case, "merged" if foreign else "applied", clean=not foreign)

    # --- not the same household -------------------------------------------------------------
    def _not_duplicate(self, op: Op) -> OpResult:
        f = op.fields
        case = self._case_for_write(op)
        other_id = f.get("other")
        if set(f) != set(NOT_DUPLICATE_FIELDS) or not isinstance(other_id, str) or not _UUID.match(other_id):
            raise Rejected("hq.push.not_duplicate_fields")
        other = self.cases.get(other_id) or self.session.get(CaseRow, other_id)
        if other is None or not self.actor.sees(other):
            raise Rejected("hq.push.unknown_case")
        try:
            with self.session.no_autoflush:
                new = record_dismissal(session=self.session, actor=self.actor, first=case, second=other,
                                       recorded=self.dismissed, later=self.later)
        except ApiError as exc:
            raise Rejected(exc.id, **exc.params) from None
        if new:
            self._record(case, kind=op.kind, fields=[], bumps_revision=False, remote_hlc=op.hlc)
        return self._result(op, case, "applied", clean=False)

    # --- note -------------------------------------------------------------------------------
    def _note(self, op: Op) -> OpResult:
        actor, f = self.actor, op.fields
        case = self._case_for_write(op)
        if set(f) - {"note_id", "text", "author", "at"}:
            raise Rejected("hq.push.note_fields")
        note_id = f.get("note_id")
        if not isinstance(note_id, str) or not _UUID.match(note_id):
            raise Rejected("hq.push.note_id_uuid")
        text = _text(f.get("text"), NOTE_TEXT, required=True)
        owner = self.note_cases.get(note_id)
        if owner is not None:
            if owner != case.id:
                raise Rejected("hq.push.note_id_used")
            return self._result(op, case, "applied", clean=False)
        self.note_cases[note_id] = case.id
        self.later.add(CaseNote(note_id=note_id, case_id=case.id, text=text, author=actor.user,
                                at=_when(f.get("at")), origin="device", device_id=actor.device_id))
        self._record(case, kind=op.kind, fields=[], bumps_revision=False, remote_hlc=op.hlc)
        return self._result(op, case, "applied", clean=False)


@dataclass(frozen=True)
class Applied:
    """One result per op, and how many ops were new (not replays)."""

    results: list[OpResult]
    fresh: int


def apply_ops(*, session: Session, actor: Actor, ops: list[Op], via: str = "online") -> Applied:
    """Apply ``ops`` (one device's, in its sequence order); one result per op.

    An op answered before returns its stored first result. Runs inside the caller's transaction;
    with the idempotency rows written in it, a batch cut off before commit leaves no trace.
    """
    if not ops:
        return Applied([], 0)
    device_id = actor.device_id or ""
    op_ids = list({op.op_id for op in ops})
    answered: dict[str, AppliedOp] = {}
    for i in range(0, len(op_ids), 500):
        for row in session.execute(select(AppliedOp).where(AppliedOp.op_id.in_(op_ids[i:i + 500]))).scalars():
            answered[row.op_id] = row
    case_ids = sorted({op.entity_id for op in ops})
    cases: dict[str, CaseRow] = {}
    for i in range(0, len(case_ids), 500):
        # Rows are locked so concurrent batches touching one case apply one after the other.
        stmt = select(CaseRow).where(CaseRow.id.in_(case_ids[i:i + 500])).with_for_update()
        for case in session.execute(stmt).scalars():
            cases[case.id] = case
    numbers = sorted({n for op in ops if op.kind == "case.create"
                      and isinstance(n := op.fields.get("case_number"), str)})
    note_ids = sorted({n["note_id"] for op in ops if op.kind == "case.create"
                       and isinstance(op.fields.get("notes"), list)
                       for n in op.fields["notes"] if isinstance(n, dict) and isinstance(n.get("note_id"), str)})
    taken_numbers: set[str] = set()
    taken_notes: set[str] = set()
    for i in range(0, len(numbers), 500):
        taken_numbers.update(session.execute(select(CaseRow.case_number)
                                             .where(CaseRow.case_number.in_(numbers[i:i + 500]))).scalars())
    for i in range(0, len(note_ids), 500):
        taken_notes.update(session.execute(select(CaseNote.note_id)
                                           .where(CaseNote.note_id.in_(note_ids[i:i + 500]))).scalars())
    applier = Applier(session, actor, cases, taken_numbers, taken_notes)
    applier.prefetch(ops)
    results: list[OpResult] = []
    fresh: dict[str, OpResult] = {}
    now = now_iso()
    for op in ops:
        if op.op_id in answered:
            stored = answered[op.op_id]
            if stored.device_id != device_id:
                results.append(OpResult(op_id=op.op_id, seq=op.seq, status="rejected",
                                        **_reason(Message("hq.push.op_id_used"))))
            else:
                results.append(OpResult.model_validate(stored.result))
            continue
        if op.op_id in fresh:
            results.append(fresh[op.op_id])
            continue
        result = applier.apply(op)
        fresh[op.op_id] = result
        results.append(result)
        session.add(AppliedOp(op_id=op.op_id, device_id=device_id, seq=op.seq,
                              case_id=op.entity_id,
                              status=result.status, result=result.model_dump(mode="json"),
                              via=via, applied_at=now))
    session.flush()
    session.add_all(applier.later.rows)
    return Applied(results, len(fresh))


__all__ = ["MAX_CLOCK_AHEAD_MS", "Applied", "Applier", "Rejected", "apply_ops", "check_clocks",
           "creatable_states"]
