"""Usage errors (exit 2) in the language of the command line.

argparse words its errors through ``gettext``. While ``fieldapp`` parses its arguments,
:func:`worded_in` points argparse's ``_`` at the catalogue, the way an installed translation
would: each format string argparse asks for comes back worded in the language chosen before the
subcommand (``--lang``) or in ``FIELDAPP_LANG``, with argparse's own ``%`` placeholders, so
argparse fills in the values as usual. Strings outside the table (help texts) stay as they are.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NoReturn

from fieldapp.messages import LANGS, normalise_language, render_text

# argparse's format string -> (catalogue id, {parameter: the argparse placeholder it stands for}).
ARGPARSE_TEXTS: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": ("cli.usage.usage", {}),
    "argument %(argument_name)s: %(message)s": (
        "cli.usage.argument", {"argument": "%(argument_name)s", "message": "%(message)s"}),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "cli.usage.invalid_choice", {"value": "%(value)r", "choices": "%(choices)s"}),
    "the following arguments are required: %s": ("cli.usage.required", {"args": "%s"}),
    "one of the arguments %s is required": ("cli.usage.one_required", {"args": "%s"}),
    "unrecognized arguments: %s": ("cli.usage.unrecognized", {"args": "%s"}),
    "expected one argument": ("cli.usage.expected_one", {}),
    "expected at most one argument": ("cli.usage.expected_at_most_one", {}),
    "expected at least one argument": ("cli.usage.expected_at_least_one", {}),
    "invalid %(type)s value: %(value)r": ("cli.usage.invalid_value", {"type": "%(type)s", "value": "%(value)r"}),
    "ambiguous option: %(option)s could match %(matches)s": (
        "cli.usage.ambiguous", {"option": "%(option)s", "matches": "%(matches)s"}),
    "not allowed with argument %s": ("cli.usage.not_allowed_with", {"argument": "%s"}),
    "ignored explicit argument %r": ("cli.usage.ignored_explicit", {"value": "%r"}),
}

# Global options that take a value: what follows them is not the subcommand.
_VALUED = frozenset({"--workspace", "--data", "--db", "--lang", "--as"})

_lang: ContextVar[str] = ContextVar("fieldapp_usage_lang", default="en")


def argparse_text(msgid: str, lang: str) -> str:
    """argparse's format string ``msgid`` worded in ``lang``, its placeholders kept."""
    found = ARGPARSE_TEXTS.get(msgid) if isinstance(msgid, str) else None
    if found is None:
        return msgid
    message_id, slots = found
    # Markers stand in for argparse's placeholders while the catalogue renders, so a "%" in the
    # wording can be escaped without touching them.
    marks = {name: f"\0{name}\0" for name in slots}
    text = render_text(message_id, lang, **marks).replace("%", "%%")
    for name, placeholder in slots.items():
        text = text.replace(marks[name], placeholder)
    return text


def usage_language(argv: Sequence[str], env: str | None = None) -> str:
    """The message language ``argv`` asks for before its subcommand, else ``FIELDAPP_LANG``.

    Read before parsing, so that a usage error is worded in it too. A ``--lang`` after the
    subcommand is left alone: ``form render`` uses its own for the form's languages.
    """
    chosen: str | None = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        name, eq, value = token.partition("=")
        if name in _VALUED:
            if not eq:
                value = next(tokens, "")
            if name == "--lang" and value in LANGS:
                chosen = value
        elif not token.startswith("-"):
            break  # the subcommand
    if chosen is None:
        chosen = os.environ.get("FIELDAPP_LANG") if env is None else env
    return normalise_language(chosen)


@contextmanager
def worded_in(lang: str) -> Iterator[None]:
    """While parsing, argparse's messages (and :class:`Parser`'s error line) are worded in ``lang``."""
    module: Any = argparse  # its ``_`` is not part of the typed interface
    original: Callable[[str], str] = module._
    token = _lang.set(lang)
    module._ = lambda msgid: argparse_text(msgid, lang)
    try:
        yield
    finally:
        module._ = original
        _lang.reset(token)


class Parser(argparse.ArgumentParser):
    """An argument parser whose error line is worded in the command line's language.

    Subparsers are made of the same class, so every ``fieldapp … : error: …`` line is.
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage and one error line on stderr; exit with 2."""
        self.print_usage(sys.stderr)
        self.exit(2, render_text("cli.usage.error", _lang.get(), prog=self.prog, message=message) + "\n")
