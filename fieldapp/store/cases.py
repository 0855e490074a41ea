"""Case operations on the workspace: create, edit, move through the workflow, note, read, list.

Every write validates the whole case, keeps the derived list columns and the search index in
step, and writes an outbox op and an audit event in the same transaction. Reads return plain
data: the case document (interchange format plus metadata) or :class:`CaseSummary` rows.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, insert, literal_column, select, true, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.case_numbers import format_case_number
from fieldapp.domain.errors import Problem, UserError, ValidationError
from fieldapp.domain.interchange import (
    CONTENT_FIELDS,
    full_name,
    head_of,
    new_case_id,
    validate_case,
    where_of,
)
from fieldapp.domain.reference import shipped
from fieldapp.domain.scoring import score
from fieldapp.messages import Message, render_text
from fieldapp.store import duplicates
from fieldapp.store import search as search_index
from fieldapp.store.context import WriteContext, new_note_id, utc_now
from fieldapp.store.models import (
    Assistance,
    Case,
    Member,
    Need,
    Note,
    Referral,
    Transition,
    Vulnerability,
    live,
    table,
)
from fieldapp.store.scope import check_scope, is_reviewer
from fieldapp.store.search import index_rows, search_pks
from fieldapp.text.folding import fold

MEMBER_FIELDS = ("given_name", "family_name", "script", "sex", "date_of_birth", "relationship",
                 "personal_number", "documents", "community", "disability", "chronic_illness",
                 "education", "occupation", "preferred_language")


class CaseNotFound(UserError):
    """No case with that id or case number in this workspace."""


class TransitionRefused(UserError):
    """The workflow does not allow this move of this case; ``refusal`` says why.

    The refusal's own message is a parameter, so every front end words the whole in its language.
    """

    def __init__(self, case_number: str, refusal: workflow.WorkflowError):
        super().__init__("cases.transition_refused", case_number=case_number, reason=refusal.message)
        self.refusal = refusal

    def __str__(self) -> str:
        # The refusal's str() names the codes a person types after --to, as the command line does.
        return render_text("cases.transition_refused", "en", case_number=self.params["case_number"],
                           reason=str(self.refusal))


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    case_number: str
    case_type: str
    status: str
    municipality: str
    settlement: str | None
    head: str
    members: int
    needs: tuple[str, ...]
    score: float
    updated_at: str
    sync_state: str
    revision: int
    returned: workflow.ReturnNote | None = None
    """While the case is returned, who returned it, when and why (not in ``to_json``)."""
    matched: str | None = None
    """In search results: the member whose name (or number) the search matched."""
    matched_by: str | None = None
    """In search results: how the loosest word matched (see :mod:`fieldapp.store.search`)."""

    def to_json(self) -> dict[str, Any]:
        """The row as CONTRACT.md's ``case list --json`` objects (``case search`` adds
        ``matched`` and ``matched_by``)."""
        out = {"id": self.id, "case_number": self.case_number, "status": self.status,
               "municipality": self.municipality, "settlement": self.settlement,
               "head": self.head, "members": self.members, "case_type": self.case_type,
               "needs": list(self.needs), "score": self.score, "updated_at": self.updated_at,
               "sync_state": self.sync_state, "revision": self.revision}
        if self.matched is not None:
            out.update(matched=self.matched, matched_by=self.matched_by)
        return out


# --- writing -------------------------------------------------------------------------------

def name_key(member: dict[str, Any]) -> str:
    """The folded family and given name of a member: the same whatever script or diacritics."""
    return fold(f"{member.get('family_name') or ''} {member.get('given_name') or ''}")


def _derived(doc: dict[str, Any]) -> dict[str, Any]:
    head = full_name(head_of(doc))
    sensitive = bool(doc["consent"].get("sensitive_data"))
    return {"head_name": head, "head_sort": fold(head), "member_count": len(doc["members"]),
            "need_codes": ",".join(n["category"] for n in doc["needs"]),
            "score": score(doc["vulnerabilities"]).total, "sensitive_data": sensitive,
            "head_community": (head_of(doc) or {}).get("community") if sensitive else None}


def _case_columns(doc: dict[str, Any]) -> dict[str, Any]:
    cols = {k: doc[k] for k in ("case_type", "status", "municipality", "settlement", "return_mode",
                                "intention_registered_on", "origin", "displacement", "interview",
                                "property", "consent")}
    cols.update(_derived(doc))
    return cols


def _child_rows(pk: int, doc: dict[str, Any]) -> dict[type, list[dict[str, Any]]]:
    return {
        Member: [{"case_pk": pk, "position": i, **{f: m[f] for f in MEMBER_FIELDS},
                  "name_key": name_key(m)} for i, m in enumerate(doc["members"])],
        Need: [{"case_pk": pk, "position": i, **n} for i, n in enumerate(doc["needs"])],
        Vulnerability: [{"case_pk": pk, "code": v} for v in doc["vulnerabilities"]],
        Assistance: [{"case_pk": pk, "position": i, "data": a, "item": a.get("item"),
                      "status": a.get("status"), "donor": a.get("donor"), "project": a.get("project")}
                     for i, a in enumerate(doc["assistance"])],
        Referral: [{"case_pk": pk, "position": i, "data": r, "service": r.get("service"),
                    "status": r.get("status")} for i, r in enumerate(doc["referrals"])],
    }


def _note_rows(pk: int, doc: dict[str, Any], officer: str, at: str) -> list[dict[str, Any]]:
    return [{"note_id": new_note_id(), "case_pk": pk, "text": n["text"],
             "author": n.get("author") or officer, "at": n.get("at") or at, "origin": "device"}
            for n in doc["notes"]]


class CaseWriter:
    """Inserts many new cases in one transaction with bulk statements (import, create)."""

    def __init__(self, ctx: WriteContext):
        self.ctx = ctx
        s = ctx.session
        self._next_pk = (s.execute(select(func.max(Case.pk))).scalar() or 0) + 1
        self._rows: dict[type, list[dict[str, Any]]] = {}
        self._fts: list[dict[str, Any]] = []
        self._blocks: list[dict[str, Any]] = []
        self._written: list[int] = []
        self._numbers: set[str] = set()

    def _queue(self, model: type, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._rows.setdefault(model, []).extend(rows)

    def add(self, doc: dict[str, Any], *, action: str = "case.create") -> dict[str, Any]:
        """Queue one validated document; returns it with id and case number filled in."""
        ctx = self.ctx
        doc = dict(doc)  # the caller's validated document is not changed; nested parts are not mutated
        now = utc_now()
        doc["id"] = doc.get("id") or new_case_id()
        if not doc.get("case_number"):
            year = dt.date.today().year
            seq = ctx.next_counter(f"case_seq:{year}")
            doc["case_number"] = format_case_number(doc["municipality"], year, ctx.actor.device, seq)
        pk = self._next_pk
        self._next_pk += 1
        self._queue(Case, [{
            "pk": pk, "id": doc["id"], "case_number": doc["case_number"], **_case_columns(doc),
            "owner_officer": ctx.actor.officer, "assigned_office": None, "revision": 1,
            "created_at": now, "updated_at": now, "sync_state": "pending", "deleted": False,
            "duplicate_of": doc.get("duplicate_of"),
        }])
        for model, rows in _child_rows(pk, doc).items():
            self._queue(model, rows)
        notes = _note_rows(pk, doc, ctx.actor.officer, now)
        self._queue(Note, notes)
        doc["notes"] = [{"text": n["text"], "author": n["author"], "at": n["at"]} for n in notes]
        self._queue(Transition, [{"case_pk": pk, "from_status": None, "to_status": doc["status"],
                                  "by": ctx.actor.officer, "role": ctx.actor.role, "at": now,
                                  "comment": None, "decision": None, "origin": "device"}])
        self._fts.extend(index_rows(pk, doc))
        self._blocks.extend(duplicates.block_rows(pk, doc))
        self._written.append(pk)
        fields = {k: doc[k] for k in CONTENT_FIELDS if k != "notes"}
        fields.update(case_number=doc["case_number"], status=doc["status"],
                      notes=[{"note_id": n["note_id"], "text": n["text"], "author": n["author"],
                              "at": n["at"]} for n in notes])
        ctx.outbox(kind="case.create", entity_id=doc["id"], base_rev=0, fields=fields, at=now)
        ctx.audit.append(at=now, officer=ctx.actor.officer, action=action, entity="case",
                         entity_id=doc["id"], detail={"case_number": doc["case_number"], "revision": 1})
        return doc

    def flush(self) -> None:
        """Write everything queued so far."""
        s = self.ctx.session
        for model in (Case, Member, Need, Vulnerability, Assistance, Referral, Note, Transition):
            rows = self._rows.pop(model, None)
            if rows:
                # Core executemany on the table: the ORM's bulk bookkeeping is not needed here.
                s.execute(insert(table(model)), rows)
        if self._fts:
            search_index.write_index(s, self._fts)
            self._fts.clear()
        if self._written:
            duplicates.write(s, self._blocks, self._written)
            self._blocks.clear()
            self._written.clear()


def create_case(ctx: WriteContext, doc: dict[str, Any]) -> dict[str, Any]:
    """Validate and store a new case; returns the stored document."""
    doc = validate_case(doc)
    problems = NewIdCheck(ctx.session).problems([doc], ["case"])
    if problems:
        raise ValidationError(problems)
    writer = CaseWriter(ctx)
    stored = writer.add(doc)
    writer.flush()
    return stored


class NewIdCheck:
    """Refuses ids and case numbers already in the workspace or repeated within one import."""

    def __init__(self, s: Session):
        self._session = s
        self._ids: set[str] = set()
        self._numbers: set[str] = set()

    def problems(self, docs: list[dict[str, Any]], labels: list[str]) -> list[Problem]:
        """Problems of this batch of documents (remembering them for the next batch)."""
        s = self._session
        ids = [d["id"] for d in docs if d.get("id")]
        numbers = [d["case_number"] for d in docs if d.get("case_number")]
        existing_ids: set[str] = set()
        existing_numbers: set[str] = set()
        for chunk in _chunks(ids, 500):
            existing_ids.update(s.execute(select(Case.id).where(Case.id.in_(chunk))).scalars())
        for chunk in _chunks(numbers, 500):
            existing_numbers.update(s.execute(select(Case.case_number).where(Case.case_number.in_(chunk))).scalars())
        problems: list[Problem] = []
        for label, d in zip(labels, docs, strict=True):
            where = where_of(label)
            if d.get("id"):
                if d["id"] in existing_ids:
                    problems.append(Problem(label, "id", "cases.id_in_workspace", {"id": d["id"]}, where=where))
                elif d["id"] in self._ids:
                    problems.append(Problem(label, "id", "cases.id_twice", {"id": d["id"]}, where=where))
                self._ids.add(d["id"])
            if d.get("case_number"):
                if d["case_number"] in existing_numbers:
                    problems.append(Problem(label, "case_number", "cases.number_in_workspace",
                                            {"case_number": d["case_number"]}, where=where))
                elif d["case_number"] in self._numbers:
                    problems.append(Problem(label, "case_number", "cases.number_twice",
                                            {"case_number": d["case_number"]}, where=where))
                self._numbers.add(d["case_number"])
        return problems


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _load(s: Session, ref: str) -> Case:
    case = s.execute(select(Case).where((Case.id == ref) | (Case.case_number == ref))).scalar_one_or_none()
    if case is None or case.deleted:
        raise CaseNotFound("cases.not_found", ref=ref)
    return case


def update_case(ctx: WriteContext, ref: str, changes: dict[str, Any], *,
                base_rev: int | None = None) -> dict[str, Any]:
    """Change content fields of a case; returns the stored document.

    ``base_rev`` is the revision the editor started from: if the case has moved on since (a sync
    brought a decision), the edit is refused rather than silently overwriting.
    """
    s = ctx.session
    case = _load(s, ref)
    if base_rev is not None and base_rev != case.revision:
        raise UserError("cases.changed_meanwhile", case_number=case.case_number, revision=case.revision,
                        base_rev=base_rev)
    allowed = workflow.editable_fields(case.status, ctx.actor.role, frozenset(CONTENT_FIELDS))
    if not allowed:
        _refuse_edit(case, ctx.actor.role, allowed)
    unknown = [k for k in changes if k not in CONTENT_FIELDS or k == "notes"]
    if unknown:
        raise ValidationError([Problem(case.case_number, k, "cases.field_not_editable",
                                       allowed=tuple(f for f in CONTENT_FIELDS if f != "notes")) for k in unknown])
    current = _document(s, case)
    merged = {**current, **copy.deepcopy(changes)}
    merged.pop("revision", None)
    merged.pop("history", None)
    doc = validate_case({k: merged[k] for k in merged if k in (*CONTENT_FIELDS, "id", "case_number", "status", "format")},
                        record=case.case_number)
    changed = {k: doc[k] for k in CONTENT_FIELDS if k != "notes" and doc[k] != current.get(k)}
    if not changed:
        return get_case(s, case.id)
    if not set(changed) <= allowed:  # what actually changes counts, not what the editor sent
        _refuse_edit(case, ctx.actor.role, allowed)
    now = utc_now()
    base = case.revision
    s.execute(update(Case).where(Case.pk == case.pk).values(
        **_case_columns(doc), revision=base + 1, updated_at=now, sync_state="pending"))
    for child in (Member, Need, Vulnerability, Assistance, Referral):
        s.execute(delete(child).where(child.case_pk == case.pk))
    for model, rows in _child_rows(case.pk, doc).items():
        if rows:
            s.execute(insert(model), rows)
    _reindex(s, case.pk, doc)
    ctx.outbox(kind="case.update", entity_id=case.id, base_rev=base, fields=changed, at=now)
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.update", entity="case",
                     entity_id=case.id, detail={"fields": sorted(changed), "revision": base + 1})
    return get_case(s, case.id)


def _refuse_edit(case: Case, role: str, allowed: frozenset[str]) -> None:
    if not allowed:
        raise UserError("cases.not_editable", case_number=case.case_number, status=case.status, role=role)
    if allowed == workflow.DELIVERY_FIELDS:
        raise UserError("cases.not_editable_but_delivery", case_number=case.case_number, status=case.status,
                        role=role)
    raise UserError("cases.not_editable_but", case_number=case.case_number, status=case.status, role=role,
                    fields=[Message("common.field_label", {"path": f}) for f in sorted(allowed)])


def _reindex(s: Session, pk: int, doc: dict[str, Any]) -> None:
    search_index.reindex(s, pk, doc)
    duplicates.drop(s, [pk])
    duplicates.write(s, duplicates.block_rows(pk, doc), [pk])


def original_of(ctx: WriteContext, case: Case, target: str, ref: str | None) -> Case | None:
    """The case that ``case`` duplicates when it moves to ``target``, named by ``ref``.

    Only a move to ``duplicate`` names an original, and it must: another live case on this
    laptop, not itself a duplicate, and (for a reviewer) of the laptop's municipalities, the
    rules HQ applies. Any other move gives None and refuses a ``ref``.
    """
    ref = (ref or "").strip()
    if not workflow.needs_duplicate_of(target):
        if ref:
            raise UserError("review.original_only_for_duplicate")
        return None
    if not ref:
        raise UserError("review.duplicate_needs_original", case_number=case.case_number)
    s = ctx.session
    original = s.execute(select(Case).where((Case.id == ref) | (Case.case_number == ref))).scalar_one_or_none()
    if original is None or original.deleted:
        raise UserError("review.original_not_found", ref=ref)
    if original.pk == case.pk:
        raise UserError("review.original_is_itself", case_number=case.case_number)
    if original.status == workflow.DUPLICATE:
        raise UserError("review.original_is_duplicate", case_number=original.case_number)
    if is_reviewer(ctx.actor.role):
        check_scope(ctx.actor, original.case_number, original.municipality, "review.original_out_of_scope")
    return original


def transition(ctx: WriteContext, ref: str, target: str, *, comment: str | None = None,
               duplicate_of: str | None = None) -> dict[str, Any]:
    """Move a case to ``target`` if the workflow allows it for the acting role.

    A reviewer moves only cases of the laptop's municipalities; a move to ``duplicate`` names
    the original case (``duplicate_of``: its id or case number).
    """
    s = ctx.session
    case = _load(s, ref)
    if is_reviewer(ctx.actor.role):
        check_scope(ctx.actor, case.case_number, case.municipality)
    original = original_of(ctx, case, target, duplicate_of)
    comment = (comment or "").strip() or None
    try:
        workflow.check_transition(case.case_type, case.status, target, ctx.actor.role, comment)
    except workflow.WorkflowError as exc:
        raise TransitionRefused(case.case_number, exc) from None
    now = utc_now()
    base = case.revision
    source = case.status
    s.execute(update(Case).where(Case.pk == case.pk).values(
        status=target, revision=base + 1, updated_at=now, sync_state="pending",
        duplicate_of=original.id if original is not None else case.duplicate_of))
    s.execute(insert(Transition), [{"case_pk": case.pk, "from_status": source, "to_status": target,
                                    "by": ctx.actor.officer, "role": ctx.actor.role, "at": now,
                                    "comment": comment, "decision": None, "origin": "device"}])
    fields: dict[str, Any] = {"status": target, "from": source, "comment": comment}
    if original is not None:
        fields["duplicate_of"] = original.id
    ctx.outbox(kind="case.transition", entity_id=case.id, base_rev=base, fields=fields, at=now)
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.transition", entity="case",
                     entity_id=case.id, detail={"from": source, "to": target, "revision": base + 1})
    return get_case(s, case.id)


def add_note(ctx: WriteContext, ref: str, note: str) -> dict[str, Any]:
    """Append a note to a case (notes are never edited or removed)."""
    s = ctx.session
    case = _load(s, ref)
    note = (note or "").strip()
    if not note:
        raise UserError("cases.note_empty")
    now = utc_now()
    note_id = new_note_id()
    s.execute(insert(Note), [{"note_id": note_id, "case_pk": case.pk, "text": note,
                              "author": ctx.actor.officer, "at": now, "origin": "device"}])
    s.execute(update(Case).where(Case.pk == case.pk).values(updated_at=now, sync_state="pending"))
    ctx.outbox(kind="case.note", entity_id=case.id, base_rev=case.revision,
               fields={"note_id": note_id, "text": note, "author": ctx.actor.officer, "at": now}, at=now)
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="case.note", entity="case",
                     entity_id=case.id, detail={"note_id": note_id})
    return get_case(s, case.id)


# --- reading -------------------------------------------------------------------------------

def _document(s: Session, case: Case) -> dict[str, Any]:
    members = s.execute(select(Member).where(Member.case_pk == case.pk).order_by(Member.position)).scalars()
    needs = s.execute(select(Need).where(Need.case_pk == case.pk).order_by(Need.position)).scalars()
    vulns = s.execute(select(Vulnerability.code).where(Vulnerability.case_pk == case.pk)
                      .order_by(Vulnerability.pk)).scalars()
    assistance = s.execute(select(Assistance.data).where(Assistance.case_pk == case.pk)
                           .order_by(Assistance.position)).scalars()
    referrals = s.execute(select(Referral.data).where(Referral.case_pk == case.pk)
                          .order_by(Referral.position)).scalars()
    notes = s.execute(select(Note).where(Note.case_pk == case.pk).order_by(Note.pk)).scalars()
    return {
        "format": "fieldapp.case/1", "id": case.id, "case_number": case.case_number,
        "case_type": case.case_type, "status": case.status, "municipality": case.municipality,
        "settlement": case.settlement, "return_mode": case.return_mode,
        "origin": case.origin, "intention_registered_on": case.intention_registered_on,
        "displacement": case.displacement, "interview": case.interview,
        "members": [{f: getattr(m, f) for f in MEMBER_FIELDS} for m in members],
        "property": case.property, "vulnerabilities": list(vulns),
        "needs": [{"category": n.category, "priority": n.priority, "note": n.note} for n in needs],
        "consent": case.consent, "assistance": list(assistance), "referrals": list(referrals),
        "notes": [{"text": n.text, "author": n.author, "at": n.at} for n in notes],
    }


RECORD_KEYS = ("history", "revision", "created_at", "updated_at", "owner_officer", "owner",
               "assigned_office", "sync_state", "score")
"""What :func:`get_case` adds to the case document: the store's record of it, not content a
person edits (an editor leaves these out of what it saves)."""


def get_case(s: Session, ref: str, *, with_history: bool = True) -> dict[str, Any]:
    """The case ``ref`` (id or case number) as its document plus revision, history and metadata
    (:data:`RECORD_KEYS`)."""
    case = _load(s, ref)
    doc = _document(s, case)
    doc["revision"] = case.revision
    doc["created_at"] = case.created_at
    doc["updated_at"] = case.updated_at
    doc["owner_officer"] = case.owner_officer
    doc["owner"] = case.owner_officer
    doc["assigned_office"] = case.assigned_office
    doc["duplicate_of"] = case.duplicate_of
    doc["sync_state"] = case.sync_state
    doc["score"] = case.score
    if with_history:
        rows = s.execute(select(Transition).where(Transition.case_pk == case.pk)
                         .order_by(Transition.pk)).scalars()
        doc["history"] = [{"from": t.from_status, "to": t.to_status, "by": t.by, "role": t.role,
                           "at": t.at, "comment": t.comment, "decision": t.decision,
                           "origin": t.origin} for t in rows]
    return doc


SORT_COLUMNS = {
    "case_number": Case.case_number, "head": Case.head_sort, "municipality": Case.municipality,
    "settlement": Case.settlement, "status": Case.status, "members": Case.member_count,
    "needs": Case.need_codes, "updated_at": Case.updated_at, "sync_state": Case.sync_state,
    "score": Case.score, "case_type": Case.case_type,
}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; empty fields do not filter."""

    query: str = ""
    status: str | None = None
    municipality: str | None = None
    case_type: str | None = None
    need: str | None = None
    vulnerability: str | None = None
    sync_state: str | None = None


_Stmt = TypeVar("_Stmt", bound=Select)


# Sort keys with an index whose order is (key, pk): a search sorted by one of them can walk it.
_INDEXED_SORTS = frozenset({"updated_at", "head", "case_number", "status", "municipality"})


def _filtered(s: Session, f: CaseFilter, stmt: _Stmt, *, walk_sort_index: bool = False) -> _Stmt:
    stmt = stmt.where(live())
    pks = search_pks(s, f.query) if f.query.strip() else None
    if pks is not None:
        # ``+pk`` stops SQLite from looking up every search hit by key and sorting them all;
        # it walks the sort column's index instead and stops at the end of the page (a few ms
        # rather than 300 ms for a one-letter search in 100,000 cases).
        key = literal_column("+cases.pk") if walk_sort_index else Case.pk
        stmt = stmt.where(key.in_(pks))
    if f.status:
        stmt = stmt.where(Case.status == f.status)
    if f.municipality:
        stmt = stmt.where(Case.municipality == f.municipality)
    if f.case_type:
        stmt = stmt.where(Case.case_type == f.case_type)
    if f.sync_state:
        stmt = stmt.where(Case.sync_state == f.sync_state)
    if f.need:
        stmt = stmt.where(Case.pk.in_(select(Need.case_pk).where(Need.category == f.need)))
    if f.vulnerability:
        stmt = stmt.where(Case.pk.in_(select(Vulnerability.case_pk).where(Vulnerability.code == f.vulnerability)))
    return stmt


def _summary_columns() -> tuple[Any, ...]:
    return (Case.id, Case.case_number, Case.case_type, Case.status, Case.municipality,
            Case.settlement, Case.head_name, Case.member_count, Case.need_codes, Case.score,
            Case.updated_at, Case.sync_state, Case.revision, *_LAST_RETURN)


def _summary(r: Any) -> CaseSummary:
    return CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                       tuple(x for x in r[8].split(",") if x), r[9], r[10], r[11], r[12],
                       workflow.ReturnNote(r[14] or "", r[15] or "", r[16] or "")
                       if r[13] is not None else None)


def list_cases(s: Session, f: CaseFilter | None = None, *, sort: str = "updated_at",
               descending: bool = True, offset: int = 0, limit: int | None = 200) -> list[CaseSummary]:
    """A page of case summaries matching ``f``, sorted by ``sort``."""
    f = f or CaseFilter()
    stmt = _filtered(s, f, select(*_summary_columns()),
                     walk_sort_index=sort in _INDEXED_SORTS or sort not in SORT_COLUMNS)
    key = SORT_COLUMNS.get(sort, Case.updated_at)
    order = key.desc() if descending else key.asc()
    stmt = stmt.order_by(order, Case.pk.desc() if descending else Case.pk.asc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_summary(r) for r in s.execute(stmt)]


def search_cases(s: Session, query: str, f: CaseFilter | None = None, *, limit: int = 50) -> list[CaseSummary]:
    """The cases matching ``query`` (and the rest of ``f``), best first, each saying which
    member matched and how (see :func:`fieldapp.store.search.search`)."""
    f = dataclasses.replace(f or CaseFilter(), query="")
    narrowed = f != CaseFilter()
    hits = search_index.search(s, query, limit=limit * 5 if narrowed else limit)
    if not hits:
        return []
    by_pk = {h.case_pk: h for h in hits}
    rows: dict[int, CaseSummary] = {}
    pks = list(by_pk)
    for i in range(0, len(pks), 500):
        stmt = _filtered(s, f, select(Case.pk, *_summary_columns())).where(Case.pk.in_(pks[i:i + 500]))
        for r in s.execute(stmt):
            rows[r[0]] = _summary(r[1:])
    out = []
    for h in hits:
        row = rows.get(h.case_pk)
        if row is not None:
            out.append(dataclasses.replace(row, matched=h.matched, matched_by=h.matched_by))
    return out[:limit]


def _latest_return(column: Any) -> Any:
    found = (select(column).where(Transition.case_pk == Case.pk, Transition.to_status == workflow.RETURNED)
             .order_by(Transition.pk.desc()).limit(1).scalar_subquery())
    return sql_case((Case.status == workflow.RETURNED, found), else_=None)


# The latest return of each returned case (as :func:`workflow.return_note` reads it from the
# history), guarded by the status: the few returned rows of a page cost an index lookup each,
# the others nothing. Built once: building the subqueries per page cost more than running them.
_LAST_RETURN = tuple(_latest_return(c) for c in (Transition.pk, Transition.by, Transition.at,
                                                 Transition.comment))


def count_cases(s: Session, f: CaseFilter | None = None) -> int:
    """How many cases match ``f``."""
    f = f or CaseFilter()
    pks = search_pks(s, f.query) if f.query.strip() else None
    if pks is not None and f == CaseFilter(query=f.query):
        # A search alone: count in the index itself, then take off the few tombstoned hits,
        # instead of looking up every hit's row (400 ms for a one-letter search in 100k cases).
        found = pks.subquery()
        hits = s.execute(select(func.count(func.distinct(found.c.case_pk)))).scalar() or 0
        dead = list(s.execute(select(Case.pk).where(Case.deleted == true())).scalars())
        if dead:
            hits -= s.execute(select(func.count(func.distinct(found.c.case_pk)))
                              .where(found.c.case_pk.in_(dead))).scalar() or 0
        return int(hits)
    stmt = _filtered(s, f, select(func.count()).select_from(Case))
    return int(s.execute(stmt).scalar() or 0)


def municipality_name(code: str, lang: str = "en") -> str:
    """Display name of a municipality code."""
    m = shipped().municipalities.get(code)
    return m.name(lang) if m else code
