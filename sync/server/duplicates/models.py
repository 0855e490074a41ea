"""Duplicate dismissals: pairs of cases a person at HQ said are not the same household."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base


class DuplicateDismissal(Base):
    """Two cases that are not the same household (ids in order: ``case_id < other_id``).

    A dismissed pair is never listed as a possible duplicate again, however it scores.
    """

    __tablename__ = "duplicate_dismissals"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    # Indexed: the pass looks dismissals up by either case of the pairs it found.
    other_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[str] = mapped_column(String(40))
