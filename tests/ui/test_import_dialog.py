"""Importing from the menu: progress, cancel, and the report when a file is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import sample_case
from tests.fieldapp.store.helpers import content_digest


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
    for i in range(5):
        doc = sample_case()
        doc["members"][0]["given_name"] = f"Vukašin{i}"
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
