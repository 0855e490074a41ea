"""Imported-bundle table: makes a replayed bundle recognisable."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base, JSONType


class ImportedBundle(Base):
    """A bundle HQ has seen: applied (with its acknowledgement's id) or quarantined."""

    __tablename__ = "imported_bundles"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[str] = mapped_column(String(40))
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36))
    quarantined: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[dict[str, Any]] = mapped_column(JSONType)
