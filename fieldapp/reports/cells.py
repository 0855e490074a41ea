"""Cell text that a spreadsheet will show, never run.

A cell whose text begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return before
one of them) is read as a formula by spreadsheet programs, also after the workbook is saved
again as CSV. Such text gets a leading apostrophe, the usual mark of "this is text": a name or
a note typed in the field never becomes a formula on an office computer.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it literally (an apostrophe before formula-like text)."""
    if text and text.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + text
    return text
