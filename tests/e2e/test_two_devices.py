"""The same case edited on two laptops: different fields merge, the same field becomes a conflict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.sync.support import Device, HqServer, cases_for, new_device


def edit(dev: Device, case_id: str, **changes: Any) -> None:
    """Change top-level fields of a case on ``dev`` (as the editor would)."""
    from fieldapp.store import cases

    with dev.open() as ws, ws.write() as ctx:
        cases.update_case(ctx, case_id, changes)


def read(dev: Device, case_id: str) -> dict[str, Any]:
    """The case on ``dev``."""
    from fieldapp.store import cases

    with dev.open() as ws, ws.read() as s:
        return cases.get_case(s, case_id)


def test_merge_and_conflict_between_two_laptops(hq: HqServer, tmp_path: Path) -> None:
    # Municipality 16 is this test's own on the shared server: the MOCR laptop sees all of it.
    officer = hq.add_user("officer", "16")
    mocr = hq.add_user("mocr", "16")
    field = new_device(tmp_path, officer, "16")
    field.enrol(hq, officer)
    office = new_device(tmp_path, mocr, "16")
    office.enrol(hq, mocr)

    [case_id] = field.import_cases(cases_for("16", 1))
    field.sync()
    office.sync()  # the MOCR laptop receives the officer's case (its municipality)
    assert read(office, case_id)["settlement"] == "Settlement 0"

    # Different fields on each laptop: both sync, HQ merges, both end with both changes.
    edit(field, case_id, settlement="Landovica")
    edit(office, case_id, property={"tenure": "destroyed"})
    assert field.sync().results == {"applied": 1}
    assert office.sync().results == {"merged": 1}
    field.sync()
    for dev in (field, office):
        doc = read(dev, case_id)
        assert doc["settlement"] == "Landovica" and doc["property"]["tenure"] == "destroyed"
        assert doc["sync_state"] == "synced"
    assert hq.scalar("SELECT count(*) FROM conflicts WHERE case_id = :c", c=case_id) == 0

    # The same field on both: the first to sync wins at HQ, the other's value goes to a conflict.
    edit(field, case_id, needs=[{"category": "food", "priority": "high", "note": ""}])
    edit(office, case_id, needs=[{"category": "firewood", "priority": "medium", "note": ""}])
    field.sync()
    report = office.sync()
    assert report.results == {"conflict": 1} and report.conflicts == 1
    rows = hq.rows("SELECT field, hq_value, device_value FROM conflicts WHERE case_id = :c", c=case_id)
    assert len(rows) == 1
    fieldname, hq_value, device_value = rows[0]
    as_json = [v if not isinstance(v, str) else __import__("json").loads(v) for v in (hq_value, device_value)]
    assert fieldname == "needs"
    assert as_json[0][0]["category"] == "food" and as_json[1][0]["category"] == "firewood"

    # HQ kept its value; the office laptop shows the conflict with both values.
    doc = read(office, case_id)
    assert doc["needs"][0]["category"] == "food" and doc["sync_state"] == "conflict"
    listed = office.cli("sync", "conflicts", "--json").json()["conflicts"]
    assert [(c["field"], c["local_value"][0]["category"], c["hq_value"][0]["category"]) for c in listed] \
        == [("needs", "firewood", "food")]
    assert office.cli("status", "--json").json()["conflicts"] == 1

    # A reviewer resolves it at HQ keeping the laptop's value; both laptops follow.
    [conflict_id] = [r[0] for r in hq.rows("SELECT id FROM conflicts WHERE case_id = :c", c=case_id)]
    hq.cli("conflict", "resolve", conflict_id, "--keep", "device", "--as", mocr)
    office.sync()
    field.sync()
    for dev in (field, office):
        doc = read(dev, case_id)
        assert doc["needs"][0]["category"] == "firewood" and doc["sync_state"] == "synced"


def test_assignment_moves_a_case_between_laptops(hq: HqServer, tmp_path: Path) -> None:
    """An assignment reaches the new officer's laptop and leaves the old one's scope."""
    first_officer = hq.add_user("officer", "24")
    second_officer = hq.add_user("officer", "24")
    supervisor = hq.add_user("supervisor", "24")
    first = new_device(tmp_path, first_officer, "24", inprocess=True)
    first.enrol_inprocess(hq, first_officer)
    second = new_device(tmp_path, second_officer, "24", inprocess=True)
    second.enrol_inprocess(hq, second_officer)
    [case_id] = first.import_cases(cases_for("24", 1))
    first.sync()
    second.sync()
    assert case_id not in second.state()["cases"]

    hq.cli("case", "assign", case_id, "--to", second_officer, "--as", supervisor)
    assert first.sync().dropped == 1
    assert case_id not in first.state()["cases"]
    report = second.sync()
    assert report.created == 1
    assert read(second, case_id)["settlement"] == "Settlement 0"
    # The new officer's edits now go through; the old officer's laptop no longer holds the case.
    edit(second, case_id, settlement="Mushtisht")
    assert second.sync().results == {"applied": 1}

    # A laptop whose copy diverged (here: damaged behind the store's back) is repaired by the
    # scope digest on its next sync.
    from sqlalchemy import text

    with second.open() as ws, ws.write() as ctx:
        ctx.session.execute(text("UPDATE cases SET settlement = 'Wrong' WHERE id = :c"), {"c": case_id})
        ctx.session.execute(text("UPDATE sync_cases SET hq_version = 0 WHERE case_id = :c"), {"c": case_id})
    report = second.sync()
    assert report.repaired == 1 and read(second, case_id)["settlement"] == "Mushtisht"
