"""Transliteration-aware search over the FTS5 index inside the encrypted database.

The index holds folded text only (see :mod:`fieldapp.text.folding`): member names and the case
number in ``names``; settlement, municipality names and places of displacement in ``places``.
A query is folded the same way and every word must match the start of an indexed word, so
``djordje petr`` finds ``Ђорђе Петровић`` and ``Gjakove`` finds ``Gjakovë``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Select, column, select, table, text
from sqlalchemy.orm import Session

from fieldapp.domain.reference import UI_LANGUAGES, shipped
from fieldapp.text.folding import fold, fold_tokens

_fts = table("case_fts", column("rowid"))


def index_rows(pk: int, doc: dict[str, Any]) -> dict[str, Any]:
    """The index entry of one case."""
    names = [f"{m['given_name']} {m['family_name']}" for m in doc["members"]]
    names.append(doc.get("case_number") or "")
    places = [doc.get("settlement") or "", (doc.get("displacement") or {}).get("location") or "",
              (doc.get("origin") or {}).get("settlement") or ""]
    places_folded = fold(" ".join(places))
    return {"rowid": pk, "names": fold(" ".join(names)),
            "places": f"{places_folded} {_municipality_words(doc['municipality'])}".strip()}


@lru_cache(maxsize=128)
def _municipality_words(code: str) -> str:
    """The folded names of a municipality in every UI language, each word once."""
    muni = shipped().municipalities.get(code)
    if muni is None:
        return ""
    words = fold(" ".join(muni.name(lang) for lang in UI_LANGUAGES)).split()
    return " ".join(dict.fromkeys(words))


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user's query: each folded word as a prefix, all required."""
    tokens = fold_tokens(query)
    if not tokens:
        return None
    # Folded tokens hold only [0-9a-z], so quoting them is always safe.
    return " ".join(f'"{t}"*' for t in tokens)


def search_pks(s: Session, query: str) -> Select[Any] | None:
    """A sub-select of the case keys matching ``query``; None when the query has no words."""
    del s  # the sub-select runs inside the caller's statement
    expr = match_expression(query)
    if expr is None:
        return None
    return select(_fts.c.rowid).where(text("case_fts MATCH :expr").bindparams(expr=expr))
