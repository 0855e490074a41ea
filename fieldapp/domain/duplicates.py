"""Duplicate households: how likely two registrations are the same household, and why.

The same family is often registered twice: once by a Serbian-speaking office (displaced in
Serbia) and once by an Albanian-speaking one (returned to Kosovo), with a member missing, a year
of birth off by one or a letter mistyped. Households are compared member by member:

- two members are the same person when their given and family names agree (the same folded
  spelling, a shared cross-language key, or one or two letters apart in a long name; a married
  woman's birth family name counts for her family name), their years of birth are at most one
  apart and their sex does not differ; a personal number they share settles it, two different
  ones rule it out;
- the household's score is mostly how many members are found in both, over both households'
  sizes (a member missing does not hide a re-registration, one namesake does not make one),
  then whether the heads are the same person, then the place (municipality, settlement, place
  of displacement).

Brothers' households in one village share a family name and a place but not their heads, wives
or children, so they score low. Pairs are only ever compared within a *block* (the same name
keys, or a name key and a year of birth, or a personal number): never every pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Any

from rapidfuzz.distance import OSA

from fieldapp.messages import Message
from fieldapp.text.folding import fold
from fieldapp.text.namekeys import name_keys, words

POSSIBLE = 0.5
"""A pair at or above this score is a possible duplicate (listed, counted in the review queue)."""
WARN_FROM = 0.3
"""Saving or importing a household warns from this score: a person of it alike in name and year
is worth a look before the household is registered again (a false alarm costs one click)."""

WEIGHT_MEMBERS = 0.55
WEIGHT_HEAD = 0.25
WEIGHT_PLACE = 0.1
WEIGHT_DISPLACEMENT = 0.1
SAME_PERSONAL_NUMBER = 0.95
"""The least score of two households sharing a member's personal number."""

SAME_SPELLING, OTHER_SPELLING, MISTYPED = 1.0, 0.95, 0.85
"""How alike two names are: folded the same, sharing a key, or a letter or two apart."""
SAME_NAME = 0.8
"""Names less alike than this are not the same name."""
ONE_PERSON = 0.6
"""How much a pair with only one person in common (year of birth only) is believed, elsewhere..."""
ONE_PERSON_SAME_PLACE = 0.8
"""... and in the same settlement."""
DIFFERENT_DATES = 0.6
"""How much less sure two people are the same when both full dates of birth are known and differ."""



@dataclass(frozen=True)
class Person:
    """What comparing needs of one member."""

    given: str
    family: str
    birth_family: str = ""
    father: str = ""
    sex: str | None = None
    born: int | None = None
    """Year of birth."""
    born_on: str | None = None
    """Full date of birth (YYYY-MM-DD) when known, not only the year."""
    personal_number: str | None = None

    @property
    def name(self) -> str:
        """Given and family name as written."""
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True)
class Household:
    """What comparing needs of one case: its members (the head first) and its places."""

    ref: str
    members: tuple[Person, ...]
    municipality: str = ""
    settlement: str = ""
    displaced_at: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)
    """Whatever the caller keeps beside it (case number, status); not compared."""


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if len(text) == 4 and text.isdigit() else None


def person_of(m: Mapping[str, Any]) -> Person:
    """A member of a case document (or a row with the same keys) as compared."""
    return Person(given=str(m.get("given_name") or ""), family=str(m.get("family_name") or ""),
                  birth_family=str(m.get("birth_family_name") or ""), father=str(m.get("father_name") or ""),
                  sex=m.get("sex") or None, born=_year(m.get("date_of_birth")),
                  born_on=str(m.get("date_of_birth")) if len(str(m.get("date_of_birth") or "")) == 10 else None,
                  personal_number=str(m.get("personal_number") or "").strip() or None)


def household_of(ref: str, doc: Mapping[str, Any], **extra: Any) -> Household:
    """A case document as compared (members in the order recorded, the head first)."""
    members = sorted(doc.get("members") or [], key=lambda m: 0 if m.get("relationship") == "head" else 1)
    return Household(ref, tuple(person_of(m) for m in members), str(doc.get("municipality") or ""),
                     str(doc.get("settlement") or ""),
                     str((doc.get("displacement") or {}).get("location") or ""), extra)


# --- blocks ----------------------------------------------------------------------------------------

def _word_keys(text: str) -> list[str]:
    """The keys of a name's words (the first key of each; the y variants both for one word)."""
    found: list[str] = []
    for w in words(text)[:3]:
        found.extend(name_keys(w))
    return list(dict.fromkeys(found))


@lru_cache(maxsize=65536)
def _key_forms(text: str) -> frozenset[str]:
    """A name's keys word by word, joined: one form, or one per y variant."""
    per_word = [k for k in (name_keys(w) for w in words(text)[:3]) if k]
    return frozenset(" ".join(c) for c in product(*per_word)) if per_word else frozenset()


_fold = lru_cache(maxsize=65536)(fold)


def _one_letter_less(key: str) -> set[str]:
    """``key`` with each of its letters left out in turn: two keys one edit apart (a letter
    wrong, missing, extra or swapped) always have one of these in common."""
    return {key[:i] + key[i + 1:] for i in range(len(key))} if len(key) >= 5 else set()


def blocks(h: Household) -> set[str]:
    """The blocks ``h`` falls in: only households sharing a block are compared.

    A block is a person as a second registration would still write them: per member, the keys
    of the given and family (or birth family) name with the year of birth, again with the year
    after (so that years one apart meet), and without a year (for a registration that left it
    out); for the head, the family name's key also with each letter left out in turn (a typo
    in it), with the year; a personal number. Households with a person in common share a
    block; households of one family share none unless a name and a year meet.
    """
    out: set[str] = set()
    for position, p in enumerate(h.members):
        if p.personal_number:
            out.add(f"p {p.personal_number}")
        given = _word_keys(p.given)[:2]
        families = _word_keys(p.family)[:2] + _word_keys(p.birth_family)[:1]
        years = ("-",) if p.born is None else (str(p.born), str(p.born + 1))
        for g in given:
            for f in families:
                out.update(f"n {g} {f} {y}" for y in years)
                out.add(f"n {g} {f} -")  # meets a registration that left the year out
                if position == 0:  # a typo and a year off by one together are left to other members
                    out.update(f"d {g} {v} {years[0]}" for v in _one_letter_less(f))
    return out


# --- comparing -------------------------------------------------------------------------------------

def name_likeness(a: str, b: str) -> float:
    """How alike two names are: 1 the same folded spelling, 0.95 another spelling or script of
    it, 0.85 or 0.8 one or two letters apart (in names of five or nine letters), else 0."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return SAME_SPELLING
    ka, kb = _key_forms(a), _key_forms(b)
    if ka & kb:
        return OTHER_SPELLING
    letters = min(len(fa.replace(" ", "")), len(fb.replace(" ", "")))
    allowed = 2 if letters >= 9 else 1 if letters >= 5 else 0
    if not allowed:
        return 0.0
    distance = min([OSA.distance(fa, fb), *(OSA.distance(x, y) for x in ka for y in kb)])
    if distance > allowed:
        return 0.0
    return MISTYPED if distance <= 1 else SAME_NAME


def same_person(a: Person, b: Person) -> float:
    """How sure it is that ``a`` and ``b`` are one person (0 when something rules it out)."""
    if a.personal_number and b.personal_number:
        if a.personal_number == b.personal_number:
            return 1.0
        return 0.0
    if a.sex and b.sex and a.sex != b.sex:
        return 0.0
    if a.born is not None and b.born is not None and abs(a.born - b.born) > 1:
        return 0.0
    given = name_likeness(a.given, b.given)
    family = max(name_likeness(a.family, b.family), name_likeness(a.birth_family or a.family, b.family),
                 name_likeness(a.family, b.birth_family or b.family))
    if given < SAME_NAME or family < SAME_NAME:
        return 0.0
    sure = (given + family) / 2
    if a.born is None or b.born is None:
        sure *= 0.9
    elif a.born != b.born:
        sure *= 0.95
    if a.born_on and b.born_on and a.born_on != b.born_on:
        # Both offices wrote a full date and the dates differ: namesakes, most often (a second
        # registration copies the date from the same document).
        sure *= DIFFERENT_DATES
    return sure


@dataclass(frozen=True)
class Comparison:
    """Two households compared: the score (0 to 1) and the reasons for it."""

    score: float
    reasons: tuple[Message, ...]
    pairs: tuple[tuple[int, int, float], ...] = ()
    """(member of the first, member of the second, how sure) for each member found in both."""


def _how(likeness: float) -> Message:
    if likeness >= SAME_SPELLING:
        return Message("duplicates.how.same")
    if likeness >= OTHER_SPELLING:
        return Message("duplicates.how.other_spelling")
    return Message("duplicates.how.mistyped")


def _same_place(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or _fold(a) == _fold(b) or _key_forms(a) == _key_forms(b))


def compare(a: Household, b: Household) -> Comparison:
    """Score how likely ``a`` and ``b`` are the same household, with the reasons."""
    if not a.members or not b.members:
        return Comparison(0.0, ())
    sureness = sorted(((same_person(p, q), i, j) for i, p in enumerate(a.members) for j, q in enumerate(b.members)),
                      reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for sure, i, j in sureness:
        if sure <= 0:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, sure))
    smaller = min(len(a.members), len(b.members))
    # Members found in both over the two households' sizes (Dice): a member missing costs
    # little, but one person alone does not make a household of six the same.
    members = 2 * sum(s for _, _, s in pairs) / (len(a.members) + len(b.members))
    head = next((s for i, j, s in pairs if i == 0 and j == 0), 0.0)
    place = (0.5 * (a.municipality == b.municipality and bool(a.municipality))
             + 0.5 * _same_place(a.settlement, b.settlement))
    displaced = 1.0 if _same_place(a.displaced_at, b.displaced_at) else 0.0
    score = WEIGHT_MEMBERS * members + WEIGHT_HEAD * head + WEIGHT_PLACE * place + WEIGHT_DISPLACEMENT * displaced
    if len(pairs) == 1:
        # One person alike in name and year is what namesakes share too: it counts fully only
        # with the same full date of birth, and next to it only in the same settlement.
        p, q = a.members[pairs[0][0]], b.members[pairs[0][1]]
        if not (p.born_on and p.born_on == q.born_on):
            score *= ONE_PERSON_SAME_PLACE if _same_place(a.settlement, b.settlement) else ONE_PERSON
    reasons: list[Message] = []
    shared_number = next((a.members[i] for i, j, _ in pairs
                          if a.members[i].personal_number and a.members[i].personal_number == b.members[j].personal_number),
                         None)
    if shared_number is not None:
        score = max(score, SAME_PERSONAL_NUMBER)
        reasons.append(Message("duplicates.reason.personal_number",
                               {"number": shared_number.personal_number, "name": shared_number.name}))
    if head:
        ha, hb = a.members[0], b.members[0]
        likeness = min(name_likeness(ha.given, hb.given),
                       max(name_likeness(ha.family, hb.family), name_likeness(ha.birth_family or ha.family, hb.family),
                           name_likeness(ha.family, hb.birth_family or hb.family)))
        reasons.append(Message("duplicates.reason.head", {"name": ha.name, "other": hb.name, "how": _how(likeness)}))
        if ha.born is not None and hb.born is not None:
            reasons.append(Message("duplicates.reason.born", {"year": str(ha.born), "other": str(hb.born)})
                           if ha.born != hb.born else Message("duplicates.reason.born_same", {"year": str(ha.born)}))
    elif a.members[0].family and fold(a.members[0].family) == fold(b.members[0].family):
        reasons.append(Message("duplicates.reason.heads_differ",
                               {"name": a.members[0].name, "other": b.members[0].name}))
    if pairs:
        reasons.append(Message("duplicates.reason.members",
                               {"n": len(pairs), "of": smaller, "names": [a.members[i].name for i, _, _ in pairs[:4]]}))
    if _same_place(a.settlement, b.settlement):
        reasons.append(Message("duplicates.reason.settlement", {"settlement": a.settlement}))
    elif place:
        reasons.append(Message("duplicates.reason.municipality", {"code": a.municipality}))
    if displaced:
        reasons.append(Message("duplicates.reason.displacement", {"place": a.displaced_at}))
    return Comparison(round(min(1.0, score), 3), tuple(reasons), tuple(pairs))


def best_first(found: Iterable[tuple[str, str, Comparison]]) -> list[tuple[str, str, Comparison]]:
    """(case, other, comparison) triples, the likeliest first (then by the refs, for a stable order)."""
    return sorted(found, key=lambda t: (-t[2].score, t[0], t[1]))


__all__ = ["POSSIBLE", "WARN_FROM", "Comparison", "Household", "Person", "best_first", "blocks", "compare",
           "household_of", "name_likeness", "person_of", "same_person"]
