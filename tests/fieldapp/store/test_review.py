"""The review desk in the store: the laptop's role and scope, the queue, possible duplicates,
decisions and assignment, on a real encrypted workspace.

Cases reach a reviewer's laptop the way they do in the field: as HQ's case states applied by
:func:`fieldapp.store.remote.apply_states` (with their history, so each case has a known "waiting
since"), or imported from a file. The laptop is enrolled by writing the enrolment record the way
the sync engine's enrolment does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.domain.interchange import CONTENT_FIELDS, validate_case
from fieldapp.store import cases, remote, review
from fieldapp.store.models import Case, OutboxOp, Transition
from fieldapp.store.status import workspace_status
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case

TODAY = dt.date(2026, 11, 21)


def enrol(ws: Workspace, role: str, municipalities: tuple[str, ...] = ("20",)) -> None:
    """Record an enrolment as the sync engine does after HQ's answer."""
    with ws.write() as ctx:
        ctx.set_meta(remote.ENROLMENT, {"device_id": "dev-1", "user": ws.actor.officer, "role": role,
                                        "municipalities": list(municipalities),
                                        "hq_url": "https://hq.example", "hq_id": "hq",
                                        "enrolled_at": "2026-11-01T08:00:00.000Z"})


def member(given: str, family: str, born: str | None = None, number: str | None = None,
           relationship: str = "head") -> dict[str, Any]:
    """A household member for a test case."""
    script = "Cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in given + family) else "Latn"
    return {"given_name": given, "family_name": family, "script": script, "sex": "M",
            "date_of_birth": born, "relationship": relationship, "personal_number": number}


def household(*members: dict[str, Any], settlement: str = "Prizren", municipality: str = "20",
              vulnerabilities: tuple[str, ...] = ()) -> dict[str, Any]:
    """A case document with these members (the first is the head)."""
    return sample_case(members=list(members), settlement=settlement, municipality=municipality,
                       vulnerabilities=list(vulnerabilities))


_numbers = iter(range(1, 10_000))


def from_hq(ws: Workspace, doc: dict[str, Any], *, status: str, since: str, owner: str = "Arta Krasniqi",
            assigned_to: str | None = None, returns: int = 0, duplicate_of: str | None = None) -> str:
    """Apply HQ's state of a case that entered ``status`` at ``since``; returns its id."""
    valid = validate_case({**doc, "status": "draft"})
    case_id = str(uuid.uuid4())
    number = f"{doc['municipality']}-2026-HQ01-{next(_numbers):04d}"
    history = [{"from_status": None, "to_status": "draft", "at": "2026-09-01T08:00:00.000Z"}]
    for i in range(returns):
        history += [{"from_status": "draft" if i == 0 else "returned", "to_status": "submitted",
                     "at": f"2026-09-0{2 + 2 * i}T08:00:00.000Z"},
                    {"from_status": "submitted", "to_status": "returned", "comment": "photo missing",
                     "decision": "return", "at": f"2026-09-0{3 + 2 * i}T08:00:00.000Z"}]
    history.append({"from_status": history[-1]["to_status"], "to_status": status, "at": since})
    for h in history:
        h.update(event_id=str(uuid.uuid4()), by=owner, role="officer", origin="hq")
        h.setdefault("comment", None)
        h.setdefault("decision", None)
    state = {"id": case_id, "case_number": number, "case_type": doc["case_type"], "status": status,
             "municipality": doc["municipality"], "revision": 3, "version": 3,
             "hlc": "2026-11-01T08:00:00.000Z/0/HQ01", "owner": owner, "assigned_to": assigned_to,
             "content": {k: valid[k] for k in CONTENT_FIELDS if k != "notes"}, "notes": [],
             "history": history, "conflicts": [], "duplicate_of": duplicate_of}
    with ws.write() as ctx:
        summary = remote.apply_states(ctx, [state])
    assert summary.applied == 1
    return case_id


@dataclass(frozen=True)
class Op:
    """An outbox row as read back."""

    kind: str
    entity_id: str
    base_rev: int
    fields: dict[str, Any]


def outbox(ws: Workspace) -> list[Op]:
    with ws.read() as s:
        return [Op(o.kind, o.entity_id, o.base_rev, o.fields)
                for o in s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars()]


def decide(ws: Workspace, ref: str, decision: str, **kw: Any) -> dict[str, Any]:
    with ws.write() as ctx:
        return review.decide(ctx, ref, decision, **kw)


def refused(ws: Workspace, message_id: str, fn: Any, *args: Any, **kw: Any) -> UserError:
    """Run a write that must be refused with ``message_id`` and must write nothing."""
    before = len(outbox(ws))
    with ws.read() as s:
        steps = s.execute(select(func.count()).select_from(Transition)).scalar()
    with pytest.raises(UserError) as info, ws.write() as ctx:
        fn(ctx, *args, **kw)
    assert info.value.id == message_id, info.value
    assert len(outbox(ws)) == before
    with ws.read() as s:
        assert s.execute(select(func.count()).select_from(Transition)).scalar() == steps
    return info.value


# --- the laptop works for its HQ user --------------------------------------------------------

def test_an_enrolled_laptop_acts_with_its_hq_users_role_and_municipalities(workspace: Workspace) -> None:
    assert (workspace.actor.role, workspace.actor.municipalities) == ("officer", ("20",))
    with workspace.read() as s:
        before = workspace_status(s, workspace.actor.officer).to_json()
    assert (before["role"], before["municipalities"], before["enrolled"]) == ("officer", ["20"], False)

    enrol(workspace, "mocr", ("20", "19"))
    assert (workspace.actor.role, workspace.actor.municipalities) == ("mocr", ("20", "19"))
    with workspace.read() as s:
        after = workspace_status(s, workspace.actor.officer).to_json()
    assert (after["role"], after["municipalities"], after["enrolled"]) == ("mocr", ["20", "19"], True)
    # Every move the laptop writes from now on names the HQ user's role.
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case(status="submitted"))
        cases.transition(ctx, doc["id"], "under_review")
    with workspace.read() as s:
        assert cases.get_case(s, doc["id"])["history"][-1]["role"] == "mocr"


def test_a_laptop_reopened_after_enrolment_keeps_the_role(workspace: Workspace) -> None:
    from tests.conftest import PASSPHRASE

    enrol(workspace, "supervisor", ("20",))
    root = workspace.root
    workspace.close()
    with Workspace.open(root, PASSPHRASE) as ws:
        assert ws.actor.role == "supervisor" and ws.actor.municipalities == ("20",)


# --- the queue -------------------------------------------------------------------------------

@pytest.fixture
def desk(workspace: Workspace) -> Workspace:
    """A supervisor's laptop of municipality 20."""
    enrol(workspace, "supervisor", ("20",))
    return workspace


def test_the_queue_lists_waiting_cases_in_scope_oldest_first(desk: Workspace) -> None:
    newer = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="submitted",
                    since="2026-11-01T09:00:00.000Z")
    older = from_hq(desk, household(member("Besim", "Krasniqi", "1960"), settlement="Lubizhdë"),
                    status="under_review", since="2026-10-20T09:00:00.000Z", owner="Drita Gashi",
                    assigned_to="Leonora Berisha", returns=2)
    from_hq(desk, household(member("Cen", "Morina", "1980")), status="draft", since="2026-09-01T09:00:00.000Z")
    from_hq(desk, household(member("Dita", "Shala", "1981")), status="approved", since="2026-09-01T09:00:00.000Z")
    with desk.write() as ctx:  # a case of 19 imported onto the laptop: not this laptop's to decide
        cases.create_case(ctx, household(member("Elton", "Rama", "1982"), municipality="19", settlement="Prishtinë")
                          | {"status": "submitted"})
    with desk.read() as s:
        rows = review.queue(s, today=TODAY)
    assert [r.id for r in rows] == [older, newer]
    first, second = rows
    assert (first.status, first.waiting_days, first.since[:10]) == ("under_review", 32, "2026-10-20")
    assert (second.status, second.waiting_days) == ("submitted", 20)
    assert first.officer == "Leonora Berisha" and second.officer == "Arta Krasniqi"
    assert (first.returned_before, second.returned_before) == (2, 0)
    assert first.head == "Besim Krasniqi" and first.settlement == "Lubizhdë" and first.members == 1
    data = second.to_json()
    assert {"id", "case_number", "status", "municipality", "head", "members", "score", "waiting_days",
            "possible_duplicates"} <= set(data)


def test_the_queue_filters(desk: Workspace) -> None:
    a = from_hq(desk, household(member("Arben", "Hoxha", "1970"), settlement="Lubizhdë"), status="submitted",
                since="2026-11-01T09:00:00.000Z")
    b = from_hq(desk, household(member("Besim", "Krasniqi", "1960")), status="under_review",
                since="2026-10-20T09:00:00.000Z", assigned_to="Leonora Berisha")
    c = from_hq(desk, household(member("Ђорђе", "Петровић", "1968")), status="submitted",
                since="2026-10-25T09:00:00.000Z")
    d = from_hq(desk, household(member("Djordje", "Petrovic", "1968"), settlement="Zhur"), status="approved",
                since="2026-10-25T09:00:00.000Z")
    del d

    def ids(**kw: Any) -> list[str]:
        with desk.read() as s:
            return [r.id for r in review.queue(s, review.QueueFilter(**kw), today=TODAY)]

    assert ids() == [b, c, a]
    assert ids(status="submitted") == [c, a]
    assert ids(settlement="Lubizhdë") == [a]
    assert ids(officer="Leonora Berisha") == [b]
    assert ids(officer="Arta Krasniqi") == [c, a]
    assert ids(municipality="19") == []
    assert ids(text="djordje") == [c]  # typed in Latin without diacritics, written in Cyrillic
    # Only Petrović has a possible duplicate (the approved Petrovic, same name and birth year).
    assert ids(duplicates_only=True) == [c]


def test_duplicate_counts_follow_the_rules_and_match_the_candidates(desk: Workspace) -> None:
    since = "2026-11-01T09:00:00.000Z"
    by_number = from_hq(desk, household(member("Arben", "Hoxha", "1970", "1234567890")), status="submitted",
                        since=since)
    from_hq(desk, household(member("Arbën", "Hoxhaj", "1971", "1234567890"), settlement="Zhur"),
            status="approved", since=since)
    by_name = from_hq(desk, household(member("Јелена", "Петровић", "1971-03"), settlement="Zhur"),
                      status="submitted", since=since)
    from_hq(desk, household(member("Jelena", "Petrović", "1971-03"), settlement="Lubizhdë"),
            status="closed", since=since)
    from_hq(desk, household(member("Jelena", "Petrovic", "1975-03"), settlement="Lubizhdë"),
            status="draft", since=since)  # born four years apart: another person
    by_head = from_hq(desk, household(member("Besim", "Krasniqi", "1960"), settlement="Lubizhdë"),
                      status="under_review", since=since)
    from_hq(desk, household(member("Besim", "Krasniqi", None), settlement="Lubizhdë"), status="draft",
            since=since)
    # A case already marked a duplicate is never offered as an original, nor counted.
    from_hq(desk, household(member("Besim", "Krasniqi", "1960"), settlement="Lubizhdë"), status="duplicate",
            since=since, duplicate_of=by_head)
    alone = from_hq(desk, household(member("Cen", "Morina", "1980")), status="submitted", since=since)

    with desk.read() as s:
        counts = {r.id: r.possible_duplicates for r in review.queue(s, today=TODAY)}
        found = {cid: review.possible_duplicates(s, cid) for cid in counts}
    assert counts == {by_number: 1, by_name: 1, by_head: 1, alone: 0}
    assert all(counts[cid] == len(found[cid]) for cid in counts)
    [number_match] = found[by_number]
    assert number_match.reasons[0].id == "duplicates.reason.personal_number"
    assert "1234567890" in str(number_match.reasons[0]) and number_match.status == "approved"
    [name_match] = found[by_name]
    assert [r.id for r in name_match.reasons][:2] == ["duplicates.reason.head", "duplicates.reason.born_same"]
    assert name_match.head == "Jelena Petrović" and name_match.status == "closed"
    [head_match] = found[by_head]
    assert [r.id for r in head_match.reasons][:3] == ["duplicates.reason.head", "duplicates.reason.members",
                                                      "duplicates.reason.settlement"]
    # One person alike counts fully only with the same full date of birth, more in the same
    # settlement (Besim Krasniqi in Lubizhdë) than elsewhere (Jelena Petrović, Zhur and Lubizhdë).
    assert number_match.score > head_match.score > name_match.score >= 0.5


def test_possible_duplicates_rank_the_likeliest_first(desk: Workspace) -> None:
    since = "2026-11-01T09:00:00.000Z"
    case = from_hq(desk, household(member("Đorđe", "Petrović", "1968", "9876543210"),
                                   member("Ana", "Petrović", "1990", relationship="child")),
                   status="submitted", since=since)
    strong = from_hq(desk, household(member("Ђорђе", "Петровић", "1968", "9876543210"), settlement="Zhur"),
                     status="draft", since=since)
    weak = from_hq(desk, household(member("Djordje", "Petrovic", None), settlement="Prizren"), status="draft",
                   since=since)
    with desk.read() as s:
        found = review.possible_duplicates(s, case)
        limited = review.possible_duplicates(s, case, limit=1)
    assert [c.case_id for c in found] == [strong, weak]
    # Personal number, then the same head born the same year (Cyrillic against Latin).
    assert [r.id for r in found[0].reasons][:3] == ["duplicates.reason.personal_number", "duplicates.reason.head",
                                                     "duplicates.reason.born_same"]
    # The same head's name without a year of birth, in the same settlement: likely, less so.
    assert found[0].score >= 0.95 and 0.5 <= found[1].score < found[0].score
    assert [c.case_id for c in limited] == [strong]
    assert [r.params["settlement"] for r in found[1].reasons if r.id == "duplicates.reason.settlement"] == ["Prizren"]
    assert all(0 <= c.score <= 1 for c in found)


# --- decisions -------------------------------------------------------------------------------

def test_a_supervisor_approves_a_submitted_case_through_under_review(desk: Workspace) -> None:
    case = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="submitted",
                   since="2026-11-01T09:00:00.000Z")
    doc = decide(desk, case, "approve")
    assert doc["status"] == "approved" and doc["revision"] == 5 and doc["sync_state"] == "pending"
    steps = [(h["from"], h["to"], h["decision"], h["role"]) for h in doc["history"][-2:]]
    assert steps == [("submitted", "under_review", None, "supervisor"),
                     ("under_review", "approved", "approve", "supervisor")]
    ops = outbox(desk)
    assert [(op.kind, op.base_rev, op.fields) for op in ops] == [
        ("case.transition", 3, {"status": "under_review", "from": "submitted", "comment": None}),
        ("case.transition", 4, {"status": "approved", "from": "under_review", "comment": None,
                                "decision": "approve"}),
    ]
    with desk.read() as s:
        assert review.queue(s) == []


@pytest.mark.parametrize("decision", ["approve", "ineligible", "duplicate"])
def test_a_mocr_verifies_but_does_not_decide(workspace: Workspace, decision: str) -> None:
    enrol(workspace, "mocr", ("20",))
    original = from_hq(workspace, household(member("Arben", "Hoxha", "1970")), status="approved",
                       since="2026-10-01T09:00:00.000Z")
    case = from_hq(workspace, household(member("Arben", "Hoxha", "1970")), status="submitted",
                   since="2026-11-01T09:00:00.000Z")
    err = refused(workspace, "cases.transition_refused", review.decide, case, decision, comment="why",
                  duplicate_of=original if decision == "duplicate" else None)
    assert "Supervisor" in err.render("en")
    with workspace.read() as s:
        assert cases.get_case(s, case)["status"] == "submitted"


def test_a_mocr_returns_with_a_comment(workspace: Workspace) -> None:
    enrol(workspace, "mocr", ("20",))
    case = from_hq(workspace, household(member("Arben", "Hoxha", "1970")), status="under_review",
                   since="2026-11-01T09:00:00.000Z")
    refused(workspace, "cases.transition_refused", review.decide, case, "return", comment="  ")
    doc = decide(workspace, case, "return", comment="Birth certificate missing")
    assert doc["status"] == "returned"
    [op] = outbox(workspace)
    assert op.fields == {"status": "returned", "from": "under_review", "comment": "Birth certificate missing",
                         "decision": "return"}
    assert workflow.return_note(doc["status"], doc["history"]).comment == "Birth certificate missing"  # type: ignore[union-attr]


def test_an_officers_laptop_refuses_to_review(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        case = cases.create_case(ctx, sample_case())["id"]
        cases.transition(ctx, case, "submitted")
    err = refused(workspace, "review.not_a_reviewer", review.decide, case, "approve")
    assert "Field officer" in err.render("en") and "Теренски службеник" in err.render("sr-Cyrl")
    refused(workspace, "review.not_a_reviewer_assign", review.assign, case, "Besa")


def test_a_mocr_of_20_cannot_decide_a_case_of_19_imported_onto_its_laptop(workspace: Workspace) -> None:
    enrol(workspace, "mocr", ("20",))
    with workspace.write() as ctx:
        foreign = cases.create_case(ctx, household(member("Elton", "Rama", "1982"), municipality="19",
                                                   settlement="Prishtinë") | {"status": "submitted"})
    before = len(outbox(workspace))
    err = refused(workspace, "review.out_of_scope", review.decide, foreign["id"], "return", comment="x")
    assert "Prishtinë / Priština" in err.render("en") and "Prizren" in err.render("en")
    # Neither by the plain workflow move nor by assignment.
    refused(workspace, "review.out_of_scope", cases.transition, foreign["id"], "under_review")
    refused(workspace, "review.out_of_scope", review.assign, foreign["id"], "Besa")
    assert len(outbox(workspace)) == before


def test_a_decision_on_a_case_not_waiting_is_refused(desk: Workspace) -> None:
    case = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="approved",
                   since="2026-11-01T09:00:00.000Z")
    refused(desk, "review.not_waiting", review.decide, case, "withdraw", comment="moved away")
    refused(desk, "review.unknown_decision", review.decide, case, "select")


def test_a_duplicate_names_its_original(desk: Workspace) -> None:
    since = "2026-11-01T09:00:00.000Z"
    original = from_hq(desk, household(member("Arben", "Hoxha", "1970", "1234567890")), status="approved",
                       since=since)
    case = from_hq(desk, household(member("Arbën", "Hoxha", "1970", "1234567890")), status="under_review",
                   since=since)
    other = from_hq(desk, household(member("Cen", "Morina", "1980")), status="duplicate", since=since,
                    duplicate_of=original)
    with desk.write() as ctx:
        foreign = cases.create_case(ctx, household(member("Elton", "Rama", "1982"), municipality="19",
                                                   settlement="Prishtinë"))["id"]
    refused(desk, "review.duplicate_needs_original", review.decide, case, "duplicate")
    refused(desk, "review.original_is_itself", review.decide, case, "duplicate", duplicate_of=case)
    refused(desk, "review.original_is_duplicate", review.decide, case, "duplicate", duplicate_of=other)
    refused(desk, "review.original_not_found", review.decide, case, "duplicate", duplicate_of="20-2026-XXXX-0001")
    refused(desk, "review.original_out_of_scope", review.decide, case, "duplicate", duplicate_of=foreign)
    refused(desk, "review.original_only_for_duplicate", review.decide, case, "approve", duplicate_of=original)

    with desk.read() as s:
        number = cases.get_case(s, original)["case_number"]
    doc = decide(desk, case, "duplicate", duplicate_of=number)  # named by its case number
    assert doc["status"] == "duplicate" and doc["duplicate_of"] == original
    op = outbox(desk)[-1]
    assert op.fields == {"status": "duplicate", "from": "under_review", "comment": None,
                         "decision": "duplicate", "duplicate_of": original}
    with desk.read() as s:  # no longer a candidate for anyone
        assert all(c.case_id != case for c in review.possible_duplicates(s, original))


def test_every_decision_of_a_supervisor(desk: Workspace) -> None:
    since = "2026-11-01T09:00:00.000Z"
    original = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="approved", since=since)
    for decision, target in workflow.DECISIONS.items():
        case = from_hq(desk, household(member("Besim", "Krasniqi", "1960")), status="submitted", since=since)
        doc = decide(desk, case, decision, comment="reason given",
                     duplicate_of=original if decision == "duplicate" else None)
        assert doc["status"] == target
        assert doc["history"][-1]["decision"] == decision and doc["history"][-1]["comment"] == "reason given"


def test_a_repatriated_duplicate_moves_by_transition_naming_its_original(desk: Workspace) -> None:
    rep = {"case_type": "repatriated", "status": "arrival_registered"}
    with desk.write() as ctx:
        first = cases.create_case(ctx, household(member("Arben", "Hoxha", "1970")) | rep)["id"]
        second = cases.create_case(ctx, household(member("Arben", "Hoxha", "1970")) | rep)["id"]
    refused(desk, "review.duplicate_needs_original", cases.transition, second, "duplicate")
    with desk.write() as ctx:
        doc = cases.transition(ctx, second, "duplicate", duplicate_of=first)
    assert doc["duplicate_of"] == first
    assert outbox(desk)[-1].fields["duplicate_of"] == first


# --- assignment ------------------------------------------------------------------------------

OFFICERS = [{"name": "Leonora Berisha", "municipalities": ["20"]},
            {"name": "Besa Hoti", "municipalities": ["20", "19"]},
            {"name": "Milan Jovanović", "municipalities": ["19"]}]


def test_a_mocr_assigns_a_case_to_an_officer_of_its_municipality(workspace: Workspace) -> None:
    enrol(workspace, "mocr", ("20",))
    case = from_hq(workspace, household(member("Arben", "Hoxha", "1970")), status="submitted",
                   since="2026-11-01T09:00:00.000Z")
    with workspace.write() as ctx:  # before HQ sent the list, any name goes (HQ checks it)
        remote.store_reference(ctx, [{"key": review.OFFICERS_KEY, "version": 1, "data": OFFICERS}], 1)
    with workspace.read() as s:
        assert review.officers(s) == ["Besa Hoti", "Leonora Berisha", "Milan Jovanović"]
        assert review.officers(s, municipality="20") == ["Besa Hoti", "Leonora Berisha"]
    err = refused(workspace, "review.assign_unknown_officer", review.assign, case, "Milan Jovanović")
    assert "Besa Hoti, Leonora Berisha" in err.render("en")
    refused(workspace, "review.assign_needs_officer", review.assign, case, " ")

    with workspace.write() as ctx:
        doc = review.assign(ctx, case, "Leonora Berisha")
    assert doc["assigned_office"] == "Leonora Berisha" and doc["owner"] == "Arta Krasniqi"
    [op] = outbox(workspace)
    assert (op.kind, op.entity_id, op.fields, op.base_rev) == ("case.assign", case, {"officer": "Leonora Berisha"}, 3)
    with workspace.read() as s:
        assert review.queue(s)[0].officer == "Leonora Berisha"


def test_without_a_list_from_hq_any_officer_name_is_sent(desk: Workspace) -> None:
    case = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="selected",
                   since="2026-11-01T09:00:00.000Z")
    with desk.read() as s:
        assert review.officers(s) == []
    with desk.write() as ctx:
        assert review.assign(ctx, case, "Leonora Berisha")["assigned_office"] == "Leonora Berisha"
    closed = from_hq(desk, household(member("Cen", "Morina", "1980")), status="closed",
                     since="2026-11-01T09:00:00.000Z")
    refused(desk, "review.assign_final", review.assign, closed, "Leonora Berisha")


# --- what HQ sends, and files ----------------------------------------------------------------

def test_hq_state_brings_owner_and_duplicate_of(desk: Workspace) -> None:
    since = "2026-11-01T09:00:00.000Z"
    original = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="approved", since=since)
    copy = from_hq(desk, household(member("Arben", "Hoxha", "1970")), status="duplicate", since=since,
                   owner="Drita Gashi", duplicate_of=original)
    with desk.read() as s:
        doc = cases.get_case(s, copy)
        number, case_type = s.execute(select(Case.case_number, Case.case_type).where(Case.id == copy)).one()
    assert (doc["duplicate_of"], doc["owner"]) == (original, "Drita Gashi")
    # A later state (reassigned at HQ, the duplicate mark taken back) replaces both.
    with desk.write() as ctx:
        state = {"id": copy, "case_number": number, "case_type": case_type, "status": "draft",
                 "municipality": "20", "revision": 4, "version": 4, "hlc": "2026-11-02T08:00:00.000Z/0/HQ01",
                 "owner": "Besa Hoti", "assigned_to": None,
                 "content": {k: doc[k] for k in CONTENT_FIELDS if k != "notes"}, "notes": [],
                 "history": [], "conflicts": []}
        remote.apply_states(ctx, [state])
    with desk.read() as s:
        doc = cases.get_case(s, copy)
    assert (doc["duplicate_of"], doc["owner"], doc["status"]) == (None, "Besa Hoti", "draft")


def test_files_may_carry_duplicate_of_on_a_duplicate_case() -> None:
    original = str(uuid.uuid4())
    doc = validate_case(sample_case(status="duplicate", duplicate_of=original))
    assert doc["duplicate_of"] == original
    assert "duplicate_of" not in validate_case(sample_case())  # files without it import unchanged
    with pytest.raises(ValidationError) as info:
        validate_case(sample_case(status="draft", duplicate_of=original))
    assert info.value.problems[0].id == "review.interchange.duplicate_of_not_duplicate"
    with pytest.raises(ValidationError) as info:
        validate_case(sample_case(status="duplicate", duplicate_of="not-an-id"))
    assert info.value.problems[0].id == "domain.not_a_uuid"
