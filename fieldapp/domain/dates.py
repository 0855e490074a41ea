"""Partial dates as field work records them: a year, a year and month, or a full date."""

from __future__ import annotations

import datetime as dt
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str, *, earliest_year: int = 1900,
                       today: dt.date | None = None) -> str:
    """Check ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and return it unchanged; raise ValueError.

    The date must exist and may not lie in the future.
    """
    m = _PARTIAL.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    today = today or dt.date.today()
    if year < earliest_year:
        raise ValueError(f"year {year} is before {earliest_year}")
    try:
        if day:
            first = dt.date(year, int(month or 1), int(day))
        elif month:
            first = dt.date(year, int(month), 1)
        else:
            first = dt.date(year, 1, 1)
    except ValueError:
        raise ValueError(f"'{value}' is not a date in the calendar") from None
    if first > today:
        raise ValueError(f"'{value}' is in the future")
    return value.strip()


def parse_full_date(value: str, *, allow_future: bool = False) -> str:
    """Check a full ISO date ``YYYY-MM-DD`` and return it; raise ValueError."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value.strip()):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        d = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a date in the calendar") from None
    if not allow_future and d > dt.date.today():
        raise ValueError(f"'{value}' is in the future")
    return d.isoformat()
