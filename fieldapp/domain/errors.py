"""Errors a person can cause, carried as data so each front end can word them in its language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where (record, field), what, and what would be allowed."""

    record: str
    field: str
    message: str
    allowed: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"{self.record}: " if self.record else ""
        field = f"{self.field}: " if self.field else ""
        allowed = f" (allowed: {', '.join(self.allowed)})" if self.allowed else ""
        return f"{where}{field}{self.message}{allowed}"


class UserError(Exception):
    """A mistake of input or situation; ``str()`` is a one-line message that says what to do."""


class ValidationError(UserError):
    """A record (or a file of records) breaks the interchange format or the code lists."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)
