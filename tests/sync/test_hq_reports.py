"""``fieldapp-hq report summary`` and ``fieldapp-hq report export``: HQ's figures and workbook,
scoped by role and municipality, on SQLite and PostgreSQL (skipped when it is not reachable).

Cases reach HQ as laptops' pushes store them (:func:`sync.server.push.service.apply_ops`); the
figures are checked against the same documents counted in Python, and against a laptop that
imported them.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from fieldapp.reports.summary import SummaryFilter
from sync.protocol.messages import Op
from sync.server.db import Database
from sync.server.scope import Actor
from tests.fieldapp.reports.households import FORMULA_NAME, expected, figures, households
from tests.sync.support import fresh_pg_database, run_cli_inprocess

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
USERS = {"arta": ("officer", "20"), "drita": ("officer", "19"), "mocr20": ("mocr", "20"),
         "sup": ("supervisor", "19", "20"), "sup17": ("supervisor", "17")}
# Which of households() each officer's laptop pushed.
PUSHED_BY = {"arta": (0, 1, 2, 3), "drita": (4, 5)}


@dataclass
class HqHome:
    """An initialised HQ data folder and its database."""

    data: Path
    db: Database

    def cli(self, *args: str) -> Any:
        """``fieldapp-hq ARGS --data DIR`` in this process."""
        return run_cli_inprocess(*args, "--data", str(self.data), program="fieldapp-hq")

    def summary(self, *args: str) -> dict[str, Any]:
        """``report summary --json`` with ``args``."""
        r = self.cli("report", "summary", "--json", *args)
        assert r.code == 0, r.err
        return dict(json.loads(r.out))


@contextlib.contextmanager
def database_url(backend: str, root: Path) -> Iterator[str]:
    """A fresh, empty database of ``backend``."""
    if backend == "sqlite":
        yield f"sqlite:///{root / 'hq.db'}"
    else:
        with fresh_pg_database() as url:
            yield url


def _push(db: Database, officer: str, docs: list[dict[str, Any]]) -> None:
    from sync.server.push.service import apply_ops

    role, municipality = USERS[officer]
    ops = []
    for i, doc in enumerate(docs):
        fields = {k: v for k, v in doc.items() if k != "format"}
        fields["case_number"] = f"{municipality}-2026-TEST-{uuid.uuid4().int % 10**6:06d}"
        ops.append(Op.model_validate({
            "op_id": str(uuid.uuid4()), "seq": i + 1, "kind": "case.create", "entity": "case",
            "entity_id": str(uuid.uuid4()), "base_rev": 0, "fields": fields,
            "hlc": f"{1764000000000 + i:013d}-00000-TEST", "officer": officer,
            "created_at": "2026-11-22T10:00:00Z"}))
    with db.write() as s:
        results = apply_ops(session=s, actor=Actor(officer, role, frozenset({municipality}),
                                                   device_id=str(uuid.uuid4())), ops=ops).results
    assert {r.status for r in results} == {"applied"}, results


@pytest.fixture(params=BACKENDS)
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqHome]:
    """An HQ with its users and the report households pushed by two officers' laptops."""
    from sync.server.users.service import create_user

    with database_url(request.param, tmp_path) as url:
        data = tmp_path / "hq"
        r = run_cli_inprocess("--data", str(data), "init", "--db", url, program="fieldapp-hq")
        assert r.code == 0, r.err
        home = HqHome(data, Database(url))
        with home.db.write() as s:
            for name, (role, *municipalities) in USERS.items():
                create_user(session=s, name=name, role=role, municipalities=municipalities)
        docs = households()
        for officer, which in PUSHED_BY.items():
            _push(home.db, officer, [docs[i] for i in which])
        try:
            yield home
        finally:
            home.db.dispose()


def test_figures_match_the_households_pushed(hq: HqHome) -> None:
    docs = households()
    got = hq.summary()
    assert figures(got) == expected(docs)
    assert got["by_community"]["withheld"] == 1
    assert got["assistance"]["food_package"] == {"planned": 1, "delivered": 1}
    # The repatriated household arrived when its case began: one return.
    assert sum(got["returns_per_month"].values()) == 1
    assert figures(hq.summary("--municipality", "19")) == expected(docs[4:])
    assert figures(hq.summary("--case-type", "repatriated")) == expected([docs[3]])
    assert figures(hq.summary("--from", "2026-05-01", "--to", "2026-07-31")) == expected(docs[1:4])


@pytest.mark.parametrize(("user", "seen"), [("arta", (0, 1, 2, 3)), ("drita", (4, 5)),
                                            ("mocr20", (0, 1, 2, 3)), ("sup", (0, 1, 2, 3, 4, 5)),
                                            ("sup17", ())])
def test_each_role_counts_only_its_scope(hq: HqHome, user: str, seen: tuple[int, ...]) -> None:
    docs = households()
    got = hq.summary("--as", user)
    if seen:
        assert figures(got) == expected([docs[i] for i in seen])
    else:
        assert got["cases"] == 0 and got["by_status"] == {}
    # A municipality outside the scope narrows to nothing rather than widening it.
    assert hq.summary("--as", "drita", "--municipality", "20")["cases"] == 0


def test_the_summary_read_is_audited(hq: HqHome) -> None:
    from sync.server.audit.models import AuditEntry

    hq.summary("--as", "sup", "--municipality", "20")
    with hq.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "report.summary")).scalar_one()
    assert entry.actor == "sup" and entry.detail["cases"] == 4
    assert entry.detail["filter"]["municipality"] == "20"


def test_export_is_scoped_labelled_and_audited(hq: HqHome, tmp_path: Path) -> None:
    from sync.server.audit.models import AuditEntry

    out = tmp_path / "mocr20.xlsx"
    r = hq.cli("report", "export", "-o", str(out), "--as", "mocr20", "--lang", "sr-Cyrl")
    assert r.code == 0, r.err
    book = openpyxl.load_workbook(out)
    hh = book["Households"]
    assert hh.cell(1, 1).value == "Број предмета" and hh.max_row == 5
    assert {hh.cell(i, 5).value for i in range(2, 6)} == {"Призрен"}
    members = book["Members"]
    cell = next(row[2] for row in members.iter_rows(min_row=2) if row[2].value == FORMULA_NAME)
    assert cell.data_type == "s" and cell.quotePrefix
    assert any(row[2].value == "Јелена" for row in members.iter_rows(min_row=2))
    with hq.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "report.export")).scalar_one()
    assert entry.actor == "mocr20"
    assert entry.detail["rows"] == {"Households": 4, "Members": 8, "Needs": 6, "Assistance": 4,
                                    "Referrals": 4}
    js = hq.cli("--json", "report", "export", "-o", str(out), "--municipality", "19")
    assert js.code == 0 and json.loads(js.out)["rows"]["Households"] == 2


def test_hq_and_a_laptop_holding_the_same_cases_agree(hq: HqHome, workspace: Any) -> None:
    from fieldapp.store import reports
    from fieldapp.store.imports import import_records

    import_records(workspace, [(f"record {i}", d) for i, d in enumerate(households())])
    with workspace.read() as s:
        laptop = reports.summary(s, SummaryFilter(municipality="20")).to_json()
    assert figures(hq.summary("--municipality", "20")) == figures(laptop)


def test_mistakes_give_one_line_and_exit_1(hq: HqHome, tmp_path: Path) -> None:
    for args in (("report", "summary", "--municipality", "99"),
                 ("report", "export", "-o", str(tmp_path / "x.ods")),
                 ("report", "summary", "--as", "nobody")):
        r = hq.cli(*args)
        assert r.code == 1 and len(r.err.strip().splitlines()) == 1, (args, r.err)
        assert r.err.startswith("fieldapp-hq: ") and "Traceback" not in r.err
