"""Progress and cancellation for long work (import, batch PDF, sync), shared across threads.

The worker calls :meth:`Progress.step` and :meth:`Progress.check`; the UI polls
:meth:`Progress.snapshot` on a timer and calls :meth:`Progress.cancel`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from fieldapp.messages import MessageCarrier


class Cancelled(MessageCarrier, Exception):
    """The person cancelled the work; everything it did was rolled back.

    Like a :class:`~fieldapp.domain.errors.UserError` it carries a message id (by default
    ``common.cancelled``) that each front end words in its language.
    """

    def __init__(self, message_id: str = "common.cancelled", /, **params: Any):
        super().__init__(message_id)
        self.id = message_id
        self.params = params


@dataclass(frozen=True)
class ProgressSnapshot:
    """A consistent reading of a :class:`Progress`."""

    done: int
    total: int
    phase: str
    cancelled: bool


class Progress:
    """Thread-safe counters of work done, with a cancel flag."""

    def __init__(self, total: int = 0, phase: str = ""):
        self._lock = threading.Lock()
        self._done = 0
        self._total = total
        self._phase = phase
        self._cancelled = threading.Event()

    def start(self, total: int, phase: str) -> None:
        """Begin a phase of ``total`` steps."""
        with self._lock:
            self._done, self._total, self._phase = 0, total, phase

    def step(self, n: int = 1) -> None:
        """Record ``n`` more steps done."""
        with self._lock:
            self._done += n

    def cancel(self) -> None:
        """Ask the worker to stop at its next check."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel was asked for."""
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancel was asked for."""
        if self._cancelled.is_set():
            raise Cancelled()

    def snapshot(self) -> ProgressSnapshot:
        """The current counters."""
        with self._lock:
            return ProgressSnapshot(self._done, self._total, self._phase, self._cancelled.is_set())
