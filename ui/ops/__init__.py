"""Store operations of the desktop app, one module per area.

An operation is a keyword-only factory: it takes plain values and returns the function that the
store executor runs on its thread. That function returns an :class:`Outcome`: what the operation
produced (plain data, never a database object) and the :class:`~ui.executor.Changes` it caused,
so the operation itself, not the widget that asked for it, says which screens must refresh.
Widgets hand an operation to :func:`submit`, which delivers the result to their ``done``
callback on the GUI thread and broadcasts the changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ui.executor import Changes, StoreExecutor, StoreThread

T = TypeVar("T")

NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a store operation produced and what it changed in the store."""

    result: T
    changes: Changes = NO_CHANGES


Op = Callable[[StoreThread], Outcome[T]]
"""The function a factory returns, run on the store thread."""


def submit(executor: StoreExecutor, op: Op[T], *, done: Callable[[T], None] | None = None,
           failed: Callable[[BaseException], None] | None = None, supersede: str | None = None,
           busy_cursor: bool = False, pause_gc: bool = False) -> int:
    """Run ``op`` on the store thread; ``done(result)`` runs on the GUI thread, then the changes
    are broadcast on :attr:`StoreExecutor.changed`. Returns the operation's id.

    The other arguments are those of :meth:`StoreExecutor.submit`.
    """
    def deliver(outcome: Outcome[T]) -> None:
        if done is not None:
            done(outcome.result)

    return executor.submit(op, done=deliver, failed=failed, changes=_changes_of,
                           supersede=supersede, busy_cursor=busy_cursor, pause_gc=pause_gc)


def _changes_of(outcome: Outcome[Any]) -> Changes:
    return outcome.changes


__all__ = ["NO_CHANGES", "Op", "Outcome", "submit"]
