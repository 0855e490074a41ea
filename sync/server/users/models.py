"""User tables."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base


class User(Base):
    """A person who uses HQ or an enrolled device; ``role`` decides what they may do."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[str] = mapped_column(String(40))
    disabled: Mapped[bool] = mapped_column(default=False)


class UserMunicipality(Base):
    """A municipality a user works in (their scope)."""

    __tablename__ = "user_municipalities"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(4), primary_key=True)
