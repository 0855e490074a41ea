"""Draft operations: the editor's autosaved forms, kept encrypted in the workspace until the case
is saved or the officer discards them. See :mod:`ui.ops`."""

from __future__ import annotations

from typing import Any

from fieldapp.store import drafts
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome

DRAFTS_CHANGED = Changes(drafts=True)


def save_draft(*, key: str, state: dict[str, Any], case_id: str | None) -> Op[str]:
    """Write the form ``state`` as the draft ``key`` (of case ``case_id``, None for a new
    case); gives the key."""
    def run(st: StoreThread) -> Outcome[str]:
        with st.workspace.write() as ctx:
            drafts.save_draft(ctx, key, state, case_id=case_id)
        return Outcome(key, DRAFTS_CHANGED)
    return run


def discard_drafts(*, keys: list[str]) -> Op[None]:
    """Drop the drafts ``keys`` (those already gone are skipped)."""
    def run(st: StoreThread) -> Outcome[None]:
        with st.workspace.write() as ctx:
            for key in keys:
                drafts.discard_draft(ctx, key)
        return Outcome(None, DRAFTS_CHANGED)
    return run


def list_drafts(*, officer: str) -> Op[list[dict[str, Any]]]:
    """The drafts ``officer`` left unsaved: key, case id (None for a new case), form state and
    when it was written."""
    def run(st: StoreThread) -> Outcome[list[dict[str, Any]]]:
        with st.workspace.read() as s:
            found = [{"key": d.key, "case_id": d.case_id, "payload": d.payload, "updated_at": d.updated_at}
                     for d in drafts.list_drafts(s, officer)]
        return Outcome(found)
    return run
