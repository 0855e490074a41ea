"""The encrypted workspace: files, keys, pragmas, wrong passphrases and damaged files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from fieldapp.domain.errors import UserError
from fieldapp.security.keyfile import KeyFileError, WrongPassphrase
from fieldapp.store import cases
from fieldapp.store.workspace import Lockout, Workspace, WorkspaceError, unlock_delay
from tests.conftest import PASSPHRASE, sample_case


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_workspace_files_are_private(workspace: Workspace) -> None:
    assert _mode(workspace.root) == 0o700
    assert _mode(workspace.db_path) == 0o600
    assert _mode(workspace.key_path) == 0o600


def test_pragmas_wal_secure_delete_memory_temp_store(workspace: Workspace) -> None:
    with workspace.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2
        assert s.execute(text("PRAGMA cipher_version")).scalar()


def test_database_cannot_be_read_by_plain_sqlite_nor_with_a_wrong_key(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        cases.create_case(ctx, sample_case())
    workspace.close()
    db = str(Workspace.db_path_of(workspace.root))
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn = sqlcipher.connect(db)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn = sqlcipher.connect(db)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")  # the passphrase itself is not the key either
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_reopen_with_passphrase_sees_the_data(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        number = cases.create_case(ctx, sample_case())["case_number"]
    root = workspace.root
    workspace.close()
    with Workspace.open(root, PASSPHRASE) as ws, ws.read() as s:
        assert cases.get_case(s, number)["members"][0]["given_name"] == "Đorđe"


def test_wrong_passphrase_changes_nothing_and_delay_grows(workspace: Workspace) -> None:
    root = workspace.root
    workspace.close()
    before = (root / "keys.json").read_bytes()
    for attempt in range(1, 3):
        with pytest.raises(WrongPassphrase, match=f"Wrong passphrase \\({attempt} failed"):
            Workspace.open(root, "not the passphrase", wait=False)
    assert (root / "keys.json").read_bytes() == before
    with pytest.raises(WrongPassphrase, match="Wait 1 s"):
        Workspace.open(root, "not the passphrase", wait=False)
    with pytest.raises(WrongPassphrase, match="Too many wrong passphrases: wait"):
        Workspace.open(root, PASSPHRASE, wait=False)
    assert Lockout.load(root / "lockout.json").failures == 3
    Workspace.open(root, PASSPHRASE, wait=True).close()  # waits the delay out, then opens
    assert Lockout.load(root / "lockout.json").failures == 0


def test_unlock_delay_grows_and_is_capped() -> None:
    delays = [unlock_delay(n) for n in range(0, 12)]
    assert delays[:3] == [0, 0, 0]
    assert delays[3:7] == [1, 2, 4, 8]
    assert delays == sorted(delays) and max(delays) == 60


def test_damaged_key_file_is_named_and_left_alone(workspace: Workspace) -> None:
    root = workspace.root
    workspace.close()
    (root / "keys.json").write_bytes(b'{"format": "fieldapp.keyfile/1", "slots": [')
    with pytest.raises(KeyFileError, match=str(root / "keys.json")):
        Workspace.open(root, PASSPHRASE)
    assert (root / "keys.json").read_bytes().endswith(b"[")


@pytest.mark.parametrize("cut", ["empty", "odd", "pages"])
def test_truncated_database_is_named_and_left_alone(workspace: Workspace, cut: str) -> None:
    with workspace.write() as ctx:
        for _ in range(30):
            cases.create_case(ctx, sample_case())
    root = workspace.root
    workspace.close()
    db = root / "workspace.db"
    data = db.read_bytes()
    cut_to = {"empty": 0, "odd": len(data) - 1000, "pages": 4096 * 2}[cut]
    db.write_bytes(data[:cut_to])
    with pytest.raises(UserError, match=str(db)):
        ws = Workspace.open(root, PASSPHRASE)
        with ws.read() as s:  # a page-aligned cut may only show when pages are read
            s.execute(text("PRAGMA quick_check")).all()
    assert db.stat().st_size == cut_to


def test_foreign_database_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    root = workspace.root
    workspace.close()
    other = Workspace.create(tmp_path / "other", officer="Milan", municipality="19", passphrase=PASSPHRASE)
    other.close()
    (root / "workspace.db").write_bytes((tmp_path / "other" / "workspace.db").read_bytes())
    with pytest.raises(WorkspaceError, match="does not belong to this key file"):
        Workspace.open(root, PASSPHRASE)


def test_create_refuses_an_existing_workspace(workspace: Workspace) -> None:
    with pytest.raises(WorkspaceError, match="already holds a workspace"):
        Workspace.create(workspace.root, officer="X", municipality="20", passphrase=PASSPHRASE)


def test_create_checks_its_inputs(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="not a municipality code"):
        Workspace.create(tmp_path / "a", officer="X", municipality="99", passphrase=PASSPHRASE)
    with pytest.raises(WorkspaceError, match="too short"):
        Workspace.create(tmp_path / "b", officer="X", municipality="20", passphrase="short")
    assert not (tmp_path / "b" / "keys.json").exists()


def test_officers_share_a_laptop_and_change_passphrases(workspace: Workspace) -> None:
    workspace.add_officer("Milan Petrović", "milan's own passphrase")
    db_head = workspace.db_path.read_bytes()[:16]  # SQLCipher's salt: the database is not re-keyed
    workspace.change_passphrase("arta's new passphrase")
    root = workspace.root
    workspace.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(root, PASSPHRASE, wait=False)
    with Workspace.open(root, "arta's new passphrase") as ws:
        assert ws.actor.officer == "Arta Krasniqi"
    with Workspace.open(root, "milan's own passphrase") as ws:
        assert ws.actor.officer == "Milan Petrović"
    assert (root / "workspace.db").read_bytes()[:16] == db_head


def test_lock_drops_the_key(workspace: Workspace) -> None:
    workspace.close()
    with pytest.raises(WorkspaceError, match="locked"):
        _ = workspace.dek
    with pytest.raises(WorkspaceError, match="locked"), workspace.read():
        pass


def test_wrong_passphrase_is_worded_in_each_language(workspace: Workspace) -> None:
    root = workspace.root
    workspace.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as info:
            Workspace.open(root, "not the passphrase", wait=False)
    exc = info.value
    assert (exc.id, exc.params) == ("keys.wrong_passphrase_counted_wait", {"failures": 3, "seconds": 1})
    assert exc.render("sq").startswith("Fjalëkalim i gabuar (3 përpjekje të dështuara)")
    assert exc.render("sr-Latn").startswith("Pogrešna lozinka (3 neuspela pokušaja)")
    assert "Caps Lock" in exc.render("sr-Cyrl") and "Погрешна лозинка" in exc.render("sr-Cyrl")


def test_workspace_errors_name_the_path_in_every_language(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError) as info:
        Workspace.open(tmp_path, PASSPHRASE)
    assert info.value.id == "keys.missing"
    for lang in ("en", "sq", "sr-Latn", "sr-Cyrl"):
        assert str(tmp_path / "keys.json") in info.value.render(lang)
    assert "'fieldapp init'" in info.value.render("sr-Cyrl")
