"""The store executor: one worker thread, results back on the GUI thread, what-changed
broadcasts, superseded work dropped or interrupted."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import unlock
from ui.executor import Changes, StoreExecutor, StoreLocked


def test_operations_run_in_order_on_one_store_thread(qtbot: Any, executor: StoreExecutor) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    delivered_on: list[int] = []
    for i in range(5):
        executor.submit(lambda _st, i=i: (i, threading.get_ident()),
                        done=lambda r: (seen.append(r), delivered_on.append(threading.get_ident())))
    with qtbot.waitSignal(executor.idle, timeout=5000):
        pass
    assert [i for i, _ in seen] == [0, 1, 2, 3, 4]
    assert len({t for _, t in seen}) == 1 and seen[0][1] != gui
    assert set(delivered_on) == {gui}


def test_changes_are_broadcast_after_success_only(qtbot: Any, executor: StoreExecutor) -> None:
    got: list[Changes] = []
    executor.changed.connect(got.append)
    with qtbot.waitSignal(executor.idle, timeout=5000):
        executor.submit(lambda _st: "x", changes=Changes.cases("a"))
        executor.submit(lambda _st: 1 / 0, failed=lambda _e: None, changes=Changes(status=True))
    assert got == [Changes(case_list=True, case_ids=frozenset({"a"}), status=True)]
    assert (Changes(status=True) | Changes(drafts=True)) == Changes(status=True, drafts=True)
    assert Changes().empty


def test_errors_reach_the_failed_callback_or_the_window(qtbot: Any, executor: StoreExecutor) -> None:
    failures: list[BaseException] = []
    with qtbot.waitSignal(executor.unhandled_error, timeout=5000) as blocker:
        executor.submit(lambda _st: 1 / 0, failed=failures.append)
        executor.submit(lambda _st: {}["missing"])
    assert isinstance(failures[0], ZeroDivisionError)
    assert isinstance(blocker.args[0], KeyError)
    # A locked workspace is not an error worth a dialog: it is only reported to a callback.
    with qtbot.waitSignal(executor.idle, timeout=5000):
        executor.submit(lambda st: st.workspace, failed=failures.append)
    assert isinstance(failures[-1], StoreLocked)


def test_superseded_queued_operations_are_dropped(qtbot: Any, executor: StoreExecutor) -> None:
    gate = threading.Event()
    ran: list[str] = []
    executor.submit(lambda _st: gate.wait(5))
    for text in ("d", "dj", "djo"):
        executor.submit(lambda _st, t=text: ran.append(t), supersede="search")
    gate.set()
    assert executor.wait_idle(5000)
    assert ran == ["djo"]


def test_a_running_read_is_interrupted_by_a_newer_request(qtbot: Any, executor: StoreExecutor,
                                                          ws_root: Path) -> None:
    from sqlalchemy import text

    unlock(qtbot, executor, ws_root)
    started = threading.Event()
    outcome: dict[str, Any] = {}

    def slow(st: Any) -> int:
        with st.read() as s:
            started.set()
            # A query that would run for a long time.
            return int(s.execute(text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 200000000) "
                "SELECT count(*) FROM n")).scalar())

    begun = time.monotonic()
    executor.submit(slow, done=lambda r: outcome.setdefault("slow", r),
                    failed=lambda e: outcome.setdefault("error", e), supersede="q")
    assert started.wait(5)
    executor.submit(lambda _st: "fresh", done=lambda r: outcome.setdefault("fresh", r), supersede="q")
    qtbot.waitUntil(lambda: "fresh" in outcome, timeout=10000)
    assert time.monotonic() - begun < 5
    assert "slow" not in outcome and "error" not in outcome


def test_synchronous_mode_runs_in_the_calling_thread(qtbot: Any) -> None:
    ex = StoreExecutor(threaded=False)
    got: list[int] = []
    ex.submit(lambda _st: threading.get_ident(), done=got.append)
    assert ex.wait_idle(2000)
    assert got == [threading.get_ident()]
    ex.shutdown()


def test_busy_cursor_only_when_slow(qtbot: Any, executor: StoreExecutor) -> None:
    from PySide6.QtWidgets import QApplication

    with qtbot.waitSignal(executor.idle, timeout=5000):
        executor.submit(lambda _st: None, busy_cursor=True)
    assert QApplication.overrideCursor() is None
    release = threading.Event()
    executor.submit(lambda _st: release.wait(5), busy_cursor=True)  # slow until the cursor shows
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=2000)
    release.set()
    assert executor.wait_idle(5000)
    assert QApplication.overrideCursor() is None


@pytest.mark.parametrize("threaded", [True])
def test_lock_drops_the_workspace(qtbot: Any, ws_root: Path, threaded: bool) -> None:
    ex = StoreExecutor(threaded=threaded)
    unlock(qtbot, ex, ws_root)
    assert ex.state.unlocked
    with qtbot.waitSignal(ex.idle, timeout=5000):
        ex.submit(lambda st: st.lock())
    assert not ex.state.unlocked
    ex.shutdown()
