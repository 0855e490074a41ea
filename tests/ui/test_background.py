"""Store steps of I/O jobs: each runs as an operation on the store thread, its outcome goes back."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import unlock


@pytest.fixture
def io(qapp: Any) -> Any:
    """An I/O executor of its own (one worker), so the shared one's jobs never interleave."""
    from ui.background import IoExecutor

    return IoExecutor(workers=1)


def on_io(qtbot: Any, io: Any, fn: Any) -> dict[str, Any]:
    """Run ``fn`` on an I/O thread; ``{"r": result}`` or ``{"e": error}``."""
    got: dict[str, Any] = {}
    io.submit(fn, done=lambda r: got.setdefault("r", r), failed=lambda e: got.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    return got


def store_thread(qtbot: Any, executor: Any) -> int:
    got: list[int] = []
    executor.submit(lambda _st: threading.get_ident(), done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def test_steps_run_on_the_store_thread_and_return_their_results(qtbot: Any, executor: Any, io: Any,
                                                                ws_root: Path) -> None:
    from fieldapp.store import remote
    from ui.background import ExecutorSteps

    unlock(qtbot, executor, ws_root)
    steps = ExecutorSteps(executor, ws_root)
    threads: list[int] = []

    def count(s: Any) -> int:
        threads.append(threading.get_ident())
        return remote.pending_count(s)

    def mark(ctx: Any) -> None:
        threads.append(threading.get_ident())
        ctx.set_meta("probe", 7)

    def folder(_ctx: Any, ws: Any) -> Path:
        threads.append(threading.get_ident())
        return Path(ws.root)

    def job() -> tuple[int, Any, Path, Path]:
        threads.append(threading.get_ident())
        pending = steps.read(count)
        steps.write(mark)
        value = steps.read(lambda s: remote.meta_value(s, "probe"))
        return pending, value, steps.write_keys(folder), steps.root

    got = on_io(qtbot, io, job)
    assert "e" not in got, got
    pending, value, root, known = got["r"]
    assert pending == 3 and value == 7 and root == ws_root == known
    io_thread, *steps_threads = threads
    assert set(steps_threads) == {store_thread(qtbot, executor)} and io_thread not in steps_threads


def test_a_failing_step_raises_on_the_io_thread_and_changes_nothing(qtbot: Any, executor: Any, io: Any,
                                                                    ws_root: Path) -> None:
    from fieldapp.domain.errors import UserError
    from fieldapp.store import remote
    from ui.background import ExecutorSteps

    unlock(qtbot, executor, ws_root)
    steps = ExecutorSteps(executor, ws_root)

    def refuse(ctx: Any) -> None:
        ctx.set_meta("probe", 1)
        raise UserError("engine.already_enrolled")

    got = on_io(qtbot, io, lambda: steps.write(refuse))
    assert isinstance(got.get("e"), UserError) and got["e"].id == "engine.already_enrolled"
    assert on_io(qtbot, io, lambda: steps.read(lambda s: remote.meta_value(s, "probe")))["r"] is None


def test_a_locked_workspace_makes_the_next_step_fail(qtbot: Any, executor: Any, io: Any,
                                                     ws_root: Path) -> None:
    from ui.background import ExecutorSteps
    from ui.executor import StoreLocked

    unlock(qtbot, executor, ws_root)
    steps = ExecutorSteps(executor, ws_root)
    with qtbot.waitSignal(executor.idle, timeout=10000):
        executor.submit(lambda st: st.lock())
    assert isinstance(on_io(qtbot, io, lambda: steps.read(lambda _s: 1)).get("e"), StoreLocked)
    assert on_io(qtbot, io, steps.lock) == {"r": None}  # locking again is nothing to do

    unlock(qtbot, executor, ws_root)
    steps.close()
    assert isinstance(on_io(qtbot, io, lambda: steps.read(lambda _s: 1)).get("e"), StoreLocked)


def test_steps_are_refused_on_the_gui_thread(qtbot: Any, executor: Any, ws_root: Path) -> None:
    from ui.background import ExecutorSteps

    unlock(qtbot, executor, ws_root)
    steps = ExecutorSteps(executor, ws_root)
    with pytest.raises(RuntimeError):
        steps.read(lambda _s: 1)  # it would wait for its own event loop for ever


def test_statements_from_another_thread_are_refused(ws_root: Path) -> None:
    """A connection's statements run only on the thread that opened it; closing is allowed anywhere."""
    from sqlalchemy import text

    from fieldapp.store.engine import WrongThreadError
    from fieldapp.store.workspace import Workspace
    from tests.ui.conftest import PASSPHRASE

    ws = Workspace.open(ws_root, PASSPHRASE)
    errors: list[BaseException] = []
    try:
        with ws.read() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1

            def elsewhere() -> None:
                try:
                    s.execute(text("SELECT 1"))
                except Exception as exc:
                    errors.append(exc)

            t = threading.Thread(target=elsewhere)
            t.start()
            t.join()
    finally:
        closer = threading.Thread(target=ws.close)
        closer.start()
        closer.join()
    assert len(errors) == 1 and isinstance(getattr(errors[0], "orig", errors[0]), WrongThreadError)
