"""Imports in a child process: the same outcome as in-process, cancellable, gone with the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.gen_cases import generate
from fieldapp.domain.errors import ValidationError
from fieldapp.progress import Cancelled, Progress
from fieldapp.store import cases, import_process
from fieldapp.store.import_process import import_file_isolated
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE, ROOT


def _jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def always_isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_process, "ISOLATE_ABOVE_BYTES", 0)


def test_child_imports_everything_and_reports_progress(workspace: Workspace, tmp_path: Path) -> None:
    progress = Progress()
    result = import_file_isolated(workspace, _jsonl(tmp_path / "a.jsonl", list(generate(700, seed=8))),
                                  progress=progress)
    assert result.imported == 700 and len(set(result.case_numbers)) == 700
    assert progress.snapshot().done == 700
    with workspace.read() as s:
        assert cases.count_cases(s) == 700
        assert cases.get_case(s, result.case_numbers[0])["members"]


def test_child_reports_every_problem_and_imports_nothing(workspace: Workspace, tmp_path: Path) -> None:
    docs = list(generate(600, seed=9))
    docs[550]["members"][0]["sex"] = "?"
    with pytest.raises(ValidationError) as info:
        import_file_isolated(workspace, _jsonl(tmp_path / "b.jsonl", docs))
    (problem,) = info.value.problems
    assert (problem.record, problem.field, problem.allowed) == ("line 551", "members[0].sex", ("M", "F"))
    with workspace.read() as s:
        assert cases.count_cases(s) == 0


def test_cancel_reaches_the_child_and_rolls_back(workspace: Workspace, tmp_path: Path) -> None:
    import threading

    progress = Progress()
    path = _jsonl(tmp_path / "c.jsonl", list(generate(3000, seed=10)))

    def cancel_when_started() -> None:
        while progress.snapshot().done < 500:
            time.sleep(0.01)
        progress.cancel()

    threading.Thread(target=cancel_when_started, daemon=True).start()
    with pytest.raises(Cancelled):
        import_file_isolated(workspace, path, progress=progress)
    with workspace.read() as s:
        assert cases.count_cases(s) == 0


def test_file_errors_keep_their_message(workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "d.jsonl"
    bad.write_text('{"case_type": "repatriated"}\nnot json\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"d.jsonl, line 2 is not valid JSON"):
        import_file_isolated(workspace, bad)


@pytest.mark.slow
def test_child_stops_and_rolls_back_when_the_app_is_killed(workspace: Workspace, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "e.jsonl", list(generate(6000, seed=11)))
    root = workspace.root
    workspace.close()
    script = (
        f"import sys; from pathlib import Path; sys.path.insert(0, {str(ROOT)!r})\n"
        "from fieldapp.store import import_process\n"
        "from fieldapp.store.workspace import Workspace\n"
        "import_process.ISOLATE_ABOVE_BYTES = 0\n"
        f"ws = Workspace.open(Path({str(root)!r}), {PASSPHRASE!r})\n"
        "print('started', flush=True)\n"
        f"import_process.import_file_isolated(ws, Path({str(path)!r}))\n")
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                           env=dict(os.environ))
    assert app.stdout is not None and app.stdout.readline().strip() == "started"
    time.sleep(1.5)
    children = subprocess.run(["pgrep", "-P", str(app.pid)], capture_output=True, text=True).stdout.split()
    assert children, "the import child was not running"
    app.send_signal(signal.SIGKILL)
    app.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{c}").exists() for c in children), "the import child outlived the app"
    with Workspace.open(root, PASSPHRASE) as ws, ws.read() as s:
        assert cases.count_cases(s) == 0


def test_problems_and_errors_cross_the_pipe_as_ids() -> None:
    from fieldapp.domain.errors import Problem, UserError
    from fieldapp.messages import Message

    problem = Problem("line 3", "case_number", "cases.number_twice", {"case_number": "20-2026-AAAA-0001"},
                      allowed=("x",), where=Message("record.line", {"n": 3}))
    sent = json.loads(json.dumps({"invalid": [problem.to_json()]}))
    with pytest.raises(ValidationError) as invalid:
        import_process._outcome(sent)
    assert invalid.value.problems == [problem]
    error = UserError("backup.size_mismatch", path="/m/b.bak", size=1200, expected=1300)
    with pytest.raises(UserError) as user:
        import_process._outcome(json.loads(json.dumps({"user": error.message.to_json()})))
    assert (user.value.id, user.value.params) == (error.id, error.params)
    assert user.value.render("sq") == error.render("sq")
    with pytest.raises(Cancelled) as cancelled:
        import_process._outcome(json.loads(json.dumps({"cancelled": Cancelled().message.to_json()})))
    assert cancelled.value.id == "common.cancelled"


def test_a_user_error_in_the_child_keeps_its_id(workspace: Workspace, tmp_path: Path) -> None:
    from fieldapp.domain.errors import UserError
    from fieldapp.store.imports import import_file

    bad = tmp_path / "f.jsonl"
    bad.write_text('{"case_type": "repatriated"}\nnot json\n', encoding="utf-8")
    with pytest.raises(UserError) as here:
        import_file(workspace, bad)
    with pytest.raises(UserError) as there:
        import_file_isolated(workspace, bad)
    assert (there.value.id, there.value.params) == (here.value.id, here.value.params)
