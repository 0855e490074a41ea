"""Every endpoint fed malformed, oversized and wrongly signed requests: never a 500, never a change.

Hypothesis generates the bodies; the operations come from the app's own OpenAPI document, so a
new endpoint is fuzzed without editing this file (its valid example body must be added below,
which the test insists on).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest
import zstandard
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from sync.protocol import messages as m
from sync.protocol.encoding import MAX_WIRE_BYTES, encode_json
from tests.conftest import sample_case
from tests.sync.conftest import FakeDevice, InProcessHq

FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FEW = settings(FUZZ, max_examples=25)
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=20)


class World:
    """A populated HQ: a case in scope of the fuzzing device, with a conflict."""

    def __init__(self, hq: InProcessHq):
        self.hq = hq
        self.officer = hq.user("officer", "20")
        self.admin_user = hq.user("admin")
        self.dev = hq.device(self.officer)
        self.admin = hq.device(self.admin_user)
        # The device a well-formed revocation names: never the fuzzing device itself, which every
        # later test still signs with.
        self.spare = hq.device(self.officer)
        self.case_id = str(uuid.uuid4())
        doc = sample_case()
        doc.pop("format")
        doc.update(case_number="20-2026-FUZZ-0001", status="draft", notes=[])
        r = hq.call(self.dev, "POST", "/sync/push", {"ops": [self.op("case.create", doc, base=0)]})
        assert r.json()["results"][0]["status"] == "applied", r.text

    def new_case(self) -> dict[str, Any]:
        """The fields of a case.create op for a fresh case."""
        doc = sample_case()
        doc.pop("format")
        doc.update(case_number=f"20-2026-FUZZ-{uuid.uuid4().int % 10**6:06d}", status="draft",
                   notes=[{"note_id": str(uuid.uuid4()), "text": "first", "author": "x", "at": None}])
        return doc

    def op(self, kind: str, fields: dict[str, Any], base: int = 1) -> dict[str, Any]:
        """A well-formed op on the case."""
        return {"op_id": str(uuid.uuid4()), "seq": 1, "kind": kind, "entity": "case",
                "entity_id": self.case_id, "base_rev": base, "fields": fields,
                "hlc": f"{int(time.time() * 1000):013d}-00000-FUZZ", "officer": "x",
                "created_at": "2026-11-22T10:00:00Z"}


@pytest.fixture(scope="module")
def world(app_hq: InProcessHq) -> World:
    """The populated in-process HQ."""
    return World(app_hq)


def valid_bodies(w: World) -> dict[str, tuple[type[BaseModel] | None, Any]]:
    """A valid body (and its model) for every operation that takes one."""
    return {
        "enrol": (m.EnrolRequest, {"code": "AAAA-BBBB-CCCC-DDDD", "sign_key": "A" * 43 + "=",
                                   "enc_key": "A" * 43 + "=", "device_short_id": "ABCD",
                                   "workspace_id": str(uuid.uuid4())}),
        "push": (m.PushRequest, {"ops": [
            w.op("case.note", {"note_id": str(uuid.uuid4()), "text": "n", "author": "x", "at": None}),
            w.op("case.update", {"members": sample_case()["members"], "settlement": "Zhur"}),
            {**w.op("case.create", w.new_case(), base=0), "entity_id": str(uuid.uuid4())}]}),
        "pull": (m.PullRequest, {"cursor": 0, "limit": 10}),
        "digest": (m.DigestRequest, {"digest": "0" * 64, "count": 1}),
        "fetch": (m.FetchRequest, {"ids": [w.case_id]}),
        "assign_case": (m.AssignRequest, {"to": w.officer}),
        "review_case": (m.ReviewRequest, {"decision": "approve"}),
        "transition_case": (m.TransitionRequest, {"status": "submitted"}),
        "resolve_conflict": (m.ResolveRequest, {"keep": "hq"}),
        "issue_enrol_code": (None, {"user": w.officer}),
        "create_user": (None, {"name": "fuzzed", "role": "officer", "municipalities": ["20"]}),
    }


def operations(hq: InProcessHq) -> list[tuple[str, str, str]]:
    """(method, path, operationId) of every operation in the app's OpenAPI document."""
    spec = hq.app.openapi()
    return sorted((method.upper(), path, op["operationId"])
                  for path, ops in spec["paths"].items() for method, op in ops.items())


def concrete(path: str, w: World, junk: str | None = None) -> str:
    """Fill path parameters (with the real case, or with junk)."""
    value = junk if junk is not None else w.case_id
    return path.replace("{case_id}", value).replace("{conflict_id}", junk or str(uuid.uuid4())) \
        .replace("{device_id}", junk or w.spare.device_id)


def send(w: World, method: str, path: str, op_id: str, raw: bytes, *, zstd: bool = False,
         dev: FakeDevice | None = None, headers: dict[str, str] | None = None, query: str = "") -> Any:
    """Send ``raw`` signed by the fuzzing device (the admin's for admin routes)."""
    dev = dev or (w.admin if op_id in ("list_devices", "revoke_device", "issue_enrol_code",
                                       "list_users", "create_user") else w.dev)
    h = dev.headers(method, path, raw, query) if headers is None else headers
    if zstd:
        h = {**h, "Content-Encoding": "zstd"}
    return w.hq.client.request(method, path + (f"?{query}" if query else ""), content=raw, headers=h)


def check(w: World, before: str, r: Any) -> None:
    """Never a 500; a refusal leaves the database exactly as it was."""
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert w.hq.fingerprint() == before, (r.status_code, r.text)
        assert set(r.json()) >= {"error", "message"}


def test_every_operation_has_a_valid_example(world: World) -> None:
    bodies = valid_bodies(world)
    for method, path, op_id in operations(world.hq):
        op = world.hq.app.openapi()["paths"][path][method.lower()]
        if "requestBody" in op:
            assert op_id in bodies, f"add a valid body for {op_id} to valid_bodies()"


@pytest.mark.parametrize("kind", ["bytes", "json", "mutated"])
def test_malformed_bodies_never_break_anything(world: World, kind: str) -> None:
    bodies = valid_bodies(world)
    ops = operations(world.hq)

    @FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        method, path, op_id = data.draw(st.sampled_from(ops))
        if op_id == "health":
            return
        before = world.hq.fingerprint()
        model, valid = bodies.get(op_id, (None, None))
        zstd = False
        if kind == "bytes":
            raw = data.draw(st.binary(min_size=1, max_size=300))
            zstd = data.draw(st.booleans())
        elif kind == "json":
            raw = json.dumps(data.draw(JSON)).encode()
            if raw == b"{}" and valid is not None:
                raw = b"[]"
        else:
            body = mutate(data, valid if valid is not None else {"x": 1})
            raw = json.dumps(body, default=str).encode()
        r = send(world, method, concrete(path, world), op_id, raw, zstd=zstd)
        check(world, before, r)
        if 200 <= r.status_code < 300:
            # Only a body that is valid may be accepted.
            assert model is not None and _valid(model, raw), (op_id, raw[:200])

    run()


def mutate(data: st.DataObject, valid: Any) -> Any:
    """A valid body with one thing broken: a key dropped, a value of the wrong type, an extra key."""
    body = json.loads(json.dumps(valid))
    target = body
    while isinstance(target, dict) and target and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(target)))
        if isinstance(target[key], dict | list) and target[key]:
            target = target[key] if isinstance(target[key], dict) else target[key][0]
        else:
            break
    if not isinstance(target, dict) or not target:
        return data.draw(JSON)
    key = data.draw(st.sampled_from(sorted(target)))
    how = data.draw(st.sampled_from(["drop", "retype", "extra", "huge"]))
    if how == "drop":
        del target[key]
    elif how == "retype":
        target[key] = data.draw(JSON.filter(lambda v: type(v) is not type(target[key])))
    elif how == "extra":
        target[data.draw(st.text(min_size=1, max_size=8)) + "_x"] = data.draw(JSON)
    else:
        target[key] = "x" * 100_000
    return body


def _valid(model: type[BaseModel], raw: bytes) -> bool:
    try:
        model.model_validate_json(raw)
    except ValidationError:
        return False
    return True


def test_wrongly_signed_requests_are_refused_unchanged(world: World) -> None:
    bodies = valid_bodies(world)
    ops = [o for o in operations(world.hq) if o[2] not in ("health", "enrol")]
    stranger = FakeDevice(world.dev.device_id, "x", Ed25519PrivateKey.generate(), world.dev.enc)
    unknown = FakeDevice(str(uuid.uuid4()), "x", world.dev.key, world.dev.enc)

    @FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        method, path, op_id = data.draw(st.sampled_from(ops))
        before = world.hq.fingerprint()
        body = encode_json(bodies[op_id][1]) if op_id in bodies else b""
        p = concrete(path, world)
        how = data.draw(st.sampled_from(["other key", "unknown device", "other body", "other path",
                                         "stale", "garbage", "missing", "bit flip"]))
        dev = world.dev
        if how == "other key":
            headers = stranger.headers(method, p, body)
        elif how == "unknown device":
            headers = unknown.headers(method, p, body)
        elif how == "other body":
            headers = dev.headers(method, p, body + b" ")
        elif how == "other path":
            headers = dev.headers(method, p + "x", body)
        elif how == "stale":
            headers = dev.headers(method, p, body, timestamp_ms=int(time.time() * 1000) - 3_600_000)
        elif how == "garbage":
            headers = {k: data.draw(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=90))
                       for k in dev.headers(method, p, body)}
        elif how == "missing":
            headers = {}
        else:
            headers = dev.headers(method, p, body)
            sig = bytearray(headers["X-FieldApp-Signature"].encode())
            sig[data.draw(st.integers(0, len(sig) - 3))] ^= 0x01
            headers["X-FieldApp-Signature"] = sig.decode("ascii", "replace")
        r = send(world, method, p, op_id, body, zstd=bool(body), headers=headers)
        check(world, before, r)
        assert r.status_code == 401, (how, op_id, r.status_code, r.text)

    run()


def test_oversized_and_bombs_are_refused_unchanged(world: World) -> None:
    big = b"{" + b" " * MAX_WIRE_BYTES + b"}"
    bomb = zstandard.ZstdCompressor(level=19).compress(b"[" + b"0," * 40_000_000 + b"0]")
    assert len(bomb) < MAX_WIRE_BYTES
    for method, path, op_id in operations(world.hq):
        if op_id == "health":
            continue
        p = concrete(path, world)
        before = world.hq.fingerprint()
        r = send(world, method, p, op_id, big)
        check(world, before, r)
        assert r.status_code == 413, (op_id, r.status_code)
        if method == "POST":
            r = send(world, method, p, op_id, bomb, zstd=True)
            check(world, before, r)
            assert r.status_code in (413, 422), (op_id, r.status_code)


@FEW
@given(junk=st.text(min_size=1, max_size=60).map(lambda s: __import__("urllib.parse").parse.quote(s, safe="")))
def test_junk_path_parameters(world: World, junk: str) -> None:
    for method, path, op_id in operations(world.hq):
        if "{" not in path:
            continue
        before = world.hq.fingerprint()
        bodies = valid_bodies(world)
        body = encode_json(bodies[op_id][1]) if op_id in bodies else b""
        r = send(world, method, concrete(path, world, junk), op_id, body, zstd=bool(body))
        check(world, before, r)


def test_garbage_fields_in_well_formed_ops_are_rejected_one_by_one(world: World) -> None:
    """Ops of every kind with random fields: each gets its own answer, none breaks the batch."""
    member = st.fixed_dictionaries({}, optional={k: JSON for k in sample_case()["members"][0]})
    fields = st.one_of(
        st.dictionaries(st.sampled_from(sorted(sample_case()) + ["status", "from", "note_id", "text",
                                                                 "case_number", "comment"]), JSON, max_size=6),
        st.fixed_dictionaries({"members": st.lists(member, max_size=3)}),
        st.fixed_dictionaries({"status": st.text(max_size=15), "from": JSON, "comment": JSON}))

    @FUZZ
    @given(kinds=st.lists(st.sampled_from(list(m.OP_KINDS) + ["case.delete"]), min_size=1, max_size=4),
           data=st.data())
    def run(kinds: list[str], data: st.DataObject) -> None:
        ops = []
        for kind in kinds:
            op = world.op(kind, data.draw(fields), base=data.draw(st.integers(0, 5)))
            if kind == "case.create":
                op["entity_id"] = str(uuid.uuid4())
            ops.append(op)
        r = send(world, "POST", "/sync/push", "push", json.dumps(ops and {"ops": ops}).encode())
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["op_id"] for x in results] == [o["op_id"] for o in ops]
        for x in results:
            assert x["status"] in ("applied", "merged", "conflict", "rejected")
            assert x["status"] != "rejected" or x["reason"]

    run()
