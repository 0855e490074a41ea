"""The command line speaks the user's language: five common mistakes in each of the four languages.

Each mistake goes through the real ``fieldapp`` console script and must end with exit code 1 and
exactly one line on stderr, ``fieldapp: `` followed by the catalogue's wording in that language;
in Albanian and Serbian no English word of the English wording may be left over (parameter
values such as paths, addresses and case numbers aside).
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest

from fieldapp.cli.usage import ARGPARSE_TEXTS, argparse_text, usage_language
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.reference import shipped
from fieldapp.messages import LANGS, Message, entry, message_ids, render, render_text
from tests.conftest import run_cli, sample_case

HQ = "https://127.0.0.1:9"
FINGERPRINT = "ab" * 32
# Names that are the same in every language: the program, its commands and a key on the keyboard.
NAMES = {"fieldapp", "caps", "lock"}


@pytest.fixture(scope="module")
def workspaces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, Path]]:
    """Per language: a workspace holding one draft case, its case number and a bad import file.

    One workspace each, so that the count of failed unlocks is the same for every language.
    """
    base = tmp_path_factory.mktemp("cli-langs")
    good = base / "good.json"
    good.write_text(json.dumps([sample_case()], ensure_ascii=False), encoding="utf-8")
    doc = sample_case()
    doc["members"][0]["sex"] = "X"
    bad = base / "bad.json"
    bad.write_text(json.dumps([doc], ensure_ascii=False), encoding="utf-8")
    out: dict[str, tuple[Path, str, Path]] = {}
    for lang in LANGS:
        ws = base / f"ws-{lang}"
        r = run_cli("init", "--officer", "Arta Krasniqi", "--municipality", "20", "--workspace", str(ws))
        assert r.code == 0, r.err
        r = run_cli("case", "import", str(good), "--workspace", str(ws), "--json")
        assert r.code == 0, r.err
        out[lang] = (ws, r.json()["case_numbers"][0], bad)
    return out


def _bad_file_text(path: Path, lang: str) -> str:
    """What the import of ``path`` says in ``lang``, from the same checks the command runs."""
    from fieldapp.domain.files import read_case_file
    from fieldapp.domain.interchange import validate_case

    problems = []
    for label, raw in read_case_file(path):
        try:
            validate_case(raw, record=label)
        except ValidationError as exc:
            problems.extend(exc.problems)
    assert problems
    return render_text("common.nothing_changed_fix_file", lang, problem=ValidationError(problems).render(lang))


def _transition_text(number: str, lang: str) -> str:
    from fieldapp.domain import workflow
    from fieldapp.store.cases import TransitionRefused

    with pytest.raises(workflow.WorkflowError) as refused:
        workflow.check_transition("displaced_return", "draft", "approved", "officer")
    return TransitionRefused(number, refused.value).render(lang)


def _mistake(kind: str, ws: Path, number: str, bad: Path) -> tuple[list[str], dict[str, str], Any]:
    """The arguments after ``--lang L``, extra environment, and how to word the expected message."""
    where = ["--workspace", str(ws)]
    if kind == "wrong_passphrase":
        return (["status", *where], {"FIELDAPP_PASSPHRASE": "not the passphrase"},
                lambda lang: render_text("keys.wrong_passphrase_counted", lang, failures=1))
    if kind == "unknown_case":
        return ["case", "show", "NOPE", *where], {}, lambda lang: render_text("cases.not_found", lang, ref="NOPE")
    if kind == "bad_import":
        return ["case", "import", str(bad), *where], {}, lambda lang: _bad_file_text(bad, lang)
    if kind == "hq_unreachable":
        return (["enrol", "--hq", HQ, "--code", "X", "--fingerprint", FINGERPRINT, *where], {},
                lambda lang: render_text("sync.hq_unreachable_at_enrolment", lang, url=HQ,
                                         kind="ConnectionRefusedError"))
    assert kind == "not_allowed"
    return ["case", "transition", number, "approved", *where], {}, lambda lang: _transition_text(number, lang)


def _words(text: str) -> set[str]:
    # Commands a person types ('fieldapp case list') stay as they are in every language.
    text = re.sub(r"'fieldapp [^']*'", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def _kept_labels(lang: str) -> set[str]:
    """Words of code labels the reference data writes the same in ``lang`` as in English."""
    out: set[str] = set()
    for codes in shipped().lists.values():
        for labels in codes.values():
            if labels.get(lang) and labels.get(lang) == labels.get("en"):
                out |= _words(labels["en"])
    return out


def _assert_no_english(line: str, english: str, lang: str, values: list[str]) -> None:
    ignored = NAMES | _kept_labels(lang) | set().union(*(_words(v) for v in values))
    left = (_words(english) & _words(line)) - ignored
    assert not left, f"[{lang}] English words left in {line!r}: {sorted(left)}"


MISTAKES = ("wrong_passphrase", "unknown_case", "bad_import", "hq_unreachable", "not_allowed")


@pytest.mark.parametrize("kind", MISTAKES)
@pytest.mark.parametrize("lang", LANGS)
def test_common_mistakes_in_each_language(workspaces: dict[str, tuple[Path, str, Path]], lang: str,
                                          kind: str) -> None:
    ws, number, bad = workspaces[lang]
    args, env, expected = _mistake(kind, ws, number, bad)
    r = run_cli("--lang", lang, *args, env={"FIELDAPP_LANG": "", **env})
    assert r.code == 1, r.err
    lines = r.err.splitlines()
    assert len(lines) == 1 and r.err.endswith("\n"), r.err
    assert r.out == ""
    assert lines[0] == "fieldapp: " + expected(lang)
    if lang != "en":
        values = [str(ws), str(bad), number, HQ, "NOPE", "ConnectionRefusedError", "members[0].sex"]
        _assert_no_english(lines[0], "fieldapp: " + expected("en"), lang, values)


@pytest.mark.parametrize("lang", LANGS)
def test_fieldapp_lang_chooses_the_language_too(workspaces: dict[str, tuple[Path, str, Path]], lang: str) -> None:
    ws, number, _bad = workspaces[lang]
    r = run_cli("case", "show", "NOPE", "--workspace", str(ws), env={"FIELDAPP_LANG": lang})
    assert r.code == 1 and r.err == "fieldapp: " + render_text("cases.not_found", lang, ref="NOPE") + "\n"
    # --lang before the subcommand wins over the environment.
    other = "sq" if lang != "sq" else "sr-Cyrl"
    r = run_cli("--lang", other, "case", "show", "NOPE", "--workspace", str(ws), env={"FIELDAPP_LANG": lang})
    assert r.err == "fieldapp: " + render_text("cases.not_found", other, ref="NOPE") + "\n"
    # What a command prints on success is in the language as well.
    r = run_cli("case", "note", number, "checked", "--workspace", str(ws), env={"FIELDAPP_LANG": lang})
    assert r.code == 0 and r.out == render_text("cli.note_added", lang, case_number=number) + "\n"


def test_form_render_keeps_its_own_lang(workspaces: dict[str, tuple[Path, str, Path]], tmp_path: Path) -> None:
    ws, number, _bad = workspaces["sq"]
    out = tmp_path / "consent.pdf"
    r = run_cli("--lang", "sq", "form", "render", number, "--form", "consent", "-o", str(out),
                "--lang", "sq+sr-Cyrl", "--workspace", str(ws))
    assert r.code == 0, r.err
    assert r.out == render_text("cli.form.rendered", "sq", form="consent", case_number=number, revision=1,
                                langs="sq+sr-Cyrl", path=str(out)) + "\n"
    r = run_cli("--lang", "sr-Cyrl", "form", "verify", str(out), "--workspace", str(ws))
    assert r.code == 0 and r.out.startswith("одговара: ")
    r = run_cli("--lang", "sr-Latn", "form", "render", number, "--form", "consent", "-o", str(out),
                "--lang", "sq+fr", "--workspace", str(ws))
    reason = Message("forms.langs.unknown", {"lang": "fr"})
    assert r.code == 1
    assert r.err == "fieldapp: " + render_text("forms.bad_languages", "sr-Latn", spec="sq+fr", reason=reason) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_usage_errors_name_the_problem_in_the_language(lang: str) -> None:
    r = run_cli("--lang", lang, "case", "transition", env={"FIELDAPP_LANG": ""})
    assert r.code == 2
    last = r.err.splitlines()[-1]
    required = argparse_text("the following arguments are required: %s", lang) % "CASE, STATUS"
    assert last == render_text("cli.usage.error", lang, prog="fieldapp case transition", message=required)
    r = run_cli("case", "frobnicate", env={"FIELDAPP_LANG": lang})
    assert r.code == 2
    assert r.err.splitlines()[-1].startswith(render_text("cli.usage.error", lang, prog="fieldapp case", message=""))


def test_usage_language_is_read_before_the_subcommand() -> None:
    assert usage_language(["--lang", "sq", "case", "list"], env="") == "sq"
    assert usage_language(["--workspace", "/w", "--lang=sr-Cyrl", "status"], env="") == "sr-Cyrl"
    assert usage_language(["form", "render", "X", "--lang", "sr-Cyrl"], env="") == "en"
    assert usage_language(["form", "render", "X", "--lang", "sq+sr-Cyrl"], env="sr-Latn") == "sr-Latn"
    assert usage_language(["--lang", "fr", "status"], env="sq") == "sq"


@pytest.mark.parametrize("lang", LANGS)
def test_argparse_wordings_keep_argparse_placeholders(lang: str) -> None:
    for msgid, (message_id, slots) in ARGPARSE_TEXTS.items():
        assert message_id in message_ids()
        names = {name for _l, name, _s, _c in string.Formatter().parse(entry(message_id, "en")) if name}
        assert names == set(slots), message_id
        worded = argparse_text(msgid, lang)
        # argparse fills the same placeholders in, whatever the language.
        assert sorted(re.findall(r"%\(\w+\)[rs]|%[rs]", worded)) == sorted(re.findall(r"%\(\w+\)[rs]|%[rs]", msgid))
    assert argparse_text("show this help message and exit", lang) == "show this help message and exit"


def test_every_form_section_has_a_name_in_the_catalogue() -> None:
    from fieldapp.forms.content import SECTIONS, blank_content

    assert all(f"forms.section.{name}" in message_ids() for name in SECTIONS)
    for form in ("consent", "application", "needs-assessment", "handover-receipt", "referral", "case-summary"):
        assert set(blank_content(form).sections) <= set(SECTIONS), form


@pytest.mark.parametrize("lang", LANGS)
def test_verify_results_read_in_the_language(lang: str) -> None:
    from fieldapp.forms.service import VerifyResult

    changed = VerifyResult("changed", "consent", "id", "20-2026-AB12-0001", 1, 3, "a", "b", ("household",))
    text = changed.render(lang)
    assert render(Message("forms.section.household"), lang) in text and "20-2026-AB12-0001" in text
    assert changed.to_json(lang)["message"] == text
    assert changed.message == changed.render("en")
