"""HQ's rules for the review desk, through the real app: decisions pushed from reviewers' laptops,
duplicates naming their original, the first decision winning, assignment, the officers list, the
review and transition services, and the USB bundle path — each attacker's path refused unchanged."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import text

from fieldapp.messages import render_text
from tests.sync.conftest import InProcessHq
from tests.sync.test_rules import Push

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture
def desk(app_hq: InProcessHq) -> dict[str, Any]:
    """Two officers, a MOCR officer and two supervisors of 20; a supervisor and an officer of 19."""
    names = {"officer": app_hq.user("officer", "20"), "officer2": app_hq.user("officer", "20"),
             "mocr": app_hq.user("mocr", "20"), "supervisor": app_hq.user("supervisor", "20"),
             "supervisor2": app_hq.user("supervisor", "20"),
             "supervisor19": app_hq.user("supervisor", "19"), "officer19": app_hq.user("officer", "19")}
    return {"names": names, **{role: Push(app_hq, app_hq.device(name)) for role, name in names.items()}}


def submitted(officer: Push, municipality: str = "20") -> tuple[str, int]:
    """A case the officer created and submitted: (id, HQ revision)."""
    create = officer.create(municipality=municipality)
    cid = create["entity_id"]
    submit = officer.op("case.transition", cid, {"status": "submitted", "from": "draft", "comment": None}, 1)
    results = officer.results(create, submit)
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return cid, int(results[-1]["revision"])


def decision_ops(p: Push, cid: str, base: int, decision: str, target: str, *, comment: str | None = None,
                 duplicate_of: str | None = None) -> list[dict[str, Any]]:
    """The two ops a reviewer's laptop writes for a decision on a submitted case."""
    fields: dict[str, Any] = {"status": target, "from": "under_review", "comment": comment, "decision": decision}
    if duplicate_of is not None:
        fields["duplicate_of"] = duplicate_of
    return [p.op("case.transition", cid, {"status": "under_review", "from": "submitted", "comment": None}, base),
            p.op("case.transition", cid, fields, base + 1)]


def case_at(hq: InProcessHq, p: Push, cid: str) -> dict[str, Any]:
    """HQ's state of a case as ``p``'s device reads it."""
    r = hq.call(p.dev, "GET", f"/cases/{cid}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_a_duplicate_decision_names_its_original_and_reaches_the_laptops(
        app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, supervisor = desk["officer"], desk["supervisor"]
    original, _ = submitted(officer)
    cid, rev = submitted(officer)
    results = supervisor.results(*decision_ops(supervisor, cid, rev, "duplicate", "duplicate",
                                               duplicate_of=original))
    assert [r["status"] for r in results] == ["applied", "applied"], results
    state = case_at(app_hq, supervisor, cid)
    assert (state["status"], state["duplicate_of"]) == ("duplicate", original)
    assert [(h["from_status"], h["to_status"], h["decision"], h["by"]) for h in state["history"][-2:]] == [
        ("submitted", "under_review", None, desk["names"]["supervisor"]),
        ("under_review", "duplicate", "duplicate", desk["names"]["supervisor"])]
    # The officer's laptop learns of it on its next pull; HQ's list shows it too.
    page = app_hq.call(officer.dev, "POST", "/sync/pull", {"cursor": 0}).json()
    [pulled] = [c for c in page["cases"] if c["id"] == cid]
    assert (pulled["status"], pulled["duplicate_of"]) == ("duplicate", original)
    listed = app_hq.call(supervisor.dev, "GET", "/cases", query="status=duplicate&limit=1000").json()
    assert {c["id"]: c["duplicate_of"] for c in listed}[cid] == original
    with app_hq.db.read() as s:
        detail = s.execute(text("SELECT detail FROM hq_audit WHERE action = 'case.decision' AND case_id = :c"),
                           {"c": cid}).scalar()
    assert "duplicate" in str(detail) and original in str(detail)


def test_an_original_must_be_another_visible_case_that_is_no_duplicate(
        app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, supervisor = desk["officer"], desk["supervisor"]
    cid, rev = submitted(officer)
    foreign, _ = submitted(desk["officer19"], "19")
    original, orev = submitted(officer)
    dup_of_original, drev = submitted(officer)
    # A case that is already a duplicate cannot be an original.
    supervisor.results(*decision_ops(supervisor, dup_of_original, drev, "duplicate", "duplicate",
                                     duplicate_of=original))
    take = supervisor.op("case.transition", cid, {"status": "under_review", "from": "submitted", "comment": None}, rev)
    assert supervisor.results(take)[0]["status"] == "applied"
    version = case_at(app_hq, supervisor, cid)["version"]

    def decide(**fields: Any) -> dict[str, Any]:
        [r] = supervisor.results(supervisor.op("case.transition", cid, {
            "status": "duplicate", "from": "under_review", "comment": None, "decision": "duplicate", **fields}, rev + 1))
        return r

    missing, invisible = decide(duplicate_of=str(uuid.uuid4())), decide(duplicate_of=foreign)
    assert missing["status"] == invisible["status"] == "rejected"
    # Out of scope reads exactly like not there: nothing is learnt about the other municipality.
    assert missing["reason_id"] == invisible["reason_id"] == "hq.duplicate.unknown_original"
    assert decide(duplicate_of=cid)["reason_id"] == "hq.duplicate.itself"
    assert decide(duplicate_of=dup_of_original)["reason_id"] == "hq.duplicate.of_duplicate"
    assert decide()["reason_id"] == "hq.push.duplicate_needs_original"
    assert decide(duplicate_of="20-2026-TEST-000001")["reason_id"] == "hq.push.duplicate_needs_original"
    [r] = supervisor.results(supervisor.op("case.transition", cid, {
        "status": "approved", "from": "under_review", "comment": None, "decision": "approve",
        "duplicate_of": original}, rev + 1))
    assert r["reason_id"] == "hq.push.original_only_for_duplicate"
    [r] = supervisor.results(supervisor.op("case.transition", cid, {
        "status": "returned", "from": "under_review", "comment": "x", "decision": "approve"}, rev + 1))
    assert r["reason_id"] == "hq.push.bad_decision"
    unchanged = case_at(app_hq, supervisor, cid)
    assert (unchanged["status"], unchanged["version"], unchanged["conflicts"]) == ("under_review", version, [])
    assert decide(duplicate_of=original)["status"] == "applied"


def test_roles_and_scope_are_enforced_on_pushed_decisions(app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, mocr, supervisor19 = desk["officer"], desk["mocr"], desk["supervisor19"]
    cid, rev = submitted(officer)
    before = case_at(app_hq, mocr, cid)

    # A tampered officer's laptop pushing an approval: refused, naming who may approve.
    results = officer.results(*decision_ops(officer, cid, rev, "approve", "approved"))
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert "supervisor" in results[1]["reason"]
    # A MOCR officer verifies and presents; approving is the supervisor's.
    results = mocr.results(*decision_ops(mocr, cid, rev, "approve", "approved"))
    assert [r["status"] for r in results] == ["applied", "rejected"], results
    assert results[1]["reason_id"] == "domain.workflow.not_your_move"
    for decision, target in (("ineligible", "ineligible"), ("duplicate", "duplicate")):
        [r] = mocr.results(mocr.op("case.transition", cid, {"status": target, "from": "under_review",
                                                            "comment": "x", "decision": decision}, rev + 1))
        assert r["status"] == "rejected", (decision, r)
    # A return needs a comment, then it is the MOCR officer's to make.
    [r] = mocr.results(mocr.op("case.transition", cid, {"status": "returned", "from": "under_review",
                                                        "comment": None, "decision": "return"}, rev + 1))
    assert r["status"] == "rejected" and r["reason_id"] == "domain.workflow.needs_comment"
    # A supervisor of 19 deciding a case of 20: not even its existence is confirmed.
    results = supervisor19.results(*decision_ops(supervisor19, cid, rev, "approve", "approved"))
    assert [(r["status"], r["reason_id"], r["case_id"]) for r in results] == [
        ("rejected", "hq.push.unknown_case", None)] * 2
    after = case_at(app_hq, mocr, cid)
    assert (after["status"], len(after["history"])) == ("under_review", len(before["history"]) + 1)
    [r] = mocr.results(mocr.op("case.transition", cid, {"status": "returned", "from": "under_review",
                                                        "comment": "Add the parcel", "decision": "return"}, rev + 1))
    assert r["status"] == "applied"
    assert case_at(app_hq, officer, cid)["status"] == "returned"


def test_the_first_decision_wins_and_the_second_is_kept_as_a_conflict(
        app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, first, second = desk["officer"], desk["supervisor"], desk["supervisor2"]
    cid, rev = submitted(officer)
    # Both laptops decided offline on the same submitted case; the first reaches HQ first.
    first_ops = decision_ops(first, cid, rev, "approve", "approved")
    second_ops = decision_ops(second, cid, rev, "return", "returned", comment="Ask for the deed")
    assert [r["status"] for r in first.results(*first_ops)] == ["applied", "applied"]
    taken, decided = second.results(*second_ops)
    assert taken["status"] == "merged" and taken["reason_id"] == "hq.push.moved_on"
    assert (decided["status"], decided["conflicts"]) == ("conflict", ["status"])
    assert decided["reason_id"] == "hq.push.decided_first"
    assert desk["names"]["supervisor"] in decided["reason"]

    state = case_at(app_hq, second, cid)
    assert state["status"] == "approved"
    assert [h["to_status"] for h in state["history"]].count("returned") == 0
    [conflict] = state["conflicts"]
    assert (conflict["field"], conflict["hq_value"]) == ("status", "approved")
    assert conflict["device_value"] == {"status": "returned", "decision": "return",
                                        "comment": "Ask for the deed", "duplicate_of": None}
    assert conflict["reason_id"] == "hq.push.decided_first"
    assert conflict["reason_params"]["by"] == desk["names"]["supervisor"]
    worded = render_text(conflict["reason_id"], "sq", **conflict["reason_params"])
    assert desk["names"]["supervisor"] in worded and "{" not in worded
    # The second laptop's pull brings the first decision and the conflict record.
    page = app_hq.call(second.dev, "POST", "/sync/pull", {"cursor": 0}).json()
    [pulled] = [c for c in page["cases"] if c["id"] == cid]
    assert pulled["status"] == "approved" and pulled["conflicts"][0]["id"] == conflict["id"]

    # A replay answers the same; keeping "the device's decision" is refused; keeping HQ's closes it.
    assert second.results(*second_ops) == [taken, decided]
    r = app_hq.call(second.dev, "POST", f"/conflicts/{conflict['id']}/resolve", {"keep": "device"})
    assert r.status_code == 409 and r.json()["id"] == "hq.conflict.decision_stands"
    assert case_at(app_hq, second, cid)["status"] == "approved"
    r = app_hq.call(second.dev, "POST", f"/conflicts/{conflict['id']}/resolve", {"keep": "hq"})
    assert r.status_code == 200, r.text
    assert case_at(app_hq, second, cid)["conflicts"] == []


def test_a_stale_plain_move_out_of_review_is_a_conflict_too(app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, mocr, supervisor = desk["officer"], desk["mocr"], desk["supervisor"]
    cid, rev = submitted(officer)
    supervisor.results(*decision_ops(supervisor, cid, rev, "approve", "approved"))
    # The MOCR laptop had returned it with `case transition` (no decision key) meanwhile.
    [r] = mocr.results(mocr.op("case.transition", cid, {"status": "returned", "from": "submitted",
                                                        "comment": "Missing ID"}, rev))
    assert r["status"] == "conflict" and r["conflicts"] == ["status"]
    [conflict] = case_at(app_hq, mocr, cid)["conflicts"]
    assert conflict["device_value"]["comment"] == "Missing ID"


def test_assignment_is_for_reviewers_to_officers_of_the_municipality(
        app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, officer2, mocr = desk["officer"], desk["officer2"], desk["mocr"]
    names = desk["names"]
    cid, rev = submitted(officer)
    before = case_at(app_hq, mocr, cid)

    def assign(p: Push, name: Any, **extra: Any) -> dict[str, Any]:
        [r] = p.results(p.op("case.assign", cid, {"officer": name, **extra}, rev))
        return r

    unknown = assign(mocr, "Nobody At All")
    assert unknown["status"] == "rejected" and unknown["reason_id"] == "hq.assign.not_officer"
    assert assign(mocr, names["officer19"])["reason_id"] == "hq.assign.not_officer"
    assert assign(mocr, names["supervisor"])["reason_id"] == "hq.assign.not_officer"
    assert assign(officer, names["officer2"])["reason_id"] == "hq.assign.not_reviewer"
    assert assign(desk["supervisor19"], names["officer19"])["reason_id"] == "hq.push.unknown_case"
    assert assign(mocr, 7)["reason_id"] == "hq.push.assign_fields"
    assert assign(mocr, names["officer2"], note="x")["reason_id"] == "hq.push.assign_fields"
    assert case_at(app_hq, mocr, cid)["version"] == before["version"]

    done = assign(mocr, names["officer2"])
    assert done["status"] == "applied", done
    assert case_at(app_hq, mocr, cid)["assigned_to"] == names["officer2"]
    # The new officer's laptop receives the case; the old owner's no longer counts it in scope.
    page = app_hq.call(officer2.dev, "POST", "/sync/pull", {"cursor": 0}).json()
    assert cid in [c["id"] for c in page["cases"]]
    digest = app_hq.call(officer.dev, "POST", "/sync/digest", {"digest": "0" * 64, "count": 1}).json()
    assert cid not in [c["id"] for c in digest["cases"]]
    [r] = officer.results(officer.op("case.update", cid, {"settlement": "Zhur"}, rev))
    assert r["reason_id"] == "hq.push.unknown_case"
    # A closed case is not handed on.
    [w] = officer2.results(officer2.op("case.transition", cid, {"status": "withdrawn", "from": "submitted",
                                                                 "comment": "Moved abroad"}, rev))
    assert w["status"] == "merged" and case_at(app_hq, mocr, cid)["status"] == "withdrawn", w
    assert assign(mocr, names["officer"])["reason_id"] == "hq.assign.final"


def test_reviewers_laptops_receive_the_officers_of_their_municipalities(
        app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    names = desk["names"]

    def officers(p: Push, version: int = 0) -> tuple[list[dict[str, Any]] | None, int]:
        page = app_hq.call(p.dev, "POST", "/sync/pull", {"cursor": 0, "limit": 1, "ref_version": version}).json()
        items = [r["data"] for r in page["reference"] if r["key"] == "officers"]
        return (items[0] if items else None), page["ref_version"]

    listed, version = officers(desk["mocr"])
    assert listed is not None
    assert {"name": names["officer"], "municipalities": ["20"]} in listed
    assert {o["name"] for o in listed} >= {names["officer"], names["officer2"]}
    assert names["officer19"] not in {o["name"] for o in listed}
    assert not {names["mocr"], names["supervisor"]} & {o["name"] for o in listed}
    assert officers(desk["officer"])[0] is None
    assert officers(desk["mocr"], version) == (None, version)
    # An officer working in 19 and 20 is listed for the 20 desk with the municipality they share.
    both = app_hq.user("officer", "19", "20")
    listed, _ = officers(desk["mocr"], version)
    assert listed is not None and {"name": both, "municipalities": ["20"]} in listed
    assert {"name": both, "municipalities": ["19"]} in (officers(desk["supervisor19"])[0] or [])


def test_hq_review_and_transition_services_hold_the_same_rules(app_hq: InProcessHq, desk: dict[str, Any]) -> None:
    officer, mocr, supervisor = desk["officer"], desk["mocr"], desk["supervisor"]
    original, _ = submitted(officer)
    cid, _ = submitted(officer)
    number = case_at(app_hq, supervisor, original)["case_number"]

    def review(p: Push, **body: Any) -> Any:
        return app_hq.call(p.dev, "POST", f"/cases/{cid}/review", body)

    r = review(mocr, decision="approve")
    assert r.status_code == 409 and r.json()["id"] == "hq.review.not_allowed"
    assert review(supervisor, decision="duplicate").json()["id"] == "hq.review.duplicate_needs_original"
    assert review(supervisor, decision="duplicate", duplicate_of=cid).json()["id"] == "hq.duplicate.itself"
    assert review(supervisor, decision="approve", duplicate_of=number).json()["id"] == \
        "hq.review.original_only_for_duplicate"
    assert review(supervisor, decision="ineligible").json()["id"] == "hq.review.not_allowed"
    assert case_at(app_hq, supervisor, cid)["status"] == "submitted"
    r = review(supervisor, decision="duplicate", duplicate_of=number, comment="Same family, registered twice")
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["duplicate_of"]) == ("duplicate", original)

    # Any move the workflow gives the role, for a repatriated case too, to closed.
    rep = officer.create(case_type="repatriated", status="arrival_registered")
    rid = rep["entity_id"]
    assert officer.results(rep)[0]["status"] == "applied"

    def move(p: Push, status: str, **body: Any) -> Any:
        return app_hq.call(p.dev, "POST", f"/cases/{rid}/transition", {"status": status, **body})

    assert move(officer, "municipal_request").status_code == 200
    assert move(officer, "commission_decision").json()["id"] == "hq.transition.not_allowed"
    assert move(mocr, "commission_decision").status_code == 200
    assert move(mocr, "closed").json()["id"] == "hq.transition.not_allowed"  # a refusal needs its reason
    assert move(supervisor, "draft").json()["id"] == "hq.transition.not_a_state"
    assert move(mocr, "sustainable_measures").status_code == 200
    assert move(officer, "monitoring").status_code == 200
    assert move(officer, "closed").json()["id"] == "hq.transition.not_allowed"
    r = move(mocr, "closed")
    assert r.status_code == 200 and r.json()["status"] == "closed"
    assert [h["to_status"] for h in r.json()["history"]] == [
        "arrival_registered", "municipal_request", "commission_decision", "sustainable_measures",
        "monitoring", "closed"]
    r = app_hq.call(desk["supervisor19"].dev, "POST", f"/cases/{rid}/transition", {"status": "closed"})
    assert r.status_code == 404


def test_the_usb_bundle_path_enforces_the_same_rules(app_hq: InProcessHq, desk: dict[str, Any],
                                                     tmp_path: Any) -> None:
    from sync.protocol import bundle as fmt
    from sync.protocol.signing import x25519_public
    from sync.server.bundles.service import import_bundle

    officer, mocr = desk["officer"], desk["mocr"]
    cid, rev = submitted(officer)
    other, orev = submitted(officer)
    ops = [*decision_ops(mocr, cid, rev, "approve", "approved"),
           mocr.op("case.assign", cid, {"officer": desk["names"]["officer19"]}, rev),
           mocr.op("case.assign", other, {"officer": desk["names"]["officer2"]}, orev)]
    header = {"kind": fmt.KIND_OPS, "bundle_id": str(uuid.uuid4()), "device_id": mocr.dev.device_id,
              "hq_id": app_hq.keys.hq_id, "created_at": "2026-11-24T10:00:00Z", "count": len(ops),
              "seq_from": ops[0]["seq"], "seq_to": ops[-1]["seq"]}
    data = fmt.encode_bundle(header, {"ops": ops, "cursor": 0, "ref_version": 0},
                             recipient=x25519_public(app_hq.keys.enc_public_b64), signer=mocr.dev.key)
    result = import_bundle(database=app_hq.db, keys=app_hq.keys, data=data, quarantine=tmp_path / "q")
    assert [(r.status, r.reason_id) for r in result.results] == [
        ("applied", None), ("rejected", "domain.workflow.not_your_move"),
        ("rejected", "hq.assign.not_officer"), ("applied", None)]
    assert case_at(app_hq, mocr, cid)["status"] == "under_review"
    assert case_at(app_hq, mocr, other)["assigned_to"] == desk["names"]["officer2"]



def test_a_pair_dismissed_as_not_the_same_reaches_the_laptops_and_only_reviewers_may(
        app_hq: InProcessHq, desk: dict[str, Any], tmp_path: Any) -> None:
    from sync.protocol import bundle as fmt
    from sync.protocol.signing import x25519_public
    from sync.server.bundles.service import import_bundle

    officer, mocr, supervisor = desk["officer"], desk["mocr"], desk["supervisor"]
    one, rev = submitted(officer)
    two, _ = submitted(officer)
    elsewhere, _ = submitted(desk["officer19"], "19")

    def dismissals() -> list[tuple[str, str, str]]:
        with app_hq.db.read() as s:
            return [tuple(r) for r in s.execute(text("SELECT case_id, other_id, by FROM duplicate_dismissals"))]

    def reason(p: Push, *ops: dict[str, Any]) -> list[tuple[str, str | None]]:
        return [(r["status"], r.get("reason_id")) for r in p.results(*ops)]

    # The attacker's paths: an officer's own device, a case out of scope, a case with itself,
    # fields the op does not carry. None leaves a trace.
    assert reason(officer, officer.op("case.not_duplicate", one, {"other": two}, rev)) == [
        ("rejected", "hq.duplicates.not_reviewer")]
    assert reason(mocr, mocr.op("case.not_duplicate", one, {"other": elsewhere}, rev),
                  mocr.op("case.not_duplicate", elsewhere, {"other": one}, rev),
                  mocr.op("case.not_duplicate", one, {"other": one}, rev),
                  mocr.op("case.not_duplicate", one, {"other": two, "by": "x"}, rev),
                  mocr.op("case.not_duplicate", one, {"other": "not-an-id"}, rev)) == [
        ("rejected", "hq.push.unknown_case"), ("rejected", "hq.push.unknown_case"),
        ("rejected", "hq.duplicates.same_case"), ("rejected", "hq.push.not_duplicate_fields"),
        ("rejected", "hq.push.not_duplicate_fields")]
    assert dismissals() == []

    page = app_hq.call(supervisor.dev, "POST", "/sync/pull", {"cursor": 0}).json()
    cursor = page["cursor"]
    dismiss = mocr.op("case.not_duplicate", one, {"other": two}, rev)
    assert reason(mocr, dismiss) == [("applied", None)]
    assert reason(mocr, dismiss) == [("applied", None)]  # a replay changes nothing
    assert dismissals() == [(*sorted((one, two)), desk["names"]["mocr"])]
    # Both cases come to the other reviewer's laptop with the dismissal, under either case.
    page = app_hq.call(supervisor.dev, "POST", "/sync/pull", {"cursor": cursor}).json()
    got = {st["id"]: st["not_duplicates"] for st in page["cases"]}
    assert set(got) == {one, two}
    assert [d["other"] for d in got[one]] == [two] and [d["other"] for d in got[two]] == [one]
    assert got[one][0]["by"] == desk["names"]["mocr"] and got[one][0]["at"]

    # The USB path holds the same rule.
    ops = [officer.op("case.not_duplicate", two, {"other": one}, rev)]
    header = {"kind": fmt.KIND_OPS, "bundle_id": str(uuid.uuid4()), "device_id": officer.dev.device_id,
              "hq_id": app_hq.keys.hq_id, "created_at": "2026-11-24T10:00:00Z", "count": 1,
              "seq_from": ops[0]["seq"], "seq_to": ops[0]["seq"]}
    data = fmt.encode_bundle(header, {"ops": ops, "cursor": 0, "ref_version": 0},
                             recipient=x25519_public(app_hq.keys.enc_public_b64), signer=officer.dev.key)
    result = import_bundle(database=app_hq.db, keys=app_hq.keys, data=data, quarantine=tmp_path / "q")
    assert [(r.status, r.reason_id) for r in result.results] == [("rejected", "hq.duplicates.not_reviewer")]
