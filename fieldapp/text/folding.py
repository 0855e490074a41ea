"""Name folding and Serbian script conversion.

Names arrive in Albanian, Serbian Latin and Serbian Cyrillic and are typed on keyboards without
diacritics, so every searchable name is reduced to one folded key: Cyrillic transliterated to
Latin, digraph letters spelled out (đ → dj, dž → dz), diacritics removed, lower case, runs of
anything that is not a letter or digit collapsed to one space. ``Djordje``, ``Đorđe`` and
``Ђорђе`` all fold to ``djordje``.
"""

from __future__ import annotations

import re
import unicodedata

# Serbian Cyrillic to Serbian Latin (the official one-to-one correspondence).
_CYRL_TO_LATN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}
for _c, _l in list(_CYRL_TO_LATN.items()):
    _CYRL_TO_LATN[_c.upper()] = _l[:1].upper() + _l[1:]

# Letters whose folded form is not just the base letter with its marks removed.
_SPECIAL_FOLDS = {
    "đ": "dj", "Đ": "dj", "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l",
    "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe",
    # The Eth, which looks like Đ and is what some keyboards give for it.
    "ð": "dj", "Ð": "dj",
}

_NOT_WORD = re.compile(r"[^0-9a-z]+")

# Serbian Latin to Cyrillic: digraphs first so that "lj" becomes "љ", not "лј".
_LATN_TO_CYRL_DIGRAPHS = {"dž": "џ", "lj": "љ", "nj": "њ", "dj": "ђ"}
_LATN_TO_CYRL = {latn: cyrl for cyrl, latn in _CYRL_TO_LATN.items() if len(latn) == 1 and cyrl.islower()}


def cyrillic_to_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic letters in ``text`` to Serbian Latin, leaving the rest."""
    return "".join(_CYRL_TO_LATN.get(ch, ch) for ch in text)


def latin_to_cyrillic(text: str) -> str:
    """Transliterate Serbian Latin to Serbian Cyrillic (digraphs lj, nj, dž become one letter).

    A plain ``dj`` stays two letters: Serbian Latin spells Đ with its own letter, and ``dj`` in a
    name typed without diacritics is ambiguous.
    """
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        pair = text[i : i + 2]
        lower_pair = pair.lower()
        if len(pair) == 2 and lower_pair in _LATN_TO_CYRL_DIGRAPHS and lower_pair != "dj":
            cyr = _LATN_TO_CYRL_DIGRAPHS[lower_pair]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = text[i]
        single = _LATN_TO_CYRL.get(ch.lower())
        if single is None:
            out.append(ch)
        else:
            out.append(single.upper() if ch.isupper() else single)
        i += 1
    return "".join(out)


# One translation pass: Cyrillic to Latin with the special letters already spelled out
# (ђ → dj), and the Latin special letters themselves.
_FOLD_TABLE = str.maketrans({
    **{cyr: "".join(_SPECIAL_FOLDS.get(ch, ch) for ch in latn) for cyr, latn in _CYRL_TO_LATN.items()},
    **_SPECIAL_FOLDS,
})


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Return the search key of ``text``: Latin, lower case, no diacritics, single spaces.

    Folding is idempotent (``fold(fold(x)) == fold(x)``) and script-blind
    (``fold(latin_to_cyrillic(x)) == fold(x)`` for Serbian Latin text).
    """
    if not text.isascii():
        text = _strip_marks(unicodedata.normalize("NFC", text).translate(_FOLD_TABLE))
        # casefold() may bring new marks or special letters back (e.g. "İ" → "i̇").
        text = text.casefold()
        if not text.isascii():
            text = _strip_marks(text.translate(_FOLD_TABLE))
    return _NOT_WORD.sub(" ", text.lower()).strip()


def fold_tokens(text: str) -> list[str]:
    """Split ``text`` into folded words, in order."""
    folded = fold(text)
    return folded.split() if folded else []
