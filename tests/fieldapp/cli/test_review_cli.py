"""``fieldapp case review|assign|queue|transition`` on an officer's, an MOCR's and a supervisor's
laptop, run as real processes (CONTRACT.md "Roles on the laptop").

The laptops are made with ``fieldapp init`` and given their HQ user's role by writing the
enrolment record the way the sync engine's enrolment does (enrolment against a real HQ is
covered end to end in tests/e2e).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldapp.messages import Message, render_text
from fieldapp.store import remote
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE, run_cli, sample_case


def _laptop(tmp: Path, name: str, role: str | None, municipalities: tuple[str, ...] = ("20",)) -> Path:
    ws = tmp / name
    r = run_cli("init", "--officer", f"{name.title()} User", "--municipality", "20", "--workspace", str(ws))
    assert r.code == 0, r.err
    if role is not None:
        with Workspace.open(ws, PASSPHRASE) as opened, opened.write() as ctx:
            ctx.set_meta(remote.ENROLMENT, {"device_id": f"dev-{name}", "user": f"{name.title()} User",
                                            "role": role, "municipalities": list(municipalities),
                                            "hq_url": "https://hq.example", "hq_id": "hq",
                                            "enrolled_at": "2026-11-01T08:00:00.000Z"})
    return ws


def _import(ws: Path, tmp: Path, docs: list[dict[str, Any]]) -> list[str]:
    path = tmp / f"in-{ws.name}.json"
    path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    r = run_cli("case", "import", str(path), "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    return list(r.json()["case_numbers"])


def _cli(ws: Path, *args: str, lang: str | None = None) -> Any:
    front = ["--lang", lang] if lang else []
    return run_cli(*front, *args, "--workspace", str(ws))


def _json(ws: Path, *args: str) -> Any:
    r = run_cli(*args, "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    return r.json()


def _one_error_line(r: Any) -> str:
    assert r.code == 1, (r.out, r.err)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldapp: "), r.err
    assert "Traceback" not in r.err
    return lines[0][len("fieldapp: "):]


def test_status_says_whom_the_laptop_works_for(tmp_path: Path) -> None:
    officer = _laptop(tmp_path, "officer", None)
    status = _json(officer, "status")
    assert (status["role"], status["municipalities"], status["enrolled"]) == ("officer", ["20"], False)
    supervisor = _laptop(tmp_path, "supervisor", "supervisor", ("20", "19"))
    status = _json(supervisor, "status")
    assert (status["role"], status["municipalities"], status["enrolled"]) == ("supervisor", ["20", "19"], True)
    r = _cli(supervisor, "status", lang="sr-Cyrl")
    assert r.code == 0 and "Супервизор" in r.out and "Призрен" in r.out


@pytest.mark.parametrize("lang", ["en", "sq", "sr-Latn", "sr-Cyrl"])
def test_an_officers_laptop_refuses_to_review(tmp_path: Path, lang: str) -> None:
    ws = _laptop(tmp_path, "officer", None)
    (number,) = _import(ws, tmp_path, [sample_case(status="submitted")])
    r = _cli(ws, "case", "review", number, "--decision", "approve", lang=lang)
    role = Message("domain.workflow.role", {"code": "officer"})
    assert _one_error_line(r) == render_text("review.not_a_reviewer", lang, role=role)
    assert r.out == ""
    r = _cli(ws, "case", "assign", number, "--officer", "Besa Hoti", lang=lang)
    assert _one_error_line(r) == render_text("review.not_a_reviewer_assign", lang, role=role)
    shown = _json(ws, "case", "show", number)
    assert shown["status"] == "submitted" and _json(ws, "status")["outbox_pending"] == 1  # the import only


def test_a_supervisor_reviews_from_the_queue(tmp_path: Path) -> None:
    ws = _laptop(tmp_path, "supervisor", "supervisor")
    original, copy, other = _import(ws, tmp_path, [
        sample_case(status="approved"), sample_case(status="submitted"),
        sample_case(status="under_review", settlement="Lubizhdë",
                    members=[{"given_name": "Arben", "family_name": "Hoxha", "sex": "M", "relationship": "head"}]),
    ])
    queue = _json(ws, "case", "queue")
    assert [row["case_number"] for row in queue] == [copy, other]  # oldest first; approved is not waiting
    assert {"id", "case_number", "status", "municipality", "head", "members", "score", "waiting_days",
            "possible_duplicates"} <= set(queue[0])
    assert queue[0]["possible_duplicates"] == 1 and queue[1]["possible_duplicates"] == 0
    assert queue[0]["head"] == "Đorđe Petrović" and queue[0]["waiting_days"] == 0
    r = _cli(ws, "case", "queue")
    assert r.code == 0 and copy in r.out and "2 cases wait for a decision." in r.out

    r = _cli(ws, "case", "review", copy, "--decision", "duplicate")
    assert _one_error_line(r) == render_text("review.duplicate_needs_original", "en", case_number=copy)
    assert "--duplicate-of" in r.err
    r = _cli(ws, "case", "review", copy, "--decision", "duplicate", "--duplicate-of", copy, lang="sq")
    assert _one_error_line(r) == render_text("review.original_is_itself", "sq", case_number=copy)

    r = _cli(ws, "case", "review", copy, "--decision", "duplicate", "--duplicate-of", original)
    assert r.code == 0, r.err
    shown = _json(ws, "case", "show", copy)
    original_id = _json(ws, "case", "show", original)["id"]
    assert shown["status"] == "duplicate" and shown["duplicate_of"] == original_id
    assert shown["owner"] == "Supervisor User"
    assert [(h["from"], h["to"], h["decision"]) for h in shown["history"][-2:]] == [
        ("submitted", "under_review", None), ("under_review", "duplicate", "duplicate")]

    r = _cli(ws, "case", "review", other, "--decision", "return")
    assert "needs a comment" in _one_error_line(r)
    decided = run_cli("case", "review", other, "--decision", "return", "--comment", "Photo of the house missing",
                      "--workspace", str(ws), "--json")
    assert decided.code == 0 and decided.json()["status"] == "returned"
    assert _json(ws, "case", "queue") == []
    # Three imports; the duplicate took its submitted case through under_review (two steps).
    assert _json(ws, "status")["outbox_pending"] == 3 + 2 + 1

    # The decided duplicate leaves in the interchange format, with the case it duplicates.
    out = tmp_path / "export.json"
    assert run_cli("case", "export", "-o", str(out), "--workspace", str(ws)).code == 0
    exported = {d["case_number"]: d for d in json.loads(out.read_text(encoding="utf-8"))}
    assert exported[copy]["duplicate_of"] == original_id and "duplicate_of" not in exported[original]
    fresh = _laptop(tmp_path, "fresh", None)
    r = run_cli("case", "import", str(out), "--workspace", str(fresh))
    assert r.code == 0, r.err
    assert _json(fresh, "case", "show", copy)["duplicate_of"] == original_id


def test_a_mocr_verifies_assigns_and_follows_assistance(tmp_path: Path) -> None:
    ws = _laptop(tmp_path, "mocr", "mocr")
    waiting, selected = _import(ws, tmp_path, [sample_case(status="submitted"), sample_case(status="selected")])
    r = _cli(ws, "case", "review", waiting, "--decision", "approve", lang="sr-Latn")
    assert "Supervizor" in _one_error_line(r)
    assert _json(ws, "case", "show", waiting)["status"] == "submitted"
    assert _json(ws, "case", "transition", waiting, "under_review")["status"] == "under_review"

    r = _cli(ws, "case", "assign", waiting, "--officer", "Leonora Berisha")
    assert r.code == 0 and "Leonora Berisha" in r.out
    assert _json(ws, "case", "show", waiting)["assigned_office"] == "Leonora Berisha"
    assert _json(ws, "case", "queue")[0]["officer"] == "Leonora Berisha"

    for status in ("assistance_in_progress", "delivered", "monitoring", "closed"):
        assert _json(ws, "case", "transition", selected, status)["status"] == status


def test_a_mocr_of_20_cannot_act_on_a_case_of_19(tmp_path: Path) -> None:
    ws = _laptop(tmp_path, "mocr", "mocr", ("20",))
    (foreign,) = _import(ws, tmp_path, [sample_case(status="submitted", municipality="19", settlement="Prishtinë")])
    assert _json(ws, "case", "queue") == []
    expected = render_text("review.out_of_scope", "en", case_number=foreign,
                           municipality=Message("review.municipality", {"code": "19"}),
                           municipalities=[Message("review.municipality", {"code": "20"})])
    for args in (("case", "review", foreign, "--decision", "return", "--comment", "x"),
                 ("case", "transition", foreign, "under_review"),
                 ("case", "assign", foreign, "--officer", "Leonora Berisha")):
        assert _one_error_line(_cli(ws, *args)) == expected
    assert _json(ws, "case", "show", foreign)["status"] == "submitted"
    assert _json(ws, "status")["outbox_pending"] == 1
