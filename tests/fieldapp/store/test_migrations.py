"""Schema migrations: a workspace from any released schema opens, after a backup copy."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.security.keyfile import KeyFile, new_dek
from fieldapp.store import cases, migrate
from fieldapp.store.audit import verify
from fieldapp.store.engine import make_engine
from fieldapp.store.migrations.naming import include_name
from fieldapp.store.models import Base
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


# Data as the first schema (0001) stored it; later migrations must carry it forward.
_V0001_CASE = {
    "pk": 1, "id": "0193b6e0-2222-7000-8000-000000000001", "case_number": "20-2025-AB12-0007",
    "case_type": "displaced_return", "status": "draft", "municipality": "20", "settlement": "Prizren",
    "return_mode": None, "intention_registered_on": None,
    "origin": json.dumps({"municipality": None, "settlement": None}),
    "displacement": json.dumps({"category": "displaced_in_region", "location": "Kraljevo", "since": "1999"}),
    "interview": json.dumps({"date": "2025-05-01", "place": None, "officer": None, "language": "sq",
                             "interpreter": False, "interpreter_name": None, "notes": ""}),
    "property": json.dumps({"tenure": "owned", "cadastral_zone": None, "cadastral_municipality": None,
                            "parcel": None, "evidence": None, "claim_number": None, "claim_decision": None}),
    "consent": json.dumps({"processing": True, "share_with_partners": False, "photos": False,
                           "sensitive_data": False, "recorded_on": "2025-05-01", "recorded_by": None}),
    "head_name": "Xhevdet Gashi", "head_sort": "xhevdet gashi", "member_count": 1, "need_codes": "food",
    "score": 0.0, "owner_officer": "Arta", "assigned_office": None, "revision": 1,
    "created_at": "2025-05-01T10:00:00.000Z", "updated_at": "2025-05-01T10:00:00.000Z",
    "sync_state": "pending", "deleted": False,
}
_V0001_MEMBER = {
    "case_pk": 1, "position": 0, "given_name": "Xhevdet", "family_name": "Gashi", "script": "Latn",
    "sex": "M", "date_of_birth": "1960", "relationship": "head", "personal_number": None,
    "documents": "[]", "community": None, "disability": False, "chronic_illness": False,
    "education": None, "occupation": None, "preferred_language": None,
}


def _workspace_at(root: Path, revision: str) -> None:
    root.mkdir(parents=True)
    dek = new_dek()
    keyfile = KeyFile(str(uuid.uuid4()))
    slot = keyfile.add_slot("Arta", "officer", PASSPHRASE, dek)
    engine = make_engine(root / "workspace.db", dek)
    migrate.upgrade(engine, root / "workspace.db", root / "backups", target=revision)
    with engine.begin() as conn:
        def insert(table: str, row: dict) -> None:
            cols = ", ".join(row)
            conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({', '.join(':' + c for c in row)})"), row)
        for key, value in (("workspace_id", keyfile.workspace_id), ("device_short_id", "AB12"),
                           ("municipality", "20")):
            insert("meta", {"key": key, "value": json.dumps(value)})
        insert("officers", {"name": "Arta", "role": "officer", "slot_id": slot.id,
                            "created_at": "2025-05-01T10:00:00.000Z"})
        insert("cases", _V0001_CASE)
        insert("members", _V0001_MEMBER)
        insert("needs", {"case_pk": 1, "position": 0, "category": "food", "priority": "high", "note": ""})
        if revision < "0006":  # one index row per case, as the index was
            conn.execute(text("INSERT INTO case_fts(rowid, names, places) VALUES (1, 'xhevdet gashi', 'prizren')"))
        else:
            from fieldapp.store.search import index_rows, write_index

            write_index(conn, index_rows(1, {"case_number": _V0001_CASE["case_number"], "municipality": "20",
                                             "settlement": "Prizren", "members": [_V0001_MEMBER]}))
    engine.dispose()
    keyfile.save(root / "keys.json")


def test_head_constant_matches_the_migration_scripts() -> None:
    assert _revisions()[-1] == migrate.HEAD
    assert _revisions()[0] == "0001"


@pytest.mark.parametrize("revision", _revisions())
def test_workspace_from_every_schema_opens_at_head(tmp_path: Path, revision: str) -> None:
    root = tmp_path / "ws"
    _workspace_at(root, revision)
    with Workspace.open(root, PASSPHRASE) as ws:
        with ws.read() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD
            doc = cases.get_case(s, "20-2025-AB12-0007")
            assert doc["members"][0]["given_name"] == "Xhevdet"
            assert [r.case_number for r in cases.list_cases(s, cases.CaseFilter(query="gashi"))] == ["20-2025-AB12-0007"]
            # The index is rebuilt per member with cross-language keys and the case's numbers.
            for query in ("Dževdet Gaši", "AB12-0007"):
                assert [r.case_number for r in cases.list_cases(s, cases.CaseFilter(query=query))] == \
                    ["20-2025-AB12-0007"], query
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert verify(s).ok
        # The old case can still be worked on with today's code.
        with ws.write() as ctx:
            cases.update_case(ctx, doc["id"], {"settlement": "Gjakovë"})
    backups = list((root / "backups").glob("*.db"))
    assert (len(backups) == 1) == (revision != migrate.HEAD)


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(tmp_path / "plain.db", None)
    migrate.upgrade(engine, tmp_path / "plain.db", tmp_path / "backups")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_workspace_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    from fieldapp.domain.errors import UserError

    ws = Workspace.create(tmp_path / "ws", officer="Arta", municipality="20", passphrase=PASSPHRASE)
    with ws.engine.begin() as conn:  # type: ignore[union-attr]
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    ws.close()
    with pytest.raises(UserError, match="newer version of FieldApp"):
        Workspace.open(tmp_path / "ws", PASSPHRASE)
    assert not (tmp_path / "ws" / "backups").exists() or not list((tmp_path / "ws" / "backups").iterdir())


def test_backup_copies_never_collide(workspace: Workspace) -> None:
    first = migrate.backup_copy(workspace.engine, workspace.db_path, workspace.backup_dir, "x")  # type: ignore[arg-type]
    second = migrate.backup_copy(workspace.engine, workspace.db_path, workspace.backup_dir, "x")  # type: ignore[arg-type]
    assert first != second and first.exists() and second.exists()


def test_members_stored_before_the_review_desk_are_found_as_possible_duplicates(tmp_path: Path) -> None:
    from fieldapp.store import review
    from tests.conftest import sample_case

    root = tmp_path / "ws"
    _workspace_at(root, "0004")
    with Workspace.open(root, PASSPHRASE) as ws:
        with ws.read() as s:
            assert s.execute(text("SELECT name_key FROM members")).scalar() == "gashi xhevdet"
            assert cases.get_case(s, "20-2025-AB12-0007")["duplicate_of"] is None
        head = {"given_name": "XHEVDET", "family_name": "Gashi", "script": "Latn", "sex": "M",
                "date_of_birth": "1960", "relationship": "head"}
        with ws.write() as ctx:
            new = cases.create_case(ctx, sample_case(members=[head], settlement="Zhur"))
        with ws.read() as s:
            [found] = review.possible_duplicates(s, new["id"])
    assert found.case_number == "20-2025-AB12-0007"
    assert [r.id for r in found.reasons][:2] == ["duplicates.reason.head", "duplicates.reason.born_same"]
