"""Applied-op table: the idempotency record of every op HQ has answered."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base, JSONType


class AppliedOp(Base):
    """An op HQ has answered and its first result, returned unchanged on every replay."""

    __tablename__ = "applied_ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column()
    case_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(10))
    result: Mapped[dict[str, Any]] = mapped_column(JSONType)
    via: Mapped[str] = mapped_column(String(10))
    applied_at: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_applied_ops_device_seq", "device_id", "seq"),)
