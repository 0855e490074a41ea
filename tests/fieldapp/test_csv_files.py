"""CSV as spreadsheets in the region save it: ``;`` or ``,``, UTF-8 with or without a BOM,
Windows-1250 and Windows-1252; and the formula guard that our import undoes exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.domain.files import (
    FileError,
    decode_csv,
    read_case_file,
    read_csv_text,
    sniff_delimiter,
    write_csv,
)
from fieldapp.domain.interchange import validate_case
from fieldapp.reports.cells import neutralise, restore
from tests.conftest import ROOT, run_cli, sample_case

HEADER = "case_ref;case_type;municipality;settlement;given_name;family_name;sex;relationship;consent_processing;consent_recorded_on"
SERBIAN_AND_ALBANIAN = "\n".join([
    HEADER,
    "S-1;displaced_return;23;Štrpce;Đorđe;Ćosić;M;head;da;2026-11-20",
    "S-1;displaced_return;23;Štrpce;Žaklina;Ćosić;F;spouse;da;2026-11-20",
    "S-1;displaced_return;23;Štrpce;Dragoljub;Ćosić;M;child;da;2026-11-20",
    "S-2;displaced_return;35;Gračanica;Miloš;Šćepanović;M;head;true;2026-11-21",
    "A-1;displaced_return;20;Prizren;Shkëlzen;Çitaku;M;head;po;2026-11-22",
    "A-1;displaced_return;20;Prizren;Qëndresa;Çitaku;F;spouse;po;2026-11-22",
]) + "\r\n"


def _names(records: list) -> set[str]:
    return {f"{m['given_name']} {m['family_name']}" for _label, doc in records for m in doc["members"]}


def test_semicolon_windows_1250_file_with_serbian_and_albanian_names(tmp_path: Path) -> None:
    path = tmp_path / "opstina.csv"
    path.write_bytes(SERBIAN_AND_ALBANIAN.encode("cp1250"))
    assert decode_csv(path.name, path.read_bytes())[1] == "cp1250"
    records = list(read_case_file(path))
    assert _names(records) == {"Đorđe Ćosić", "Žaklina Ćosić", "Dragoljub Ćosić", "Miloš Šćepanović",
                               "Shkëlzen Çitaku", "Qëndresa Çitaku"}
    docs = [validate_case(doc, record=label) for label, doc in records]
    assert [d["settlement"] for d in docs] == ["Štrpce", "Gračanica", "Prizren"]
    assert all(d["consent"]["processing"] for d in docs)


def test_semicolon_windows_1250_file_through_the_command(cli_ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "opstina.csv"
    path.write_bytes(SERBIAN_AND_ALBANIAN.encode("cp1250"))
    r = run_cli("case", "import", str(path), "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.err
    assert r.json()["imported"] == 3
    heads = {c["head"] for c in run_cli("case", "list", "--workspace", str(cli_ws), "--json").json()}
    assert heads == {"Đorđe Ćosić", "Miloš Šćepanović", "Shkëlzen Çitaku"}
    found = run_cli("case", "search", "cosic", "--workspace", str(cli_ws), "--json").json()
    assert [c["head"] for c in found] == ["Đorđe Ćosić"]


def test_windows_1252_file_with_albanian_names(tmp_path: Path) -> None:
    text = "\n".join([
        "case_ref,case_type,municipality,given_name,family_name,sex,relationship,occupation",
        "A-7,repatriated,19,Lumnije,Gërguri,F,head,Bäckerin ˆ Müller",
        "A-7,repatriated,19,Çlirim,Gërguri,M,spouse,",
    ])
    raw = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("cp1250")  # "ˆ" exists only in 1252: this file cannot be 1250
    assert decode_csv("f.csv", raw) == (text, "cp1252")
    records = read_csv_text("f.csv", decode_csv("f.csv", raw)[0])
    assert _names(records) == {"Lumnije Gërguri", "Çlirim Gërguri"}


def test_albanian_only_file_reads_the_same_in_either_code_page(tmp_path: Path) -> None:
    text = "case_ref;given_name;family_name\nA-1;Mërgim;Thaçi\n"
    for code_page in ("cp1250", "cp1252"):
        assert decode_csv("f.csv", text.encode(code_page))[0] == text


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    text = "case_ref,given_name,family_name,script\nS-1,Ђорђе,Петровић,Cyrl\nS-1,Jelena,Petrović,Latn\n"
    for name, raw in (("bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8")), ("plain.csv", text.encode("utf-8"))):
        path = tmp_path / name
        path.write_bytes(raw)
        records = list(read_case_file(path))
        assert _names(records) == {"Ђорђе Петровић", "Jelena Petrović"}, name


def test_bad_bytes_after_a_bom_and_undecodable_files_are_refused_with_one_line(cli_ws: Path, tmp_path: Path) -> None:
    with pytest.raises(FileError, match="is not UTF-8 text"):
        decode_csv("f.csv", b"\xef\xbb\xbfcase_ref\n\xff\n")
    path = tmp_path / "binary.csv"
    path.write_bytes(b"case_ref,given_name,family_name\nA,\x81\x90,x\n")  # undefined in 1250 and 1252
    r = run_cli("case", "import", str(path), "--workspace", str(cli_ws))
    assert r.code == 1 and r.err.count("\n") == 1
    assert "Windows-1250" in r.err and "binary.csv" in r.err and "Traceback" not in r.err


@pytest.mark.parametrize("header, expected", [
    ("case_ref;given_name;family_name", ";"), ("case_ref,given_name,family_name", ","),
    ("case_ref\tgiven_name\tfamily_name", "\t"), ("case_ref", ","),
])
def test_the_separator_is_read_from_the_header(header: str, expected: str) -> None:
    assert sniff_delimiter(header + "\nA;b,c\n") == expected


@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", " ", "\t", "\r", "a", "ë", "Ђ", ";"]),
               max_size=8))
def test_restore_undoes_neutralise_exactly(text: str) -> None:
    guarded = neutralise(text)
    assert restore(guarded) == text
    assert not guarded.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


def test_a_name_that_begins_with_an_apostrophe_survives_the_round_trip() -> None:
    doc = sample_case()
    doc["members"][0]["family_name"] = "'=already quoted"
    doc["members"][0]["given_name"] = "O'Brien"
    text = write_csv([doc], delimiter=";", bom=True)
    (_label, back), = read_csv_text("x.csv", text.lstrip("\ufeff"))
    assert back["members"][0]["family_name"] == "'=already quoted"
    assert back["members"][0]["given_name"] == "O'Brien"


def test_assistance_and_referrals_round_trip_with_separators_inside() -> None:
    doc = sample_case()
    doc["assistance"] = [{"item": "firewood: 4 m3", "status": "planned", "quantity": 2.5,
                          "handover_date": "2027-01-10", "donor": r"EU\IPA; lot 2"}]
    doc["referrals"] = [{"service": "legal_aid_property", "reason": "claim: KPCVA", "date": "2026-12-02",
                         "status": "done"}]
    (_label, back), = read_csv_text("x.csv", write_csv([doc]))
    checked = validate_case(back)
    assert checked["assistance"][0]["item"] == "firewood: 4 m3"
    assert checked["assistance"][0]["donor"] == r"EU\IPA; lot 2"
    assert checked["assistance"][0]["quantity"] == 2.5
    assert checked["referrals"] == [{"service": "legal_aid_property", "reason": "claim: KPCVA",
                                     "date": "2026-12-02", "status": "done"}]


def test_the_documented_example_file_imports() -> None:
    path = ROOT / "docs" / "examples" / "households.csv"
    docs = [validate_case(doc, record=label) for label, doc in read_case_file(path)]
    assert len(docs) >= 2
    assert {d["members"][0]["family_name"] for d in docs} >= {"Petrović", "Berisha"}
