"""Fixtures for the review desk: a supervisor's laptop (enrolled for municipalities 20 and 19)
holding cases two officers recorded, waiting for decisions since known days, with one pair of
records of the same household written in two scripts.

The workspace is real (SQLCipher, migrations, key slots for every officer); the enrolment record
is written the way the sync engine writes it after enrolling, so the laptop acts for its HQ user.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, sample_case
from tests.ui.desk_support import back_date, enrol_record, unlock_as

SUPERVISOR = "Drita Hoxha"
MOCR = "Valon Kelmendi"
ARTA = "Arta Krasniqi"
MILAN = "Milan Jovanović"
SCOPE = ("20", "19")


def _member(given: str, family: str, relationship: str, born: str | None, sex: str = "M",
            number: str | None = None, script: str = "Latn") -> dict[str, Any]:
    return {"given_name": given, "family_name": family, "relationship": relationship, "sex": sex,
            "date_of_birth": born, "personal_number": number, "script": script}


# (key, officer, days waiting, the case). Days are set after creation: the queue's order (oldest
# first) differs from the order the cases were recorded in.
CASES: tuple[tuple[str, str, int, dict[str, Any]], ...] = (
    ("gashi", MILAN, 20, sample_case(
        status="submitted", settlement="Landovicë",
        members=[_member("Drita", "Gashi", "head", "1980", "F"),
                 _member("Ilir", "Gashi", "child", "2010")],
        vulnerabilities=["single_head_of_household"])),
    ("petrovic", ARTA, 30, sample_case(
        status="submitted",
        members=[_member("Đorđe", "Petrović", "head", "1968", number="1234567890"),
                 _member("Јелена", "Петровић", "spouse", "1971-03", "F", script="Cyrl")],
        vulnerabilities=["older_person_without_support", "serious_medical_condition"])),
    ("krasniqi", ARTA, 12, sample_case(
        status="under_review", municipality="19", settlement="Prishtinë",
        members=[_member("Arben", "Krasniqi", "head", "1975")], vulnerabilities=[])),
    ("petrovic_again", MILAN, 5, sample_case(
        status="submitted",
        members=[_member("Djordje", "Petrovic", "head", "1968", number="1234567890"),
                 _member("Milica", "Petrović", "grandchild", "2012-09-14", "F")],
        vulnerabilities=["child_under_15"])),
    ("approved", ARTA, 40, sample_case(
        status="approved", members=[_member("Shkëlzen", "Berisha", "head", "1966")])),
    ("draft", MILAN, 1, sample_case(
        status="draft", members=[_member("Besa", "Morina", "head", "1990", "F")])),
    ("outside", ARTA, 50, sample_case(
        status="submitted", municipality="17", settlement="Pejë",
        members=[_member("Fatmir", "Shala", "head", "1959")])),
)
QUEUE_ORDER = ("outside", "petrovic", "gashi", "krasniqi", "petrovic_again")
"""Oldest first; "outside" (municipality 17) is not in the supervisor's scope."""
IN_SCOPE_ORDER = tuple(k for k in QUEUE_ORDER if k != "outside")


def build_review_workspace(root: Path, *, role: str = "supervisor", reviewer: str = SUPERVISOR) -> dict[str, str]:
    """A reviewer's laptop at ``root`` with :data:`CASES`; returns case key → id."""
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(root, officer=reviewer, municipality="20", passphrase=PASSPHRASE, role=role)
    try:
        for officer in (ARTA, MILAN):
            ws.add_officer(officer, PASSPHRASE, role="officer")
        enrol_record(ws, role, SCOPE)
    finally:
        ws.close()
    ids: dict[str, str] = {}
    for officer in (ARTA, MILAN):
        ws = Workspace.open(root, PASSPHRASE, officer=officer)
        try:
            with ws.write() as ctx:
                for key, owner, _days, doc in CASES:
                    if owner == officer:
                        ids[key] = cases.create_case(ctx, doc)["id"]
        finally:
            ws.close()
    ws = Workspace.open(root, PASSPHRASE, officer=reviewer)
    try:
        back_date(ws, {ids[key]: days for key, _o, days, _d in CASES})
    finally:
        ws.close()
    return ids


@pytest.fixture(scope="session")
def review_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The supervisor's laptop, built once and copied by :func:`review_root`."""
    root = tmp_path_factory.mktemp("review-template") / "ws"
    return root, build_review_workspace(root)


@pytest.fixture
def review_root(review_template: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    """A fresh copy of the supervisor's laptop."""
    root = tmp_path / "ws"
    shutil.copytree(review_template[0], root)
    return root


@pytest.fixture
def case_ids(review_template: tuple[Path, dict[str, str]]) -> dict[str, str]:
    """Case key → id of the cases on the supervisor's laptop."""
    return dict(review_template[1])


@pytest.fixture
def supervisor(qtbot: Any, executor: Any, review_root: Path) -> Any:
    """The supervisor's laptop unlocked on the store thread; gives the unlock outcome."""
    return unlock_as(qtbot, executor, review_root, SUPERVISOR)


@pytest.fixture
def queue_screen(qtbot: Any, executor: Any, supervisor: Any) -> Iterator[Any]:
    """The review queue screen of the supervisor's laptop, read and shown."""
    from ui.review.queue import ReviewQueueScreen

    opened: list[str] = []
    screen = ReviewQueueScreen(executor, role=supervisor.role, open_case=opened.append)
    screen.opened = opened  # type: ignore[attr-defined]
    executor.changed.connect(screen.on_changes)  # as the main window passes on what changed
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    with qtbot.waitSignals([screen.case_shown, screen.duplicates_counted], timeout=15000):
        screen.activate()
    yield screen
    executor.wait_idle(5000)


def outbox_ops(executor: Any, qtbot: Any, kind: str | None = None) -> list[dict[str, Any]]:
    """The outbox ops waiting for HQ (read on the store thread), oldest first."""
    from fieldapp.store import remote

    got: dict[str, Any] = {}

    def read(st: Any) -> list[dict[str, Any]]:
        with st.workspace.read() as s:
            return [{"kind": op.kind, "entity_id": op.entity_id, "fields": dict(op.fields)}
                    for op in remote.pending_ops(s)]

    executor.submit(read, done=lambda ops: got.setdefault("ops", ops))
    qtbot.waitUntil(lambda: "ops" in got, timeout=10000)
    return [op for op in got["ops"] if kind is None or op["kind"] == kind]


def read_case(executor: Any, qtbot: Any, case_id: str) -> dict[str, Any]:
    """The case as the store holds it now."""
    from fieldapp.store import cases

    got: dict[str, Any] = {}

    def read(st: Any) -> dict[str, Any]:
        with st.workspace.read() as s:
            return cases.get_case(s, case_id)

    executor.submit(read, done=lambda doc: got.setdefault("doc", doc))
    qtbot.waitUntil(lambda: "doc" in got, timeout=10000)
    return got["doc"]


__all__ = ["ARTA", "CASES", "IN_SCOPE_ORDER", "MILAN", "MOCR", "SCOPE", "SUPERVISOR",
           "build_review_workspace", "enrol_record", "outbox_ops", "read_case", "unlock_as"]
