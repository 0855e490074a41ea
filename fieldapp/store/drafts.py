"""Editor drafts: the unsaved state of an open case form, autosaved inside the encrypted store.

The desktop editor saves its form here every few seconds and on every field change, so a crash
or a power cut loses at most the field being typed; at the next unlock the officer is offered
the draft back. A draft is local working state: it is not a change to the case, so it writes no
outbox op and no audit event, and it is dropped once the case is saved or the officer discards
it. Drafts live only in the encrypted database (never in a temp file), and each belongs to the
officer who typed it, so another officer unlocking a shared laptop is not offered it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldapp.store.context import WriteContext, utc_now
from fieldapp.store.models import Draft

MAX_KEY = 80


@dataclass(frozen=True)
class DraftInfo:
    """One stored draft: its key, owner, the case it edits (None for a new case) and content."""

    key: str
    officer: str
    case_id: str | None
    payload: dict[str, Any]
    updated_at: str


def _info(row: Draft) -> DraftInfo:
    return DraftInfo(row.key, row.officer, row.case_id, dict(row.payload), row.updated_at)


def save_draft(ctx: WriteContext, key: str, payload: dict[str, Any], *,
               case_id: str | None = None) -> DraftInfo:
    """Store (or replace) the draft ``key`` of the acting officer; returns what was stored."""
    if not key or len(key) > MAX_KEY:
        raise ValueError(f"a draft key is 1 to {MAX_KEY} characters")
    now = utc_now()
    ctx.session.merge(Draft(key=key, officer=ctx.actor.officer, case_id=case_id,
                            payload=payload, updated_at=now))
    return DraftInfo(key, ctx.actor.officer, case_id, payload, now)


def load_draft(s: Session, key: str) -> DraftInfo | None:
    """The draft ``key``, or None when there is none."""
    row = s.get(Draft, key)
    return _info(row) if row is not None else None


def list_drafts(s: Session, officer: str) -> list[DraftInfo]:
    """The drafts ``officer`` left behind, newest first."""
    rows = s.execute(select(Draft).where(Draft.officer == officer)
                     .order_by(Draft.updated_at.desc(), Draft.key)).scalars()
    return [_info(r) for r in rows]


def discard_draft(ctx: WriteContext, key: str) -> bool:
    """Drop the draft ``key``; returns whether there was one."""
    result = ctx.session.execute(delete(Draft).where(Draft.key == key))
    return bool(getattr(result, "rowcount", 0))
