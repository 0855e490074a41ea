"""API errors: every refusal carries a code and a one-line message saying what to do."""

from __future__ import annotations


class ApiError(Exception):
    """A refusal with an HTTP status; rendered as :class:`sync.protocol.messages.ErrorOut`."""

    def __init__(self, status: int, code: str, message: str, *, wipe: bool = False):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.wipe = wipe


def not_found(what: str = "case") -> ApiError:
    """The same answer whether the thing does not exist or is outside the caller's scope."""
    return ApiError(404, "not_found", f"No such {what} in your scope.")


def forbidden(message: str) -> ApiError:
    """The caller's role may not do this (to something they can see)."""
    return ApiError(403, "forbidden", message)


def conflict(message: str, code: str = "conflict") -> ApiError:
    """The request is well-formed but the state does not allow it."""
    return ApiError(409, code, message)


def invalid(message: str) -> ApiError:
    """The body is malformed or breaks a rule."""
    return ApiError(422, "invalid", message)
