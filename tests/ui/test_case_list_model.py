"""The case list model and its proxy: Qt's model rules, paging, sorting and filters in the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE, sample_case
from tests.ui.conftest import unlock

N_CASES = 450  # more than two pages


@pytest.fixture
def big_ws(ws_root: Path) -> Path:
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    names = [("Ђорђе", "Јовановић"), ("Arben", "Gashi"), ("Đorđe", "Ilić"), ("Vjosa", "Berisha")]
    records = []
    for i in range(N_CASES - 3):
        doc = sample_case(municipality=["20", "19", "17"][i % 3])
        given, family = names[i % 4]
        doc["members"] = [dict(doc["members"][0], given_name=given, family_name=f"{family}{i:03d}",
                               script="Cyrl" if given[0] == "Ђ" else "Latn", community=None)]
        doc["needs"] = [{"category": ["food", "firewood"][i % 2], "priority": "high", "note": ""}]
        records.append((f"record {i + 1}", doc))
    ws = Workspace.open(ws_root, PASSPHRASE)
    try:
        import_records(ws, records)
    finally:
        ws.close()
    return ws_root


@pytest.fixture
def panel(qtbot: Any, executor: Any, big_ws: Path) -> Any:
    from ui.case_list import CaseListPanel

    unlock(qtbot, executor, big_ws)
    widget = CaseListPanel(executor)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.model.count_known, timeout=10000):
        widget.model.set_active(True)
    return widget


def test_model_and_proxy_pass_qtmodeltester(qtbot: Any, qtmodeltester: Any, panel: Any) -> None:
    model, proxy = panel.model, panel.proxy
    assert model.rowCount() == N_CASES and proxy.rowCount() == N_CASES
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    # After the tester asked for rows of every page, let them load and check again.
    qtbot.waitUntil(lambda: model.case_id(N_CASES - 1) is not None or model.data(
        model.index(N_CASES - 1, 0)) != "…", timeout=5000)
    qtmodeltester.check(proxy)


def test_rows_load_by_page_and_show_placeholders_meanwhile(qtbot: Any, panel: Any) -> None:
    model = panel.model
    last = model.index(N_CASES - 1, 0)
    assert model.case_id(N_CASES - 1) is None  # page 2 not read yet
    assert model.data(last) == "…"
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == 2
    assert model.data(last) != "…" and model.data(last, Qt.ItemDataRole.UserRole + 1)
    # Scrolling to the end asks only for the pages in view.
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.case_id(N_CASES - 1) is not None, timeout=5000)


def test_sorting_every_column_happens_in_the_store(qtbot: Any, panel: Any) -> None:
    from ui.case_list import COLUMNS

    model = panel.model
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            with qtbot.waitSignal(model.query_shown, timeout=5000):
                panel.proxy.sort(column, order)
            first = model.data(model.index(0, column))
            second = model.data(model.index(1, column))
            assert first != "…" and second is not None
    # Sorting by head of household, A→Z by folded name: Arben before Đorđe before Vjosa.
    with qtbot.waitSignal(model.query_shown, timeout=5000):
        panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    from fieldapp.text.folding import fold

    heads = [fold(model.data(model.index(r, 1))) for r in range(150)]
    assert heads[0].startswith("arben") and heads == sorted(heads)


def test_filters_and_search_narrow_the_list(qtbot: Any, panel: Any) -> None:
    model = panel.model
    with qtbot.waitSignal(model.count_known, timeout=5000):
        panel.filters["municipality"].setCurrentIndex(panel.filters["municipality"].findData("19"))
    assert model.total == 149 + 1  # a third of the imported plus the template's Prishtinë case
    with qtbot.waitSignal(model.count_known, timeout=5000):
        qtbot.keyClicks(panel.search, "djordje")
    in_19 = model.total
    assert in_19 is not None and 0 < in_19 < 150
    heads = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert all(h.startswith(("Ђорђе", "Đorđe")) for h in heads)
    with qtbot.waitSignal(model.count_known, timeout=5000):
        panel.filters["need"].setCurrentIndex(panel.filters["need"].findData("firewood"))
    assert model.total is not None and model.total < in_19
    assert panel.count_label.text().startswith("Cases found: ")
    with qtbot.waitSignal(model.count_known, timeout=5000):
        panel.reset_filters()
    assert model.total == N_CASES


def test_refresh_keeps_the_selection(qtbot: Any, panel: Any) -> None:
    from ui.executor import Changes

    view, model = panel.view, panel.model
    view.setCurrentIndex(panel.proxy.index(5, 0))
    selected = panel.selected_case_id()
    with qtbot.waitSignal(model.count_known, timeout=5000):
        panel.on_changes(Changes.cases("x"))
    assert view.currentIndex().row() == 5 and panel.selected_case_id() == selected


def test_layout_of_columns_is_remembered(qtbot: Any, main_window: Any, ws_root: Path) -> None:
    from ui.settings import UiSettings

    header = main_window.case_list.view.horizontalHeader()
    header.resizeSection(1, 321)
    header.moveSection(1, 4)
    main_window.close()
    saved = UiSettings(ws_root).layout("caselist/header")
    assert saved is not None
    from PySide6.QtWidgets import QHeaderView

    other = QHeaderView(Qt.Orientation.Horizontal)
    other.setModel(main_window.case_list.proxy)
    assert other.restoreState(saved)
    assert other.sectionSize(1) == 321 and other.visualIndex(1) == 4
