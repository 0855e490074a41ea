"""The I/O executor (network calls, PDF rendering) and the bridge from it to the store thread.

DESIGN.md gives the desktop app two kinds of worker: the store executor (:mod:`ui.executor`, one
thread that owns the workspace) and an I/O executor for work that waits on the network or burns
CPU on plain data (rendering a PDF from a case document, rasterising its pages). The
:class:`IoExecutor` here is the second: a couple of daemon threads; like the store executor, a job's
result or error comes back to the GUI thread through a queued Qt signal and is handed to its
``done`` or ``failed`` callback there.

Some work needs both: a sync alternates short store steps (read a batch from the outbox, apply
HQ's answer) with network calls that can take seconds. Run whole on the store thread, it would
hold every other store operation behind the network; run on an I/O thread with the workspace
used directly, two threads would touch the database at once, which the design forbids.
:class:`StoreBridge` resolves this: code on an I/O thread asks for the store thread with
:meth:`StoreBridge.hold`; the request is queued on the store executor like any operation, and when
its turn comes the store thread *parks* (runs nothing else) while the I/O thread does its short
store step, then resumes. Store work therefore stays strictly one at a time and in submission
order with everything the screens do, and the network waits happen with the store thread free.
:class:`LeasedWorkspace` wraps this so that engines written against a
:class:`~fieldapp.store.workspace.Workspace` (``with ws.read() as s: …``) can run unchanged on an
I/O thread: each ``read()``/``write()`` block is one such store step.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

from fieldapp.logs import crash_summary
from ui.executor import StoreExecutor, StoreLocked, StoreThread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.security.keyfile import KeyFile
    from fieldapp.store.context import Actor, WriteContext

log = logging.getLogger("ui.background")

IO_WORKERS = 2
# A store step held by an I/O thread is a few database statements; if the I/O thread died in
# the middle, the store thread must not stay parked for ever.
MAX_HOLD_S = 300.0


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

        Call from the GUI thread. ``fn`` must not touch widgets or the workspace directly (use a
        :class:`StoreBridge` for store steps).
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


# --- the store thread, lent to an I/O thread for one short step -------------------------------

class _Ticket:
    """One request of an I/O thread for the store thread."""

    def __init__(self) -> None:
        self.parked = threading.Event()
        self.release = threading.Event()
        self.state: StoreThread | None = None
        self.error: BaseException | None = None

    def park(self, st: StoreThread) -> None:
        """Runs on the store thread: hand over, then wait until the I/O thread is done."""
        try:
            st.workspace  # noqa: B018 - raises StoreLocked when there is nothing to lend
        except BaseException as exc:
            self.error = exc
            self.parked.set()
            return
        self.state = st
        self.parked.set()
        if not self.release.wait(MAX_HOLD_S):
            log.error("a background store step did not finish in %.0f s; the store thread goes on",
                      MAX_HOLD_S)


class StoreBridge(QObject):
    """Lets code on an I/O thread run short store steps in turn with the store executor's work."""

    _request = Signal(object)
    """Internal: carries a :class:`_Ticket` from an I/O thread to the GUI thread, which queues it
    on the store executor (the executor is driven from the GUI thread only)."""

    def __init__(self, executor: StoreExecutor, parent: QObject | None = None):
        super().__init__(parent)
        self.executor = executor
        self._local = threading.local()
        self._closed = False
        self._request.connect(self._submit, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _submit(self, ticket: _Ticket) -> None:
        try:
            self.executor.submit(ticket.park, failed=lambda _e: None)
        except RuntimeError:  # the executor was shut down: the app is closing
            ticket.error = StoreLocked("the workspace is locked")
            ticket.parked.set()

    def close(self) -> None:
        """Refuse further requests (waiting ones give up with :class:`StoreLocked`)."""
        self._closed = True

    @contextlib.contextmanager
    def hold(self) -> Iterator[StoreThread]:
        """From an I/O thread: wait for the store thread, yield its state, then let it go on.

        Raises :class:`StoreLocked` when the workspace is locked. Re-entrant within one thread.
        Keep the block short and free of network calls: every store operation waits for it.
        """
        held = getattr(self._local, "state", None)
        if held is not None:
            yield held
            return
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("StoreBridge.hold() is for I/O threads; use the executor on the GUI thread")
        ticket = _Ticket()
        self._request.emit(ticket)
        while not ticket.parked.wait(0.2):
            if self._closed:
                raise StoreLocked("the workspace is locked")
        try:
            if ticket.error is not None:
                raise ticket.error
            assert ticket.state is not None
            self._local.state = ticket.state
            yield ticket.state
        finally:
            self._local.state = None
            ticket.release.set()


class LeasedWorkspace:
    """A stand-in for the unlocked :class:`~fieldapp.store.workspace.Workspace` on an I/O thread.

    It offers what the sync engine, enrolment and the bundle code use of a workspace; every
    access to the real one happens inside :meth:`StoreBridge.hold`, so each ``with
    ws.read()``/``with ws.write()`` block of those engines is one store step taken in turn with
    the store executor's other work. Locking the workspace in between makes the next step raise
    :class:`StoreLocked`.
    """

    def __init__(self, bridge: StoreBridge, root: Path):
        self._bridge = bridge
        self.root = Path(root)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session, in one store step."""
        with self._bridge.hold() as st, st.workspace.read() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[WriteContext]:
        """A write transaction, in one store step."""
        with self._bridge.hold() as st, st.workspace.write() as ctx:
            yield ctx

    def meta(self, key: str, default: Any = None) -> Any:
        """One meta value."""
        with self._bridge.hold() as st:
            return st.workspace.meta(key, default)

    @property
    def key_path(self) -> Path:
        """The key file."""
        from fieldapp.store.workspace import KEY_NAME

        return self.root / KEY_NAME

    @property
    def actor(self) -> Actor:
        """The unlocked officer and device."""
        with self._bridge.hold() as st:
            return st.workspace.actor

    @property
    def dek(self) -> bytes:
        """The data key (only while unlocked)."""
        with self._bridge.hold() as st:
            return st.workspace.dek

    @property
    def keyfile(self) -> KeyFile:
        """The key file as loaded at unlock."""
        with self._bridge.hold() as st:
            return st.workspace.keyfile

    @keyfile.setter
    def keyfile(self, value: KeyFile) -> None:
        with self._bridge.hold() as st:
            st.workspace.keyfile = value

    def close(self) -> None:
        """Lock the workspace (a remote wipe): the store thread drops it and its key."""
        with self._bridge.hold() as st:
            st.lock()


__all__ = ["IoExecutor", "LeasedWorkspace", "StoreBridge", "io_executor"]
