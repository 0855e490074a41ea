"""The caseload and the selection list in the main window of a supervisor's laptop, at 1366×768,
in English and Serbian Cyrillic. With ``FIELDAPP_SCREENSHOTS=1`` the pictures are written to
``docs/screenshots/`` (``caseload-{en,sr-Cyrl}.png``, ``selection-{en,sr-Cyrl}.png``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.ui.caseload.conftest import SUPERVISOR, unlock_as


def _out(tmp_path: Path) -> Path:
    if os.environ.get("FIELDAPP_SCREENSHOTS") == "1":
        return ROOT / "docs" / "screenshots"
    return tmp_path


def test_desk_screens_in_the_main_window(qtbot: Any, executor: Any, office_root: Path, tmp_path: Path,
                                         ids: dict[str, str]) -> None:
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    outcome = unlock_as(qtbot, executor, office_root, SUPERVISOR)
    assert outcome.role == "supervisor"
    translations = Translations()
    window = MainWindow(executor, office_root, UiSettings(office_root), translations)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start_session(outcome.officer, outcome.slot_id, outcome.role)
    assert window.desk_actions["caseload"].isVisible() and window.desk_actions["selection"].isVisible()
    caseload = window.desk["caseload"]
    selection = window.desk["selection"]
    out = _out(tmp_path)

    with qtbot.waitSignal(caseload.caseload_shown, timeout=15000):
        window.desk_actions["caseload"].trigger()
    assert window.desk_screen() == "caseload"
    qtbot.waitUntil(lambda: caseload.choices is not None, timeout=10000)
    view = caseload.view
    for row in range(3):
        view.selectionModel().select(caseload.model.index(row, 0),
                                     view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    for i in range(caseload.model.columnCount()):
        view.resizeColumnToContents(i)

    with qtbot.waitSignal(selection.ranked, timeout=15000):
        window.desk_actions["selection"].trigger()
    with qtbot.waitSignal(selection.ranked, timeout=5000):
        selection.quota.setValue(3)
    for i in range(selection.model.columnCount()):
        selection.view.resizeColumnToContents(i)

    for lang in ("en", "sr-Cyrl"):
        translations.set_language(lang)
        qtbot.waitUntil(lambda lg=lang: (caseload.counts.buttons[None].text().startswith("Сви"))
                        == (lg == "sr-Cyrl"), timeout=5000)
        for key, screen, shown in (("caseload", caseload, caseload.caseload_shown),
                                   ("selection", selection, selection.ranked)):
            with qtbot.waitSignal(shown, timeout=10000):
                window.show_desk(key)
            assert window.desk_screen() == key and screen.isVisible()
            for i in range(screen.model.columnCount()):
                screen.view.resizeColumnToContents(i)
            qtbot.waitExposed(window)
            picture = window.grab()
            assert (picture.width(), picture.height()) == (1366, 768)
            assert picture.save(str(out / f"{key}-{lang}.png"))
    translations.set_language("en")
    assert (out / "selection-sr-Cyrl.png").stat().st_size > 20_000
    window.idle.stop()
    executor.wait_idle(5000)
