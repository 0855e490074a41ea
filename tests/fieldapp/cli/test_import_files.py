"""``fieldapp case import``: the three file types, atomicity, and every kind of bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fieldapp.domain.files import write_csv
from tests.conftest import run_cli, sample_case
from tests.fieldapp.store.helpers import case_count, content_digest


def _write(path: Path, docs: list) -> Path:
    path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    return path


def test_json_jsonl_and_csv_import(cli_ws: Path, tmp_path: Path) -> None:
    docs = [sample_case(), sample_case(municipality="19")]
    r = run_cli("case", "import", str(_write(tmp_path / "a.json", docs)), "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.err
    assert r.json()["imported"] == 2
    jl = tmp_path / "b.jsonl"
    jl.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n\n", encoding="utf-8")
    assert run_cli("case", "import", str(jl), "--workspace", str(cli_ws)).code == 0
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(write_csv(docs), encoding="utf-8")
    r = run_cli("case", "import", str(csv_path), "--workspace", str(cli_ws))
    assert r.code == 0, r.err
    listed = run_cli("case", "list", "--workspace", str(cli_ws), "--json").json()
    assert len(listed) == 6
    assert {c["head"] for c in listed} == {"Đorđe Petrović"}
    assert all(c["members"] == 2 for c in listed)


def test_csv_groups_rows_by_case_ref(cli_ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(
        "case_ref,case_type,municipality,given_name,family_name,sex,relationship,consent_processing,consent_recorded_on\n"
        "H-1,displaced_return,20,Shkëlzen,Berisha,M,head,true,2026-11-20\n"
        "H-1,displaced_return,20,Teuta,Berisha,F,spouse,true,2026-11-20\n"
        "H-2,repatriated,19,Çlirim,Krasniqi,M,head,true,2026-11-20\n", encoding="utf-8")
    assert run_cli("case", "import", str(path), "--workspace", str(cli_ws)).code == 0
    listed = {c["head"]: c for c in run_cli("case", "list", "--workspace", str(cli_ws), "--json").json()}
    assert listed["Shkëlzen Berisha"]["members"] == 2
    assert listed["Çlirim Krasniqi"]["status"] == "arrival_registered"


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    good = sample_case()
    unknown = sample_case(househod=[])
    wrong_type = sample_case()
    wrong_type["members"][0]["disability"] = "no"
    bad_date = sample_case()
    bad_date["interview"]["date"] = "2026-02-30"
    bad_code = sample_case()
    bad_code["needs"][0]["category"] = "housing"
    files = {
        "unknown key": (_write(tmp / "unknown.json", [good, unknown]), "record 2: househod: unknown key"),
        "wrong type": (_write(tmp / "type.json", [wrong_type]), "members[0].disability: must be true or false"),
        "bad date": (_write(tmp / "date.json", [bad_date]), "interview.date: '2026-02-30' is not a date"),
        "unknown code": (_write(tmp / "code.json", [good, good, bad_code]), "record 3: needs[0].category: 'housing' is not a known code"),
        "two heads": (_write(tmp / "heads.json", [dict(good, members=good["members"] * 2)]), "two heads of household"),
    }
    (tmp / "empty.json").write_bytes(b"")
    files["empty file"] = (tmp / "empty.json", "is empty")
    (tmp / "notjson.json").write_text("this is not JSON at all", encoding="utf-8")
    files["not JSON"] = (tmp / "notjson.json", "is not valid JSON")
    (tmp / "garbage.jsonl").write_bytes(os.urandom(10 * 1024 * 1024))
    files["10 MB of garbage"] = (tmp / "garbage.jsonl", "garbage.jsonl")
    (tmp / "cases.txt").write_text("x", encoding="utf-8")
    files["unknown type"] = (tmp / "cases.txt", "unknown file type")
    files["missing"] = (tmp / "missing.json", "does not exist")
    (tmp / "badcol.csv").write_text("case_ref,given_name,family_name,colour\nA,B,C,D\n", encoding="utf-8")
    files["csv unknown column"] = (tmp / "badcol.csv", "colour: unknown column")
    return files


def test_malformed_files_exit_1_with_one_line_and_change_nothing(cli_ws: Path, tmp_path: Path) -> None:
    assert run_cli("case", "import", str(_write(tmp_path / "seed.json", [sample_case()])),
                   "--workspace", str(cli_ws)).code == 0
    before = content_digest(cli_ws)
    for name, (path, expected) in _bad_files(tmp_path).items():
        r = run_cli("case", "import", str(path), "--workspace", str(cli_ws))
        assert r.code == 1, (name, r.err)
        lines = r.err.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (name, r.err)
        assert "Traceback" not in r.err and r.out == ""
    assert content_digest(cli_ws) == before
    assert case_count(cli_ws) == 1


def test_validation_report_as_json(cli_ws: Path, tmp_path: Path) -> None:
    bad = sample_case(municipality="99")
    r = run_cli("case", "import", str(_write(tmp_path / "x.json", [sample_case(), bad])),
                "--workspace", str(cli_ws), "--json")
    assert r.code == 1
    report = r.json()
    assert report["problems"][0]["record"] == "record 2"
    assert report["problems"][0]["field"] == "municipality"
    assert "20" in report["problems"][0]["allowed"]


def test_same_case_twice_is_refused_not_duplicated(cli_ws: Path, tmp_path: Path) -> None:
    doc = sample_case(id="0193b6e0-1111-7000-8000-000000000001")
    path = _write(tmp_path / "one.json", [doc])
    assert run_cli("case", "import", str(path), "--workspace", str(cli_ws)).code == 0
    r = run_cli("case", "import", str(path), "--workspace", str(cli_ws))
    assert r.code == 1 and "already in this workspace" in r.err
    assert case_count(cli_ws) == 1


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_before_or_after_the_subcommand(cli_ws: Path, where: str) -> None:
    args = ["case", "list"]
    opts = ["--workspace", str(cli_ws), "--json", "--lang", "sq"]
    r = run_cli(*(opts + args if where == "before" else args + opts))
    assert r.code == 0, r.err
    assert r.json() == []


def test_json_array_is_read_element_by_element_with_exact_error_positions(tmp_path: Path) -> None:
    from fieldapp.domain.files import FileError, read_case_file

    path = tmp_path / "cases.json"
    path.write_text('[\n {"case_type": "repatriated"},\n {"case_type": \n]', encoding="utf-8")
    records = iter(read_case_file(path))
    assert next(records) == ("record 1", {"case_type": "repatriated"})
    with pytest.raises(FileError, match=r"cases.json is not valid JSON \(line 4, column 1"):
        next(records)
    path.write_text('{"case_type": "repatriated"}', encoding="utf-8")
    assert list(read_case_file(path)) == [("record 1", {"case_type": "repatriated"})]
    path.write_text('[{"case_type": "repatriated"}] trailing', encoding="utf-8")
    with pytest.raises(FileError, match="Extra data"):
        list(read_case_file(path))


def test_readers_name_records_in_every_language(tmp_path: Path) -> None:
    from fieldapp.domain.errors import ValidationError
    from fieldapp.domain.files import FileError, read_case_file, read_csv_text
    from fieldapp.messages import render

    path = _write(tmp_path / "cases.json", [sample_case(), sample_case()])
    label = [lbl for lbl, _doc in read_case_file(path)][1]
    assert label == "record 2" and label.where is not None and render(label.where, "sq") == "regjistrimi 2"
    csv_text = ("case_ref,case_type,municipality,given_name,family_name,sex,relationship,disability\n"
                "A,repatriated,20,X,Y,M,head,maybe\n")
    with pytest.raises(ValidationError) as info:
        read_csv_text("f.csv", csv_text)
    (problem,) = info.value.problems
    assert str(problem).startswith("row 2: disability: 'maybe' is not true or false")
    assert problem.render("sr-Latn").startswith("red 2: ") and "'maybe' nije da ili ne" in problem.render("sr-Latn")
    with pytest.raises(FileError) as missing:
        list(read_case_file(tmp_path / "nowhere.json"))
    assert missing.value.render("sq").endswith("nuk ekziston; kontrolloni shtegun.")
