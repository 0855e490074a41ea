"""``fieldapp form …`` through the real console script (CONTRACT.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldapp.forms.content import FORMS
from fieldapp.forms.payload import META_PAYLOAD
from tests.conftest import run_cli
from tests.fieldapp.forms.helpers import NAMES, all_text, household_case, metadata


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One CLI workspace for the module holding the test household: (workspace, case number)."""
    base = tmp_path_factory.mktemp("form-cli")
    ws = base / "ws"
    r = run_cli("init", "--officer", "Arta Krasniqi", "--municipality", "20", "--workspace", str(ws))
    assert r.code == 0, r.err
    src = base / "households.json"
    src.write_text(json.dumps([household_case()], ensure_ascii=False), encoding="utf-8")
    r = run_cli("case", "import", str(src), "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    return ws, r.json()["case_numbers"][0]


def test_form_list(tmp_path: Path) -> None:
    r = run_cli("form", "list", "--json", "--workspace", str(tmp_path / "none"))
    assert r.code == 0, r.err
    assert [f["name"] for f in r.json()] == list(FORMS)
    plain = run_cli("form", "list")
    assert plain.code == 0 and all(f in plain.out for f in FORMS)


def test_render_then_verify_matches_then_changed(imported: tuple[Path, str],
                                                 tmp_path: Path) -> None:
    ws, number = imported
    out = tmp_path / "summary.pdf"
    r = run_cli("form", "render", number, "--form", "case-summary", "-o", str(out),
                "--lang", "sq+sr-Cyrl", "--workspace", str(ws), "--json")
    assert r.code == 0, r.err
    info = r.json()
    assert info["case_number"] == number and info["langs"] == "sq+sr-Cyrl"
    text = all_text(out.read_bytes())
    assert all(name in text for name in NAMES)
    payload = json.loads(str(metadata(out.read_bytes())[META_PAYLOAD]))
    assert payload["sha256"] == info["sha256"] and payload["rev"] == info["revision"]

    r = run_cli("form", "verify", str(out), "--workspace", str(ws))
    assert r.code == 0, r.err
    assert r.out.startswith("matches")

    r = run_cli("case", "transition", number, "submitted", "--workspace", str(ws))
    assert r.code == 0, r.err
    r = run_cli("--workspace", str(ws), "form", "verify", str(out), "--json")
    assert r.code == 0, r.err
    result = r.json()
    assert result["status"] == "changed" and "history" in result["changed_sections"]
    assert result["current_revision"] == result["printed_revision"] + 1


def test_render_is_audited(imported: tuple[Path, str], tmp_path: Path) -> None:
    ws, number = imported
    for i in range(2):
        r = run_cli("form", "render", number, "--form", "consent", "-o", str(tmp_path / f"{i}.pdf"),
                    "--workspace", str(ws))
        assert r.code == 0, r.err
    r = run_cli("audit", "verify", "--workspace", str(ws))
    assert r.code == 0, r.err + r.out


@pytest.mark.parametrize("kind", ["foreign", "damaged", "missing"])
def test_verify_refuses_foreign_and_damaged_files(imported: tuple[Path, str], tmp_path: Path,
                                                  kind: str) -> None:
    ws, number = imported
    path = tmp_path / "file.pdf"
    if kind == "foreign":
        path.write_text("%PDF-1.4\nthis is not really a pdf\n%%EOF\n")
    elif kind == "damaged":
        good = tmp_path / "good.pdf"
        assert run_cli("form", "render", number, "--form", "referral", "-o", str(good),
                       "--workspace", str(ws)).code == 0
        path.write_bytes(good.read_bytes()[:-3000])
    r = run_cli("form", "verify", str(path), "--workspace", str(ws))
    assert r.code == 1
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.err and str(path) in lines[0]
    assert r.out == ""


def test_usage_and_input_errors(imported: tuple[Path, str], tmp_path: Path) -> None:
    ws, number = imported
    out = tmp_path / "x.pdf"
    r = run_cli("form", "render", number, "--form", "poster", "-o", str(out), "--workspace", str(ws))
    assert r.code == 2
    r = run_cli("form", "render", number, "--form", "consent", "-o", str(out), "--lang", "sq+fr",
                "--workspace", str(ws))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    r = run_cli("form", "render", "20-2026-XXXX-9999", "--form", "consent", "-o", str(out),
                "--workspace", str(ws))
    assert r.code == 1 and "case list" in r.err
    r = run_cli("form", "render", number, "--form", "consent", "-o",
                str(tmp_path / "no" / "x.pdf"), "--workspace", str(ws))
    assert r.code == 1 and "does not exist" in r.err
    assert not out.exists()


def test_blank_and_office(imported: tuple[Path, str], tmp_path: Path) -> None:
    ws, number = imported
    r = run_cli("form", "office", "--name", "MOCR Prizren / OKZP Prizren", "--workspace", str(ws))
    assert r.code == 0, r.err
    blank = tmp_path / "blank.pdf"
    r = run_cli("form", "blank", "--form", "application", "-o", str(blank), "--lang", "sr-Cyrl",
                "--workspace", str(ws))
    assert r.code == 0, r.err
    text = all_text(blank.read_bytes())
    assert "MOCR Prizren / OKZP Prizren" in text and "Петровић" not in text
    r = run_cli("form", "verify", str(blank), "--workspace", str(ws))
    assert r.code == 1 and "blank" in r.err
