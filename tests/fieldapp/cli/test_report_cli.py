"""``fieldapp report summary`` and ``fieldapp report export`` (CONTRACT.md "Reports and exports"),
run in this process the way the console script runs (:func:`tests.sync.support.run_cli_inprocess`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from fieldapp.store.models import AuditEvent
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.fieldapp.reports.households import FORMULA_NAME, expected, figures, households
from tests.sync.support import run_cli_inprocess

CONTRACT_KEYS = {"cases", "members", "by_status", "by_municipality", "by_case_type", "by_need",
                 "by_vulnerability", "by_community", "assistance"}


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A workspace made by ``fieldapp init`` holding the report households, imported by
    ``fieldapp case import``."""
    ws = tmp_path / "ws"
    r = run_cli_inprocess("init", "--officer", "Arta Krasniqi", "--municipality", "20",
                          "--workspace", str(ws))
    assert r.code == 0, r.err
    src = tmp_path / "households.json"
    src.write_text(json.dumps(households(), ensure_ascii=False), encoding="utf-8")
    r = run_cli_inprocess("case", "import", str(src), "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    return ws


def _cli(ws: Path, *args: str) -> Any:
    return run_cli_inprocess(*args, "--workspace", str(ws))


def _one_error_line(r: Any) -> str:
    assert r.code == 1, (r.out, r.err)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldapp: ") and "Traceback" not in r.err, r.err
    assert r.out == ""
    return lines[0]


def test_summary_json_has_the_contract_keys_and_real_counts(laptop: Path) -> None:
    r = _cli(laptop, "report", "summary", "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)  # one document, nothing else on stdout
    assert set(data) >= CONTRACT_KEYS
    assert figures(data) == expected(households())
    assert data["assistance"]["house_reconstruction"] == {"planned": 1, "delivered": 0}
    narrowed = json.loads(_cli(laptop, "report", "summary", "--municipality", "19", "--json").out)
    assert figures(narrowed) == expected(households()[4:])
    # Options go before or after the subcommand alike.
    before = run_cli_inprocess("--workspace", str(laptop), "--json", "report", "summary",
                               "--case-type", "repatriated")
    assert before.code == 0 and json.loads(before.out)["cases"] == 1


def test_summary_table_is_worded_in_the_language_with_small_cells_suppressed(laptop: Path) -> None:
    r = run_cli_inprocess("--lang", "sq", "report", "summary", "--workspace", str(laptop))
    assert r.code == 0, r.err
    assert "Statusi" in r.out and "Rindërtim i shtëpisë" in r.out and "<5" in r.out
    assert "Numrat nga 1 deri 4" in r.out
    lines = r.out.splitlines()
    draft = next(line for line in lines if line.startswith("Draft"))
    assert draft.split()[-1] == "5"
    cyr = run_cli_inprocess("--lang", "sr-Cyrl", "report", "summary", "--workspace", str(laptop))
    assert "Потреба" in cyr.out and "<5" in cyr.out
    empty = _cli(laptop, "report", "summary", "--municipality", "02")
    assert empty.code == 0 and empty.out.strip() == "No cases to count."


def test_export_writes_the_workbook_and_an_audit_event(laptop: Path, tmp_path: Path) -> None:
    out = tmp_path / "raporti.xlsx"
    r = run_cli_inprocess("report", "export", "-o", str(out), "--lang", "sq",
                          "--workspace", str(laptop))
    assert r.code == 0, r.err
    assert "raporti.xlsx" in r.out and "6 familje" in r.out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Households", "Members", "Needs", "Assistance", "Referrals"]
    assert book["Households"].cell(1, 1).value == "Numri i rastit"
    assert book["Households"].max_row == 7
    names = [c.value for c in book["Members"]["C"]]
    assert FORMULA_NAME in names
    with Workspace.open(laptop, PASSPHRASE) as ws, ws.read() as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.action == "report.export")).scalars().all()
        assert len(events) == 1
        assert events[0].officer == "Arta Krasniqi"
        assert events[0].detail["rows"] == {"Households": 6, "Members": 11, "Needs": 7,
                                            "Assistance": 5, "Referrals": 4}
        assert events[0].detail["lang"] == "sq"
    assert _cli(laptop, "audit", "verify").code == 0
    again = run_cli_inprocess("--json", "report", "export", "-o", str(out), "--municipality", "19",
                              "--workspace", str(laptop))
    assert again.code == 0 and json.loads(again.out)["rows"]["Households"] == 2


def test_mistakes_give_one_line_and_exit_1(laptop: Path, tmp_path: Path) -> None:
    assert "xlsx" in _one_error_line(_cli(laptop, "report", "export", "-o", str(tmp_path / "x.csv")))
    assert "folder" in _one_error_line(_cli(laptop, "report", "export", "-o", str(tmp_path)))
    assert "does not exist" in _one_error_line(
        _cli(laptop, "report", "export", "-o", str(tmp_path / "nowhere" / "x.xlsx")))
    assert "'99'" in _one_error_line(_cli(laptop, "report", "summary", "--municipality", "99"))
    assert "YYYY-MM-DD" in _one_error_line(_cli(laptop, "report", "summary", "--from", "2026-13-01"))
    assert "swap" in _one_error_line(_cli(laptop, "report", "summary", "--from", "2026-06-01",
                                          "--to", "2026-05-01"))
    sq = run_cli_inprocess("--lang", "sq", "report", "summary", "--municipality", "99",
                           "--workspace", str(laptop))
    assert "nuk është kod komune" in _one_error_line(sq)
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*.tmp"))
