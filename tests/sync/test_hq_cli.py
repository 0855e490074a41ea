"""``fieldapp-hq`` conventions: options before or after the subcommand, ``init`` records ``--db``,
one-line errors with exit 1, usage errors with exit 2."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def hq(*args: str):  # type: ignore[no-untyped-def]
    """Run ``fieldapp-hq``."""
    return run_cli(*args, program="fieldapp-hq")


def test_options_anywhere_and_recorded_database(tmp_path: Path) -> None:
    data = tmp_path / "hq"
    db = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    r = hq("--data", str(data), "init", "--db", db, "--json")
    assert r.code == 0, r.err
    assert r.json()["db"] == db and len(r.json()["fingerprint"]) == 64
    assert (tmp_path / "elsewhere.db").exists() and not (data / "hq.db").exists()
    r = hq("user", "add", "--name", "Arta Krasniqi", "--role", "officer", "--municipality", "20",
           "--municipality", "24", "--data", str(data))
    assert r.code == 0, r.err
    r = hq("--json", "--data", str(data), "user", "list")
    assert r.code == 0 and r.json()[0]["municipalities"] == ["20", "24"]
    r = hq("--data", str(data), "--db", db, "enrol-code", "--user", "Arta Krasniqi", "--json")
    assert r.code == 0 and set(r.json()) >= {"code", "expires"}
    r = hq("case", "list", "--json", "--data", str(data), "--db", db)
    assert r.code == 0 and r.json() == []
    r = hq("device", "list", "--json", "--data", str(data))
    assert r.code == 0 and r.json() == []

    for args, words in (
        (("init",), "already holds an HQ"),
        (("user", "add", "--name", "X", "--role", "officer", "--municipality", "99"), "not a municipality"),
        (("user", "add", "--name", "Y", "--role", "mocr"), "must be bound"),
        (("enrol-code", "--user", "Nobody"), "No user named"),
        (("review", "20-2026-AAAA-0001", "--decision", "approve", "--as", "Arta Krasniqi"), "No such case"),
        (("device", "revoke", "no-such-device"), "No such device"),
        (("bundle", "import", str(tmp_path / "missing.fab"), "-o", str(tmp_path)), "Cannot read"),
    ):
        r = hq(*args, "--data", str(data))
        assert r.code == 1 and words in r.err and len(r.err.strip().splitlines()) == 1, (args, r.err)
        assert "Traceback" not in r.err
    r = hq("user", "add", "--name", "Z", "--role", "boss", "--data", str(data))
    assert r.code == 2
    r = hq("user", "list", "--data", str(tmp_path / "nowhere"))
    assert r.code == 1 and "init" in r.err
    r = hq("user", "list", "--data", str(data), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.code == 1 and "cannot use the database" in r.err and "Traceback" not in r.err
