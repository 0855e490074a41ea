"""Errors raised while decoding what arrives from the other side."""

from __future__ import annotations


class ProtocolError(ValueError):
    """Bytes that are not a valid message: wrong encoding, too large, bad signature or schema.

    ``code`` is a short machine-readable reason; ``str()`` is a one-line message for people.
    """

    def __init__(self, message: str, code: str = "malformed"):
        super().__init__(message)
        self.code = code


class TooLarge(ProtocolError):
    """A body or bundle exceeds the size the protocol allows."""

    def __init__(self, message: str):
        super().__init__(message, "too_large")
