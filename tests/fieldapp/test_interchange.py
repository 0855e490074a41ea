"""Validation of the case interchange format: every mistake named by record, field and allowed values."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.interchange import validate_case
from tests.conftest import sample_case


def problems(doc: Any) -> list[str]:
    with pytest.raises(ValidationError) as info:
        validate_case(doc, record="record 7")
    return [str(p) for p in info.value.problems]


def test_contract_example_is_valid_and_normalised() -> None:
    doc = validate_case(sample_case())
    assert doc["format"] == "fieldapp.case/1"
    assert doc["members"][0]["given_name"] == "Đorđe"
    assert doc["members"][1]["script"] == "Cyrl"
    assert doc["interview"]["place"] is None  # every known key present
    assert doc["id"] is None and doc["case_number"] is None


def test_unknown_key_is_named_with_the_allowed_keys() -> None:
    msgs = problems(sample_case(househod=[]))
    assert any(m.startswith("record 7: househod: unknown key (allowed: format, id") for m in msgs)


def test_unknown_nested_key_is_named_with_its_path() -> None:
    doc = sample_case()
    doc["members"][0]["nickname"] = "Đole"
    assert any("members[0].nickname: unknown key" in m for m in problems(doc))


def test_unknown_code_lists_the_allowed_codes() -> None:
    doc = sample_case()
    doc["members"][0]["sex"] = "X"
    (msg,) = problems(doc)
    assert msg == "record 7: members[0].sex: 'X' is not a known code (allowed: M, F)"


def test_unknown_municipality() -> None:
    (msg,) = problems(sample_case(municipality="99"))
    assert "municipality: '99' is not a municipality code" in msg and "38" in msg


def test_bad_dates() -> None:
    doc = sample_case()
    doc["members"][0]["date_of_birth"] = "1968-13"
    doc["interview"]["date"] = "20.11.2026"
    doc["displacement"]["since"] = "2999"
    msgs = problems(doc)
    assert any("members[0].date_of_birth: '1968-13' is not a date in the calendar" in m for m in msgs)
    assert any("interview.date: must be a date written YYYY-MM-DD" in m for m in msgs)
    assert any("displacement.since: '2999' is in the future" in m for m in msgs)


def test_year_only_and_year_month_dates_are_accepted() -> None:
    doc = sample_case()
    doc["members"][0]["date_of_birth"] = "1968"
    doc["members"][1]["date_of_birth"] = "1971-03"
    assert validate_case(doc)["members"][1]["date_of_birth"] == "1971-03"


def test_wrong_types() -> None:
    doc = sample_case(members="Đorđe")
    assert any("members: at least one household member is required" in m for m in problems(doc))
    doc = sample_case()
    doc["members"][0]["disability"] = "no"
    assert any("members[0].disability: must be true or false" in m for m in problems(doc))
    assert problems([1, 2]) == ["record 7: must be a JSON object (one case)"]


def test_exactly_one_head_of_household() -> None:
    doc = sample_case()
    doc["members"][1]["relationship"] = "head"
    assert any("two heads of household" in m for m in problems(doc))
    doc["members"][0]["relationship"] = "child"
    doc["members"][1]["relationship"] = "spouse"
    assert any("no member is the head of household" in m for m in problems(doc))


def test_sensitive_fields_need_sensitive_data_consent() -> None:
    doc = sample_case()
    doc["consent"]["sensitive_data"] = False
    assert any("members[0].community: is sensitive data" in m for m in problems(doc))


def test_script_must_match_the_name_as_written() -> None:
    doc = sample_case()
    doc["members"][1]["script"] = "Latn"
    assert any("members[1].script: is 'Latn' but the name is written in Cyrillic" in m for m in problems(doc))


def test_status_must_belong_to_the_case_type() -> None:
    assert any("'arrival_registered' is not a state of a displaced_return case" in m
               for m in problems(sample_case(status="arrival_registered")))
    assert validate_case(sample_case(case_type="repatriated", status=None))["status"] == "arrival_registered"


def test_all_problems_are_reported_at_once() -> None:
    doc = sample_case(municipality="99", case_type="tourist")
    assert len(problems(doc)) >= 2


def test_notes_as_text_become_objects() -> None:
    doc = validate_case(sample_case(notes=["first visit"]))
    assert doc["notes"] == [{"text": "first visit", "author": None, "at": None}]


def test_problems_read_in_the_language_with_the_record_named_there() -> None:
    from fieldapp.domain.interchange import RecordLabel
    from fieldapp.messages import Message

    doc = sample_case()
    doc["members"][0]["sex"] = "X"
    doc["displacement"]["since"] = "2999"
    with pytest.raises(ValidationError) as info:
        validate_case(doc, record=RecordLabel("line 4", Message("record.line", {"n": 4})))
    sex = next(p for p in info.value.problems if p.field == "members[0].sex")
    assert sex.record == "line 4" and sex.id == "domain.unknown_code"
    assert sex.render("sq").startswith("rreshti 4: ") and "'X' nuk është kod i njohur" in sex.render("sq")
    assert "'X' није позната шифра" in sex.render("sr-Cyrl")
    since = next(p for p in info.value.problems if p.field == "displacement.since")
    assert since.text("sr-Latn") == "'2999' je u budućnosti"
