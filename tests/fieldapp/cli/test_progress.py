"""Progress of long work on a terminal: drawn on a pseudo-terminal, absent with ``--json`` and
when stderr is piped."""

from __future__ import annotations

import io
import json
from pathlib import Path

from fieldapp.progress_bar import BarProgress, phase_text, shows_progress, terminal_progress
from tests.conftest import run_cli, sample_case
from tests.terminal import run_on_terminal


def _cases(tmp: Path, n: int) -> Path:
    path = tmp / "cases.jsonl"
    path.write_text("".join(json.dumps(sample_case(settlement=f"Village {i}"), ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def test_import_and_export_draw_a_bar_on_a_terminal(cli_ws: Path, tmp_path: Path) -> None:
    r = run_on_terminal("case", "import", str(_cases(tmp_path, 40)), "--workspace", str(cli_ws))
    assert r.code == 0, r.output
    assert "Importing cases: 100%|" in r.output and "40/40" in r.output
    assert "Imported 40 cases." in r.output

    r = run_on_terminal("--lang", "sq", "case", "export", "--format", "csv", "-o", str(tmp_path / "x.csv"),
                        "--workspace", str(cli_ws))
    assert r.code == 0, r.output
    assert "Po eksportohen rastet: 100%|" in r.output and "40/40" in r.output


def test_form_batch_draws_a_bar_on_a_terminal(cli_ws: Path, tmp_path: Path) -> None:
    r = run_cli("case", "import", str(_cases(tmp_path, 2)), "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.err
    numbers = r.json()["case_numbers"]
    out = tmp_path / "forms"
    out.mkdir()
    shown = run_on_terminal("form", "batch", *numbers, "--form", "consent", "-o", str(out),
                            "--workspace", str(cli_ws))
    assert shown.code == 0, shown.output
    assert "Printing forms: 100%|" in shown.output and "2/2" in shown.output


def test_no_bar_with_json_even_on_a_terminal(cli_ws: Path, tmp_path: Path) -> None:
    r = run_on_terminal("case", "import", str(_cases(tmp_path, 5)), "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.output
    assert json.loads(r.output) == {"imported": 5, "case_numbers": json.loads(r.output)["case_numbers"]}
    r = run_on_terminal("case", "export", "--format", "csv", "-o", str(tmp_path / "x.csv"),
                        "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.output
    assert json.loads(r.output)["rows"] == 10 and "%|" not in r.output and "\r" not in r.output.replace("\r\n", "")


def test_no_bar_when_piped(cli_ws: Path, tmp_path: Path) -> None:
    r = run_cli("case", "import", str(_cases(tmp_path, 5)), "--workspace", str(cli_ws))
    assert r.code == 0 and r.err == "" and r.out == "Imported 5 cases.\n"
    r = run_cli("case", "export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--workspace", str(cli_ws))
    assert r.code == 0 and r.err == ""


def test_the_bar_counts_through_the_shared_progress() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    assert shows_progress(as_json=False, stream=screen) and not shows_progress(as_json=True, stream=screen)
    assert not shows_progress(as_json=False, stream=io.StringIO())
    with terminal_progress(as_json=False, lang="sr-Cyrl", stream=screen) as progress:
        assert isinstance(progress, BarProgress)
        progress.start(3, "push")
        progress.step(3)
        progress.start(0, "pull")  # HQ does not say beforehand how much it will send
        progress.step(7)
        assert progress.snapshot().done == 7
    drawn = screen.getvalue()
    assert "Слање измена седишту: 100%|" in drawn and "3/3" in drawn
    assert "Пријем из седишта: 7" in drawn
    assert phase_text("form:consent", "en") == "Printing forms" and phase_text("other", "en") == "Working"
