"""Cross-language name keys: one spelling for the sounds Albanian and Serbian write differently.

The same person is written down by Albanian- and Serbian-speaking offices. Both orthographies
are phonemic, so their letters map onto each other sound by sound; a name key spells each sound
one way, whatever the language, script or keyboard it was typed in. :func:`fold` (see
:mod:`fieldapp.text.folding`) stays the first, exact-looking match; the key is the next, looser
one, and edit distances on keys catch the typing mistakes on top.

The rules, from the two orthographies (Albanian ↔ Serbian Latin ↔ Serbian Cyrillic):

============================  =======  ====================================================
sound                          key      written as
============================  =======  ====================================================
voiced affricate [dʒ], [dz]    ``x``    xh, x (Albanian); dž, џ (Serbian); dz (dž typed
                                        without its mark); ǆ
palatal stop [ɟ]; [d], [ð]     ``d``    gj (Albanian); đ, ђ, dj, and Ð or ð typed for Đ
                                        (Serbian); ѓ (Macedonian); d; dh (Albanian)
palatal and postalveolar       ``c``    q, ç (Albanian); ć, ћ, č, ч (Serbian); ќ
affricates, [ts]                        (Macedonian); c — ć, č and c without marks are one
                                        letter on a plain keyboard
[ʃ], [s]                       ``s``    sh (Albanian); š, ш (Serbian); s
[ʒ], [z]                       ``z``    zh (Albanian); ž, ж (Serbian); z; ѕ (Macedonian, [dz])
                                        is ``x``
[θ], [t]                       ``t``    th (Albanian); t
trilled and plain r, l         ``r``    rr, r; ll, l — any doubled letter is written once
front rounded [y]              ``i``    y, ü (Albanian) — Serbian writes it i or u, so a
                               and      word with y has two keys (every y as i, every y as u)
                               ``u``
schwa [ə]                      ``e``    ë inside a word; dropped at the end, where Albanian
                                        writes it and Serbian renderings leave it out
[i] before a vowel             ``i``    ij before a vowel (Serbian Marija, Dimitrije) is i,
                                        as Albanian writes it (Maria)
============================  =======  ====================================================

Everything else loses its diacritics and case, as in folding; Cyrillic (Serbian and the
Macedonian letters Gorani names use) is read as Serbian Latin first. The rules are applied until
nothing changes, so a key is its own key (``name_keys(k) == (k,)``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from fieldapp.text.folding import cyrillic_to_latin

# Letters read before the rules: Macedonian Cyrillic, the Eth typed for Đ, and ligatures.
_BEFORE = str.maketrans({
    "ѓ": "đ", "Ѓ": "đ", "ќ": "ć", "Ќ": "ć", "ѕ": "x", "Ѕ": "x", "ѐ": "e", "Ѐ": "e", "ѝ": "i", "Ѝ": "i",
    "ð": "đ", "Ð": "đ", "ǆ": "dž", "ǅ": "dž", "Ǆ": "dž", "ǉ": "lj", "ǈ": "lj", "Ǉ": "lj",
    "ǌ": "nj", "ǋ": "nj", "Ǌ": "nj", "ü": "y", "Ü": "y",
})

# Two-letter spellings of one sound, and the single letters that differ from their folding.
_DIGRAPHS = {"xh": "x", "dž": "x", "dz": "x", "gj": "d", "dj": "d", "dh": "d", "sh": "s", "zh": "z",
             "th": "t"}
_LETTERS = {"x": "x", "đ": "d", "q": "c", "ç": "c", "ć": "c", "č": "c", "š": "s", "ž": "z", "ë": "e"}
_VOWELS = frozenset("aeiouy")
_NOT_LETTER = re.compile(r"[^a-z]+")
_WORD_SPLIT = re.compile(r"[^\w]+")
MAX_Y_VARIANTS = 2
"""A word with y gets this many keys: every y as i, and every y as u."""


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _one_pass(word: str) -> str:
    """One application of the rules to a lower-case Latin word (y kept for the variants)."""
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        pair = word[i:i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        ch = word[i]
        if ch == "ë" and i == n - 1 and out:
            i += 1  # a final ë is not pronounced and Serbian renderings leave it out
            continue
        if ch == "i" and word[i + 1:i + 2] == "j" and word[i + 2:i + 3] in _VOWELS:
            out.append("i")  # Marija → maria, as Albanian writes it
            i += 2
            continue
        out.append(_LETTERS.get(ch, ch))
        i += 1
    text = _NOT_LETTER.sub("", _strip_marks("".join(out)))
    # Doubled letters once: rr/r and ll/l, and every typed-twice letter with them.
    return re.sub(r"(.)\1+", r"\1", text)


def _prepare(word: str) -> str:
    word = unicodedata.normalize("NFC", word).translate(_BEFORE)
    return cyrillic_to_latin(word).lower()


@lru_cache(maxsize=65536)
def name_keys(word: str) -> tuple[str, ...]:
    """The keys of one word, the first the main one: one key, or two when it holds a y.

    Empty for a word with no letters. ``name_keys("Sylejman") == ("silejman", "sulejman")`` and
    ``name_keys("Сулејман") == ("sulejman",)``.
    """
    text = _prepare(word)
    previous = None
    while text != previous:
        previous, text = text, _one_pass(text)
    if not text:
        return ()
    if "y" not in text:
        return (text,)
    keys = []
    for vowel in ("i", "u")[:MAX_Y_VARIANTS]:
        variant = text.replace("y", vowel)
        again = None
        while variant != again:  # the rules once more: "yj" + vowel may now be "ij" + vowel
            again, variant = variant, _one_pass(variant)
        keys.append(variant)
    return tuple(dict.fromkeys(keys))


def name_key(word: str) -> str:
    """The main key of one word ('' for none)."""
    keys = name_keys(word)
    return keys[0] if keys else ""


def words(text: str) -> list[str]:
    """The words of ``text`` as written (split on anything that is not a letter or digit)."""
    return [w for w in _WORD_SPLIT.split(text) if w and w != "_"]


def text_keys(text: str) -> list[tuple[str, ...]]:
    """The keys of each word of ``text``, in order (words without letters left out)."""
    return [k for k in (name_keys(w) for w in words(text)) if k]


def all_keys(text: str) -> list[str]:
    """Every key of every word of ``text``, each once, in order."""
    return list(dict.fromkeys(k for keys in text_keys(text) for k in keys))


def share_a_key(a: str, b: str) -> bool:
    """Whether the words ``a`` and ``b`` have a key in common."""
    return bool(set(name_keys(a)) & set(name_keys(b)))


def key_variants(words_keys: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Every combination of the words' keys (for names of several words with y)."""
    return list(product(*words_keys))


__all__ = ["MAX_Y_VARIANTS", "all_keys", "key_variants", "name_key", "name_keys", "share_a_key",
           "text_keys", "words"]
