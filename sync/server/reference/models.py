"""Reference-data table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from sync.server.db import Base, JSONType


class ReferenceEntry(Base):
    """One named piece of reference data with the version at which it last changed."""

    __tablename__ = "reference_data"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column()
    data: Mapped[Any] = mapped_column(JSONType)
    updated_at: Mapped[str] = mapped_column(String(40))
