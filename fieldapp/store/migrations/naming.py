"""What schema comparison looks at: not the search index, which SQLite's FTS5 manages itself."""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave out ``case_fts`` and its shadow tables."""
    del parent_names
    return not (type_ == "table" and name is not None and name.startswith("case_fts"))
