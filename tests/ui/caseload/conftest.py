"""Fixtures for the caseload and the selection list: a supervisor's laptop of municipality 20
(enrolled: it acts for its HQ user) holding a municipal caseload in every part of the workflow,
with HQ's list of the municipality's field officers."""

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
OFFICERS = ("Arta Krasniqi", "Milan Jovanović")

# (key, status, head, settlement, vulnerabilities, days in the status)
CASES: tuple[tuple[str, str, tuple[str, str], str, tuple[str, ...], int], ...] = (
    ("sub1", "submitted", ("Drita", "Gashi"), "Landovicë", ("single_head_of_household",), 20),
    ("sub2", "submitted", ("Ђорђе", "Петровић"), "Prizren", ("older_person_without_support",), 30),
    ("rev", "under_review", ("Arben", "Krasniqi"), "Prizren", (), 12),
    ("app1", "approved", ("Shkëlzen", "Berisha"), "Prizren",
     ("unaccompanied_or_separated_child", "person_with_disability"), 40),
    ("app2", "approved", ("Љиљана", "Његош"), "Landovicë",
     ("older_person_without_support", "serious_medical_condition"), 25),
    ("app3", "approved", ("Milan", "Jovanović"), "Prizren", ("single_head_of_household",), 60),
    ("app4", "approved", ("Besa", "Morina"), "Zhur", ("older_person_without_support", "person_with_disability"), 10),
    ("app5", "approved", ("Çlirim", "Thaçi"), "Zhur", ("child_under_15",), 5),
    ("wait", "waitlisted", ("Jelena", "Petrović"), "Prizren", ("single_head_of_household",), 90),
    ("sel", "selected", ("Fatmir", "Shala"), "Prizren", ("former_detainee",), 15),
    ("mon", "monitoring", ("Vjosa", "Hoxha"), "Landovicë", (), 100),
    ("draft", "draft", ("Ilir", "Rexhepi"), "Prizren", (), 2),
)


def build_office(root: Path, *, role: str = "supervisor", person: str = SUPERVISOR) -> dict[str, str]:
    """The laptop at ``root`` with :data:`CASES`; returns case key → id."""
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(root, officer=person, municipality="20", passphrase=PASSPHRASE, role=role)
    ids: dict[str, str] = {}
    try:
        enrol_record(ws, role, ("20",), officers=OFFICERS)
        with ws.write() as ctx:
            for key, status, (given, family), settlement, flags, _days in CASES:
                doc = sample_case(status=status, settlement=settlement, vulnerabilities=list(flags))
                doc["members"] = [{"given_name": given, "family_name": family, "sex": "M",
                                   "relationship": "head", "date_of_birth": "1965",
                                   "script": "Cyrl" if given[0] in "ЂЉ" else "Latn"},
                                  {"given_name": "Ana", "family_name": family, "sex": "F",
                                   "relationship": "spouse", "date_of_birth": "1970"}]
                ids[key] = cases.create_case(ctx, doc)["id"]
        back_date(ws, {ids[key]: days for key, *_rest, days in CASES})
    finally:
        ws.close()
    return ids


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The supervisor's laptop, built once and copied by :func:`office_root`."""
    root = tmp_path_factory.mktemp("caseload-template") / "ws"
    return root, build_office(root)


@pytest.fixture
def office_root(office_template: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    """A fresh copy of the supervisor's laptop."""
    root = tmp_path / "ws"
    shutil.copytree(office_template[0], root)
    return root


@pytest.fixture
def ids(office_template: tuple[Path, dict[str, str]]) -> dict[str, str]:
    """Case key → id."""
    return dict(office_template[1])


@pytest.fixture
def supervisor(qtbot: Any, executor: Any, office_root: Path) -> Any:
    """The supervisor's laptop unlocked on the store thread; gives the unlock outcome."""
    return unlock_as(qtbot, executor, office_root, SUPERVISOR)


def store_rows(executor: Any, qtbot: Any) -> dict[str, Any]:
    """Every case as the store holds it now (id → caseload row), read on the store thread."""
    from fieldapp.store.caseload import caseload

    got: dict[str, Any] = {}

    def read(st: Any) -> dict[str, Any]:
        with st.workspace.read() as s:
            return {r.id: r for r in caseload(s)}

    executor.submit(read, done=lambda rows: got.setdefault("rows", rows))
    qtbot.waitUntil(lambda: "rows" in got, timeout=10000)
    return got["rows"]


@pytest.fixture
def caseload_screen(qtbot: Any, executor: Any, supervisor: Any) -> Iterator[Any]:
    """The caseload screen of the supervisor's laptop, read and shown."""
    from ui.caseload.screen import CaseloadScreen

    opened: list[str] = []
    screen = CaseloadScreen(executor, role=lambda: "supervisor", open_case=opened.append)
    screen.opened = opened  # type: ignore[attr-defined]
    executor.changed.connect(screen.on_changes)  # as the main window passes on what changed
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    with qtbot.waitSignal(screen.caseload_shown, timeout=15000):
        screen.activate()
    qtbot.waitUntil(lambda: screen.choices is not None, timeout=10000)
    yield screen
    executor.wait_idle(5000)


@pytest.fixture
def selection_screen(qtbot: Any, executor: Any, supervisor: Any) -> Iterator[Any]:
    """The selection list of the supervisor's laptop, read and ranked."""
    from ui.selection.screen import SelectionScreen

    screen = SelectionScreen(executor, role=lambda: "supervisor", open_case=lambda _id: None)
    executor.changed.connect(screen.on_changes)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    with qtbot.waitSignal(screen.ranked, timeout=15000):
        screen.activate()
    yield screen
    executor.wait_idle(5000)
