"""The store executor: one worker thread owns the workspace and runs every store operation.

Following Anki's collection operations: widgets never touch the store. They submit a function
that receives the :class:`StoreThread` state (the unlocked workspace) and runs on the single
store thread; its result or error comes back to the GUI thread through a queued Qt signal and is
handed to the ``done`` or ``failed`` callback there. An operation that changes the store declares
*what* it changed (:class:`Changes`); after it finishes the executor broadcasts that on
:attr:`StoreExecutor.changed`, and each screen decides whether it must refresh.

Operations run one at a time, in the order submitted. An operation may carry a ``supersede``
key: submitting another with the same key drops the queued, not yet started one (typing in the
search box asks for many result pages; only the newest is worth running).

``StoreExecutor(threaded=False)`` runs each operation in the caller's thread at submit time (for
tests that want determinism); results are still delivered through the event loop, so callers see
the same order of events either way.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication

from fieldapp.logs import crash_summary

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.store.workspace import Workspace

log = logging.getLogger("ui.executor")
T = TypeVar("T")

BUSY_CURSOR_AFTER_MS = 300


class StoreLocked(Exception):
    """An operation needed the unlocked workspace, but the workspace is locked."""


@dataclass(frozen=True)
class Changes:
    """What an operation changed in the store, so screens refresh only when they must."""

    case_list: bool = False
    """Cases were added, removed, or changed in what the case list shows."""
    case_ids: frozenset[str] = frozenset()
    """Ids of the cases whose content or status changed."""
    status: bool = False
    """Counts in the status bar (cases, pending sync items) may differ."""
    drafts: bool = False
    """Autosaved editor drafts were written or dropped."""
    workspace: bool = False
    """The workspace was opened, locked or closed."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.case_list or other.case_list, self.case_ids | other.case_ids,
                       self.status or other.status, self.drafts or other.drafts,
                       self.workspace or other.workspace)

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.case_list or self.case_ids or self.status or self.drafts or self.workspace)

    @classmethod
    def cases(cls, *ids: str) -> Changes:
        """Cases ``ids`` changed in content or status (the list and the counts may too)."""
        return cls(case_list=True, case_ids=frozenset(ids), status=True)


class _Interrupted(Exception):
    """A superseded operation stopped before its query ran."""


class StoreThread:
    """State that only the store thread touches: the unlocked workspace, if any."""

    def __init__(self) -> None:
        self._workspace: Workspace | None = None
        # The raw connection of the read in progress, so the GUI thread can interrupt a query
        # a newer request has made pointless (sqlite3_interrupt is safe from any thread).
        self._lock = threading.Lock()
        self._reading: Any = None
        self.current: _Op[Any] | None = None  # the operation running now (set by the executor)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on the workspace that a newer request may interrupt."""
        op = self.current
        with self.workspace.read() as session:
            raw: Any = session.connection().connection.dbapi_connection
            if op is not None and op.dropped:
                raise _Interrupted("interrupted")
            with self._lock:
                self._reading = raw
            try:
                yield session
            finally:
                with self._lock:
                    self._reading = None

    def interrupt_read(self) -> None:
        """Stop the query running in :meth:`read`, if any (called from the GUI thread)."""
        with self._lock:
            if self._reading is not None:
                self._reading.interrupt()

    @property
    def workspace(self) -> Workspace:
        """The unlocked workspace; raises :class:`StoreLocked` when there is none."""
        if self._workspace is None:
            raise StoreLocked("the workspace is locked")
        return self._workspace

    @property
    def unlocked(self) -> bool:
        """Whether a workspace is open."""
        return self._workspace is not None

    def set_workspace(self, ws: Workspace | None) -> None:
        """Adopt ``ws`` (after create or unlock); any previous workspace is locked first."""
        if self._workspace is not None and self._workspace is not ws:
            self._workspace.close()
        self._workspace = ws

    def lock(self) -> None:
        """Close every connection and drop the data key from memory."""
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


@dataclass
class _Op(Generic[T]):
    id: int
    fn: Callable[[StoreThread], T]
    done: Callable[[T], None] | None
    failed: Callable[[BaseException], None] | None
    changes: Changes | Callable[[T], Changes] | None
    supersede: str | None
    busy_cursor: bool
    pause_gc: bool = False
    submitted: float = field(default_factory=time.perf_counter)
    result: Any = None
    error: BaseException | None = None
    dropped: bool = False


class StoreExecutor(QObject):
    """Runs store operations on one worker thread and hands results back to the GUI thread."""

    changed = Signal(object)
    """Emitted on the GUI thread after an operation that changed the store; carries a
    :class:`Changes` saying what changed."""

    finished = Signal(int)
    """Emitted on the GUI thread when the operation with this id has delivered its result or
    error (after its callbacks ran)."""

    idle = Signal()
    """Emitted on the GUI thread when no operation is queued or running any more."""

    unhandled_error = Signal(object)
    """Emitted on the GUI thread when an operation failed and its submitter gave no ``failed``
    callback; carries the exception, so the main window can show it as a dialog."""

    _deliver = Signal(object)
    """Internal: carries a finished operation from the store thread to the GUI thread
    (connected with a queued connection)."""

    def __init__(self, *, threaded: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.threaded = threaded
        self.state = StoreThread()
        self._ids = itertools.count(1)
        self._queue: collections.deque[_Op[Any]] = collections.deque()
        self._cond = threading.Condition()
        self._outstanding = 0  # submitted but not yet delivered (GUI-thread view)
        self._running: _Op[Any] | None = None
        self._stopping = False
        self._busy_ops: set[int] = set()
        self._cursor_on = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy_cursor)
        self._interrupting: _Op[Any] | None = None
        self._interrupt_timer = QTimer(self)
        self._interrupt_timer.setInterval(10)
        self._interrupt_timer.timeout.connect(self._interrupt_again)
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="fieldapp-store", daemon=True)
            self._thread.start()

    # --- submitting ------------------------------------------------------------------------
    def submit(self, fn: Callable[[StoreThread], T], *, done: Callable[[T], None] | None = None,
               failed: Callable[[BaseException], None] | None = None,
               changes: Changes | Callable[[T], Changes] | None = None,
               supersede: str | None = None, busy_cursor: bool = False,
               pause_gc: bool = False) -> int:
        """Queue ``fn`` for the store thread; returns the operation's id.

        ``done(result)`` or ``failed(exception)`` run later on the GUI thread. ``changes`` (or a
        function of the result giving them) is broadcast on :attr:`changed` after success.
        ``busy_cursor`` shows the wait cursor if the person waits on it longer than ~300 ms.
        ``pause_gc`` holds Python's cyclic garbage collector off while the operation runs: an
        import builds tens of thousands of live objects, and each full collection over them
        would stop the GUI thread too (100-300 ms); reference counting still frees them.
        """
        op: _Op[T] = _Op(next(self._ids), fn, done, failed, changes, supersede, busy_cursor, pause_gc)
        self._outstanding += 1
        if busy_cursor:
            self._busy_ops.add(op.id)
            if not self._busy_timer.isActive() and not self._cursor_on:
                self._busy_timer.start(BUSY_CURSOR_AFTER_MS)
        if not self.threaded:
            self._execute(op)
            self._deliver.emit(op)
            return op.id
        with self._cond:
            if self._stopping:
                raise RuntimeError("the store executor is shut down")
            if supersede is not None:
                for queued in list(self._queue):
                    if queued.supersede == supersede:
                        self._queue.remove(queued)
                        queued.dropped = True
                        self._deliver.emit(queued)
                running = self._running
                if running is not None and running.supersede == supersede:
                    running.dropped = True
                    self._interrupting = running
                    self.state.interrupt_read()
                    # An interrupt that lands before the query starts is lost: repeat it
                    # until the superseded operation has ended.
                    self._interrupt_timer.start()
            self._queue.append(op)
            self._cond.notify()
        return op.id

    def _interrupt_again(self) -> None:
        with self._cond:
            if self._interrupting is not None and self._running is self._interrupting:
                self.state.interrupt_read()
                return
            self._interrupting = None
        self._interrupt_timer.stop()

    @property
    def pending(self) -> int:
        """Operations submitted whose results have not been delivered yet."""
        return self._outstanding

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until every submitted operation is delivered (tests, shutdown)."""
        deadline = time.monotonic() + timeout_ms / 1000
        app = QCoreApplication.instance()
        while self._outstanding and time.monotonic() < deadline:
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return self._outstanding == 0

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Lock the workspace and stop the store thread after the queued work is done."""
        if self._thread is None:
            self.state.lock()
            return
        self.submit(lambda st: st.lock())
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join(timeout_s)
        self._thread = None
        # Deliver what finished so callbacks waiting on it still run.
        app = QCoreApplication.instance()
        if app is not None:
            app.processEvents()

    # --- the store thread --------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if not self._queue:
                    return
                op = self._queue.popleft()
                self._running = op
                self.state.current = op
            self._execute(op)
            with self._cond:
                self._running = None
                self.state.current = None
            self._deliver.emit(op)

    def _execute(self, op: _Op[Any]) -> None:
        collecting = gc.isenabled()
        if op.pause_gc and collecting:
            gc.disable()
        try:
            op.result = op.fn(self.state)
        except BaseException as exc:  # delivered to the GUI thread; never kills the thread
            op.error = exc
            if op.dropped and "interrupt" in str(exc).lower():
                return  # interrupted on purpose: a newer request superseded it
            if not isinstance(exc, (StoreLocked, *_user_error_types())):
                log.error("store operation failed: %s", crash_summary(exc))
        finally:
            if op.pause_gc and collecting:
                gc.enable()

    # --- back on the GUI thread ----------------------------------------------------------------
    @Slot(object)
    def _on_deliver(self, op: _Op[Any]) -> None:
        self._outstanding -= 1
        self._busy_ops.discard(op.id)
        if not self._busy_ops:
            self._hide_busy_cursor()
        try:
            if op.dropped:
                return
            if op.error is not None:
                if op.failed is not None:
                    op.failed(op.error)
                elif not isinstance(op.error, StoreLocked):
                    self.unhandled_error.emit(op.error)
                return
            if op.done is not None:
                op.done(op.result)
            changes = op.changes(op.result) if callable(op.changes) else op.changes
            if changes is not None and not changes.empty:
                self.changed.emit(changes)
        finally:
            self.finished.emit(op.id)
            if self._outstanding == 0:
                self.idle.emit()

    def _show_busy_cursor(self) -> None:
        if self._busy_ops and not self._cursor_on and QGuiApplication.instance() is not None:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            self._cursor_on = True

    def _hide_busy_cursor(self) -> None:
        self._busy_timer.stop()
        if self._cursor_on:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_on = False


def _user_error_types() -> tuple[type[BaseException], ...]:
    from fieldapp.domain.errors import UserError
    from fieldapp.progress import Cancelled

    return (UserError, Cancelled)
