"""The audit chain detects edited, deleted, reordered and cut-off events."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from fieldapp.store import cases
from fieldapp.store.audit import verify
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case


@pytest.fixture
def busy(workspace: Workspace) -> Workspace:
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, sample_case())
        cases.add_note(ctx, doc["id"], "visited")
        cases.transition(ctx, doc["id"], "submitted")
    with workspace.read() as s:
        assert verify(s).ok and verify(s).events == 4
    return workspace


def _tamper(ws: Workspace, sql: str) -> None:
    with ws.engine.begin() as conn:  # type: ignore[union-attr]
        conn.execute(text(sql))


TAMPERING: dict[str, tuple[str, Callable[[str], bool]]] = {
    "edited": ("UPDATE audit_events SET officer = 'Someone Else' WHERE seq = 2",
               lambda r: "event 2 was changed" in r),
    "deleted": ("DELETE FROM audit_events WHERE seq = 2", lambda r: "event 2 is missing" in r),
    "reordered": ("UPDATE audit_events SET seq = seq + 100 WHERE seq IN (2, 3); "
                  "UPDATE audit_events SET seq = 3 WHERE seq = 102; UPDATE audit_events SET seq = 2 WHERE seq = 103",
                  lambda r: "does not follow" in r),
    "cut off": ("DELETE FROM audit_events WHERE seq = 4", lambda r: "removed from the end" in r),
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_verify_detects_tampering(busy: Workspace, kind: str) -> None:
    sql, check = TAMPERING[kind]
    for stmt in sql.split("; "):
        _tamper(busy, stmt)
    with busy.read() as s:
        report = verify(s)
    assert not report.ok and check(str(report.reason)), report


def test_rehashed_forgery_still_breaks_the_chain(busy: Workspace) -> None:
    # Editing an event and recomputing its own hash leaves the next event pointing at the old one.
    from fieldapp.store.audit import event_hash

    with busy.engine.begin() as conn:  # type: ignore[union-attr]
        row = conn.execute(text("SELECT seq, at, officer, action, entity, entity_id, detail, prev_hash "
                                "FROM audit_events WHERE seq = 2")).one()
        import json

        forged = event_hash(row.prev_hash, row.seq, row.at, "Forger", row.action, row.entity,
                            row.entity_id, json.loads(row.detail))
        conn.execute(text("UPDATE audit_events SET officer='Forger', hash=:h WHERE seq=2"), {"h": forged})
    with busy.read() as s:
        report = verify(s)
    assert not report.ok and report.broken_at == 3


def test_a_broken_chain_says_why_in_the_user_s_language(busy: Workspace) -> None:
    from fieldapp.messages import LANGS, Message, render

    _tamper(busy, "UPDATE audit_events SET officer = 'Someone Else' WHERE seq = 2")
    with busy.read() as s:
        report = verify(s)
    assert isinstance(report.reason, Message) and report.reason.id == "audit.event_changed"
    said = {lang: render(report.reason, lang) for lang in LANGS}
    assert said["en"] == "event 2 was changed after it was written"
    assert said["sq"] == "ngjarja 2 u ndryshua pasi ishte shkruar"
    assert said["sr-Latn"] == "događaj 2 je izmenjen nakon što je zapisan"
    assert said["sr-Cyrl"] == "догађај 2 је измењен након што је записан"
    # Inside the command line's sentence, nested, in the same language.
    assert render(Message("cli.audit_broken", {"reason": report.reason}), "sq").startswith(
        "Regjistri i auditimit është prishur: ngjarja 2 u ndryshua")


def test_an_intact_chain_gives_no_reason(busy: Workspace) -> None:
    with busy.read() as s:
        report = verify(s)
    assert report.ok and str(report.reason) == ""
