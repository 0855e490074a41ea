"""Field paths of the case document read as the labels of the form, in all four languages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from fieldapp.domain.interchange import validate_case
from fieldapp.messages import LANGS
from fieldapp.messages.fieldnames import field_label
from tests.conftest import sample_case

LABELS = {
    "members[1].given_name": {
        "en": "Member 2: Given name", "sq": "Anëtari 2: Emri", "sr-Latn": "Član 2: Ime", "sr-Cyrl": "Члан 2: Име",
    },
    "municipality": {
        "en": "Municipality of return", "sq": "Komuna e kthimit", "sr-Latn": "Opština povratka",
        "sr-Cyrl": "Општина повратка",
    },
    "property.claim_number": {
        "en": "KPCVA claim number", "sq": "Numri i kërkesës në AKKVP", "sr-Latn": "Broj zahteva u KAUVI",
        "sr-Cyrl": "Број захтева у КАУВИ",
    },
    "needs[0].category": {
        "en": "Need 1: Need", "sq": "Nevoja 1: Nevoja", "sr-Latn": "Potreba 1: Potreba", "sr-Cyrl": "Потреба 1: Потреба",
    },
    "assistance[2]": {
        "en": "Assistance item 3", "sq": "Artikulli i ndihmës 3", "sr-Latn": "Stavka pomoći 3",
        "sr-Cyrl": "Ставка помоћи 3",
    },
    "vulnerabilities[2]": {
        "en": "Vulnerabilities (3)", "sq": "Cenueshmëritë (3)", "sr-Latn": "Ranjivosti (3)", "sr-Cyrl": "Рањивости (3)",
    },
    "interview.interpreter_name": {
        "en": "Interpreter's name", "sq": "Emri i përkthyesit", "sr-Latn": "Ime prevodioca",
        "sr-Cyrl": "Име преводиоца",
    },
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", sorted(LABELS))
def test_a_path_reads_as_its_label(path: str, lang: str) -> None:
    assert field_label(path, lang) == LABELS[path][lang]


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_path_is_shown_as_written(lang: str) -> None:
    assert field_label("househod", lang) == "househod"
    assert field_label("", lang) == ""


def _paths(value: Any, prefix: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from _paths(item, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            path = f"{prefix}[{i}]"
            if "[" not in prefix:  # codes inside a member's list are named by the list
                yield path
            yield from _paths(item, path)


def test_every_field_of_a_case_document_has_a_label_in_every_language() -> None:
    doc = validate_case(sample_case(notes=["first visit"], assistance=[{"item": "stove"}],
                                    referrals=[{"service": "civil_registry"}]))
    paths = list(_paths(doc))
    assert len(paths) > 80
    for lang in LANGS:
        unlabelled = [p for p in paths if field_label(p, lang) in (p, "") or "_" in field_label(p, lang)]
        assert not unlabelled, f"{lang}: no label for {unlabelled}"
