"""The ``fieldapp`` commands of CONTRACT.md, run as real processes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli, sample_case


def _import(ws: Path, tmp: Path, docs: list) -> list[str]:
    path = tmp / "in.json"
    path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    r = run_cli("case", "import", str(path), "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    return r.json()["case_numbers"]


def test_version_and_usage_errors() -> None:
    r = run_cli("--version")
    assert r.code == 0 and r.out.startswith("fieldapp ")
    assert run_cli("case", "frobnicate").code == 2
    assert run_cli("case", "transition").code == 2


def test_list_search_show_json_shapes(cli_ws: Path, tmp_path: Path) -> None:
    (number,) = _import(cli_ws, tmp_path, [sample_case()])
    listed = run_cli("case", "list", "--workspace", str(cli_ws), "--json").json()
    assert {"id", "case_number", "status", "municipality", "head", "members"} <= set(listed[0])
    assert listed[0]["head"] == "Đorđe Petrović" and listed[0]["members"] == 2
    found = run_cli("case", "search", "Ђорђе", "--workspace", str(cli_ws), "--json").json()
    assert [c["case_number"] for c in found] == [number]
    assert run_cli("case", "search", "djordje petrovic", "--workspace", str(cli_ws), "--json").json() == found
    shown = run_cli("case", "show", number, "--workspace", str(cli_ws), "--json").json()
    assert shown["format"] == "fieldapp.case/1" and shown["case_number"] == number
    assert shown["revision"] == 1 and shown["history"][0]["to"] == "draft"
    assert shown["members"][1]["given_name"] == "Јелена"
    by_id = run_cli("case", "show", shown["id"], "--workspace", str(cli_ws), "--json").json()
    assert by_id == shown


def test_filters_on_list(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [sample_case(), sample_case(municipality="19")])
    r = run_cli("case", "list", "--municipality", "19", "--workspace", str(cli_ws), "--json")
    assert [c["municipality"] for c in r.json()] == ["19"]
    assert run_cli("case", "list", "--status", "approved", "--workspace", str(cli_ws), "--json").json() == []


def test_transition_with_history_and_refusals(cli_ws: Path, tmp_path: Path) -> None:
    (number,) = _import(cli_ws, tmp_path, [sample_case()])
    r = run_cli("case", "transition", number, "approved", "--workspace", str(cli_ws))
    # Statuses read as their labels, in the command line's language.
    assert r.code == 1 and "cannot go from 'Draft' to 'Approved'" in r.err
    r = run_cli("case", "transition", number, "withdrawn", "--workspace", str(cli_ws))
    assert r.code == 1 and "needs a comment" in r.err
    assert run_cli("case", "transition", number, "submitted", "--comment", "complete",
                   "--workspace", str(cli_ws)).code == 0
    hist = run_cli("case", "show", number, "--workspace", str(cli_ws), "--json").json()["history"]
    assert hist[-1]["from"] == "draft" and hist[-1]["to"] == "submitted" and hist[-1]["comment"] == "complete"
    r = run_cli("case", "show", "19-2026-XXXX-0001", "--workspace", str(cli_ws))
    assert r.code == 1 and "No case" in r.err


def test_status_json(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [sample_case(), sample_case()])
    st = run_cli("status", "--workspace", str(cli_ws), "--json").json()
    assert st["cases"] == 2 and st["outbox_pending"] == 2 and st["conflicts"] == 0
    assert st["last_sync"] is None and st["enrolled"] is False


def test_export_round_trips_through_import(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [sample_case(), sample_case(municipality="19")])
    out = tmp_path / "export.json"
    assert run_cli("case", "export", "-o", str(out), "--workspace", str(cli_ws)).code == 0
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert len(docs) == 2 and all(d["format"] == "fieldapp.case/1" and d["case_number"] for d in docs)
    other = tmp_path / "other"
    assert run_cli("init", "--officer", "Milan", "--municipality", "19", "--workspace", str(other)).code == 0
    r = run_cli("case", "import", str(out), "--workspace", str(other), "--json")
    assert r.code == 0, r.err
    again = run_cli("case", "show", docs[0]["case_number"], "--workspace", str(other), "--json").json()
    assert again["members"] == docs[0]["members"] and again["id"] == docs[0]["id"]


def test_wrong_passphrase_is_one_line_exit_1(cli_ws: Path) -> None:
    r = run_cli("status", "--workspace", str(cli_ws), env={"FIELDAPP_PASSPHRASE": "wrong passphrase!"})
    assert r.code == 1 and r.err.count("\n") == 1 and "Wrong passphrase" in r.err


def test_not_a_workspace(tmp_path: Path) -> None:
    r = run_cli("status", "--workspace", str(tmp_path / "nowhere"))
    assert r.code == 1 and "not an initialised workspace" in r.err


def test_officer_add_and_passphrase_change(cli_ws: Path) -> None:
    r = run_cli("officer", "add", "--officer", "Milan Petrović", "--workspace", str(cli_ws),
                env={"FIELDAPP_NEW_PASSPHRASE": "milan's passphrase"})
    assert r.code == 0, r.err
    st = run_cli("status", "--workspace", str(cli_ws), "--json", env={"FIELDAPP_PASSPHRASE": "milan's passphrase"})
    assert st.json()["officer"] == "Milan Petrović"
    r = run_cli("passphrase", "change", "--workspace", str(cli_ws),
                env={"FIELDAPP_NEW_PASSPHRASE": "a brand new passphrase"})
    assert r.code == 0, r.err
    assert run_cli("status", "--workspace", str(cli_ws)).code == 1
    assert run_cli("status", "--workspace", str(cli_ws),
                   env={"FIELDAPP_PASSPHRASE": "a brand new passphrase"}).code == 0


def test_backup_restores_on_another_machine(cli_ws: Path, tmp_path: Path) -> None:
    numbers = _import(cli_ws, tmp_path, [sample_case(), sample_case()])
    bak = tmp_path / "usb" / "fieldapp.bak"
    bak.parent.mkdir()
    assert run_cli("backup", "create", "-o", str(bak), "--workspace", str(cli_ws)).code == 0
    assert oct(os.stat(bak).st_mode & 0o777) == "0o600"
    elsewhere = tmp_path / "laptop2" / "ws"
    r = run_cli("backup", "restore", str(bak), "--workspace", str(elsewhere),
                env={"FIELDAPP_HOME": str(tmp_path / "ignored")})
    assert r.code == 0, r.err
    listed = run_cli("case", "list", "--workspace", str(elsewhere), "--json").json()
    assert sorted(c["case_number"] for c in listed) == sorted(numbers)
    assert run_cli("audit", "verify", "--workspace", str(elsewhere)).code == 0
    # A second restore into the same folder, a wrong passphrase and a damaged file are refused.
    assert run_cli("backup", "restore", str(bak), "--workspace", str(elsewhere)).code == 1
    r = run_cli("backup", "restore", str(bak), "--workspace", str(tmp_path / "w3"),
                env={"FIELDAPP_PASSPHRASE": "not it at all"})
    assert r.code == 1 and "Wrong passphrase" in r.err
    data = bytearray(bak.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.bak"
    bad.write_bytes(bytes(data))
    r = run_cli("backup", "restore", str(bad), "--workspace", str(tmp_path / "w4"))
    assert r.code == 1 and "damaged or was altered" in r.err
    assert not (tmp_path / "w4" / "workspace.db").exists()
    bad.write_bytes(bak.read_bytes()[:5000])
    r = run_cli("backup", "restore", str(bad), "--workspace", str(tmp_path / "w5"))
    assert r.code == 1 and "truncated" in r.err


def test_audit_verify_detects_tampering(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [sample_case()])
    assert run_cli("audit", "verify", "--workspace", str(cli_ws)).code == 0
    from sqlalchemy import text

    from fieldapp.store.workspace import Workspace

    with Workspace.open(cli_ws, PASSPHRASE) as ws, ws.engine.begin() as conn:  # type: ignore[union-attr]
        conn.execute(text("UPDATE audit_events SET action='case.delete' WHERE seq=2"))
    r = run_cli("audit", "verify", "--workspace", str(cli_ws))
    assert r.code == 1 and "event 2 was changed" in r.err
    # The reason speaks the user's language; the JSON keeps it in English.
    r = run_cli("--lang", "sq", "audit", "verify", "--workspace", str(cli_ws))
    assert r.code == 1 and "ngjarja 2 u ndryshua pasi ishte shkruar" in r.err and "event" not in r.err
    r = run_cli("--lang", "sr-Cyrl", "audit", "verify", "--workspace", str(cli_ws), "--json")
    assert r.code == 1 and r.json()["reason"] == "event 2 was changed after it was written"
    assert "догађај 2 је измењен" in r.err
