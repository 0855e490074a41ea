"""Errors raised while decoding what arrives from the other side."""

from __future__ import annotations

from typing import Any

from fieldapp.messages import MessageCarrier


class ProtocolError(MessageCarrier, ValueError):
    """Bytes that are not a valid message: wrong encoding, too large, bad signature or schema.

    ``code`` is a short machine-readable reason; the message (an id and parameters, see
    :mod:`fieldapp.messages`) says it for people, ``str()`` in English.
    """

    def __init__(self, message_id: str, code: str = "malformed", /, **params: Any):
        super().__init__(message_id)
        self.id = message_id
        self.params = params
        self.code = code


class TooLarge(ProtocolError):
    """A body or bundle exceeds the size the protocol allows."""

    def __init__(self, message_id: str, /, **params: Any):
        super().__init__(message_id, "too_large", **params)
