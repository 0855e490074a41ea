"""Cell text that a spreadsheet will show, never run.

A cell whose text begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return before
one of them) is read as a formula by spreadsheet programs, also after the workbook is saved
again as CSV. Such text gets a leading apostrophe, the usual mark of "this is text": a name or
a note typed in the field never becomes a formula on an office computer.

:func:`restore` undoes :func:`neutralise` exactly, so a file we wrote reads back as it was
written: text that already began with an apostrophe before formula-like text gets one more, and
:func:`restore` takes exactly one off. An apostrophe anywhere else is left alone both ways.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def _formula_like(text: str) -> bool:
    return text.lstrip(" ").startswith(FORMULA_STARTS)


def _guarded(text: str) -> bool:
    """Whether ``text`` is formula-like behind one or more apostrophes (``'=x``, ``''=x``)."""
    stripped = text.lstrip("'")
    return len(stripped) < len(text) and _formula_like(stripped)


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it literally (an apostrophe before formula-like text)."""
    if text and (_formula_like(text) or _guarded(text)):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The text that :func:`neutralise` turned into ``text`` (the inverse, exactly)."""
    if _guarded(text):
        return text[1:]
    return text
