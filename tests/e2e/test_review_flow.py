"""The main flow through real processes: enrol, 200 cases to HQ exactly once, return, resubmit, approve."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sync.support import Device, HqServer, cases_for, hq_state, new_device


def test_two_hundred_cases_review_round_trip(hq: HqServer, tmp_path: Path) -> None:
    officer = hq.add_user("officer", "20")
    supervisor = hq.add_user("supervisor", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)

    batch = tmp_path / "households.json"
    batch.write_text(json.dumps(cases_for("20", 200)), encoding="utf-8")
    dev.cli("case", "import", str(batch))
    report = dev.cli("sync", "--json").json()
    assert report["pushed"] == 200 and report["results"] == {"applied": 200}

    # All 200 at HQ, each exactly once, with one applied op each.
    listed = hq.cli("case", "list", "--municipality", "20", "--as", supervisor, "--json").json()
    mine = [c for c in listed if c["owner"] == officer]
    assert len(mine) == 200 and len({c["id"] for c in mine}) == 200
    assert hq.scalar("SELECT count(*) FROM applied_ops WHERE device_id = :d", d=dev.device_id) == 200
    assert dev.state()["outbox"] == 0

    # Submit one; the supervisor returns it with a comment.
    case = sorted(mine, key=lambda c: c["case_number"])[0]
    number = case["case_number"]
    transition(dev, case["id"], "submitted")
    dev.sync()
    r = hq.cli("review", number, "--decision", "return", "--as", supervisor, check=False)
    assert r.code == 1 and "comment" in r.err
    hq.cli("review", number, "--decision", "return", "--comment", "Birth certificate missing",
           "--as", supervisor)

    # The officer syncs: returned, the comment shows, editable again.
    report = dev.cli("sync", "--json").json()
    assert number in report["returned"]
    shown = dev.cli("case", "show", number, "--json").json()
    assert shown["status"] == "returned"
    steps = [(h["from"], h["to"]) for h in shown["history"]]
    assert ("submitted", "under_review") in steps and ("under_review", "returned") in steps
    assert any(h["comment"] == "Birth certificate missing" and h["by"] == supervisor
               for h in shown["history"])
    edit_and_resubmit(dev, case["id"])
    dev.sync()

    hq.cli("review", number, "--decision", "approve", "--as", supervisor)
    dev.sync()
    with dev.open() as ws, ws.read() as s:
        from fieldapp.store import cases

        shown = cases.get_case(s, case["id"])
    assert shown["status"] == "approved"
    assert shown["members"][0]["documents"] == ["id_card", "birth_certificate"]

    # Device and HQ agree on every case, and nothing is waiting.
    dev_state = dev.state()
    assert dev_state["outbox"] == 0
    at_hq = hq_state(hq, list(dev_state["cases"]))
    for cid, mine_state in dev_state["cases"].items():
        theirs = at_hq[cid]
        assert (mine_state["status"], mine_state["revision"], mine_state["content"], mine_state["notes"],
                mine_state["history"]) == (theirs["status"], theirs["revision"], theirs["content"],
                                           theirs["notes"], theirs["history"]), cid
    audit = hq.scalar("SELECT count(*) FROM hq_audit WHERE action = 'case.decision' AND case_id = :c",
                      c=case["id"])
    assert audit == 2


def transition(dev: Device, case_id: str, target: str) -> None:
    """Move a case on the device (as ``fieldapp case transition`` does)."""
    from fieldapp.store import cases

    with dev.open() as ws, ws.write() as ctx:
        cases.transition(ctx, case_id, target)


def edit_and_resubmit(dev: Device, case_id: str) -> None:
    """The officer adds the missing document and resubmits (as the desktop editor would)."""
    from fieldapp.store import cases

    with dev.open() as ws:
        with ws.write() as ctx:
            doc = cases.get_case(ctx.session, case_id)
            members = doc["members"]
            members[0]["documents"] = ["id_card", "birth_certificate"]
            cases.update_case(ctx, case_id, {"members": members}, base_rev=doc["revision"])
        with ws.write() as ctx:
            cases.transition(ctx, case_id, "submitted")
