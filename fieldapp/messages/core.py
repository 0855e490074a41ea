"""Messages as data and their rendering in a language."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

LANGS = ("en", "sq", "sr-Latn", "sr-Cyrl")
_SOURCE_LANGS = ("en", "sq", "sr-Latn")


@dataclass(frozen=True)
class Message:
    """A message id with its parameters; JSON-friendly so it can cross a pipe or the network."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """``{"id": …, "params": …}`` with nested messages turned into the same shape."""
        return {"id": self.id, "params": {k: _param_to_json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """The message :meth:`to_json` wrote (nested messages come back as messages)."""
        return cls(str(data["id"]), {k: _param_from_json(v) for k, v in dict(data.get("params") or {}).items()})

    def __str__(self) -> str:
        return render(self, "en")


def _param_to_json(value: Any) -> Any:
    if isinstance(value, Message):
        return {"$message": value.to_json()}
    if isinstance(value, list | tuple):
        return [_param_to_json(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _param_from_json(value: Any) -> Any:
    if isinstance(value, dict) and "$message" in value:
        return Message.from_json(value["$message"])
    if isinstance(value, list):
        return [_param_from_json(v) for v in value]
    return value


class MessageCarrier:
    """An exception that carries a message id and parameters instead of finished text.

    Subclasses set ``id`` and ``params`` in their ``__init__``; ``str()`` is the English
    wording (for developers' logs and tests), :meth:`render` the wording a person reads.
    """

    id: str
    params: Mapping[str, Any]

    @property
    def message(self) -> Message:
        """The message id and parameters."""
        return Message(self.id, self.params)

    def render(self, lang: str) -> str:
        """The one-line message in ``lang``."""
        return render(self.message, lang)

    def __str__(self) -> str:
        return self.render("en")


class HasMessage(Protocol):
    """Anything that carries a :class:`Message` (a UserError, a Problem)."""

    @property
    def message(self) -> Message: ...  # pragma: no cover - protocol


MessageLike = Message | HasMessage


def normalise_language(lang: str | None) -> str:
    """One of :data:`LANGS` for ``lang`` (accepts ``sr_Cyrl``, ``sr-cyrl``, ``sq_AL``…); else ``en``."""
    if not lang:
        return "en"
    key = lang.replace("_", "-").lower()
    for known in LANGS:
        if key == known.lower():
            return known
    if key.startswith("sr"):
        return "sr-Cyrl" if "cyrl" in key else "sr-Latn"
    if key.startswith("sq"):
        return "sq"
    return "en"


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    from fieldapp.messages.catalogue import merged

    return merged()


def message_ids() -> frozenset[str]:
    """Every id the catalogue knows."""
    return frozenset(_catalogue())


@lru_cache(maxsize=8192)
def entry(message_id: str, lang: str) -> str:
    """The template of ``message_id`` in ``lang`` (Serbian Cyrillic derived from Latin)."""
    texts = _catalogue()[message_id]
    if lang == "sr-Cyrl":
        return texts.get("sr-Cyrl") or _cyrillic_template(texts["sr-Latn"])
    return texts[lang]


def _cyrillic_template(text: str) -> str:
    from fieldapp.forms.labels import serbian_cyrillic
    from fieldapp.text.folding import latin_to_cyrillic

    out: list[str] = []
    for literal, name, spec, conv in string.Formatter().parse(text):
        out.append(serbian_cyrillic(literal).replace("{", "{{").replace("}", "}}"))
        if name is not None:
            if spec and spec.startswith("plural="):
                spec = "plural=" + latin_to_cyrillic(spec[len("plural="):])
            out.append("{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


def render(message: MessageLike, lang: str) -> str:
    """``message`` (or the message an error or problem carries) worded in ``lang``."""
    from fieldapp.messages.format import LocalFormatter

    lang = normalise_language(lang)
    msg = message if isinstance(message, Message) else message.message
    renderer = getattr(message, "render", None)
    if renderer is not None and not isinstance(message, Message):
        return str(renderer(lang))
    try:
        template = entry(msg.id, lang)
    except KeyError:
        # An id from a newer HQ or device: say so in words rather than show a code.
        template = entry("common.unknown_message", lang)
        return LocalFormatter(lang).format(template, id=msg.id)
    return LocalFormatter(lang).vformat(template, (), dict(msg.params))


def render_text(message_id: str, lang: str, **params: Any) -> str:
    """Shorthand: render the message ``message_id`` with ``params`` in ``lang``."""
    return render(Message(message_id, params), lang)
