"""Duplicate pairs at HQ: those a reviewer said are not the same household, and those the last
full pass found, which laptops are told."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String
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


class DuplicatePair(Base):
    """Two cases a full pass found may be one household (ids in order: ``case_id < other_id``).

    What laptops are told: each case's state carries its pairs, so a reviewer's queue counts a
    possible duplicate held in another municipality, which the laptop itself never holds. Kept by
    :func:`sync.server.duplicates.service.publish`; a dismissal removes its pair at once.
    """

    __tablename__ = "duplicate_pairs"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    # Indexed: a page of states looks pairs up by either case.
    other_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)
    found_at: Mapped[str] = mapped_column(String(40))
