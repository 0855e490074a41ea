"""The CPU work of a duplicate pass: blocks of households, and scoring pairs of them.

Pure functions over plain values (no database), so that :mod:`sync.server.duplicates.service`
can run them in worker processes beside its own work on the database. Everything here is the
laptop's domain code (:mod:`fieldapp.domain.duplicates`); this module only cuts it into pieces that
travel between processes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import product
from typing import Any

from fieldapp.domain.duplicates import Household, Person, blocks, compare, household_of
from fieldapp.messages import Message, render
from fieldapp.text.folding import fold
from fieldapp.text.namekeys import name_keys, words

BLOCK, NUMBER = 0, 1
"""Kinds of key rows: a block of the domain's, or a member's personal number (a pair sharing one
scores at least SAME_PERSONAL_NUMBER, so it is always compared)."""
_PERSON_FIELDS = tuple(f.name for f in fields(Person))
# Stands first in a household of one member that is not its head: blocks() gives the head more
# blocks than the others (its family name with a letter left out), by position.
_NOBODY = Person(given="", family="")

PlaceForms = tuple[str | None, str | None]
CaseRowOut = tuple[Any, ...]
"""A row of the pass's case table: seq, id, case number, head, status, municipality, members,
the head's sex, year of birth and personal number, the settlement's and the place of
displacement's :func:`place_forms`, the household as compared (encoded)."""
KeyRow = tuple[int, int, int, int, int | None, str | None, int | None]
"""A row of the pass's key table: key, seq, member, kind, and the member's year of birth, sex and
personal number (as a key): what :func:`same_person` rules two members out as one person by."""


@dataclass(frozen=True)
class HqDuplicate:
    """Two cases at HQ that may be one household: the score and the reasons."""

    case_id: str
    case_number: str
    head: str
    municipality: str
    status: str
    other_id: str
    other_case_number: str
    other_head: str
    other_municipality: str
    other_status: str
    score: float
    reasons: tuple[Message, ...]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """As ``fieldapp-hq duplicates --json`` prints it (CONTRACT.md "Finding the same person")."""
        return {"case": self.case_id, "other": self.other_id, "score": self.score,
                "reasons": [render(r, lang) for r in self.reasons],
                "case_number": self.case_number, "other_case_number": self.other_case_number,
                "head": self.head, "other_head": self.other_head,
                "municipality": self.municipality, "other_municipality": self.other_municipality,
                "status": self.status, "other_status": self.other_status}


@lru_cache(maxsize=1 << 16)
def key_of(kind: int, text: str) -> int:
    """A block or personal number as a signed 64-bit number, the same in every process.

    The strings are long and only ever compared with each other within one pass; a clash of two
    (one in millions of millions) would only add a comparison. Python's own ``hash`` differs from
    process to process, so it cannot be used across workers. Cached: namesakes' blocks recur.
    """
    digest = hashlib.blake2b(f"{kind} {text}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def member_blocks(household: Household) -> list[tuple[int, int, str]]:
    """The household's blocks, each with the member it comes from, and its members' personal
    numbers: (member, kind, text); the blocks are those of :func:`blocks`, no more, no less."""
    rows: list[tuple[int, int, str]] = []
    for member, person in enumerate(household.members):
        alone = (person,) if member == 0 else (_NOBODY, person)
        one = Household(household.ref, alone, household.municipality, household.settlement,
                        household.displaced_at)
        rows.extend((member, BLOCK, block) for block in blocks(one))
        if person.personal_number:
            rows.append((member, NUMBER, person.personal_number))
    return rows


@lru_cache(maxsize=4096)
def place_forms(text: str) -> PlaceForms:
    """A place as :func:`compare` tells places apart: two places are the same when both are given
    and their foldings are equal, or their name keys word by word are (``_same_place`` in
    :mod:`fieldapp.domain.duplicates`); so two equal columns of these say it in SQL. Nothing for
    an empty place, which is never the same as any. Cached: a country has few places."""
    if not text:
        return None, None
    per_word = [k for k in (name_keys(w) for w in words(text)[:3]) if k]
    forms = sorted({" ".join(c) for c in product(*per_word)}) if per_word else []
    return fold(text), "|".join(forms)


def encode(household: Household) -> str:
    """The household as compared, in a compact text :func:`decode` reads back."""
    return json.dumps([household.municipality, household.settlement, household.displaced_at,
                       [[getattr(p, f) for f in _PERSON_FIELDS] for p in household.members]],
                      ensure_ascii=False, separators=(",", ":"))


def decode(ref: str, text: str) -> Household:
    """The household :func:`encode` wrote."""
    municipality, settlement, displaced_at, members = json.loads(text)
    return Household(ref, tuple([Person(*m) for m in members]), municipality, settlement, displaced_at)


def prepare_page(first_seq: int, rows: Sequence[tuple[str, str, str, str, str, str]]
                 ) -> tuple[list[CaseRowOut], list[KeyRow]]:
    """Case and key rows for a page of cases (id, case number, head, status, municipality and the
    content as JSON text), numbered from ``first_seq`` in page order; cases without members
    (nothing to compare) are left out, their numbers unused."""
    cases: list[CaseRowOut] = []
    keys: list[KeyRow] = []
    for offset, (case_id, number, head_name, status, municipality, content) in enumerate(rows):
        household = household_of(case_id, json.loads(content))
        if not household.members:
            continue
        seq = first_seq + offset
        head = household.members[0]
        cases.append((seq, case_id, number, head_name, status, municipality, len(household.members),
                      head.sex, head.born, head.personal_number, *place_forms(household.settlement),
                      *place_forms(household.displaced_at), encode(household)))
        people = [(p.born, p.sex, key_of(NUMBER, p.personal_number) if p.personal_number else None)
                  for p in household.members]
        keys.extend((key_of(kind, text), seq, member, kind, *people[member])
                    for member, kind, text in member_blocks(household))
    return cases, keys


def score_pairs(pairs: Sequence[tuple[int, int]], homes: Mapping[int, Sequence[Any]],
                min_score: float) -> list[HqDuplicate]:
    """The pairs scoring at least ``min_score``; ``homes`` maps each seq to (id, case number,
    head, municipality, status, encoded household)."""
    decoded: dict[int, Household] = {}

    def household(seq: int) -> Household:
        if seq not in decoded:
            decoded[seq] = decode(homes[seq][0], homes[seq][5])
        return decoded[seq]

    found = []
    for a, b in pairs:
        comparison = compare(household(a), household(b))
        if comparison.score >= min_score:
            first, second = homes[a], homes[b]
            found.append(HqDuplicate(
                case_id=first[0], case_number=first[1], head=first[2], municipality=first[3],
                status=first[4], other_id=second[0], other_case_number=second[1], other_head=second[2],
                other_municipality=second[3], other_status=second[4], score=comparison.score,
                reasons=comparison.reasons))
    return found


__all__ = ["BLOCK", "NUMBER", "HqDuplicate", "decode", "encode", "key_of", "member_blocks",
           "place_forms", "prepare_page", "score_pairs"]
