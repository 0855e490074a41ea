"""HQ's rules for pushed ops, through the real app: replay, merge, conflict, workflow, scope, clocks."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.conftest import sample_case
from tests.sync.conftest import FakeDevice, InProcessHq

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


class Push:
    """Builds ops for one device and pushes them."""

    def __init__(self, hq: InProcessHq, dev: FakeDevice):
        self.hq, self.dev = hq, dev
        self.seq = 0

    def op(self, kind: str, case_id: str, fields: dict[str, Any], base: int, *,
           hlc_ms: int | None = None) -> dict[str, Any]:
        """A well-formed op."""
        self.seq += 1
        wall = hlc_ms if hlc_ms is not None else int(time.time() * 1000)
        return {"op_id": str(uuid.uuid4()), "seq": self.seq, "kind": kind, "entity": "case",
                "entity_id": case_id, "base_rev": base, "fields": fields,
                "hlc": f"{wall:013d}-00000-TEST", "officer": "x", "created_at": "2026-11-22T10:00:00Z"}

    def create(self, municipality: str = "20", **changes: Any) -> dict[str, Any]:
        """A case.create op for a new case."""
        doc = sample_case(municipality=municipality, **changes)
        doc.pop("format")
        doc.setdefault("case_number", f"{municipality}-2026-TEST-{uuid.uuid4().int % 10**6:06d}")
        doc.setdefault("status", "draft")
        return self.op("case.create", str(uuid.uuid4()), doc, 0)

    def send(self, *ops: dict[str, Any]) -> Any:
        """POST /sync/push; returns the response."""
        return self.hq.call(self.dev, "POST", "/sync/push", {"ops": list(ops)})

    def results(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        """Push and return the results."""
        r = self.send(*ops)
        assert r.status_code == 200, r.text
        return list(r.json()["results"])


@pytest.fixture
def team(app_hq: InProcessHq) -> dict[str, Any]:
    """An officer's and a MOCR officer's devices in municipality 20, a supervisor, an officer in 19."""
    names = {r: app_hq.user(r, "20") for r in ("officer", "mocr", "supervisor")}
    return {"officer": Push(app_hq, app_hq.device(names["officer"])),
            "mocr": Push(app_hq, app_hq.device(names["mocr"])),
            "supervisor": Push(app_hq, app_hq.device(names["supervisor"])),
            "other": Push(app_hq, app_hq.device(app_hq.user("officer", "19"))),
            "names": names}


def test_replayed_batch_returns_first_results_and_changes_nothing(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    p = team["officer"]
    create = p.create()
    note = p.op("case.note", create["entity_id"], {"note_id": str(uuid.uuid4()), "text": "first visit",
                                                   "author": "x", "at": None}, 1)
    first = p.results(create, note)
    assert [r["status"] for r in first] == ["applied", "applied"]
    before = app_hq.fingerprint()
    assert p.results(create, note) == first
    assert app_hq.fingerprint() == before


def test_one_bad_op_never_blocks_the_rest(team: dict[str, Any]) -> None:
    p = team["officer"]
    good = p.create()
    bad = p.create(municipality="99")
    orphan = p.op("case.note", str(uuid.uuid4()), {"note_id": str(uuid.uuid4()), "text": "?"}, 1)
    unknown_kind = p.op("case.delete", good["entity_id"], {}, 1)
    later = p.op("case.update", good["entity_id"], {"settlement": "Zhur"}, 1)
    statuses = [(r["status"], r["reason"]) for r in p.results(good, bad, orphan, unknown_kind, later)]
    assert [s for s, _ in statuses] == ["applied", "rejected", "rejected", "rejected", "applied"]
    assert "99" in statuses[1][1] and "scope" in statuses[2][1]


def test_workflow_and_roles_are_checked_again_at_hq(team: dict[str, Any]) -> None:
    officer, mocr = team["officer"], team["mocr"]
    [r] = officer.results(officer.create(status="approved"))
    assert r["status"] == "rejected" and "approved" in r["reason"]
    create = officer.create()
    cid = create["entity_id"]
    submit = officer.op("case.transition", cid, {"status": "submitted", "from": "draft", "comment": None}, 1)
    approve = officer.op("case.transition", cid, {"status": "under_review", "from": "submitted", "comment": None}, 2)
    results = officer.results(create, submit, approve)
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert "mocr" in results[2]["reason"]
    # The MOCR officer of the municipality may move it on; an officer of 19 may not even see it.
    [r] = mocr.results(mocr.op("case.transition", cid, {"status": "under_review", "from": "submitted",
                                                         "comment": None}, 2))
    assert r["status"] == "applied"
    [r] = team["other"].results(team["other"].op("case.update", cid, {"settlement": "x"}, 3))
    assert r["status"] == "rejected" and "scope" in r["reason"] and r["case_id"] is None


def test_merge_conflict_and_decisions_outrank_edits(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    officer, mocr = team["officer"], team["mocr"]
    create = officer.create()
    cid = create["entity_id"]
    officer.results(create)
    # Same base: applied. Older base, other field: merged. Same field: conflict, HQ value kept.
    [a] = officer.results(officer.op("case.update", cid, {"settlement": "Zhur"}, 1))
    [b] = mocr.results(mocr.op("case.update", cid, {"vulnerabilities": ["person_over_65"]}, 1))
    [c] = mocr.results(mocr.op("case.update", cid, {"settlement": "Lubizhdë"}, 1))
    assert (a["status"], a["clean"]) == ("applied", True)
    assert (b["status"], b["clean"]) == ("merged", False)
    assert c["status"] == "conflict" and c["conflicts"] == ["settlement"]
    state = app_hq.call(mocr.dev, "GET", f"/cases/{cid}").json()
    assert state["content"]["settlement"] == "Zhur"
    assert state["content"]["vulnerabilities"] == ["person_over_65"]
    [conflict] = state["conflicts"]
    assert (conflict["hq_value"], conflict["device_value"]) == ("Zhur", "Lubizhdë")

    # The officer submits; the supervisor returns then approves; an edit based on the returned
    # revision arrives late: the decision stands, the edit is kept in a conflict record.
    rev = state["revision"]
    [s] = officer.results(officer.op("case.transition", cid, {"status": "submitted", "from": "draft",
                                                              "comment": None}, rev))
    review = app_hq.call(team["supervisor"].dev, "POST", f"/cases/{cid}/review",
                         {"decision": "return", "comment": "Add the parcel number"})
    assert review.status_code == 200 and review.json()["status"] == "returned"
    returned_rev = review.json()["revision"]
    review = app_hq.call(team["supervisor"].dev, "POST", f"/cases/{cid}/review", {"decision": "approve"})
    assert review.status_code == 409  # only submitted or under-review cases are decided
    [edit] = officer.results(officer.op("case.update", cid, {"property": {"tenure": "owned"}}, returned_rev))
    assert edit["status"] == "applied"
    officer.results(officer.op("case.transition", cid, {"status": "submitted", "from": "returned",
                                                        "comment": None}, returned_rev + 1))
    assert app_hq.call(team["supervisor"].dev, "POST", f"/cases/{cid}/review",
                       {"decision": "approve"}).status_code == 200
    [late] = officer.results(officer.op("case.update", cid, {"needs": []}, returned_rev + 1))
    assert late["status"] == "conflict" and "decision stands" in late["reason"]
    final = app_hq.call(mocr.dev, "GET", f"/cases/{cid}").json()
    assert final["status"] == "approved" and final["content"]["needs"] != []
    # The officer had not seen the conflict record made after that revision: merged, not clean.
    assert (s["status"], s["clean"]) == ("merged", False)


def test_notes_are_an_append_only_set(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    officer, mocr = team["officer"], team["mocr"]
    create = officer.create()
    cid = create["entity_id"]
    note_id = str(uuid.uuid4())
    note = {"note_id": note_id, "text": "Roof destroyed", "author": "x", "at": None}
    officer.results(create, officer.op("case.note", cid, note, 1))
    [again] = mocr.results(mocr.op("case.note", cid, note, 1))
    assert again["status"] == "applied"
    state = app_hq.call(mocr.dev, "GET", f"/cases/{cid}").json()
    assert [n["note_id"] for n in state["notes"]] == [note_id]


def test_clocks_too_far_ahead_are_refused_unchanged(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    p = team["officer"]
    before = app_hq.fingerprint()
    future = int(time.time() * 1000) + 3 * 3600 * 1000
    r = p.send(p.create(), p.op("case.note", str(uuid.uuid4()), {}, 1, hlc_ms=future))
    assert r.status_code == 409 and r.json()["error"] == "clock_ahead"
    assert app_hq.fingerprint() == before
    [ok] = p.results(p.op("case.create", str(uuid.uuid4()), p.create()["fields"], 0,
                          hlc_ms=int(time.time() * 1000) + 60_000))
    assert ok["status"] == "applied"


def test_request_time_outside_the_window_is_refused_with_hq_time(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    dev = team["officer"].dev
    stale = int(time.time() * 1000) - 2 * 3600 * 1000
    headers = dev.headers("POST", "/sync/pull", b"{}", timestamp_ms=stale)
    r = app_hq.client.post("/sync/pull", content=b"{}", headers=headers)
    assert r.status_code == 401 and r.json()["error"] == "clock" and r.json()["hq_time"]


def test_health_and_openapi_answer_without_authentication(app_hq: InProcessHq) -> None:
    assert app_hq.client.get("/health").json()["status"] == "ok"
    spec = app_hq.client.get("/openapi.json").json()
    push = spec["paths"]["/sync/push"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/PushRequest")
    assert "PushRequest" in spec["components"]["schemas"] and "Op" in spec["components"]["schemas"]


def test_reference_data_reaches_devices_after_their_version(app_hq: InProcessHq, team: dict[str, Any]) -> None:
    from sync.server.reference.service import put

    with app_hq.db.write() as s:
        first = put(session=s, key="settlements:20", data=["Zhur", "Landovica"])
    page = app_hq.call(team["officer"].dev, "POST", "/sync/pull", {"cursor": 0, "ref_version": 0}).json()
    assert {"key": "settlements:20", "version": first, "data": ["Zhur", "Landovica"]} in page["reference"]
    again = app_hq.call(team["officer"].dev, "POST", "/sync/pull",
                        {"cursor": page["cursor"], "ref_version": page["ref_version"]}).json()
    assert again["reference"] == [] and again["cases"] == []


def test_after_approval_an_officer_may_push_assistance_and_referrals_only(team: dict[str, Any]) -> None:
    officer, mocr, supervisor = team["officer"], team["mocr"], team["supervisor"]
    create = officer.create()
    cid = create["entity_id"]

    def move(who: Push, source: str, target: str, base: int) -> None:
        [r] = who.results(who.op("case.transition", cid, {"status": target, "from": source, "comment": None}, base))
        assert r["status"] == "applied", r

    assert officer.results(create)[0]["status"] == "applied"
    move(officer, "draft", "submitted", 1)
    move(mocr, "submitted", "under_review", 2)
    move(supervisor, "under_review", "approved", 3)
    move(supervisor, "approved", "selected", 4)
    move(mocr, "selected", "assistance_in_progress", 5)
    item = [{"item": "Firewood", "status": "delivered", "quantity": 6, "handover_date": "2026-11-20"}]
    [r] = officer.results(officer.op("case.update", cid, {"assistance": item}, 6))
    assert r["status"] == "applied", r
    [r] = officer.results(officer.op("case.update", cid, {"settlement": "Pejë"}, 7))
    assert r["status"] == "rejected" and "cannot be edited" in r["reason"]
