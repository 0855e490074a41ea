"""Conflict table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base, JSONType


class Conflict(Base):
    """One field of one case: HQ's value was kept, the device's is stored beside it."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    hq_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    device_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    op_id: Mapped[str | None] = mapped_column(String(36))
    base_rev: Mapped[int] = mapped_column()
    hq_rev: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(200))
    # The reason as a message (id and parameters), for the device to word in its language.
    reason_id: Mapped[str | None] = mapped_column(String(80))
    reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[str | None] = mapped_column(String(10))
