"""Field names and problem messages in the UI language, from the message catalogue.

The domain reports problems as data (:class:`fieldapp.domain.errors.Problem`: record, field path,
message id and parameters, allowed codes) and the catalogue (:mod:`fieldapp.messages`) words them
in each language. This module picks the UI's current language and the forms a screen needs: the
label of a field path as the form shows it, and a problem as a sentence of its own to show under
its field (the catalogue's ``<id>.sentence`` where it has one).
"""

from __future__ import annotations

from functools import lru_cache

from fieldapp.domain.errors import Problem
from fieldapp.messages import Message, message_ids, render, render_text
from fieldapp.messages.fieldnames import field_label as catalogue_field_label
from ui.i18n import current_language

_FIELD = "field."
# ``field.item.<list>`` names a numbered record of a list ("Member {n}"), not a field.
_ITEM = "field.item."
# Record labels a table cell starts with: "Record 2", not "record 2".
_RECORD_WORDS = frozenset({"record.record", "record.line", "record.row", "record.case"})


@lru_cache(maxsize=8)
def _labels(lang: str) -> dict[str, str]:
    return {key[len(_FIELD):]: render_text(key, lang) for key in message_ids()
            if key.startswith(_FIELD) and not key.startswith(_ITEM)}


def field_labels() -> dict[str, str]:
    """Every form field's label in the UI language, keyed by its path in the case document."""
    return dict(_labels(current_language()))


def field_label(path: str) -> str:
    """The label of the field at ``path`` (``members[1].given_name`` → "Member 2: Given name")."""
    return catalogue_field_label(path, current_language())


def problem_message(problem: Problem) -> str:
    """What is wrong in ``problem``, in the UI language, as a sentence shown beside its field."""
    lang = current_language()
    sentence = f"{problem.id}.sentence"
    if sentence in message_ids():
        return render(Message(sentence, problem.params), lang)
    return problem.text(lang)


def problem_record(problem: Problem) -> str:
    """The record of ``problem`` (``Record 3``, ``Line 7``, a case number) in the UI language."""
    if problem.where is None:
        return problem.record
    text = render(problem.where, current_language())
    if problem.where.id in _RECORD_WORDS:
        return text[:1].upper() + text[1:]
    return text
