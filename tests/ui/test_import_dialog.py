"""Importing from the menu: progress, cancel, and the report when a file is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import sample_case
from tests.fieldapp.store.helpers import content_digest
from tests.ui.test_case_flow import shoot


def _write(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    return path


def test_bad_file_is_refused_with_a_report_and_the_store_unchanged(qtbot: Any, main_window: Any,
                                                                   ws_root: Path, tmp_path: Path) -> None:
    window = main_window
    bad_municipality = sample_case(municipality="99")
    bad_member = sample_case()
    bad_member["members"][1]["sex"] = "X"
    bad_member["members"][1]["date_of_birth"] = "1971-13"
    path = _write(tmp_path / "households.json", [sample_case(), bad_municipality, bad_member])
    before = content_digest(ws_root)

    dialog = window.import_cases(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished_import, timeout=20000) as blocker:
        pass
    outcome = blocker.args[0]
    assert not outcome.ok and len(outcome.problems) == 3
    assert dialog.isVisible() and dialog.report.isVisible()
    table = dialog.report
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][:2] == ["Record 2", "Municipality of return"]
    assert rows[0][2] == "'99' is not a municipality code."
    assert rows[1][:2] == ["Record 3", "Member 2: Sex"] and "M" in rows[1][3]
    assert rows[2][:2] == ["Record 3", "Member 2: Date of birth"]
    assert "nothing was imported" in dialog.summary.text()
    dialog.close_button.click()
    assert content_digest(ws_root) == before


def test_good_file_is_imported_and_the_list_refreshes(qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    window = main_window
    docs = []
    for i, (head, spouse) in enumerate([("Vukašin", "Milica"), ("Dragan", "Snežana"), ("Nenad", "Vesna"),
                                        ("Zoran", "Gordana"), ("Goran", "Biljana")]):
        doc = sample_case()
        doc["members"][0].update(given_name=head, family_name="Stojanović", date_of_birth=str(1950 + 3 * i))
        doc["members"][1].update(given_name=spouse, family_name="Stojanović", script="Latn")
        docs.append(doc)
    path = _write(tmp_path / "five.json", docs)
    model = window.case_list.model
    with qtbot.waitSignal(model.count_known, timeout=20000):
        dialog = window.import_cases(path)
    assert dialog is not None and dialog.outcome is not None and dialog.outcome.imported == 5
    assert model.total == 8
    assert not dialog.isVisible()  # quick work shows no dialog, only a status message
    assert "Cases imported: 5" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Cases: 8" in window.status_cases.text(), timeout=5000)


def test_slow_import_shows_progress_and_can_be_cancelled(qtbot: Any, main_window: Any, ws_root: Path,
                                                         tmp_path: Path) -> None:
    window = main_window
    path = _write(tmp_path / "many.json", [sample_case() for _ in range(4000)])
    before = content_digest(ws_root)
    dialog = window.import_cases(path)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10000)  # after ~600 ms of work
    assert dialog.cancel_button.isVisible()
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as blocker:
        dialog.cancel_button.click()
    assert blocker.args[0].cancelled
    assert "nothing was imported" in dialog.summary.text()
    assert window.executor.wait_idle(10000)
    assert content_digest(ws_root) == before


def test_a_household_already_on_the_laptop_is_named_after_the_import(qtbot: Any, main_window: Any,
                                                                      tmp_path: Path) -> None:
    window = main_window
    # The template's Đorđe and Jelena Petrović, registered again by an Albanian-speaking office.
    again = sample_case(settlement="Zhur")
    again["members"][0].update(given_name="Gjorgje", family_name="Petroviq")
    again["members"][1].update(given_name="Jelena", family_name="Petroviq", script="Latn", date_of_birth="1972")
    other = sample_case()
    other["members"] = [{"given_name": "Shqipe", "family_name": "Morina", "sex": "F", "relationship": "head",
                         "date_of_birth": "1990"}]
    path = _write(tmp_path / "again.json", [again, other])
    dialog = window.import_cases(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished_import, timeout=20000) as blocker:
        pass
    outcome = blocker.args[0]
    assert outcome.ok and outcome.imported == 2
    [pair] = outcome.possible_duplicates
    assert pair.other_head == "Đorđe Petrović" and pair.score >= 0.75
    # The dialog stays up to say so, with the pair and why.
    assert dialog.isVisible() and dialog.duplicates.isVisible() and dialog.duplicates.rowCount() == 1
    assert "Đorđe Petrović" in dialog.duplicates.item(0, 1).text()
    assert "Gjorgje Petroviq ~ Đorđe Petrović" in dialog.duplicates.item(0, 2).text()
    assert "1 of the households imported may already be on this laptop" in dialog.duplicates_label.text()
    shoot(qtbot, dialog, "import-possible-duplicates", tmp_path)
    dialog.close_button.click()
