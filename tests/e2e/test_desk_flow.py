"""The review and caseload desk end to end: four laptops and a serving HQ process.

Two field officers, an MOCR officer and a supervisor of municipality 20 work on their own
enrolled laptops with the real ``fieldapp`` command line; every decision is made offline and
reaches the others only through HQ, over HTTPS to a real ``fieldapp-hq serve`` process.

The laptops' commands run in the test process (``run_cli_inprocess``: the console script's entry
point with the same arguments, environment and exit code, and standard streams captured), as do
the ``fieldapp-hq case show`` reads: starting and importing a new Python for each of the ~300
commands was most of this module's time. Two refusals still run as processes of their own, so
that exit code and stderr line are checked on a real process too: the officer's laptop refusing
to review, and HQ refusing the MOCR officer of 20 a case of 19.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.interchange import new_case_id
from tests.conftest import sample_case
from tests.sync.support import Device, HqServer, new_device


def _laptop(hq: HqServer, tmp: Path, role: str, municipality: str = "20") -> Device:
    user = hq.add_user(role, municipality)
    dev = new_device(tmp, user, municipality, cli_inprocess=True)
    dev.enrol(hq, user)
    return dev


@pytest.fixture
def desk(hq: HqServer, tmp_path: Path) -> dict[str, Device]:
    """Officers A and B, an MOCR officer and a supervisor, each on an enrolled laptop."""
    return {role: _laptop(hq, tmp_path, kind)
            for role, kind in (("a", "officer"), ("b", "officer"), ("mocr", "mocr"),
                               ("supervisor", "supervisor"))}


def sync(*devices: Device) -> list[dict[str, Any]]:
    """``fieldapp sync --json`` on each laptop, in turn."""
    return [d.cli("sync", "--json").json() for d in devices]


def new_case(dev: Device, tmp: Path, **changes: Any) -> str:
    """Import one household on ``dev`` through ``case import``; its id."""
    doc = sample_case(id=new_case_id(), **changes)
    path = tmp / f"case-{doc['id']}.json"
    path.write_text(json.dumps([doc]), encoding="utf-8")
    dev.cli("case", "import", str(path))
    return str(doc["id"])


def show(dev: Device, case: str) -> dict[str, Any]:
    """``fieldapp case show CASE --json``."""
    return dict(dev.cli("case", "show", case, "--json").json())


def move(dev: Device, case: str, status: str, comment: str | None = None) -> None:
    """``fieldapp case transition CASE STATUS [--comment]``."""
    dev.cli("case", "transition", case, status, *(["--comment", comment] if comment else []))


def person(given: str, family: str, sex: str, born: str, relationship: str) -> dict[str, Any]:
    """A household member as a case document holds it (Latin script)."""
    return {"given_name": given, "family_name": family, "script": "Latn", "sex": sex,
            "date_of_birth": born, "relationship": relationship}


def hq_case(hq: HqServer, case: str, user: str) -> dict[str, Any]:
    """``fieldapp-hq case show CASE --json`` as ``user``."""
    return dict(hq.cli("case", "show", case, "--as", user, "--json", inprocess=True).json())


def test_a_household_from_draft_to_closed_with_a_return_and_an_assignment(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, b, mocr, sup = desk["a"], desk["b"], desk["mocr"], desk["supervisor"]
    assert mocr.cli("status", "--json").json()["role"] == "mocr"
    assert sup.cli("status", "--json").json()["municipalities"] == ["20"]
    assert a.cli("status", "--json").json()["role"] == "officer"

    case = new_case(a, tmp_path, settlement="Llapnasellë")
    move(a, case, "submitted")
    sync(a, mocr)

    queued = mocr.cli("case", "queue", "--json").json()
    [row] = [r for r in queued if r["id"] == case]
    assert row["status"] == "submitted" and row["municipality"] == "20" and row["waiting_days"] >= 0
    assert {"head", "members", "score", "possible_duplicates"} <= set(row)

    # The municipal office verifies and returns it; an MOCR officer may not approve (DOMAIN.md).
    refused = mocr.cli("case", "review", case, "--decision", "approve", check=False)
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    mocr.cli("case", "review", case, "--decision", "return", "--comment", "Birth certificate missing")
    sync(mocr)
    [report] = sync(a)
    assert show(a, case)["status"] == "returned"
    assert show(a, case)["case_number"] in report["returned"]

    # The officer resubmits; the office takes it under review, the supervisor approves.
    a.cli("case", "note", case, "Birth certificate seen at the municipality")
    move(a, case, "submitted")
    sync(a, mocr)
    move(mocr, case, "under_review")
    sync(mocr, sup)
    sup.cli("case", "review", case, "--decision", "approve")
    sync(sup, mocr)
    assert show(mocr, case)["status"] == "approved"

    # The office hands the household to officer B: B's laptop receives it, A's keeps no copy.
    mocr.cli("case", "assign", case, "--officer", b.officer)
    sync(mocr, a, b)
    assert show(b, case)["status"] == "approved"
    assert a.cli("case", "show", case, check=False).code == 1
    assert case not in {c["id"] for c in a.cli("case", "list", "--json").json()}

    # Selection, assistance, delivery, monitoring, closure, each by its role.
    move(sup, case, "selected")
    sync(sup, mocr)
    move(mocr, case, "assistance_in_progress")
    sync(mocr, b)
    move(b, case, "delivered")
    move(b, case, "monitoring")
    sync(b, mocr)
    move(mocr, case, "closed")
    sync(mocr, b, sup)

    at_hq = hq_case(hq, case, sup.officer)
    assert at_hq["status"] == "closed" and at_hq["assigned_to"] == b.officer
    steps = [h["to_status"] for h in at_hq["history"]]
    assert steps == ["draft", "submitted", "under_review", "returned", "submitted", "under_review",
                     "approved", "selected", "assistance_in_progress", "delivered", "monitoring",
                     "closed"]
    assert show(b, case)["status"] == "closed" and show(sup, case)["status"] == "closed"
    for dev in (a, b, mocr, sup):
        assert dev.cli("status", "--json").json()["outbox_pending"] == 0


def test_a_repatriated_person_from_arrival_to_closed(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, mocr, sup = desk["a"], desk["mocr"], desk["supervisor"]
    case = new_case(a, tmp_path, case_type="repatriated", status="arrival_registered")
    move(a, case, "emergency_assistance")
    move(a, case, "municipal_request")
    sync(a, mocr)
    move(mocr, case, "commission_decision")
    move(mocr, case, "sustainable_measures")
    sync(mocr, a)
    move(a, case, "monitoring")
    sync(a, sup)
    move(sup, case, "closed")
    sync(sup, a)
    assert show(a, case)["status"] == "closed"
    steps = [h["to_status"] for h in hq_case(hq, case, sup.officer)["history"]]
    assert steps == ["arrival_registered", "emergency_assistance", "municipal_request",
                     "commission_decision", "sustainable_measures", "monitoring", "closed"]


def test_a_duplicate_names_its_original_and_an_officer_cannot_review(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, b, sup = desk["a"], desk["b"], desk["supervisor"]
    original = new_case(a, tmp_path, settlement="Graçanicë")
    again = new_case(b, tmp_path, settlement="Graçanicë")  # the same household, registered twice
    move(a, original, "submitted")
    move(b, again, "submitted")
    sync(a, b, sup)

    queued = {r["id"]: r for r in sup.cli("case", "queue", "--json").json()}
    assert queued[again]["possible_duplicates"] >= 1

    # An officer's laptop refuses to review, in one clear line.
    r = b.cli("case", "review", again, "--decision", "approve", check=False, process=True)
    assert r.code == 1 and r.out == "" and len(r.err.strip().splitlines()) == 1
    assert "Traceback" not in r.err
    # A duplicate decision must name its original.
    r = sup.cli("case", "review", again, "--decision", "duplicate", check=False)
    assert r.code == 1 and "--duplicate-of" in r.err
    sup.cli("case", "review", again, "--decision", "duplicate", "--duplicate-of", original)
    sync(sup, b)

    assert hq_case(hq, again, sup.officer)["duplicate_of"] == original
    mine = show(b, again)
    assert (mine["status"], mine["duplicate_of"]) == ("duplicate", original)
    assert show(a, original)["status"] == "submitted"


def test_a_pair_dismissed_as_not_the_same_stays_dismissed_at_hq_and_on_every_laptop(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, mocr, sup = desk["a"], desk["mocr"], desk["supervisor"]
    # Alike (a household of its own in this module's HQ), but the office knows them apart.
    morina = [person("Ilir", "Morina", "M", "1970", "head"), person("Drita", "Morina", "F", "1974", "spouse")]
    one = new_case(a, tmp_path, settlement="Graçanicë", members=morina)
    two = new_case(a, tmp_path, settlement="Graçanicë", members=morina)
    move(a, one, "submitted")
    move(a, two, "submitted")
    sync(a, mocr, sup)

    def pairs_on(dev: Device) -> set[frozenset[str]]:
        return {frozenset((p["case"], p["other"])) for p in dev.cli("case", "duplicates", "--json").json()}

    def pairs_at_hq() -> set[frozenset[str]]:
        found = hq.cli("duplicates", "--json", inprocess=True).json()
        return {frozenset((p["case"], p["other"])) for p in found}

    pair = frozenset((one, two))
    assert pair in pairs_on(mocr) and pair in pairs_on(sup) and pair in pairs_at_hq()
    r = a.cli("case", "duplicates", one, "--not-same", two, check=False)
    assert r.code == 1 and "Only a municipal return officer" in r.err
    sup.cli("case", "duplicates", one, "--not-same", two)
    assert pair not in pairs_on(sup)
    sync(sup, mocr)
    assert pair not in pairs_at_hq()
    assert pair not in pairs_on(mocr)
    queued = {r["id"]: r for r in mocr.cli("case", "queue", "--json").json()}
    assert queued[one]["possible_duplicates"] == 0 and queued[two]["possible_duplicates"] == 0
    # A case written again (here HQ's new state of it after a decision) has its pairs scored
    # again, but never the dismissed one.
    sup.cli("case", "review", two, "--decision", "approve")
    sync(sup, mocr)
    assert show(mocr, two)["status"] == "approved"
    assert pair not in pairs_on(sup) and pair not in pairs_on(mocr)


def test_a_possible_duplicate_in_another_municipality_reaches_the_queue_from_hq(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, sup = desk["a"], desk["supervisor"]
    elsewhere = _laptop(hq, tmp_path, "officer", "19")

    # A Roma family registered in 20 in Serbian spelling, and again in 19 in Albanian spelling.
    here = new_case(a, tmp_path, settlement="Graçanicë", members=[
        person("Šaban", "Beriša", "M", "1968", "head"), person("Fatima", "Beriša", "F", "1972", "spouse"),
        person("Džemajl", "Beriša", "M", "1995", "child")])
    there = new_case(elsewhere, tmp_path, municipality="19", settlement="Gjilan", members=[
        person("Shaban", "Berisha", "M", "1968", "head"), person("Fatime", "Berisha", "F", "1972", "spouse"),
        person("Xhemajl", "Berisha", "M", "1995", "child")])
    move(a, here, "submitted")
    move(elsewhere, there, "submitted")
    sync(a, elsewhere, sup)
    assert {r["id"]: r for r in sup.cli("case", "queue", "--json").json()}[here]["possible_duplicates"] == 0

    published = hq.cli("duplicates", "--publish", "--json", inprocess=True).json()
    assert published["added"] >= 1
    sync(sup)
    queued = {r["id"]: r for r in sup.cli("case", "queue", "--json").json()}
    assert queued[here]["possible_duplicates"] == 1 and there not in queued
    [pair] = sup.cli("case", "duplicates", here, "--json").json()
    assert (pair["other"], pair["held"], pair["other_municipality"]) == (there, False, "19")
    assert "headquarters" in pair["reasons"][0]
    # The supervisor of 20 cannot see the case of 19, so cannot dismiss it either.
    r = sup.cli("case", "duplicates", here, "--not-same", there, check=False)
    assert r.code == 1 and "Traceback" not in r.err


def test_scope_holds_at_the_laptop_and_at_hq(hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    mocr = desk["mocr"]
    other = _laptop(hq, tmp_path, "officer", "19")
    foreign = new_case(other, tmp_path, municipality="19", settlement="Gjilan")
    move(other, foreign, "submitted")
    sync(other)

    # The case of 19 reaches the MOCR-20 laptop only as a file; deciding on it is refused there.
    path = tmp_path / "foreign.json"
    other.cli("case", "export", "-o", str(path), "--format", "json")
    mocr.cli("case", "import", str(path), check=False)
    r = mocr.cli("case", "review", foreign, "--decision", "return", "--comment", "not ours", check=False)
    assert r.code == 1 and r.err.strip()

    # At HQ the same user is refused too.
    r = hq.cli("review", foreign, "--decision", "return", "--comment", "not ours", "--as", mocr.officer,
               check=False)
    assert r.code == 1 and r.err.strip()

    # A tampered laptop that writes the op into its own outbox gains nothing.
    from fieldapp.store.context import utc_now

    with mocr.open() as ws, ws.write() as ctx:
        ctx.outbox(kind="case.transition", entity_id=foreign, base_rev=1,
                   fields={"status": "returned", "from": "submitted", "comment": "forced",
                           "decision": "return"}, at=utc_now())
    mocr.close()
    [report] = sync(mocr)
    assert report["results"].get("rejected", 0) >= 1
    other_view = hq_case(hq, foreign, other.officer)
    assert other_view["status"] == "submitted" and len(other_view["history"]) == 2


def test_two_reviewers_deciding_offline_first_wins_second_sees_a_conflict(
        hq: HqServer, desk: dict[str, Device], tmp_path: Path) -> None:
    a, sup = desk["a"], desk["supervisor"]
    sup2 = _laptop(hq, tmp_path, "supervisor")
    case = new_case(a, tmp_path)
    move(a, case, "submitted")
    sync(a, sup, sup2)

    sup.cli("case", "review", case, "--decision", "approve")
    sup2.cli("case", "review", case, "--decision", "return", "--comment", "Ask for the deed")
    sync(sup)
    [report] = sync(sup2)
    assert report["results"].get("conflict", 0) >= 1

    assert hq_case(hq, case, sup.officer)["status"] == "approved"
    assert show(sup2, case)["status"] == "approved"
    seen = sup2.cli("sync", "conflicts", "--json").json()
    [conflict] = [c for c in seen["conflicts"] if c["case_id"] == case]
    assert conflict["field"] == "status" and conflict["hq_value"] == "approved"
    assert conflict["local_value"]["comment"] == "Ask for the deed"  # nothing silently lost
