"""No name of a person anywhere outside the encrypted database: every file the app wrote is searched."""

from __future__ import annotations

import json
from pathlib import Path

from fieldapp.store import cases
from fieldapp.store.imports import import_file
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE, run_cli, sample_case

NAMES = ("Shkëlzen", "Berisha", "Ђорђе", "Петровић", "Đorđe")
FOLDED = ("shkelzen", "berisha", "djordje", "petrovic")


def _needles() -> list[bytes]:
    out: list[bytes] = []
    for name in NAMES + FOLDED:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(name.encode(enc))
        out.append(name.upper().encode("utf-8"))
    return out


def assert_no_names(root: Path) -> list[Path]:
    """Search every file under ``root``; return the files searched."""
    files = [p for p in root.rglob("*") if p.is_file()]
    needles = _needles()
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"
    return files


def _people() -> dict:
    doc = sample_case()
    doc["members"] = [
        {"given_name": "Shkëlzen", "family_name": "Berisha", "sex": "M", "relationship": "head"},
        {"given_name": "Ђорђе", "family_name": "Петровић", "sex": "M", "relationship": "other_relative"},
    ]
    doc["notes"] = ["Shkëlzen Berisha asked for a second visit"]
    return doc


def test_known_names_are_in_no_file_of_the_workspace(cli_ws: Path, tmp_path: Path) -> None:
    src = tmp_path / "in" / "cases.json"
    src.parent.mkdir()
    src.write_text(json.dumps([_people()], ensure_ascii=False), encoding="utf-8")
    assert run_cli("case", "import", str(src), "--workspace", str(cli_ws)).code == 0
    for args in (("case", "list"), ("case", "search", "shkelzen"), ("case", "search", "Ђорђе"),
                 ("status",), ("audit", "verify")):
        assert run_cli(*args, "--workspace", str(cli_ws)).code == 0
    number = run_cli("case", "list", "--workspace", str(cli_ws), "--json").json()[0]["case_number"]
    assert run_cli("case", "transition", number, "submitted", "--workspace", str(cli_ws)).code == 0
    assert run_cli("backup", "create", "-o", str(cli_ws / "backups-manual.bak"), "--workspace", str(cli_ws)).code == 0
    # Errors that quote input must not carry it into the log either.
    bad = tmp_path / "in" / "bad.json"
    bad.write_text(json.dumps([dict(_people(), municipality="99")], ensure_ascii=False), encoding="utf-8")
    assert run_cli("case", "import", str(bad), "--workspace", str(cli_ws)).code == 1
    assert run_cli("status", "--workspace", str(cli_ws), env={"FIELDAPP_PASSPHRASE": "wrong one!!"}).code == 1
    files = assert_no_names(cli_ws)
    names = {p.name for p in files}
    assert {"workspace.db", "keys.json", "fieldapp.log", "backups-manual.bak"} <= names


def test_wal_and_open_database_hold_no_clear_names(workspace: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "cases.json"
    src.write_text(json.dumps([_people()] * 3, ensure_ascii=False), encoding="utf-8")
    import_file(workspace, src)
    with workspace.write() as ctx:
        doc = cases.create_case(ctx, _people())
        cases.add_note(ctx, doc["id"], "Berisha family met at the school")
    wal = workspace.db_path.with_name("workspace.db-wal")
    assert wal.exists() and wal.stat().st_size > 0  # still open: the changes sit in the WAL
    assert_no_names(workspace.root)


def test_pre_migration_backup_holds_no_clear_names(tmp_path: Path) -> None:
    from fieldapp.store import migrate

    ws = Workspace.create(tmp_path / "ws", officer="Arta", municipality="20", passphrase=PASSPHRASE)
    with ws.write() as ctx:
        cases.create_case(ctx, _people())
    migrate.backup_copy(ws.engine, ws.db_path, ws.backup_dir, "test")  # type: ignore[arg-type]
    ws.close()
    files = assert_no_names(tmp_path / "ws")
    assert any(p.parent.name == "backups" for p in files)
