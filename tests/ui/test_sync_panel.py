"""The Sync panel against a real ``fieldapp-hq serve`` process over HTTPS on loopback.

Each test enrols a fresh device workspace (its own officer, so scopes never mix), opens the main
window on it with the real store thread and I/O threads, and drives the panel and the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.sync.support import Device, HqServer, cases_for, new_device, running_hq
from tests.ui.conftest import PASSPHRASE, ModalHandler

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqServer]:
    """One HQ for this module (SQLite); each test has its own users and devices."""
    with running_hq(tmp_path_factory.mktemp("hq-ui"), "sqlite") as server:
        yield server


def enrolled_device(hq: HqServer, tmp_path: Path, municipality: str, cases: int) -> Device:
    """A workspace of a new officer of ``municipality``, enrolled, holding ``cases`` new cases."""
    officer = hq.add_user("officer", municipality)
    dev = new_device(tmp_path, officer, municipality, inprocess=True)
    dev.enrol_inprocess(hq, officer)
    if cases:
        dev.import_cases(cases_for(municipality, cases))
    dev.close()
    return dev


def open_window(qtbot: Any, executor: Any, dev: Device) -> Any:
    """The main window unlocked on ``dev`` with its Sync panel shown and its status read."""
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.ops import setup as setup_ops
    from ui.ops import submit
    from ui.settings import UiSettings

    got: dict[str, Any] = {}
    submit(executor, setup_ops.unlock(root=dev.root, passphrase=PASSPHRASE, officer=dev.officer),
           done=lambda o: got.setdefault("o", o))
    qtbot.waitUntil(lambda: "o" in got, timeout=20000)
    outcome = got["o"]
    assert outcome.ok
    window = MainWindow(executor, dev.root, UiSettings(dev.root), Translations())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_list.model.query_shown, timeout=20000):
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
    window.show_sync_panel()
    panel = window.sync_panel()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.status is not None, timeout=20000)
    return window


@pytest.fixture
def closing() -> Iterator[list[Any]]:
    """Windows to close after the test (before the executor stops)."""
    windows: list[Any] = []
    yield windows
    for w in windows:
        w.idle.stop()
        if w.recovery_dialog is not None:
            w.recovery_dialog.close()
        w.executor.wait_idle(5000)


def on_store(qtbot: Any, executor: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(workspace)`` on the store thread and wait for the result."""
    got: dict[str, Any] = {}
    executor.submit(lambda st: fn(st.workspace), done=lambda r: got.setdefault("r", r),
                    failed=lambda e: got.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    if "e" in got:
        raise got["e"]
    return got["r"]


def sync(qtbot: Any, panel: Any) -> Any:
    """Press "Sync now" and wait for the outcome, then for the refreshed status."""
    with qtbot.waitSignal(panel.sync_finished, timeout=90000) as blocker:
        panel.sync_button.click()
    with qtbot.waitSignal(panel.status_shown, timeout=20000):
        pass
    return blocker.args[0]


def rows(window: Any) -> list[dict[str, Any]]:
    """The case list's rows: id, cells, tooltip of the status, background and sync icon."""
    model = window.case_list.model
    out = []
    for r in range(model.rowCount()):
        idx = model.index(r, 3)
        out.append({"id": model.case_id(r), "status": model.data(idx), "sync": model.data(model.index(r, 6)),
                    "tooltip": model.data(idx, Qt.ItemDataRole.ToolTipRole),
                    "background": model.data(idx, Qt.ItemDataRole.BackgroundRole),
                    "icon": model.data(model.index(r, 6), Qt.ItemDataRole.DecorationRole)})
    return out


def test_sync_now_sends_pending_cases_and_shows_them_synced(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    dev = enrolled_device(hq, tmp_path, "21", cases=3)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    assert panel.status.enrolled and panel.status.pending == 3 and panel.status.last_sync is None
    assert panel.values["last_sync"].text() == "Never" and hq.url in panel.link.text()
    before = rows(window)
    assert {r["sync"] for r in before} == {"Not yet sent"} and all(not r["icon"].isNull() for r in before)

    seen: list[Any] = []
    outcome_holder: dict[str, Any] = {}
    panel.sync_finished.connect(lambda o: outcome_holder.setdefault("o", o))
    run = panel.sync_now()
    assert run is not None and not panel.sync_button.isEnabled() and panel.cancel_button.isVisible()
    run.progressed.connect(seen.append)
    qtbot.waitUntil(lambda: "o" in outcome_holder, timeout=90000)
    outcome = outcome_holder["o"]
    assert outcome.ok and outcome.report["pushed"] == 3 and outcome.report["results"] == {"applied": 3}
    # Polled every 100 ms: a sync this small may finish between two polls; the last report
    # (sent as it ends) carries the bytes either way.
    assert seen and seen[-1].bytes_sent > 0 and seen[-1].bytes_received > 0
    assert "3 change(s) sent" in panel.result.text()

    qtbot.waitUntil(lambda: panel.status.pending == 0 and panel.status.last_sync is not None, timeout=20000)
    qtbot.waitUntil(lambda: {r["sync"] for r in rows(window)} == {"Sent to HQ"}, timeout=20000)
    assert panel.sync_button.isEnabled() and not panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "Waiting to sync: 0" in window.status_sync.text(), timeout=20000)
    ids = {r["id"] for r in rows(window)}
    at_hq = {r[0] for r in hq.rows("SELECT id FROM cases WHERE municipality = '21'")}
    assert ids <= at_hq


def test_a_returned_case_is_highlighted_with_the_comment(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    from fieldapp.store import cases

    dev = enrolled_device(hq, tmp_path, "22", cases=2)
    supervisor = hq.add_user("supervisor", "22")
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    target = rows(window)[0]["id"]

    def submit(ws: Any) -> str:
        with ws.write() as ctx:
            cases.transition(ctx, target, "submitted")
            return str(cases.get_case(ctx.session, target)["case_number"])

    number = on_store(qtbot, executor, submit)
    assert sync(qtbot, panel).ok
    comment = "Birth certificate of the second child missing"
    r = hq.cli("review", number, "--decision", "return", "--comment", comment, "--as", supervisor)
    assert r.code == 0
    window.open_case(target)  # open in the editor before the sync: it follows the news
    qtbot.waitUntil(lambda: window.editor.case_id == target, timeout=10000)
    assert not window.editor.review_banner.isVisible()

    outcome = sync(qtbot, panel)
    assert outcome.ok and outcome.report["returned"] == [number]
    assert number in panel.result.text() and panel.status.returned == 1

    qtbot.waitUntil(lambda: window.editor._stored["status"] == "returned", timeout=20000)
    banner = window.editor.review_banner
    assert banner.isVisible() and comment in banner.text() and supervisor in banner.text()
    assert window.editor.save_button.isEnabled()  # editable again

    window.show_list()

    def returned_row() -> dict[str, Any] | None:
        return next((r for r in rows(window) if r["id"] == target and r["background"] is not None), None)

    qtbot.waitUntil(lambda: returned_row() is not None, timeout=20000)
    row = returned_row()
    assert row is not None and comment in row["status"] and comment in row["tooltip"]
    assert all(r["background"] is None for r in rows(window) if r["id"] != target)


def test_a_conflict_shows_both_values_field_by_field(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    from fieldapp.store import cases

    dev = enrolled_device(hq, tmp_path, "23", cases=1)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    [case_id] = [r["id"] for r in rows(window)]
    assert sync(qtbot, panel).ok

    # The municipal office's laptop receives the case and changes its needs first.
    mocr = hq.add_user("mocr", "23")
    office = new_device(tmp_path, mocr, "23", inprocess=True)
    office.enrol_inprocess(hq, mocr)
    office.sync()
    with office.open() as ws, ws.write() as ctx:
        cases.update_case(ctx, case_id, {"needs": [{"category": "food", "priority": "high", "note": ""}]})
    office.sync()
    office.close()

    def edit(ws: Any) -> None:
        with ws.write() as ctx:
            cases.update_case(ctx, case_id, {"needs": [{"category": "firewood", "priority": "medium",
                                                        "note": "Before winter"}]})

    on_store(qtbot, executor, edit)
    outcome = sync(qtbot, panel)
    assert outcome.ok and outcome.report["conflicts"] == 1
    assert panel.status.conflict_cases == 1 and panel.status.conflict_fields == 1
    assert panel.conflicts_button.isVisible()
    qtbot.waitUntil(lambda: rows(window)[0]["sync"] == "Conflict", timeout=20000)

    dialog = panel.show_conflicts()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    table = dialog.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(4)]
    assert cells[1] == "Needs"
    assert "Food (High)" in cells[2] and "Firewood (Medium) — Before winter" in cells[3]
    assert dialog.report.conflicts[0].case_id == case_id
    dialog.close()

    # The editor says so too, and shows the same two values for this case.
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id, timeout=10000)
    assert window.editor.conflict_row.isVisible()
    own = window.editor.show_conflicts()
    qtbot.waitUntil(lambda: own.report is not None, timeout=20000)
    assert own.table.rowCount() == 1 and "Firewood" in own.table.item(0, 3).text()
    own.close()


def test_bundles_are_exported_and_imported_from_the_menu(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dev = enrolled_device(hq, tmp_path, "24", cases=2)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    usb, acks = tmp_path / "usb", tmp_path / "acks"
    usb.mkdir()
    acks.mkdir()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    with qtbot.waitSignal(panel.bundle_exported, timeout=20000) as blocker:
        window.actions_by_key["export_bundle"].trigger()
    bundle = Path(blocker.args[0])
    assert bundle.parent == usb and bundle.suffix == ".fab"
    assert b"Petrovi" not in bundle.read_bytes()
    assert "2 change(s)" in panel.result.text()

    r = hq.cli("bundle", "import", str(bundle), "-o", str(acks), "--json")
    assert r.code == 0
    [ack] = list(acks.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ack), ""))
    with qtbot.waitSignal(panel.bundle_imported, timeout=20000) as blocker:
        window.actions_by_key["import_bundle"].trigger()
    assert blocker.args[0].acknowledged == 2
    qtbot.waitUntil(lambda: panel.status.pending == 0, timeout=20000)
    qtbot.waitUntil(lambda: {r["sync"] for r in rows(window)} == {"Sent to HQ"}, timeout=20000)

    # The same answer again is a replay: refused, with a clear message, nothing changed.
    messages: list[str] = []
    handler = ModalHandler(lambda m: (messages.append(m.windowTitle() + "\n" + m.text()), m.close())
                           if isinstance(m, QMessageBox) else m.close())
    with qtbot.waitSignal(panel.bundle_failed, timeout=20000):
        window.actions_by_key["import_bundle"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    handler.stop()
    assert "The file was refused" in messages[0] and ack.name in messages[0]
    assert "already imported" in messages[0] and "Traceback" not in messages[0]


def test_cancel_stops_a_sync_between_batches(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    from ui.sync.runner import SyncRun

    dev = enrolled_device(hq, tmp_path, "25", cases=30)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    run = SyncRun(executor, batch_size=1)
    seen: list[Any] = []
    run.progressed.connect(seen.append)
    with qtbot.waitSignal(run.finished, timeout=90000) as blocker:
        run.start()
        qtbot.waitUntil(lambda: any(p.phase == "push" and p.done >= 1 for p in seen), timeout=60000)
        run.cancel()
    outcome = blocker.args[0]
    assert outcome.cancelled and not outcome.ok
    assert any(p.batches == 30 for p in seen) and seen[-1].cancelling
    panel.refresh()
    with qtbot.waitSignal(panel.status_shown, timeout=20000):
        pass
    assert 0 < panel.status.pending < 30  # what HQ confirmed stays confirmed; the rest waits
    at_hq = hq.scalar("SELECT count(*) FROM cases WHERE municipality = '25'")
    assert at_hq == 30 - panel.status.pending


def test_hq_unreachable_is_a_clear_dialog_and_loses_nothing(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    dev = enrolled_device(hq, tmp_path, "26", cases=1)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    messages: list[str] = []
    handler = ModalHandler(lambda m: (messages.append(m.windowTitle() + "\n" + m.text()), m.close()))
    hq.stop()
    try:
        outcome = sync(qtbot, panel)
    finally:
        hq.restart()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    handler.stop()
    assert outcome.error is not None and not outcome.ok
    assert messages[0].startswith("HQ cannot be reached")
    assert hq.url in messages[0] and "Nothing was lost" in messages[0] and "Traceback" not in messages[0]
    assert panel.status.pending == 1 and "cannot be reached" in panel.result.text()
    assert panel.sync_button.isEnabled()


def test_enrolment_dialog_refuses_a_wrong_code_then_enrols(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    officer = hq.add_user("officer", "27")
    dev = new_device(tmp_path, officer, "27", inprocess=True)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    assert not panel.status.enrolled and panel.enrol_button.isVisible()
    assert not panel.sync_button.isEnabled() and not panel.export_button.isEnabled()

    dialog = panel.enrol()
    assert not dialog.enrol_button.isEnabled()
    dialog.url.setText(hq.url)
    dialog.code.setText("WRONG-CODE-0000")
    messages: list[str] = []
    handler = ModalHandler(lambda m: (messages.append(m.windowTitle() + "\n" + m.text()), m.close()))
    with qtbot.waitSignal(dialog.failed, timeout=30000):
        dialog.enrol_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    handler.stop()
    assert messages[0].startswith("The enrolment code was refused") and "new one" in messages[0]
    assert dialog.isVisible() and dialog.enrol_button.isEnabled()

    dialog.code.setText(hq.code(officer))
    dialog.fingerprint.setText(hq.fingerprint)
    messages.clear()
    handler = ModalHandler(lambda m: (messages.append(m.windowTitle() + "\n" + m.text()), m.close()))
    with qtbot.waitSignal(dialog.enrolled, timeout=30000) as blocker:
        dialog.enrol_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    handler.stop()
    assert blocker.args[0]["user"] == officer and blocker.args[0]["fingerprint_checked"]
    assert messages[0].startswith("Enrolled with HQ") and hq.url in messages[0]
    qtbot.waitUntil(lambda: panel.status.enrolled, timeout=20000)
    assert panel.sync_button.isEnabled() and not panel.enrol_button.isVisible()
    assert hq.scalar("SELECT count(*) FROM devices WHERE id = :d", d=blocker.args[0]["device_id"]) == 1


def test_a_revoked_laptop_is_told_and_locked(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    dev = enrolled_device(hq, tmp_path, "28", cases=1)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    hq.cli("device", "revoke", dev.device_id)
    messages: list[str] = []
    handler = ModalHandler(lambda m: (messages.append(m.windowTitle() + "\n" + m.text()), m.close()))
    with qtbot.waitSignal(window.locked, timeout=60000):
        panel.sync_button.click()
    handler.stop()
    assert messages[0].startswith("This laptop was revoked by HQ") and "Traceback" not in messages[0]
    assert not (dev.root / "keys.json").exists()  # the key slots are gone
    assert window.is_locked and window.stack.currentWidget() is window.lock_page


def test_every_store_statement_of_enrolment_and_sync_runs_on_the_store_thread(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    import threading

    from sqlalchemy import event

    officer = hq.add_user("officer", "29")
    dev = new_device(tmp_path, officer, "29", inprocess=True)
    dev.import_cases(cases_for("29", 3))
    dev.close()
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    panel = window.sync_panel()
    statements: list[tuple[int, str]] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append((threading.get_ident(), statement))

    def listen(ws: Any) -> int:
        event.listen(ws.engine, "before_cursor_execute", record)
        return threading.get_ident()

    store = on_store(qtbot, executor, listen)
    try:
        dialog = panel.enrol()
        dialog.url.setText(hq.url)
        dialog.code.setText(hq.code(officer))
        dialog.fingerprint.setText(hq.fingerprint)
        handler = ModalHandler(lambda m: m.close())
        with qtbot.waitSignal(dialog.enrolled, timeout=30000):
            dialog.enrol_button.click()
        handler.stop()
        qtbot.waitUntil(lambda: panel.status.enrolled, timeout=20000)
        outcome = sync(qtbot, panel)
        assert outcome.ok and outcome.report["pushed"] == 3
    finally:
        on_store(qtbot, executor, lambda ws: event.remove(ws.engine, "before_cursor_execute", record))
    sql = " ".join(s for _t, s in statements).lower()
    assert "outbox" in sql and "meta" in sql  # the sync's own steps were seen
    assert {t for t, _s in statements} == {store}


def test_locking_the_workspace_stops_a_sync_and_loses_nothing(
        qtbot: Any, executor: Any, hq: HqServer, tmp_path: Path, closing: list[Any]) -> None:
    from ui.executor import StoreLocked
    from ui.sync.runner import SyncRun

    dev = enrolled_device(hq, tmp_path, "30", cases=20)
    window = open_window(qtbot, executor, dev)
    closing.append(window)
    run = SyncRun(executor, batch_size=1)
    seen: list[Any] = []
    run.progressed.connect(seen.append)
    with qtbot.waitSignal(run.finished, timeout=90000) as blocker:
        run.start()
        qtbot.waitUntil(lambda: any(p.phase == "push" and p.done >= 1 for p in seen), timeout=60000)
        executor.submit(lambda st: st.lock())  # as the idle lock does, under the running sync
    outcome = blocker.args[0]
    assert outcome.locked and not outcome.ok and outcome.error is None
    with pytest.raises(StoreLocked):
        on_store(qtbot, executor, lambda ws: None)

    from fieldapp.store import remote
    from ui.ops import setup as setup_ops
    from ui.ops import submit

    got: dict[str, Any] = {}
    submit(executor, setup_ops.unlock(root=dev.root, passphrase=PASSPHRASE, officer=dev.officer),
           done=lambda o: got.setdefault("o", o))
    qtbot.waitUntil(lambda: "o" in got, timeout=20000)
    assert got["o"].ok

    def pending(ws: Any) -> int:
        with ws.read() as s:
            return remote.pending_count(s)

    waiting = on_store(qtbot, executor, pending)
    at_hq = hq.scalar("SELECT count(*) FROM cases WHERE municipality = '30'")
    # What HQ confirmed stays confirmed; a batch HQ took as the lock came waits to be sent again
    # (HQ answers its replay with the first result, so nothing is doubled).
    assert 0 < waiting < 20 and at_hq in (20 - waiting, 21 - waiting)
    again = SyncRun(executor)
    with qtbot.waitSignal(again.finished, timeout=90000) as blocker:
        again.start()
    assert blocker.args[0].ok and on_store(qtbot, executor, pending) == 0
    assert hq.scalar("SELECT count(*) FROM cases WHERE municipality = '30'") == 20
