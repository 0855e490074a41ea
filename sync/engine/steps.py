"""Store steps: how the sync engine and enrolment reach the workspace, one short step at a time.

A sync alternates short store work (read a batch from the outbox, apply HQ's answer to it) with
network calls that can take seconds. The engine never holds a session across a network call:
each piece of store work is a function handed to a :class:`StoreSteps`, which runs it where the
workspace lives and hands back its result, or raises its error. On the command line that is the
calling thread (:class:`WorkspaceSteps` over the unlocked workspace); in the desktop app it is
the store thread, each step queued there as an ordinary store operation while the engine waits
on an I/O thread, so no SQL ever runs anywhere else and the data key never leaves that thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from fieldapp.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.store.context import WriteContext

T = TypeVar("T")


class StoreSteps(Protocol):
    """Runs short units of store work where the unlocked workspace lives.

    Each call is one step: it runs ``fn`` to the end and returns its result or raises its
    error. A step that finds the workspace locked fails (on the desktop with ``StoreLocked``)
    and changes nothing.
    """

    @property
    def root(self) -> Path:
        """The workspace folder (known without touching the store)."""
        ...

    def read(self, fn: Callable[[Session], T], /) -> T:
        """Run ``fn`` with a read-only session (one consistent snapshot); return its result."""
        ...

    def write(self, fn: Callable[[WriteContext], T], /) -> T:
        """Run ``fn`` in one write transaction: committed if it returns, rolled back if it raises."""
        ...

    def write_keys(self, fn: Callable[[WriteContext, Workspace], T], /) -> T:
        """Like :meth:`write`, for a step that also changes the key file.

        ``fn`` gets the unlocked workspace as well (its data key, key file and paths), on the
        thread that owns it. It saves the key file inside the transaction, so that a key file
        that cannot be written rolls the transaction back.
        """
        ...

    def lock(self) -> None:
        """Lock the workspace: close its connections and drop the data key from memory."""
        ...


class WorkspaceSteps:
    """Store steps run at once on the calling thread, over an unlocked workspace (command line)."""

    def __init__(self, ws: Workspace):
        self.ws = ws

    @property
    def root(self) -> Path:
        """The workspace folder."""
        return Path(self.ws.root)

    def read(self, fn: Callable[[Session], T], /) -> T:
        """Run ``fn`` with a read-only session."""
        with self.ws.read() as session:
            return fn(session)

    def write(self, fn: Callable[[WriteContext], T], /) -> T:
        """Run ``fn`` in one write transaction."""
        with self.ws.write() as ctx:
            return fn(ctx)

    def write_keys(self, fn: Callable[[WriteContext, Workspace], T], /) -> T:
        """Run ``fn`` in one write transaction, with the workspace for its keys."""
        with self.ws.write() as ctx:
            return fn(ctx, self.ws)

    def lock(self) -> None:
        """Close the workspace."""
        self.ws.close()


def store_steps(store: StoreSteps | Workspace) -> StoreSteps:
    """``store`` as store steps: an unlocked workspace is used directly, on the calling thread."""
    return WorkspaceSteps(store) if isinstance(store, Workspace) else store


__all__ = ["StoreSteps", "WorkspaceSteps", "store_steps"]
