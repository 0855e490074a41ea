"""``fieldapp-hq`` conventions: options before or after the subcommand, ``init`` records ``--db``,
one-line errors with exit 1, usage errors with exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def test_desk_commands_decide_move_and_assign_as_the_rules_allow(tmp_path: Path) -> None:
    """``review``, ``case transition`` and ``case assign`` act as ``--as USER`` may, and only so."""
    from sync.protocol.messages import Op
    from sync.server.config import DataDir
    from sync.server.db import Database
    from sync.server.push.service import apply_ops
    from sync.server.scope import Actor
    from sync.server.users.service import create_user
    from tests.sync.test_rules import Push

    data = tmp_path / "hq"
    assert hq("--data", str(data), "init").code == 0
    db = Database(DataDir(data).db_url(None))
    people = {"arta": ("officer", "20"), "besa": ("officer", "20"), "mocr": ("mocr", "20"),
              "sup": ("supervisor", "20"), "mocr19": ("mocr", "19"), "off19": ("officer", "19")}
    with db.write() as s:
        for name, (role, muni) in people.items():
            create_user(session=s, name=name, role=role, municipalities=[muni])
    maker = Push(None, None)  # type: ignore[arg-type]  # only builds ops
    ops, numbers = [], {}
    for key, muni, kind in (("original", "20", "displaced_return"), ("dup", "20", "displaced_return"),
                            ("life", "20", "displaced_return"), ("foreign", "19", "displaced_return"),
                            ("rep", "20", "repatriated")):
        create = maker.create(municipality=muni, case_type=kind,
                              status="draft" if kind == "displaced_return" else "arrival_registered")
        numbers[key] = create["fields"]["case_number"]
        ops.append((muni, create))
        if kind == "displaced_return":
            ops.append((muni, maker.op("case.transition", create["entity_id"],
                                       {"status": "submitted", "from": "draft", "comment": None}, 1)))
    for muni in ("20", "19"):
        owner = "arta" if muni == "20" else "off19"
        with db.write() as s:
            results = apply_ops(session=s, actor=Actor(owner, "officer", frozenset({muni})),
                                ops=[Op.model_validate(o) for m, o in ops if m == muni]).results
        assert {r.status for r in results} == {"applied"}, results
    db.dispose()

    def run(*args: str) -> Any:
        return hq(*args, "--data", str(data))

    def refused(*args: str, words: str) -> None:
        r = run(*args)
        assert r.code == 1 and words.lower() in r.err.lower(), (args, r.err)
        assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err

    dup, original, foreign = numbers["dup"], numbers["original"], numbers["foreign"]
    refused("review", dup, "--decision", "approve", "--as", "arta", words="Only MOCR officers")
    refused("review", dup, "--decision", "approve", "--as", "mocr", words="is for: supervisor")
    refused("review", dup, "--decision", "approve", "--as", "mocr19", words="No such case")
    refused("review", dup, "--decision", "duplicate", "--as", "sup", words="--duplicate-of")
    refused("review", dup, "--decision", "duplicate", "--duplicate-of", dup, "--as", "sup", words="itself")
    refused("review", dup, "--decision", "duplicate", "--duplicate-of", foreign, "--as", "sup",
            words=f"no case '{foreign}' in your scope")
    refused("review", dup, "--decision", "ineligible", "--as", "sup", words="comment")
    r = run("review", dup, "--decision", "duplicate", "--duplicate-of", original, "--as", "sup", "--json")
    assert r.code == 0, r.err
    original_id = run("case", "show", original, "--json").json()["id"]
    assert (r.json()["status"], r.json()["duplicate_of"]) == ("duplicate", original_id)
    shown = run("case", "show", dup, "--as", "sup", "--json").json()
    assert shown["duplicate_of"] == original_id
    assert f"duplicate of {original_id}" in run("case", "show", dup).out
    listed = {c["case_number"]: c for c in run("case", "list", "--json").json()}
    assert listed[dup]["duplicate_of"] == original_id and listed[original]["duplicate_of"] is None

    # The whole lifecycle from the command line, each move by its role, to closed.
    life = numbers["life"]
    refused("case", "transition", life, "under_review", "--as", "arta", words="municipal return officer")
    for status, who, extra in (("under_review", "mocr", ()), ("returned", "mocr", ("--comment", "Add the deed")),
                               ("submitted", "arta", ()), ("under_review", "sup", ()), ("approved", "sup", ()),
                               ("waitlisted", "sup", ()), ("selected", "sup", ()),
                               ("assistance_in_progress", "mocr", ()), ("delivered", "arta", ()),
                               ("monitoring", "mocr", ()), ("closed", "mocr", ())):
        if status == "approved":
            refused("case", "transition", life, "approved", "--as", "mocr", words="supervisor")
        r = run("case", "transition", life, status, *extra, "--as", who, "--json")
        assert r.code == 0 and r.json()["status"] == status, (status, who, r.err)
    refused("case", "transition", life, "submitted", "--as", "arta", words="closed")
    rep = numbers["rep"]
    refused("case", "transition", rep, "submitted", "--as", "arta", words="not a state")
    for status, who, extra in (("emergency_assistance", "arta", ()), ("municipal_request", "arta", ()),
                               ("commission_decision", "mocr", ()),
                               ("municipal_request", "sup", ("--comment", "New facts: a job offer")),
                               ("commission_decision", "sup", ()), ("sustainable_measures", "mocr", ()),
                               ("monitoring", "arta", ()), ("closed", "sup", ())):
        r = run("case", "transition", rep, status, *extra, "--as", who)
        assert r.code == 0, (status, who, r.err)
    assert run("case", "show", rep, "--json").json()["status"] == "closed"

    # Assignment: to an officer of the case's municipality, by a reviewer, in any language.
    original_case = original
    refused("case", "assign", original_case, "--officer", "off19", "--as", "mocr", words="not an officer")
    refused("case", "assign", original_case, "--officer", "mocr", "--as", "mocr", words="not an officer")
    refused("case", "assign", original_case, "--officer", "besa", "--as", "arta", words="Only MOCR officers")
    r = run("case", "assign", original_case, "--officer", "off19", "--as", "mocr", "--lang", "sq")
    assert r.code == 1 and "nuk është zyrtar" in r.err
    r = run("case", "assign", original_case, "--officer", "besa", "--as", "mocr", "--json")
    assert r.code == 0 and r.json()["assigned_to"] == "besa"
    assert "assigned to besa" in run("case", "show", original_case).out
    refused("case", "assign", life, "--officer", "besa", "--as", "mocr", words="closed")
