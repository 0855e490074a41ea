"""Partial dates as field work records them: a year, a year and month, or a full date."""

from __future__ import annotations

import datetime as dt
import re

from fieldapp.domain.errors import UserError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateError(UserError, ValueError):
    """A date that is not written as asked, not in the calendar or not allowed.

    A :class:`ValueError` for callers that only check validity; its message id and parameters
    let a problem list word it in the reader's language (see ``domain.date.*``).
    """


def parse_partial_date(value: str, *, earliest_year: int = 1900,
                       today: dt.date | None = None) -> str:
    """Check ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and return it unchanged; raise DateError.

    The date must exist and may not lie in the future.
    """
    m = _PARTIAL.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise DateError("domain.date.partial_format")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    today = today or dt.date.today()
    if year < earliest_year:
        # Years are passed as text: a year is never written with a thousands separator.
        raise DateError("domain.date.year_too_early", year=str(year), earliest=str(earliest_year))
    try:
        if day:
            first = dt.date(year, int(month or 1), int(day))
        elif month:
            first = dt.date(year, int(month), 1)
        else:
            first = dt.date(year, 1, 1)
    except ValueError:
        raise DateError("domain.date.not_in_calendar", value=value) from None
    if first > today:
        raise DateError("domain.date.future", value=value)
    return value.strip()


def parse_full_date(value: str, *, allow_future: bool = False) -> str:
    """Check a full ISO date ``YYYY-MM-DD`` and return it; raise DateError."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value.strip()):
        raise DateError("domain.date.full_format")
    try:
        d = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise DateError("domain.date.not_in_calendar", value=value) from None
    if not allow_future and d > dt.date.today():
        raise DateError("domain.date.future", value=value)
    return d.isoformat()
