"""Opening the store: creating the workspace on first start, unlocking it, and the wait imposed
after wrong passphrases. See :mod:`ui.ops`.

Each of these adopts the opened workspace on the store thread, where it stays until it is locked;
the data key never leaves that thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.executor import Changes, StoreThread
from ui.ops import NO_CHANGES, Op, Outcome

OPENED = Changes(workspace=True)


@dataclass(frozen=True)
class CreatedWorkspace:
    """The workspace the first-run wizard created (it is open on the store thread)."""

    root: Path
    officer: str
    slot_id: str
    role: str
    language: str


@dataclass(frozen=True)
class UnlockOutcome:
    """What an unlock attempt gave: the officer on success, or the failures and wait."""

    ok: bool
    officer: str = ""
    slot_id: str = ""
    role: str = ""
    failures: int = 0
    wait_s: float = 0.0
    blocked: bool = False


def create_workspace(*, root: Path, officer: str, municipality: str, passphrase: str,
                     language: str) -> Op[CreatedWorkspace]:
    """Create the encrypted workspace at ``root`` for ``officer`` of ``municipality`` and keep it
    open (``language`` is the UI language chosen, handed back with the result)."""
    def run(st: StoreThread) -> Outcome[CreatedWorkspace]:
        from fieldapp.store.workspace import Workspace

        ws = Workspace.create(root, officer=officer, municipality=municipality, passphrase=passphrase)
        st.set_workspace(ws)
        return Outcome(CreatedWorkspace(root, ws.slot.officer, ws.slot.id, ws.actor.role, language),
                       OPENED)
    return run


def unlock(*, root: Path, passphrase: str, officer: str | None) -> Op[UnlockOutcome]:
    """Open the workspace at ``root`` with ``officer``'s passphrase (None: whichever slot it
    opens) and keep it open; a wrong passphrase or a wait still running changes nothing."""
    def run(st: StoreThread) -> Outcome[UnlockOutcome]:
        from fieldapp.security.keyfile import WrongPassphrase
        from fieldapp.store.workspace import LOCKOUT_NAME, Lockout, Workspace

        lockout = Lockout.load(root / LOCKOUT_NAME)
        remaining = lockout.wait_remaining()
        if remaining > 0:
            return Outcome(UnlockOutcome(False, failures=lockout.failures, wait_s=remaining, blocked=True))
        try:
            ws = Workspace.open(root, passphrase, officer=officer, wait=False)
        except WrongPassphrase:
            lockout = Lockout.load(root / LOCKOUT_NAME)
            return Outcome(UnlockOutcome(False, failures=lockout.failures, wait_s=lockout.wait_remaining()))
        st.set_workspace(ws)
        return Outcome(UnlockOutcome(True, officer=ws.slot.officer, slot_id=ws.slot.id, role=ws.actor.role),
                       OPENED)
    return run


def lockout_wait(*, root: Path) -> Op[float]:
    """How many seconds the next unlock of the workspace at ``root`` must wait (0: none)."""
    def run(_st: StoreThread) -> Outcome[float]:
        from fieldapp.store.workspace import LOCKOUT_NAME, Lockout

        return Outcome(Lockout.load(root / LOCKOUT_NAME).wait_remaining(), NO_CHANGES)
    return run


__all__ = ["CreatedWorkspace", "UnlockOutcome", "create_workspace", "lockout_wait", "unlock"]
