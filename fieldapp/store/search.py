"""Finding the same person: a search index of household members inside the encrypted database.

The FTS5 index ``case_fts`` holds one row per member and one per case, never a name as written:

- a member's row (rowid ``case_pk * 256 + position``): ``names``, the folded words of the
  member's given, family, father's and birth family names (:func:`fieldapp.text.folding.fold`);
  ``keys``, their cross-language keys (:mod:`fieldapp.text.namekeys`); ``places``, the
  household's settlement, place of displacement and origin and its municipality's names;
- the case's row (rowid ``case_pk * 256 + 255``): ``ids``, the case number, the members'
  personal numbers and the KPCVA claim number.

Every word of a query must match the same member row, so "Marko Filipović" does not find a
household where Marko Petković and Ana Filipović are two people; a word may also match the
household's place. A word matches, from the closest to the loosest: as written; folded (any
script, no diacritics, as the start of a word); by its cross-language key (Xhemajl and Džemajl);
or, in a name of five letters or more, with one letter wrong, missing, extra or swapped (two from
nine letters), by the edit distance between keys (rapidfuzz's optimal string alignment distance)
against ``search_words``, the index's vocabulary of keys. Numbers match exactly, in the case's
row. :func:`search` ranks by how the words matched and says which member matched.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import Integer, Select, column, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fieldapp.domain.reference import UI_LANGUAGES, shipped
from fieldapp.text.folding import fold, fold_tokens
from fieldapp.text.namekeys import all_keys, name_keys, words

INDEX_DDL = ("CREATE VIRTUAL TABLE case_fts USING fts5(names, keys, places, ids, content='', "
             "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')")
"""The index's definition (migration 0006 creates it)."""

SLOTS = 256
"""Index rows per case: members 0-254, the case's own row 255."""
CASE_SLOT = SLOTS - 1

NAME_FIELDS = ("given_name", "family_name", "father_name", "birth_family_name")
"""The member fields a search looks in (the last two only where a case records them)."""

FUZZY_FROM = 5
"""Names of this many letters or more match with one letter wrong, missing, extra or swapped."""
FUZZY_TWO_FROM = 9
"""... and with two from this many letters."""
FUZZY_VARIANTS = 40
"""At most this many vocabulary keys stand in for one mistyped word."""

CANDIDATES = 3000
"""Member rows ranked at most per tier of a search (the closest tier first)."""

# How a word matched, closest first (the names ``matched_by`` gives).
NUMBER, EXACT, FOLDED, CROSS, FUZZY, PLACE = "number", "exact", "folded", "cross_language", "fuzzy", "place"
_TIER = {NUMBER: 0, EXACT: 0, FOLDED: 1, PLACE: 1, CROSS: 2, FUZZY: 3}

_fts = table("case_fts", column("rowid"))
_words = table("search_words", column("pk"), column("term"))


# --- writing the index ---------------------------------------------------------------------------

def _member_words(m: dict[str, Any]) -> list[str]:
    return [w for f in NAME_FIELDS for w in words(str(m.get(f) or ""))]


def index_rows(pk: int, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The index rows of one case: one per member and the case's own."""
    places = [doc.get("settlement") or "", (doc.get("displacement") or {}).get("location") or "",
              (doc.get("origin") or {}).get("settlement") or ""]
    place_words = f"{fold(' '.join(places))} {_municipality_words(doc['municipality'])}".strip()
    rows = []
    for position, m in enumerate(doc["members"][:CASE_SLOT]):
        name_words = _member_words(m)
        rows.append({"rowid": pk * SLOTS + position, "names": fold(" ".join(name_words)),
                     "keys": " ".join(all_keys(" ".join(name_words))), "places": place_words, "ids": ""})
    ids = [doc.get("case_number") or "", *(str(m.get("personal_number") or "") for m in doc["members"]),
           str((doc.get("property") or {}).get("claim_number") or "")]
    rows.append({"rowid": pk * SLOTS + CASE_SLOT, "names": "", "keys": "", "places": "",
                 "ids": " | ".join(fold(i) for i in ids if fold(i))})
    return rows


def write_index(s: Session | Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Add index rows (of cases whose old rows, if any, were dropped) and their keys' vocabulary."""
    rows = list(rows)
    if not rows:
        return
    s.execute(text("INSERT INTO case_fts(rowid, names, keys, places, ids) "
                   "VALUES (:rowid, :names, :keys, :places, :ids)"), rows)
    # Folded words and keys both: a swapped letter may change the key more than the word.
    terms = {t for r in rows for t in (*r["names"].split(), *r["keys"].split())}
    if terms:
        s.execute(text("INSERT OR IGNORE INTO search_words(term) VALUES (:term)"),
                  [{"term": t} for t in sorted(terms)])


def drop_index(s: Session, case_pks: Iterable[int]) -> None:
    """Remove the index rows of the cases ``case_pks``."""
    for pk in case_pks:
        s.execute(text("DELETE FROM case_fts WHERE rowid BETWEEN :lo AND :hi"),
                  {"lo": pk * SLOTS, "hi": pk * SLOTS + CASE_SLOT})


def reindex(s: Session, pk: int, doc: dict[str, Any]) -> None:
    """Replace the index rows of case ``pk`` with those of ``doc``."""
    drop_index(s, [pk])
    write_index(s, index_rows(pk, doc))


def forget_unused_words(s: Session, terms: Iterable[str]) -> int:
    """Take out of the vocabulary the ``terms`` no member row holds any more (after cases left
    the laptop, so that no key of their names stays behind); returns how many went."""
    gone = []
    for term in sorted(set(terms)):
        if not term.isalpha() or not term.isascii():
            continue
        still = s.execute(text("SELECT 1 FROM case_fts WHERE case_fts MATCH :q LIMIT 1"),
                          {"q": f'{{names keys}} : "{term}"'}).first()
        if still is None:
            gone.append(term)
    for i in range(0, len(gone), 500):
        s.execute(_words.delete().where(_words.c.term.in_(gone[i:i + 500])))
    if gone:
        _VOCAB.clear()
    return len(gone)


def member_terms(members: Iterable[dict[str, Any]]) -> set[str]:
    """The vocabulary of ``members`` (what :func:`forget_unused_words` may take out)."""
    out: set[str] = set()
    for m in members:
        name = " ".join(_member_words(m))
        out.update(fold_tokens(name), all_keys(name))
    return out


def optimize(s: Session) -> None:
    """Merge the index's segments: a contentless index only marks deleted rows until then."""
    s.execute(text("INSERT INTO case_fts(case_fts) VALUES ('optimize')"))


@lru_cache(maxsize=128)
def _municipality_words(code: str) -> str:
    """The folded names of a municipality in every UI language, each word once."""
    muni = shipped().municipalities.get(code)
    if muni is None:
        return ""
    found = fold(" ".join(muni.name(lang) for lang in UI_LANGUAGES)).split()
    return " ".join(dict.fromkeys(found))


# --- the vocabulary, for typing mistakes --------------------------------------------------------

# Per database engine (a workspace closed takes its entry with it), the vocabulary as read
# and the (last key, count) it was read at.
_VOCAB: weakref.WeakKeyDictionary[Any, tuple[tuple[int, int], tuple[str, ...]]] = weakref.WeakKeyDictionary()


def vocabulary(s: Session) -> tuple[str, ...]:
    """Every key in the index, read once per workspace opened and again only when words were
    added or taken out (the table only grows between :func:`forget_unused_words` calls)."""
    last, count = s.execute(select(func.max(_words.c.pk), func.count()).select_from(_words)).one()
    stamp = (int(last or 0), int(count or 0))
    bind = s.get_bind()
    held = _VOCAB.get(bind)
    if held is None or held[0] != stamp:
        held = (stamp, tuple(s.execute(select(_words.c.term)).scalars()))
        _VOCAB[bind] = held
    return held[1]


def fuzzy_limit(word: str) -> int:
    """How many letters may be wrong in ``word`` (by its length in letters)."""
    letters = sum(ch.isalpha() for ch in word)
    return 2 if letters >= FUZZY_TWO_FROM else 1 if letters >= FUZZY_FROM else 0


def near_keys(vocab: tuple[str, ...], key: str, limit: int) -> list[str]:
    """The keys of ``vocab`` within ``limit`` edits of ``key`` (closest first, ``key`` left out)."""
    if limit <= 0 or not vocab:
        return []
    found = process.extract(key, vocab, scorer=OSA.distance, score_cutoff=limit, limit=FUZZY_VARIANTS)
    return [term for term, _d, _i in sorted(found, key=lambda f: (f[1], f[0])) if term != key]


# --- queries -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class QueryWord:
    """One word of a search, in every form it is matched by."""

    written: str
    folded: str
    keys: tuple[str, ...]
    near: tuple[str, ...]
    """Vocabulary words and keys one or two edits away (empty for short words)."""
    is_number: bool = False
    """Part of a case, personal or claim number (a part of the query with a digit in it),
    matched exactly."""


def parse(s: Session | None, query: str) -> list[QueryWord]:
    """The words of ``query``; with a session, each name word's near keys from the vocabulary."""
    out: list[QueryWord] = []
    vocab: tuple[str, ...] | None = None
    for chunk in query.split():
        if any(ch.isdigit() for ch in chunk):  # 20-2026-AB12-0007, KPCVA-DS-2008-001234
            out.extend(QueryWord(t, t, (), (), True) for t in fold_tokens(chunk))
            continue
        for w in words(chunk):
            tokens = fold_tokens(w)
            if not tokens:
                continue
            folded = " ".join(tokens)
            # Keys from the word as written: they tell ć from č, which its folding does not.
            keys = name_keys(w)
            near: tuple[str, ...] = ()
            limit = fuzzy_limit(folded)
            if s is not None and limit:
                if vocab is None:
                    vocab = vocabulary(s)
                near = tuple(dict.fromkeys(t for form in (folded, *keys) for t in near_keys(vocab, form, limit)
                                           if t != folded and t not in keys))
            out.append(QueryWord(w, folded, keys, near))
    return out


def _word_group(w: QueryWord, tier: int) -> str:
    """The FTS5 expression matching ``w`` at ``tier`` (1 folded, 2 and keys, 3 and near keys)."""
    # Folded words and keys hold only [0-9a-z], so quoting them is always safe.
    parts = [f'{{names places}} : "{w.folded}"*']
    if tier >= 2:
        parts += [f'keys : "{k}"*' for k in w.keys]
    if tier >= 3:
        parts += [f'{{names keys}} : "{k}"' for k in w.near]
    return "(" + " OR ".join(parts) + ")"


def _names_expression(name_words: list[QueryWord], tier: int, *, only: bool = False) -> str:
    expr = " AND ".join(_word_group(w, tier) for w in name_words)
    if only and tier > 1:
        # The rows this tier adds: the closer tiers' rows are ranked already.
        expr = f"({expr}) NOT ({_names_expression(name_words, tier - 1)})"
    return expr


def _ids_expression(number_words: list[QueryWord]) -> str:
    return 'ids : "' + " ".join(w.folded for w in number_words) + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user's query without typing mistakes (for tests and tools)."""
    parsed = parse(None, query)
    names = [w for w in parsed if not w.is_number]
    if not parsed:
        return None
    return _names_expression(names, 2) if names else _ids_expression(parsed)


def _case_pks(expr: str) -> Select[Any]:
    case_pk = literal_column(f"case_fts.rowid / {SLOTS}", Integer).label("case_pk")
    return select(case_pk).select_from(_fts).where(text("case_fts MATCH :expr").bindparams(expr=expr))


def search_pks(s: Session, query: str) -> Select[Any] | None:
    """A sub-select of the keys of the cases matching ``query`` (typing mistakes forgiven), or
    None when the query has no words. A case may come more than once (one per member)."""
    parsed = parse(s, query)
    if not parsed:
        return None
    names = [w for w in parsed if not w.is_number]
    numbers = [w for w in parsed if w.is_number]
    if names and numbers:
        return _case_pks(_names_expression(names, 3)).intersect(_case_pks(_ids_expression(numbers)))  # type: ignore[return-value]
    return _case_pks(_names_expression(names, 3) if names else _ids_expression(numbers))


# --- ranking -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    """A case a search found: the member that matched and how."""

    case_pk: int
    matched: str
    """The member's given and family name as written ('' when only numbers matched)."""
    matched_by: str
    """How the loosest word matched: number, exact, folded, place, cross_language or fuzzy."""
    rank: tuple[int, ...]


def _casefold(text_: str) -> str:
    return unicodedata.normalize("NFC", text_).casefold()


def _word_match(w: QueryWord, member: list[str]) -> tuple[str, int]:
    """How ``w`` matches one of the ``member``'s name words (kind, and 0 for a whole word)."""
    best: tuple[int, str, int] | None = None
    written = _casefold(w.written)
    for word in member:
        folded = fold(word)
        if _casefold(word) == written:
            kind, whole = EXACT, 0
        elif folded == w.folded or folded.startswith(w.folded):
            kind, whole = FOLDED, int(folded != w.folded)
        else:
            keys = name_keys(word)
            if any(k.startswith(q) for k in keys for q in w.keys):
                kind, whole = CROSS, int(not any(k == q for k in keys for q in w.keys))
            elif folded in w.near or any(k in w.near for k in keys):
                kind, whole = FUZZY, 0
            else:
                continue
        cand = (_TIER[kind], kind, whole)
        if best is None or cand < best:
            best = cand
    return (best[1], best[2]) if best else (PLACE, 1)


def _rank_member(name_words: list[QueryWord], member: list[str]) -> tuple[str, tuple[int, ...]]:
    kinds = [_word_match(w, member) for w in name_words]
    on_place = sum(k == PLACE for k, _ in kinds)
    loosest = max(kinds, key=lambda k: _TIER[k[0]])[0]
    if on_place == len(kinds):
        loosest = PLACE
    # Loosest word first, then how many words matched loosely, the place-only words (a member
    # found by name beats a household found by its village) and prefixes of longer names.
    rank = (_TIER[loosest], sum(_TIER[k] for k, _ in kinds), on_place, sum(whole for _, whole in kinds))
    return loosest, rank


def search(s: Session, query: str, *, limit: int = 50) -> list[Found]:
    """The cases matching ``query``, best first, each with the member that matched.

    Tiers are read closest first (folded, then cross-language, then typing mistakes); a looser
    tier is read only while fewer than ``limit`` cases were found.
    """
    from fieldapp.store.models import Case, Member, live

    parsed = parse(s, query)
    if not parsed:
        return []
    names = [w for w in parsed if not w.is_number]
    numbers = [w for w in parsed if w.is_number]
    allowed: set[int] | None = None
    if numbers:
        allowed = set(s.execute(_case_pks(_ids_expression(numbers))).scalars())
        if not names:
            return _number_hits(s, allowed, numbers, limit)
    found: dict[int, Found] = {}
    for tier in (1, 2, 3):
        if len(found) >= limit:
            break
        expr = _names_expression(names, tier, only=True)
        rowids = list(s.execute(select(_fts.c.rowid).where(text("case_fts MATCH :e").bindparams(e=expr))
                                .limit(CANDIDATES)).scalars())
        keys = [(r // SLOTS, r % SLOTS) for r in rowids if r % SLOTS != CASE_SLOT]
        if allowed is not None:
            keys = [k for k in keys if k[0] in allowed]
        if not keys:
            continue
        pks = sorted({k[0] for k in keys})
        members: dict[tuple[int, int], Any] = {}
        live_pks: set[int] = set()
        for i in range(0, len(pks), 500):
            chunk = pks[i:i + 500]
            live_pks.update(s.execute(select(Case.pk).where(Case.pk.in_(chunk), live())).scalars())
            for m in s.execute(select(Member.case_pk, Member.position, Member.given_name, Member.family_name)
                               .where(Member.case_pk.in_(chunk))):
                members[(m.case_pk, m.position)] = m
        for key in keys:
            found_member = members.get(key)
            if found_member is None or key[0] not in live_pks:
                continue
            m = found_member
            loosest, rank = _rank_member(names, words(f"{m.given_name} {m.family_name}"))
            hit = Found(key[0], f"{m.given_name} {m.family_name}", loosest, (*rank, key[1]))
            best = found.get(key[0])
            if best is None or hit.rank < best.rank:
                found[key[0]] = hit
    return sorted(found.values(), key=lambda f: f.rank)[:limit]


def _number_hits(s: Session, pks: set[int], numbers: list[QueryWord], limit: int) -> list[Found]:
    """Cases found by a number: the member whose personal number it is, else the head."""
    from fieldapp.store.models import Case, Member, live

    if not pks:
        return []
    wanted = {w.folded for w in numbers}
    out = []
    for pk in sorted(pks)[:limit * 4]:
        if s.execute(select(Case.pk).where(Case.pk == pk, live())).first() is None:
            continue
        rows = list(s.execute(select(Member.given_name, Member.family_name, Member.personal_number)
                              .where(Member.case_pk == pk).order_by(Member.position)))
        by_number = next((r for r in rows if fold(str(r.personal_number or "")) in wanted), None)
        chosen = by_number or (rows[0] if rows else None)
        name = f"{chosen.given_name} {chosen.family_name}" if chosen is not None else ""
        out.append(Found(pk, name, NUMBER, (0, 0, 0, 0, 0)))
    return out[:limit]


__all__ = ["CANDIDATES", "CASE_SLOT", "CROSS", "EXACT", "FOLDED", "FUZZY", "FUZZY_FROM", "FUZZY_TWO_FROM",
           "Found", "INDEX_DDL", "NAME_FIELDS", "NUMBER", "PLACE", "QueryWord", "SLOTS", "drop_index",
           "forget_unused_words", "fuzzy_limit", "index_rows", "match_expression", "member_terms", "near_keys",
           "optimize", "parse", "reindex", "search", "search_pks", "vocabulary", "write_index"]
