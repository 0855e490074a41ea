"""``fieldapp case export --format csv``: spreadsheets in the region open it, formulas never run,
our own import reads it back, and every export is in the audit log."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.conftest import PASSPHRASE, run_cli, sample_case

# The columns written before assistance, referrals and the score were added: they stay first,
# in this order, so that whatever reads them by position still finds them.
EARLIER_COLUMNS = [
    "case_ref", "id", "case_number", "case_type", "status", "municipality", "settlement",
    "return_mode", "origin_municipality", "origin_settlement", "intention_registered_on",
    "displacement_category", "displacement_location", "displacement_since", "interview_date",
    "interview_place", "interview_officer", "interview_language", "interview_interpreter",
    "interview_interpreter_name", "interview_notes", "property_tenure", "property_cadastral_zone",
    "property_cadastral_municipality", "property_parcel", "property_evidence",
    "property_claim_number", "property_claim_decision", "vulnerabilities", "needs",
    "consent_processing", "consent_share_with_partners", "consent_photos",
    "consent_sensitive_data", "consent_recorded_on", "consent_recorded_by", "notes", "given_name",
    "family_name", "script", "sex", "date_of_birth", "relationship", "personal_number",
    "documents", "community", "disability", "chronic_illness", "education", "occupation",
    "preferred_language",
]
FORMULA_NAME = '=HYPERLINK("http://example.org/x","Open")'


def _case_with_formulas() -> dict[str, Any]:
    doc = sample_case()
    doc["members"][0]["given_name"] = FORMULA_NAME
    doc["members"][0]["family_name"] = "@SUM(A1)"
    doc["settlement"] = "+Prizren"
    doc["needs"][0]["note"] = "-2 rooms"
    doc["assistance"] = [{"item": "food parcel", "status": "delivered", "quantity": 3,
                          "handover_date": "2026-11-02", "donor": "UNHCR: Kosovo; office",
                          "project": "RE-4", "receipt_reference": "R-17"}]
    doc["referrals"] = [{"service": "civil_registry", "reason": "late birth registration",
                         "date": "2026-12-01", "status": "open"}]
    return doc


def _import(ws: Path, tmp: Path, docs: list[dict[str, Any]]) -> None:
    path = tmp / "in.json"
    path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    r = run_cli("case", "import", str(path), "--workspace", str(ws))
    assert r.code == 0, r.err


def _rows(path: Path, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_formula_looking_cells_are_exported_as_text(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [_case_with_formulas()])
    out = tmp_path / "cases.csv"
    r = run_cli("case", "export", "--format", "csv", "-o", str(out), "--workspace", str(cli_ws))
    assert r.code == 0, r.err
    rows = _rows(out)
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], "a live formula was written"
    head = dict(zip(rows[0], rows[1], strict=True))
    assert head["given_name"] == "'" + FORMULA_NAME
    assert head["family_name"] == "'@SUM(A1)" and head["settlement"] == "'+Prizren"
    assert head["needs"] == "housing_reconstruction:high:-2 rooms"  # not at the start: no formula


def test_header_keeps_earlier_columns_and_adds_assistance_referrals_score(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [_case_with_formulas()])
    out = tmp_path / "cases.csv"
    assert run_cli("case", "export", "--format", "csv", "-o", str(out), "--workspace", str(cli_ws)).code == 0
    rows = _rows(out)
    assert rows[0][:len(EARLIER_COLUMNS)] == EARLIER_COLUMNS
    assert rows[0][len(EARLIER_COLUMNS):] == ["assistance", "referrals", "score"]
    head = dict(zip(rows[0], rows[1], strict=True))
    assert head["assistance"] == r"food parcel:delivered:3:2026-11-02:UNHCR\: Kosovo\; office:RE-4:R-17"
    assert head["referrals"] == "civil_registry:open:2026-12-01:late birth registration"
    assert float(head["score"]) > 0


def test_bom_and_semicolon_export_opens_back_through_our_import(cli_ws: Path, tmp_path: Path) -> None:
    docs = [_case_with_formulas(), sample_case(municipality="19")]
    _import(cli_ws, tmp_path, docs)
    out = tmp_path / "cases.csv"
    r = run_cli("case", "export", "--format", "csv", "--delimiter", ";", "-o", str(out),
                "--workspace", str(cli_ws), "--json")
    assert r.code == 0, r.err
    assert r.json() == {"file": str(out), "exported": 2, "rows": 4, "format": "csv"}
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcase_ref;id;case_number;")
    assert "Đorđe".encode() in raw and "Петровић".encode() in raw

    other = tmp_path / "other"
    assert run_cli("init", "--officer", "Milan Jović", "--municipality", "19", "--workspace", str(other)).code == 0
    r = run_cli("case", "import", str(out), "--workspace", str(other), "--json")
    assert r.code == 0, r.err
    assert r.json()["imported"] == 2
    exported = {d["case_number"]: d for d in
                (json.loads(x) for x in [run_cli("case", "show", n, "--workspace", str(cli_ws), "--json").out
                                         for n in r.json()["case_numbers"]])}
    for number in r.json()["case_numbers"]:
        again = run_cli("case", "show", number, "--workspace", str(other), "--json").json()
        before = exported[number]
        for key in ("id", "members", "settlement", "needs", "assistance", "referrals", "consent",
                    "vulnerabilities", "property", "displacement"):
            assert again[key] == before[key], key
    names = {m["given_name"] for d in exported.values() for m in d["members"]}
    assert FORMULA_NAME in names  # the name came back exactly as written, not with its guard


def test_no_bom_and_comma_for_scripts(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [sample_case()])
    out = tmp_path / "plain.csv"
    assert run_cli("case", "export", "--format", "csv", "--no-bom", "-o", str(out), "--workspace", str(cli_ws)).code == 0
    assert out.read_bytes().startswith(b"case_ref,id,")


def test_labels_in_albanian_and_serbian_cyrillic(cli_ws: Path, tmp_path: Path) -> None:
    _import(cli_ws, tmp_path, [_case_with_formulas()])
    out = tmp_path / "sq.csv"
    r = run_cli("case", "export", "--format", "csv", "--labels", "--lang", "sq", "--sep", ";",
                "-o", str(out), "--workspace", str(cli_ws))
    assert r.code == 0, r.err
    rows = _rows(out, ";")
    head = dict(zip(rows[0], rows[1], strict=True))
    assert head["Lloji i rastit"] == "Kthim i personit të zhvendosur"
    assert head["Lidhja me kryefamiljarin"] == "Kryefamiljar"
    assert head["Emri"] == "'" + FORMULA_NAME  # labels or not, never a formula
    assert head["Përpunimi i të dhënave personale"] == "Po"
    assert "Dorëzuar" in head["Ndihma"]

    cyr = tmp_path / "cyr.csv"
    r = run_cli("case", "export", "--format", "csv", "--labels", "sr-Cyrl", "-o", str(cyr), "--workspace", str(cli_ws))
    assert r.code == 0, r.err
    rows = _rows(cyr)
    head = dict(zip(rows[0], rows[1], strict=True))
    assert head["Сродство са носиоцем"] == "Носилац домаћинства"
    assert head["Општина повратка"] == "Призрен"

    # A labelled file is for reading: importing it says so in one line and changes nothing.
    r = run_cli("case", "import", str(out), "--workspace", str(cli_ws))
    assert r.code == 1 and r.err.count("\n") == 1 and "--labels" in r.err and "Traceback" not in r.err


def test_every_export_is_an_audit_event_with_its_row_count(cli_ws: Path, tmp_path: Path) -> None:
    from fieldapp.store.models import AuditEvent
    from fieldapp.store.workspace import Workspace

    _import(cli_ws, tmp_path, [sample_case(), sample_case(), sample_case(municipality="19")])
    out = tmp_path / "cases.csv"
    r = run_cli("case", "export", "--format", "csv", "--sep", ";", "--municipality", "20", "-o", str(out),
                "--workspace", str(cli_ws))
    assert r.code == 0, r.err
    assert run_cli("case", "export", "-o", str(tmp_path / "all.json"), "--workspace", str(cli_ws)).code == 0
    ws = Workspace.open(cli_ws, PASSPHRASE)
    try:
        with ws.read() as s:
            events = s.execute(select(AuditEvent).where(AuditEvent.action == "case.export")
                               .order_by(AuditEvent.seq)).scalars().all()
            found = [(e.officer, e.detail) for e in events]
    finally:
        ws.close()
    assert found[0] == ("Arta Krasniqi", {"cases": 2, "rows": 4, "format": "csv", "delimiter": ";",
                                          "bom": True, "labels": None, "filters": {"municipality": "20"}})
    assert found[1] == ("Arta Krasniqi", {"cases": 3, "rows": 3, "format": "json"})
    assert run_cli("audit", "verify", "--workspace", str(cli_ws)).code == 0


def test_export_errors_are_one_line(cli_ws: Path, tmp_path: Path) -> None:
    r = run_cli("case", "export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"), "--workspace", str(cli_ws))
    assert r.code == 1 and r.err.count("\n") == 1 and "does not exist" in r.err
    r = run_cli("case", "export", "--format", "csv", "--delimiter", "|", "-o", str(tmp_path / "x.csv"),
                "--workspace", str(cli_ws))
    assert r.code == 2
