"""Every message a person reads, as an id with parameters, worded in four languages.

Code that can fail in a way a person causes raises :class:`~fieldapp.domain.errors.UserError`
with a message id and parameters, never finished English text. This package holds the one
catalogue (``catalogue/``, Qt-free data, one module per area) and :func:`render`, which the
command line, the desktop app and HQ all call with the language their user chose:
``en``, ``sq``, ``sr-Latn`` or ``sr-Cyrl`` (derived from Serbian Latin unless an entry gives its
own Cyrillic).

Placeholders are ``{name}`` or ``{name:spec}``; see :mod:`fieldapp.messages.format` for the specs.
"""

from __future__ import annotations

from fieldapp.messages.core import (
    LANGS,
    Message,
    MessageCarrier,
    MessageLike,
    entry,
    message_ids,
    normalise_language,
    render,
    render_text,
)

__all__ = ["LANGS", "Message", "MessageCarrier", "MessageLike", "entry", "message_ids", "normalise_language", "render",
           "render_text"]
