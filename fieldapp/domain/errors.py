"""Errors a person can cause, carried as data so each front end can word them in its language.

A :class:`UserError` holds a message id and parameters (see :mod:`fieldapp.messages`);
``str()`` gives the English wording for logs of the developer's own tests, and
``render(lang)`` the wording a person reads. A :class:`Problem` is one thing wrong with one
record of an import or an edit, carried the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from fieldapp.messages import Message, MessageCarrier, render


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where (record, field), what (id, params), what is allowed.

    ``record`` names the record for machines and JSON (``line 4``, a case number); ``where``,
    when given, is how a person reads it in their language.
    """

    record: str
    field: str
    id: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)
    allowed: tuple[str, ...] = ()
    where: Message | None = None

    @property
    def message(self) -> Message:
        """What is wrong, without the record and field."""
        return Message(self.id, self.params)

    def render(self, lang: str, *, with_record: bool = True) -> str:
        """The whole problem in ``lang``: record, field label, what is wrong, allowed codes."""
        parts: list[str | Message] = []
        if with_record and (self.where is not None or self.record):
            parts.append(render(self.where, lang) if self.where is not None else self.record)
        if self.field:
            parts.append(Message("common.problem_field", {"path": self.field}))
        where = "".join(f"{render(p, lang) if isinstance(p, Message) else p}: " for p in parts)
        allowed = render(Message("common.problem_allowed", {"codes": list(self.allowed)}), lang) if self.allowed else ""
        return render(Message("common.problem", {"where": where, "text": self.message, "allowed": allowed}), lang)

    def text(self, lang: str = "en") -> str:
        """What is wrong in ``lang``, without record, field or allowed codes."""
        return render(self.message, lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The problem for ``--json`` output and the import pipe."""
        return {"record": self.record, "field": self.field, "message": self.text(lang),
                "id": self.id, "params": self.message.to_json()["params"], "allowed": list(self.allowed),
                "where": self.where.to_json() if self.where is not None else None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Problem:
        """The problem :meth:`to_json` wrote."""
        where = data.get("where")
        return cls(str(data["record"]), str(data["field"]), str(data["id"]),
                   Message.from_json({"id": data["id"], "params": data.get("params") or {}}).params,
                   tuple(data.get("allowed") or ()), Message.from_json(where) if where else None)

    def __str__(self) -> str:
        return self.render("en")


class UserError(MessageCarrier, Exception):
    """A mistake of input or situation, as a message id and parameters that say what to do."""

    def __init__(self, message_id: str, /, **params: Any):
        super().__init__(message_id)
        self.id = message_id
        self.params = params


class ValidationError(UserError):
    """A record (or a file of records) breaks the interchange format or the code lists."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("common.invalid_data")

    def render(self, lang: str) -> str:
        """The first problem in ``lang``, and how many more there are."""
        if not self.problems:
            return render(Message("common.invalid_data"), lang)
        first = self.problems[0].render(lang)
        more = len(self.problems) - 1
        if more <= 0:
            return first
        return render(Message("common.more_problems", {"first": first, "more": more}), lang)
