"""Errors in the desktop app read in its language, from the message catalogue, as the command line words them."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, sample_case

# English words that must not be left in a translated message (paths and codes aside).
ENGLISH = re.compile(r"\b(the|folder|does|not|exist|check|path|is|was|nothing|changed|try|again|"
                     r"record|line|row|member|required|workspace|cancelled|error|internal)\b", re.IGNORECASE)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@pytest.fixture
def lang_of(qapp: Any) -> Iterator[Any]:
    """Switch the UI language for a test (the conftest switches back to English after it)."""
    from ui.i18n import Translations

    translations = Translations()

    def switch(lang: str) -> str:
        return translations.set_language(lang)

    yield switch


def _english_words(text: str) -> list[str]:
    # Paths, file names and quoted values are kept as written; only the prose is checked.
    prose = re.sub(r"(/\S+|'[^']*'|\S+\.\w+)", " ", text)
    return ENGLISH.findall(prose)


@pytest.mark.parametrize("lang", ["sq", "sr-Cyrl"])
def test_a_missing_folder_reads_wholly_in_the_ui_language(lang_of: Any, lang: str, tmp_path: Path) -> None:
    """The folder of a backup that does not exist: once worded half in English by a pattern."""
    from fieldapp.domain.errors import UserError
    from fieldapp.store.backup import create_backup
    from fieldapp.store.workspace import Workspace
    from tests.conftest import PASSPHRASE
    from ui.errors import describe

    ws = Workspace.create(tmp_path / "ws", officer="Arta Krasniqi", municipality="20", passphrase=PASSPHRASE)
    try:
        with pytest.raises(UserError) as caught:
            create_backup(ws, Path("/m/out/fieldapp.backup"))
    finally:
        ws.close()
    lang_of(lang)
    title, text = describe(caught.value)
    assert "/m/out" in text
    assert not _english_words(text), text
    assert text == caught.value.render(lang)  # word for word what the command line prints
    if lang == "sq":
        assert text.startswith("Dosja /m/out nuk ekziston") and title == "Kjo nuk mund të bëhet"
    else:
        assert text.startswith("Фасцикла /m/out не постоји") and CYRILLIC.search(title)


@pytest.mark.parametrize(("lang", "want"), [
    ("en", ["Record 2 · Municipality of return: '99' is not a municipality code.",
            "Record 3 · Member 2: Sex: 'X' is not in the list; pick a value from the list.",
            "Record 3 · Member 2: Date of birth: 1971-13 is not a date in the calendar."]),
    ("sq", ["Regjistrimi 2 · Komuna e kthimit: '99' nuk është kod komune.",
            "Regjistrimi 3 · Anëtari 2: Gjinia: 'X' nuk është në listë; zgjidhni një vlerë nga lista.",
            "Regjistrimi 3 · Anëtari 2: Data e lindjes: 1971-13 nuk është datë e kalendarit."]),
    ("sr-Cyrl", ["Запис 2 · Општина повратка: '99' није шифра општине.",
                 "Запис 3 · Члан 2: Пол: 'X' није на листи; изаберите вредност са листе.",
                 "Запис 3 · Члан 2: Датум рођења: 1971-13 није датум из календара."]),
])
def test_problems_of_a_file_name_record_field_and_fault_in_the_ui_language(
        lang_of: Any, tmp_path: Path, lang: str, want: list[str]) -> None:
    from fieldapp.domain.errors import Problem, ValidationError
    from fieldapp.domain.files import read_case_file
    from fieldapp.domain.interchange import validate_case
    from ui.errors import describe

    bad_member = sample_case()
    bad_member["members"][1]["sex"] = "X"
    bad_member["members"][1]["date_of_birth"] = "1971-13"
    path = tmp_path / "households.json"
    path.write_text(json.dumps([sample_case(), sample_case(municipality="99"), bad_member]), encoding="utf-8")
    problems: list[Problem] = []
    for label, doc in read_case_file(path):
        try:
            validate_case(doc, record=label)
        except ValidationError as exc:
            problems.extend(exc.problems)
    # Problems cross a pipe from the import process as JSON: they must come back whole.
    problems = [Problem.from_json(json.loads(json.dumps(p.to_json()))) for p in problems]
    lang_of(lang)
    title, text = describe(ValidationError(problems))
    assert text.splitlines()[2:] == [f"• {line}" for line in want]
    if lang != "en":
        assert title != "Please correct these fields"


@pytest.mark.parametrize("lang", ["sq", "sr-Latn", "sr-Cyrl"])
def test_cancelled_locked_busy_and_internal_errors_read_in_the_ui_language(lang_of: Any, lang: str) -> None:
    from sqlalchemy.exc import OperationalError

    from fieldapp.messages import render_text
    from fieldapp.progress import Cancelled
    from ui.errors import describe
    from ui.executor import StoreLocked

    lang_of(lang)
    assert describe(Cancelled())[1] == render_text("common.cancelled", lang)
    assert describe(StoreLocked())[1] == render_text("store.locked", lang)
    busy = OperationalError("UPDATE cases", {}, Exception("database is locked"))
    assert describe(busy)[1] == render_text("common.workspace_busy", lang)
    title, text = describe(KeyError("Petrović"))
    assert "KeyError" in text and "FieldApp" in text and "Petrović" not in text
    for message in (describe(Cancelled())[1], describe(StoreLocked())[1], describe(busy)[1], text):
        assert not _english_words(message.replace("KeyError", "")), message


def test_a_date_problem_under_its_field_is_a_sentence_in_the_ui_language(lang_of: Any) -> None:
    from fieldapp.domain.dates import DateError, parse_full_date
    from fieldapp.domain.errors import Problem
    from ui.messages import problem_message

    with pytest.raises(DateError) as caught:
        parse_full_date("2026-02-30")
    problem = Problem("case", "handover_date", caught.value.id, caught.value.params)
    assert problem_message(problem) == "2026-02-30 is not a date in the calendar."
    lang_of("sq")
    assert problem_message(problem) == "2026-02-30 nuk është datë e kalendarit."
    lang_of("sr-Cyrl")
    assert problem_message(problem) == "2026-02-30 није датум из календара."


def test_field_labels_follow_the_ui_language(lang_of: Any) -> None:
    from ui.messages import field_label, field_labels

    assert field_labels()["given_name"] == "Given name"
    assert field_label("members[1].given_name") == "Member 2: Given name"
    lang_of("sq")
    assert field_labels()["given_name"] == "Emri"
    assert field_label("members[1].given_name") == "Anëtari 2: Emri"
    lang_of("sr-Cyrl")
    assert field_labels()["property.claim_number"] == "Број захтева у КАУВИ"


def test_an_enrolment_code_hq_refused_reads_in_the_ui_language(lang_of: Any) -> None:
    from fieldapp.messages import Message, render_text
    from sync.client.http import HqRefused, HqUnreachable
    from ui.sync.errors import describe_sync_error

    refused = HqRefused(Message("hq.enrol.code_used"), "code_used", 400)
    unreachable = HqUnreachable("sync.hq_unreachable", url="https://hq.example:8443")
    lost = HqUnreachable("sync.connection_lost", url="https://hq.example:8443")
    title, text = describe_sync_error(refused)
    assert title == "The enrolment code was refused" and text == render_text("hq.enrol.code_used", "en")
    assert describe_sync_error(unreachable)[0] == "HQ cannot be reached"
    assert describe_sync_error(lost)[0] == "The connection to HQ was lost"
    lang_of("sq")
    title, text = describe_sync_error(refused)
    assert title != "The enrolment code was refused" and text == render_text("hq.enrol.code_used", "sq")
    title, text = describe_sync_error(unreachable)
    assert "https://hq.example:8443" in text and text == unreachable.render("sq")
    assert not _english_words(text.replace("https://hq.example:8443", "")), text


MODULES = ("ui/errors.py", "ui/messages.py", "ui/sync/errors.py", "ui/forms/dialog.py", "ui/import_dialog.py")


@pytest.mark.parametrize("module", MODULES)
def test_no_message_is_read_back_with_a_pattern(module: str) -> None:
    """Errors carry ids: the desktop app never matches English text to find out what it meant."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in node.names} | {node.module for node in ast.walk(tree)
                                            if isinstance(node, ast.ImportFrom) and node.module}
    assert "re" not in imported
