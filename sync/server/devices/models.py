"""Device and enrolment-code tables."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base


class Device(Base):
    """An enrolled laptop: its public keys, its user, and whether it was revoked."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    short_id: Mapped[str] = mapped_column(String(8))
    workspace_id: Mapped[str] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(100), default="")
    sign_key: Mapped[str] = mapped_column(String(44))
    enc_key: Mapped[str] = mapped_column(String(44))
    enrolled_at: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[str | None] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))
    wipe_sent_at: Mapped[str | None] = mapped_column(String(40))
    cursor: Mapped[int] = mapped_column(default=0)
    ack_seq: Mapped[int] = mapped_column(default=0)


class EnrolCode(Base):
    """A single-use, expiring enrolment code; only its hash is stored."""

    __tablename__ = "enrol_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))
    used_at: Mapped[str | None] = mapped_column(String(40))
    device_id: Mapped[str | None] = mapped_column(String(36))
