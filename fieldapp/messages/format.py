"""How parameters appear in a message: numbers, dates, code labels and nested messages.

Specs after the colon of a placeholder:

- none: numbers grouped the language's way, nested messages rendered, lists joined, text as is;
- ``date`` / ``datetime``: an ISO string or a date, written the language's way;
- ``list``: items joined with commas (each item formatted as above);
- ``field``: a field path of the case document (``members[0].sex``) as the label a person sees;
- ``field_path``: the same for a field of a file being fixed: the key path itself in English (the
  file's keys are English words), "label (path)" in other languages;
- ``lang``: a language code as the language's own name;
- ``plural=one|other`` (Serbian ``plural=one|few|many``): the word form for the number given;
- any other word: the name of a code list (``status``, ``municipality``…), giving the code's label.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

_DECIMAL = {"en": ".", "sq": ",", "sr-Latn": ",", "sr-Cyrl": ","}
_GROUP = {"en": ",", "sq": "\u202f", "sr-Latn": ".", "sr-Cyrl": "."}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def format_number(value: int | float, lang: str) -> str:
    """``value`` with the language's digit grouping and decimal mark (1,234.5 / 1.234,5)."""
    if isinstance(value, int):
        text = f"{value:,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return text.replace(",", "\0").replace(".", _DECIMAL[lang]).replace("\0", _GROUP[lang])


def _as_datetime(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if "T" in value else dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def format_date(value: Any, lang: str, *, with_time: bool = False) -> str:
    """A date (or ISO string) the language's way: 2 December 2026 / 02.12.2026."""
    when = _as_datetime(value)
    if when is None:
        return str(value)
    if lang == "en":
        text = f"{when.day} {_MONTHS['en'][when.month - 1]} {when.year}"
    else:
        text = f"{when.day:02d}.{when.month:02d}.{when.year}"
    if with_time and isinstance(when, dt.datetime):
        text += f" {when.hour:02d}:{when.minute:02d}"
    return text


def plural_form(n: int, forms: list[str], lang: str) -> str:
    """The form of a word that goes with the number ``n`` in ``lang``."""
    if lang.startswith("sr") and len(forms) >= 3:
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return forms[1]
        return forms[2]
    return forms[0] if n == 1 else forms[-1]


class LocalFormatter(string.Formatter):
    """A :class:`string.Formatter` that writes parameters in one language."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        """One parameter, formatted per the spec (see the module docstring)."""
        from fieldapp.messages.core import Message, render

        lang = self.lang
        if format_spec in ("date", "datetime"):
            return format_date(value, lang, with_time=format_spec == "datetime")
        if format_spec == "field_path":
            from fieldapp.messages.fieldnames import field_label

            label = field_label(str(value), lang)
            return str(value) if lang == "en" or label == str(value) else f"{label} ({value})"
        if format_spec == "field":
            from fieldapp.messages.fieldnames import field_label

            return field_label(str(value), lang)
        if format_spec == "lang":
            from fieldapp.domain.reference import shipped

            return shipped().label("language", str(value), str(value))
        if format_spec.startswith("plural="):
            return plural_form(int(value), format_spec[len("plural="):].split("|"), lang)
        if format_spec == "list" or isinstance(value, list | tuple):
            return ", ".join(self.format_field(v, "") for v in value)
        if format_spec:
            return _code_label(format_spec, value, lang)
        if isinstance(value, Message):
            return render(value, lang)
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, int | float):
            return format_number(value, lang)
        return "" if value is None else str(value)


def _code_label(list_name: str, code: Any, lang: str) -> str:
    from fieldapp.domain.reference import shipped

    if code is None or code == "":
        return ""
    if list_name == "municipality":
        muni = shipped().municipalities.get(str(code))
        if muni is None:
            return str(code)
        if lang == "sr-Cyrl" and "sr-Cyrl" not in muni.names:
            from fieldapp.forms.labels import serbian_cyrillic

            return serbian_cyrillic(muni.name("sr-Latn"))
        return muni.name(lang)
    return shipped().label(list_name, str(code), lang)
