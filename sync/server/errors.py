"""API errors: every refusal carries a code and a message (id and parameters) saying what to do.

The message is rendered in English for the reply's ``message`` and for logs; a device renders
``id`` and ``params`` in its own language, and ``fieldapp-hq`` in the language it was given.
"""

from __future__ import annotations

from typing import Any

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.messages import Message, MessageCarrier


class ApiError(MessageCarrier, Exception):
    """A refusal with an HTTP status; rendered as :class:`sync.protocol.messages.ErrorOut`."""

    def __init__(self, status: int, code: str, message_id: str, /, *, wipe: bool = False, **params: Any):
        super().__init__(message_id)
        self.status = status
        self.code = code
        self.id = message_id
        self.params = params
        self.wipe = wipe


def not_found(message_id: str = "hq.not_found.case", /, **params: Any) -> ApiError:
    """The same answer whether the thing does not exist or is outside the caller's scope."""
    return ApiError(404, "not_found", message_id, **params)


def forbidden(message_id: str, /, **params: Any) -> ApiError:
    """The caller's role may not do this (to something they can see)."""
    return ApiError(403, "forbidden", message_id, **params)


def conflict(message_id: str, /, code: str = "conflict", **params: Any) -> ApiError:
    """The request is well-formed but the state does not allow it."""
    return ApiError(409, code, message_id, **params)


def invalid(message_id: str, /, **params: Any) -> ApiError:
    """The body is malformed or breaks a rule."""
    return ApiError(422, "invalid", message_id, **params)


def message_of(exc: BaseException) -> Message:
    """What ``exc`` says, as a message that can cross the network and be worded anywhere.

    A :class:`ValidationError` becomes its first problem (record, field, what is wrong, allowed
    codes) and how many more there are, worded exactly as :meth:`ValidationError.render` words it.
    """
    if isinstance(exc, ValidationError):
        if not exc.problems:
            return Message("common.invalid_data")
        first = problem_message(exc.problems[0])
        more = len(exc.problems) - 1
        return first if more <= 0 else Message("common.more_problems", {"first": first, "more": more})
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    # An exception without a message id: its own words are all there is to pass on.
    return Message("hq.detail", {"text": str(exc)})


def problem_message(problem: Problem) -> Message:
    """One :class:`Problem` as a single message (see :meth:`Problem.render`)."""
    record: Any = problem.where if problem.where is not None else problem.record
    if record and problem.field:
        where: Any = Message("hq.problem_at_field", {"record": record, "path": problem.field})
    elif record:
        where = Message("hq.problem_at", {"record": record})
    elif problem.field:
        where = Message("hq.problem_field", {"path": problem.field})
    else:
        where = ""
    allowed: Any = Message("common.problem_allowed", {"codes": list(problem.allowed)}) if problem.allowed else ""
    return Message("common.problem", {"where": where, "text": problem.message, "allowed": allowed})
