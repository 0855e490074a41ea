"""The I/O executor (network calls, PDF rendering) and the store steps its jobs take on the store thread.

DESIGN.md gives the desktop app two kinds of worker: the store executor (:mod:`ui.executor`, one
thread that owns the workspace) and an I/O executor for work that waits on the network or burns
CPU on plain data (rendering a PDF from a case document, rasterising its pages). The
:class:`IoExecutor` here is the second: a couple of daemon threads; like the store executor, a job's
result or error comes back to the GUI thread through a queued Qt signal and is handed to its
``done`` or ``failed`` callback there.

Some work needs both: a sync or an enrolment alternates short store steps (read a batch from
the outbox, apply HQ's answer) with network calls that can take seconds. Run whole on the store
thread, it would hold every other store operation behind the network; it runs on an I/O thread
instead and reaches the workspace through :class:`ExecutorSteps`, the desktop's
:class:`~sync.engine.steps.StoreSteps`: each step is queued on the store executor as an ordinary
operation, in turn with everything the screens do, and the I/O thread waits for its result. So
every SQL statement runs on the store thread, the data key never leaves it, and the network waits
happen with the store thread free.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

from fieldapp.logs import crash_summary
from ui.executor import StoreExecutor, StoreLocked, StoreThread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.store.context import WriteContext
    from fieldapp.store.workspace import Workspace

log = logging.getLogger("ui.background")
T = TypeVar("T")

IO_WORKERS = 2


@dataclass
class _Job:
    id: int
    fn: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    result: Any = None
    error: BaseException | None = None


class IoExecutor(QObject):
    """Runs network calls and PDF rendering on worker threads; results return on the GUI thread."""

    finished = Signal(int)
    """Emitted on the GUI thread when the job with this id has delivered its result or error."""

    idle = Signal()
    """Emitted on the GUI thread when no job is queued or running any more."""

    _deliver = Signal(object)
    """Internal: carries a finished job from a worker thread to the GUI thread (queued)."""

    def __init__(self, workers: int = IO_WORKERS, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._outstanding = 0  # GUI-thread view: submitted, not yet delivered
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        # Daemon threads: a sync waiting on a dead network must not keep the app from quitting.
        self._threads = [threading.Thread(target=self._run, name=f"fieldapp-io-{i}", daemon=True)
                         for i in range(workers)]
        for t in self._threads:
            t.start()

    def submit(self, fn: Callable[[], Any], *, done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], None] | None = None) -> int:
        """Run ``fn()`` on an I/O thread; ``done(result)`` or ``failed(error)`` run on the GUI thread.

        Call from the GUI thread. ``fn`` must not touch widgets or the workspace directly (use
        :class:`ExecutorSteps` for store steps).
        """
        job = _Job(next(self._ids), fn, done, failed)
        self._outstanding += 1
        self._jobs.put(job)
        return job.id

    @property
    def pending(self) -> int:
        """Jobs submitted whose results have not been delivered yet."""
        return self._outstanding

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Process events until every submitted job is delivered (tests, shutdown)."""
        deadline = time.monotonic() + timeout_ms / 1000
        app = QCoreApplication.instance()
        while self._outstanding and time.monotonic() < deadline:
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return self._outstanding == 0

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job.result = job.fn()
            except BaseException as exc:  # delivered to the GUI thread; never kills the worker
                job.error = exc
                if not _is_user_error(exc):
                    log.error("background job failed: %s", crash_summary(exc))
            self._deliver.emit(job)

    @Slot(object)
    def _on_deliver(self, job: _Job) -> None:
        self._outstanding -= 1
        try:
            if job.error is not None:
                if job.failed is not None:
                    job.failed(job.error)
                else:
                    log.warning("background job %d failed with nobody to tell", job.id)
            elif job.done is not None:
                job.done(job.result)
        finally:
            self.finished.emit(job.id)
            if self._outstanding == 0:
                self.idle.emit()


def _is_user_error(exc: BaseException) -> bool:
    from fieldapp.domain.errors import UserError
    from fieldapp.progress import Cancelled

    return isinstance(exc, UserError | Cancelled | StoreLocked)


_shared: IoExecutor | None = None


def io_executor() -> IoExecutor:
    """The app's I/O executor (one per process, created on first use, lives as long as the app)."""
    global _shared
    if _shared is None:
        _shared = IoExecutor(parent=QCoreApplication.instance())
    return _shared


# --- store steps of an I/O job, each run as an operation on the store thread -----------------

class _Step:
    """One store step asked for by an I/O thread, and its outcome."""

    def __init__(self, fn: Callable[[StoreThread], Any]):
        self.fn = fn
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._state = "queued"  # then "running" (the store thread took it) or "dropped"

    def run(self, st: StoreThread) -> None:
        """Runs on the store thread, as one operation; the outcome goes to the waiting thread."""
        with self._lock:
            if self._state != "queued":
                return
            self._state = "running"
        try:
            self.result = self.fn(st)
        except BaseException as exc:  # raised again on the I/O thread, which reports it
            self.error = exc
        finally:
            self.finished.set()

    def drop(self) -> bool:
        """Give up a step the store thread has not started; whether it was given up."""
        with self._lock:
            if self._state == "queued":
                self._state = "dropped"
                return True
            return False

    def fail(self, exc: BaseException) -> None:
        """End a step that could not be queued."""
        self.error = exc
        self.finished.set()


class ExecutorSteps(QObject):
    """Store steps for code on an I/O thread (the sync engine, enrolment), run on the store thread.

    Each :meth:`read`/:meth:`write` call queues one ordinary operation on the store executor,
    in submission order with the screens' work, waits until the store thread has run it, and
    returns its result or raises its error. A step that finds the workspace locked raises
    :class:`StoreLocked` and changes nothing. After :meth:`close` (or when the executor is shut
    down), steps not yet started fail with :class:`StoreLocked` too.
    """

    _request = Signal(object)
    """Internal: carries a :class:`_Step` from an I/O thread to the GUI thread, which queues it
    on the store executor (the executor is driven from the GUI thread only)."""

    def __init__(self, executor: StoreExecutor, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.executor = executor
        self._root = Path(root)
        self._home = threading.get_ident()
        self._closed = threading.Event()
        # Without this object nothing would queue a waiting step: the waiting thread gives up.
        closed = self._closed
        self.destroyed.connect(lambda *_a: closed.set())
        self._request.connect(self._submit, Qt.ConnectionType.QueuedConnection)

    @property
    def root(self) -> Path:
        """The workspace folder (read when the job started)."""
        return self._root

    def read(self, fn: Callable[[Session], T], /) -> T:
        """Run ``fn`` with a read-only session on the store thread; return its result."""
        def step(st: StoreThread) -> T:
            with st.workspace.read() as session:
                return fn(session)
        return self._run(step)

    def write(self, fn: Callable[[WriteContext], T], /) -> T:
        """Run ``fn`` in one write transaction on the store thread; return its result."""
        def step(st: StoreThread) -> T:
            with st.workspace.write() as ctx:
                return fn(ctx)
        return self._run(step)

    def write_keys(self, fn: Callable[[WriteContext, Workspace], T], /) -> T:
        """Run ``fn`` in one write transaction on the store thread, with the workspace for its keys."""
        def step(st: StoreThread) -> T:
            ws = st.workspace
            with ws.write() as ctx:
                return fn(ctx, ws)
        return self._run(step)

    def lock(self) -> None:
        """Lock the workspace on the store thread (a remote wipe); nothing to do if it is locked."""
        with contextlib.suppress(StoreLocked):
            self._run(lambda st: st.lock())

    def close(self) -> None:
        """Refuse further steps (those waiting to start give up with :class:`StoreLocked`)."""
        self._closed.set()

    def _run(self, fn: Callable[[StoreThread], T]) -> T:
        if threading.get_ident() == self._home:
            # The step is queued through this thread's event loop: waiting here would never end.
            raise RuntimeError("store steps are for I/O threads; submit an operation instead")
        if self._closed.is_set():
            raise StoreLocked("the workspace is locked")
        step = _Step(fn)
        self._request.emit(step)
        while not step.finished.wait(0.2):
            if self._closed.is_set() and step.drop():
                raise StoreLocked("the workspace is locked")
        if step.error is not None:
            raise step.error
        return cast("T", step.result)

    @Slot(object)
    def _submit(self, step: _Step) -> None:
        try:
            self.executor.submit(step.run)
        except RuntimeError:  # the executor was shut down: the app is closing
            step.fail(StoreLocked("the workspace is locked"))


__all__ = ["ExecutorSteps", "IoExecutor", "io_executor"]
