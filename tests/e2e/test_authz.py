"""Scope: a municipality-19 user never receives, reads or writes a municipality-20 case.

Walks every operation of the served ``/openapi.json`` with a device of each role bound to
municipality 19, aiming every path parameter and body at a municipality-20 case, its conflict
and its officer's device. A new route without an entry here fails the test until it is covered.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx

from sync.client.http import pinned_context
from sync.protocol.encoding import b64e
from tests.sync.support import HqServer, cases_for, new_device, signed_request


def edit(dev: Any, case_id: str, **changes: Any) -> None:
    """Change a case on a laptop."""
    from fieldapp.store import cases

    with dev.open() as ws, ws.write() as ctx:
        cases.update_case(ctx, case_id, changes)


def test_municipality_scope_on_every_route(hq: HqServer, tmp_path: Path) -> None:
    officer20 = hq.add_user("officer", "20")
    mocr20 = hq.add_user("mocr", "20")
    secret = f"Secret village {uuid.uuid4().hex[:6]}"
    owner = new_device(tmp_path, officer20, inprocess=True)
    owner.enrol_inprocess(hq, officer20)
    [target] = owner.import_cases(cases_for("20", 1, settlement=secret))
    owner.sync()
    office = new_device(tmp_path, mocr20, inprocess=True)
    office.enrol_inprocess(hq, mocr20)
    office.sync()
    edit(owner, target, needs=[{"category": "food", "priority": "high", "note": ""}])
    edit(office, target, needs=[{"category": "health", "priority": "high", "note": ""}])
    owner.sync()
    office.sync()
    [conflict_id] = [r[0] for r in hq.rows("SELECT id FROM conflicts WHERE case_id = :c", c=target)]
    from fieldapp.store import cases

    with owner.open() as ws, ws.write() as ctx:
        cases.transition(ctx, target, "submitted")
    owner.sync()
    number = hq.scalar("SELECT case_number FROM cases WHERE id = :c", c=target)
    version = hq.scalar("SELECT version FROM cases WHERE id = :c", c=target)
    forbidden = (target, number, secret)

    spec = httpx.get(f"{hq.url}/openapi.json", verify=pinned_context(owner.identity().cert_pem)).json()
    operations = {(method.upper(), path): op for path, ops in spec["paths"].items() for method, op in ops.items()}

    walkers = {}
    for role in ("officer", "mocr", "supervisor"):
        user = hq.add_user(role, "19")
        dev = new_device(tmp_path, user, municipality="19", inprocess=True)
        dev.enrol_inprocess(hq, user)
        dev.import_cases(cases_for("19", 1))  # something of its own in scope
        dev.sync()
        walkers[role] = dev

    covered: set[tuple[str, str]] = set()
    for role, dev in walkers.items():
        ident = dev.identity()
        for (method, path), op in operations.items():
            for attempt in requests_for(op["operationId"], target=target, number=number,
                                        conflict_id=conflict_id, device_id=owner.device_id,
                                        officer20=officer20, ident=ident):
                concrete = path.format(case_id=attempt.get("case", target), conflict_id=conflict_id,
                                       device_id=owner.device_id)
                body = json.dumps(attempt["body"]).encode() if "body" in attempt else b""
                if op["operationId"] in ("health", "enrol"):
                    r = httpx.request(method, hq.url + concrete, content=body,
                                      verify=pinned_context(ident.cert_pem))
                else:
                    r = signed_request(ident, hq.url, method, concrete, body, query=attempt.get("query", ""))
                assert r.status_code < 500, (role, method, concrete, r.text)
                text = r.text
                if op["operationId"] == "fetch":
                    # "missing" echoes the ids asked for, exactly as for an id that does not exist.
                    assert r.json()["missing"] == [target]
                    text = json.dumps(r.json()["cases"])
                for word in forbidden:
                    assert word not in text, (role, method, concrete, attempt, r.status_code, text[:300])
                check_results(op["operationId"], r)
                covered.add((method, path))
    assert covered == set(operations), set(operations) - covered

    # Nothing about the municipality-20 case changed, nothing was granted.
    assert hq.scalar("SELECT version FROM cases WHERE id = :c", c=target) == version
    assert hq.scalar("SELECT assigned_to FROM cases WHERE id = :c", c=target) is None
    assert hq.scalar("SELECT resolved_at FROM conflicts WHERE id = :c", c=conflict_id) is None
    assert hq.scalar("SELECT revoked_at FROM devices WHERE id = :d", d=owner.device_id) is None
    assert hq.scalar("SELECT count(*) FROM cases WHERE municipality = '20' AND created_by_device IN "
                     "(SELECT id FROM devices WHERE user_id IN (SELECT user_id FROM user_municipalities "
                     "WHERE municipality = '19'))") == 0

    # The walk is not vacuous: the owner's MOCR does see the case.
    r = signed_request(office.identity(), hq.url, "GET", f"/cases/{target}")
    assert r.status_code == 200 and secret in r.text


def requests_for(operation: str, *, target: str, number: str, conflict_id: str, device_id: str,
                 officer20: str, ident: Any) -> list[dict[str, Any]]:
    """The attempts made on one operation, all aimed at the municipality-20 case."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from sync.protocol.signing import raw_public

    def op(kind: str, fields: dict[str, Any], entity: str = target, base: int = 1) -> dict[str, Any]:
        return {"op_id": str(uuid.uuid4()), "seq": 1, "kind": kind, "entity": "case", "entity_id": entity,
                "base_rev": base, "fields": fields, "hlc": "0000000000001-00000-ZZZZ", "officer": "x",
                "created_at": "2026-11-22T10:00:00Z"}

    stolen = cases_for("20", 1)[0]
    stolen.pop("format")
    stolen.update(case_number="20-2026-ZZZZ-0001", status="draft", notes=[])
    table: dict[str, list[dict[str, Any]]] = {
        "health": [{}],
        "enrol": [{"body": {"code": "AAAA-BBBB-CCCC-DDDD", "sign_key": b64e(raw_public(Ed25519PrivateKey.generate().public_key())),
                            "enc_key": b64e(raw_public(X25519PrivateKey.generate().public_key())),
                            "device_short_id": "ZZZZ", "workspace_id": str(uuid.uuid4())}}],
        "whoami": [{}],
        "list_devices": [{}],
        "revoke_device": [{}],
        "issue_enrol_code": [{"body": {"user": officer20}}],
        "list_users": [{}],
        "create_user": [{"body": {"name": f"intruder {uuid.uuid4().hex[:4]}", "role": "admin"}}],
        "push": [{"body": {"ops": [
            op("case.update", {"needs": []}), op("case.update", {"settlement": "Taken"}, base=99),
            op("case.transition", {"status": "withdrawn", "from": "submitted", "comment": "mine now"}),
            op("case.transition", {"status": "approved", "from": "under_review", "comment": None}),
            op("case.transition", {"status": "approved", "from": "under_review", "comment": None,
                                   "decision": "approve"}),
            op("case.transition", {"status": "duplicate", "from": "under_review", "comment": None,
                                   "decision": "duplicate", "duplicate_of": target}),
            op("case.assign", {"officer": ident.user}),
            op("case.note", {"note_id": str(uuid.uuid4()), "text": "peek", "author": "x", "at": None}),
            op("case.create", stolen, entity=str(uuid.uuid4()), base=0),
            op("case.create", {**stolen, "case_number": number}, entity=target, base=0)]}}],
        "pull": [{"body": {"cursor": 0, "limit": 1000}}],
        "digest": [{"body": {"digest": "0" * 64, "count": 0}}],
        "fetch": [{"body": {"ids": [target]}}],
        "list_cases": [{}, {"query": "municipality=20"}, {"query": "municipality=20&status=submitted"},
                       {"query": "limit=1000"}],
        "get_case": [{}, {"case": number}],
        "assign_case": [{"body": {"to": ident.user}}, {"case": number, "body": {"to": ident.user}}],
        "review_case": [{"body": {"decision": "approve"}},
                        {"body": {"decision": "return", "comment": "x"}, "case": number},
                        {"body": {"decision": "duplicate", "duplicate_of": number}}],
        "transition_case": [{"body": {"status": "submitted"}},
                            {"body": {"status": "withdrawn", "comment": "x"}, "case": number}],
        "list_conflicts": [{}],
        "resolve_conflict": [{"body": {"keep": "device"}}],
    }
    assert operation in table, f"operation {operation} is not covered by the scope walk"
    return table[operation]


def check_results(operation: str, r: httpx.Response) -> None:
    """Writes aimed at the case were refused, reads of it came back empty."""
    if operation == "push":
        assert r.status_code == 200
        assert all(res["status"] == "rejected" for res in r.json()["results"]), r.text
    elif operation in ("get_case", "assign_case", "review_case", "transition_case", "resolve_conflict"):
        assert r.status_code == 404, r.text
    elif operation in ("revoke_device", "list_devices", "issue_enrol_code", "create_user", "list_users"):
        assert r.status_code == 403, r.text
    elif operation == "fetch":
        assert r.status_code == 200 and r.json()["cases"] == []
