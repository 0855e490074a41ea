"""One "Sync now": the sync engine on the I/O executor, its store steps on the store thread.

The engine (:func:`sync.engine.sync.run_sync`) alternates short store steps with HTTPS calls to
HQ. It runs here on the I/O executor with :class:`~ui.background.ExecutorSteps`: each of its
store steps is queued as an operation on the store thread and waited for (see
:mod:`ui.background`), so the network waits never hold up the officer's store work, and every
SQL statement runs on the store thread. Locking the workspace stops the sync at its next step
(:class:`~ui.executor.StoreLocked`). Progress comes from the engine's
:class:`~fieldapp.progress.Progress` (phases ``push``: ops, ``pull``: cases) and its byte counters,
polled on a timer; Cancel stops the engine between batches, and whatever HQ has already
confirmed stays confirmed.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldapp.progress import Cancelled, Progress
from ui.background import ExecutorSteps, IoExecutor, io_executor
from ui.executor import StoreExecutor, StoreLocked
from ui.ops import submit
from ui.ops import sync as sync_ops

POLL_MS = 100


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync is: phase (``push``, ``pull`` or ``prepare``), counts, bytes."""

    phase: str
    done: int
    total: int
    batch: int
    batches: int
    bytes_sent: int
    bytes_received: int
    cancelling: bool


@dataclass(frozen=True)
class SyncOutcome:
    """How a sync ended: the engine's report (as ``fieldapp sync --json`` prints it), or an
    error, or cancelled, or stopped because the workspace was locked."""

    report: dict[str, Any] | None = None
    error: BaseException | None = None
    cancelled: bool = False
    locked: bool = False

    @property
    def ok(self) -> bool:
        """Whether the sync completed."""
        return self.report is not None


class SyncRun(QObject):
    """Runs one sync in the background and reports its progress and its end."""

    progressed = Signal(object)
    """Emitted on the GUI thread while the sync runs, when its progress changed; carries a
    :class:`SyncProgress`."""

    finished = Signal(object)
    """Emitted on the GUI thread when the sync ended (completed, failed, cancelled or stopped by
    a lock); carries the :class:`SyncOutcome`."""

    def __init__(self, executor: StoreExecutor, *, io: IoExecutor | None = None,
                 batch_size: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.executor = executor
        self.io = io or io_executor()
        self.batch_size = batch_size
        self.progress = Progress()
        self._steps: ExecutorSteps | None = None
        self._engine: Any = None
        self._running = False
        self._last: SyncProgress | None = None
        self._sent = 0
        self._received = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._report_progress)

    @property
    def running(self) -> bool:
        """Whether the sync is under way."""
        return self._running

    def start(self) -> None:
        """Start the sync (the workspace's folder is read first, on the store thread)."""
        if self._running:
            return
        self._running = True
        self.progress = Progress()
        self._sent = self._received = 0
        self._poll.start()
        submit(self.executor, sync_ops.workspace_folder(), done=self._launch, failed=self._failed)

    def cancel(self) -> None:
        """Stop after the batch or page in flight (what HQ confirmed stays confirmed)."""
        if self._running:
            self.progress.cancel()
            self._report_progress()

    def _launch(self, root: Path) -> None:
        if self.progress.cancelled:
            self._end(SyncOutcome(cancelled=True))
            return
        steps = self._steps = ExecutorSteps(self.executor, root, self)
        progress = self.progress
        batch_size = self.batch_size

        def job() -> dict[str, Any]:
            from sync.engine.sync import SyncEngine, run_sync

            def adopt(engine: SyncEngine) -> None:
                if batch_size:
                    engine.batch_size = batch_size
                self._engine = engine

            return run_sync(steps, progress=progress, on_engine=adopt).to_json()

        self.io.submit(job, done=lambda report: self._end(SyncOutcome(report=report)),
                       failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._end(SyncOutcome(cancelled=True))
        elif isinstance(exc, StoreLocked):
            self._end(SyncOutcome(locked=True))
        else:
            self._end(SyncOutcome(error=exc))

    def _end(self, outcome: SyncOutcome) -> None:
        if outcome.report is not None:
            # The engine's connection is closed by now; its report holds the final byte counts.
            self._sent = int(outcome.report.get("bytes_sent") or self._sent)
            self._received = int(outcome.report.get("bytes_received") or self._received)
        self._report_progress()
        self._running = False
        self._poll.stop()
        if self._steps is not None:
            self._steps.close()
            self._steps.deleteLater()
            self._steps = None
        self._engine = None
        # Cases, counts and conflicts may all have changed, even in a sync that stopped half-way:
        # every screen that shows them refreshes, through the executor's usual broadcast.
        if not outcome.locked:
            with contextlib.suppress(RuntimeError):  # the app is closing: nothing left to refresh
                submit(self.executor, sync_ops.after_sync(), failed=lambda _e: None)
        self.finished.emit(outcome)

    def snapshot(self) -> SyncProgress:
        """The progress now."""
        snap = self.progress.snapshot()
        engine = self._engine
        size = int(getattr(engine, "batch_size", 0) or 500)
        batches = -(-snap.total // size) if snap.phase == "push" and snap.total else 0
        batch = min(batches, snap.done // size + 1) if batches else 0
        # The counters live on the engine's HTTP client, which goes when the engine closes.
        self._sent = max(self._sent, int(getattr(engine, "bytes_sent", 0) or 0))
        self._received = max(self._received, int(getattr(engine, "bytes_received", 0) or 0))
        return SyncProgress(
            phase=snap.phase or "prepare", done=snap.done, total=snap.total, batch=batch,
            batches=batches, bytes_sent=self._sent, bytes_received=self._received,
            cancelling=snap.cancelled)

    def _report_progress(self) -> None:
        current = self.snapshot()
        if current != self._last:
            self._last = current
            self.progressed.emit(current)


__all__ = ["SyncOutcome", "SyncProgress", "SyncRun"]
