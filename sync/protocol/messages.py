"""Message schemas of the sync API (pydantic): what devices send and what HQ answers.

Request models forbid unknown keys and bound every list and string, so a malformed or oversized
body is refused before any work is done. The same models describe the bodies in HQ's OpenAPI
document.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HLC_PATTERN = r"^\d{13}-\d{5}-[0-9A-Za-z]{1,16}$"
MAX_OPS_PER_BATCH = 1000
MAX_PAGE = 1000
OP_KINDS = ("case.create", "case.update", "case.transition", "case.note", "case.assign", "case.not_duplicate")
# Fields of a ``case.transition`` op: the move (``status`` from ``from``, with ``comment``), and for
# a review decision its key in ``fieldapp.domain.workflow.DECISIONS`` and, for a duplicate, the id
# of the case it duplicates. A ``case.assign`` op carries ``officer`` (an HQ user name).
TRANSITION_FIELDS = ("status", "from", "comment", "decision", "duplicate_of")
ASSIGN_FIELDS = ("officer",)
# A ``case.not_duplicate`` op (reviewers) carries ``other``: the id of a case that is not the same
# household as the op's case.
NOT_DUPLICATE_FIELDS = ("other",)
OpStatus = Literal["applied", "merged", "conflict", "rejected"]

Uuid = Field(pattern=UUID_PATTERN, min_length=36, max_length=36)


class Strict(BaseModel):
    """Base of request models: unknown keys are an error."""

    model_config = ConfigDict(extra="forbid")


# --- enrolment --------------------------------------------------------------------------------

class EnrolRequest(Strict):
    """A device asks to be enrolled with a single-use code and its public keys."""

    code: str = Field(min_length=4, max_length=40)
    sign_key: str = Field(min_length=44, max_length=44, description="Ed25519 public key, base64")
    enc_key: str = Field(min_length=44, max_length=44, description="X25519 public key, base64")
    device_short_id: str = Field(pattern=r"^[0-9A-Z]{4}$")
    workspace_id: str = Uuid
    label: str = Field(default="", max_length=100)


class EnrolResponse(BaseModel):
    """What a newly enrolled device needs: its id, its user's scope and HQ's public keys."""

    device_id: str
    user: str
    role: str
    municipalities: list[str]
    hq_id: str
    hq_sign_key: str
    hq_enc_key: str
    hq_recovery_key: str
    hq_recovery_key_id: str
    hq_time: str


class DeviceInfo(BaseModel):
    """A device as HQ sees it."""

    id: str
    user: str
    role: str
    municipalities: list[str]
    enrolled: str
    last_seen: str | None
    revoked: bool


# --- push -------------------------------------------------------------------------------------

class Op(Strict):
    """One outbox entry of a device: a change to one case."""

    op_id: str = Uuid
    seq: int = Field(ge=1, le=2**53)
    kind: str = Field(max_length=30)
    entity: str = Field(max_length=20)
    entity_id: str = Uuid
    base_rev: int = Field(ge=0, le=2**31, description="the HQ revision the change was based on")
    base_version: int | None = Field(default=None, ge=0, le=2**31,
                                     description="the HQ version of the case the device held")
    local_base_rev: int = Field(default=0, ge=0, le=2**31)
    fields: dict[str, Any]
    hlc: str = Field(pattern=HLC_PATTERN, max_length=40)
    officer: str = Field(max_length=100)
    created_at: str = Field(max_length=40)


class PushRequest(Strict):
    """A batch of outbox ops, in the device's sequence order."""

    ops: list[Op] = Field(max_length=MAX_OPS_PER_BATCH)


class OpResult(BaseModel):
    """HQ's answer for one op; a replay returns the first answer unchanged."""

    op_id: str
    seq: int
    status: OpStatus
    reason: str | None = Field(default=None, description="why, in English (for older devices)")
    reason_id: str | None = Field(default=None, description="message id of the reason, for the device's language")
    reason_params: dict[str, Any] = Field(default_factory=dict, description="parameters of reason_id")
    case_id: str | None = None
    revision: int | None = None
    version: int | None = None
    clean: bool = Field(default=False, description="HQ now holds exactly the device's state of the case")
    conflicts: list[str] = Field(default_factory=list, description="fields that went to a conflict record")


class PushResponse(BaseModel):
    """Results in the order of the ops sent."""

    results: list[OpResult]
    hq_time: str


# --- pull -------------------------------------------------------------------------------------

class PullRequest(Strict):
    """Ask for changes after ``cursor`` (HQ's change sequence), at most ``limit`` cases."""

    cursor: int = Field(default=0, ge=0, le=2**62)
    limit: int = Field(default=500, ge=1, le=MAX_PAGE)
    ref_version: int = Field(default=0, ge=0, le=2**62)


class NoteOut(BaseModel):
    """An append-only note; ``note_id`` makes the notes of a case a set."""

    note_id: str
    text: str
    author: str | None
    at: str | None
    origin: str


class HistoryOut(BaseModel):
    """A workflow step or review decision."""

    event_id: str
    from_status: str | None
    to_status: str
    by: str
    role: str
    at: str
    comment: str | None
    decision: str | None
    origin: str


class ConflictOut(BaseModel):
    """One field changed on both sides: HQ's value was kept, the device's is stored here."""

    id: str
    case_id: str
    field: str
    hq_value: Any
    device_value: Any
    device_id: str | None
    created_at: str
    resolved: bool = False
    resolution: str | None = None
    reason: str | None = Field(default=None, description="why, in English")
    reason_id: str | None = Field(default=None, description="message id of the reason")
    reason_params: dict[str, Any] = Field(default_factory=dict, description="parameters of reason_id")


class DismissalOut(BaseModel):
    """A case that a reviewer said is not the same household as the case it is listed under."""

    other: str = Field(description="id of the other case")
    by: str
    at: str


class PairOut(BaseModel):
    """Another case that HQ's last full pass found may be the same household (perhaps in a
    municipality the device does not hold): its number and place, never its people."""

    other: str = Field(description="id of the other case")
    case_number: str
    municipality: str
    score: float


class CaseState(BaseModel):
    """The whole of a case as HQ holds it, as sent to a device in scope."""

    id: str
    case_number: str
    case_type: str
    status: str
    municipality: str
    revision: int
    version: int
    hlc: str
    owner: str
    assigned_to: str | None
    duplicate_of: str | None = Field(default=None, description="id of the case this one duplicates")
    content: dict[str, Any]
    notes: list[NoteOut]
    history: list[HistoryOut]
    conflicts: list[ConflictOut]
    not_duplicates: list[DismissalOut] = Field(
        default_factory=list, description="cases dismissed as not the same household as this one")
    possible_duplicates: list[PairOut] = Field(
        default_factory=list, description="HQ's possible duplicates of this case, from its last full pass")


class ReferenceItem(BaseModel):
    """A piece of reference data HQ distributes (e.g. settlements an office added)."""

    key: str
    version: int
    data: Any


class TlsNext(BaseModel):
    """HQ's next TLS key, announced before HQ uses it: its SPKI SHA-256 (hex) and HQ's Ed25519
    signature over it (see :mod:`sync.protocol.pinning`)."""

    spki: str
    signature: str


class PullResponse(BaseModel):
    """One page of changes; apply it, then ask again from ``cursor`` while ``more``."""

    cases: list[CaseState]
    cursor: int
    more: bool
    reference: list[ReferenceItem] = Field(default_factory=list)
    ref_version: int = 0
    hq_time: str
    tls_next: TlsNext | None = None


class DigestRequest(Strict):
    """The device's digest of its synced cases (sorted ``id:version`` lines, SHA-256)."""

    digest: str = Field(pattern=r"^[0-9a-f]{64}$")
    count: int = Field(ge=0, le=10_000_000)


class CaseVersion(BaseModel):
    """A case id and HQ's version of it."""

    id: str
    version: int


class DigestResponse(BaseModel):
    """Whether the device agrees with HQ on its scope; if not, HQ's list to repair from."""

    match: bool
    count: int
    cases: list[CaseVersion] | None = None


class FetchRequest(Strict):
    """Ask for the current state of some cases (repair after a digest mismatch)."""

    ids: list[str] = Field(max_length=MAX_PAGE)


class FetchResponse(BaseModel):
    """States of the cases asked for that are in scope; the rest are ``missing``."""

    cases: list[CaseState]
    missing: list[str]


# --- cases, review, conflicts ----------------------------------------------------------------

class CaseSummaryOut(BaseModel):
    """One row of HQ's case list."""

    id: str
    case_number: str
    case_type: str
    status: str
    municipality: str
    head: str
    members: int
    owner: str
    assigned_to: str | None
    duplicate_of: str | None = None
    revision: int
    conflict: bool
    updated_at: str


class ReviewRequest(Strict):
    """A review decision on a submitted or under-review case; a duplicate names its original."""

    decision: Literal["approve", "return", "duplicate", "ineligible", "withdraw"]
    comment: str | None = Field(default=None, max_length=2000)
    duplicate_of: str | None = Field(default=None, min_length=1, max_length=40,
                                     description="id or case number of the original (decision duplicate)")


class TransitionRequest(Strict):
    """Move a case to another workflow state, as the rules allow the caller's role."""

    status: str = Field(min_length=1, max_length=30)
    comment: str | None = Field(default=None, max_length=2000)
    duplicate_of: str | None = Field(default=None, min_length=1, max_length=40,
                                     description="id or case number of the original (status duplicate)")


class AssignRequest(Strict):
    """Assign a case to an officer (by user name)."""

    to: str = Field(min_length=1, max_length=100)


class ResolveRequest(Strict):
    """Resolve a conflict by keeping HQ's value or the device's."""

    keep: Literal["hq", "device"]


class ErrorOut(BaseModel):
    """Every refusal: a code, a message id with parameters, its English wording, and for a
    revoked device the wipe order.

    A device words the refusal in its own language from ``id`` and ``params`` (see
    :mod:`fieldapp.messages`); ``message`` is the same in English, for devices that predate ids.
    """

    error: str = Field(description="short machine-readable reason")
    message: str = Field(description="one line in English saying what to do")
    id: str | None = Field(default=None, description="message id of the refusal")
    params: dict[str, Any] = Field(default_factory=dict, description="parameters of the message id; "
                                   "a nested message is {\"$message\": {\"id\": …, \"params\": …}}")
    wipe: bool = False
    hq_time: str | None = None
