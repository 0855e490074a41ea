"""Forms against a workspace: verify, audit events, saving, batches and the office setting."""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from fieldapp.domain.errors import UserError
from fieldapp.forms import service
from fieldapp.forms.verify import FormFileError, read_printed_form
from fieldapp.progress import Progress
from fieldapp.store import cases
from fieldapp.store.audit import verify as verify_chain
from fieldapp.store.models import AuditEvent
from fieldapp.store.workspace import Workspace
from tests.fieldapp.forms.helpers import EPOCH, NAMES, all_text, as_stored, household_case


@pytest.fixture
def case(workspace: Workspace) -> dict[str, Any]:
    """The test household stored in the workspace."""
    with workspace.write() as ctx:
        return cases.create_case(ctx, household_case())


@dataclass(frozen=True)
class Event:
    """An audit event read out of the store."""

    at: str
    officer: str
    entity: str | None
    entity_id: str | None
    detail: dict[str, Any]


def _events(ws: Workspace, action: str = "form.render") -> list[Event]:
    with ws.read() as s:
        rows = s.execute(select(AuditEvent).where(AuditEvent.action == action)
                         .order_by(AuditEvent.seq)).scalars()
        return [Event(e.at, e.officer, e.entity, e.entity_id, dict(e.detail)) for e in rows]


def _save(ws: Workspace, ref: str, form: str, path: Path, langs: str = "sq+sr-Latn") -> Path:
    service.save_case_form(ws, ref=ref, form=form, path=path, langs=langs)
    return path


def test_fresh_form_matches(workspace: Workspace, case: dict[str, Any], tmp_path: Path) -> None:
    pdf = _save(workspace, case["case_number"], "application", tmp_path / "a.pdf")
    result = service.verify_pdf(workspace, pdf)
    assert result.status == "matches", result.message
    assert result.message.startswith("matches")
    assert result.case_number == case["case_number"]
    assert result.printed_revision == result.current_revision == 1


def test_edit_after_printing_is_reported_as_changed_with_what(workspace: Workspace,
                                                              case: dict[str, Any],
                                                              tmp_path: Path) -> None:
    pdf = _save(workspace, case["id"], "application", tmp_path / "a.pdf")
    members = [dict(m) for m in case["members"]]
    members[2]["given_name"] = "Xhevat"
    with workspace.write() as ctx:
        cases.update_case(ctx, case["id"], {"members": members})
    result = service.verify_pdf(workspace, pdf)
    assert result.status == "changed"
    assert result.changed_sections == ("household",)
    assert (result.printed_revision, result.current_revision) == (1, 2)
    assert "household members" in result.message and result.message.startswith("changed")
    assert result.to_json()["matches"] is False


def test_a_change_the_form_does_not_show_still_matches(workspace: Workspace,
                                                       case: dict[str, Any],
                                                       tmp_path: Path) -> None:
    consent = _save(workspace, case["id"], "consent", tmp_path / "c.pdf")
    summary = _save(workspace, case["id"], "case-summary", tmp_path / "s.pdf")
    with workspace.write() as ctx:
        cases.transition(ctx, case["id"], "submitted")
    kept = service.verify_pdf(workspace, consent)
    assert kept.status == "matches" and kept.current_revision == 2
    assert "revision 2" in kept.message
    moved = service.verify_pdf(workspace, summary)
    assert moved.status == "changed"
    assert set(moved.changed_sections) == {"case", "history"}


def test_form_of_a_case_from_elsewhere_is_unknown(workspace: Workspace, tmp_path: Path) -> None:
    pdf = tmp_path / "other.pdf"
    pdf.write_bytes(service.render_document(as_stored(household_case()), form="referral",
                                            epoch=EPOCH))
    result = service.verify_pdf(workspace, pdf)
    assert result.status == "unknown"
    assert result.case_number == "20-2026-K7QD-0001"
    assert "not in this workspace" in result.message


def _foreign_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 700, "An invoice")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["foreign", "not a pdf", "truncated", "garbage", "tampered",
                                  "empty", "missing", "blank"])
def test_foreign_or_damaged_files_are_refused(workspace: Workspace, case: dict[str, Any],
                                              tmp_path: Path, kind: str) -> None:
    good = service.render_case_form(workspace, ref=case["id"], form="consent", record=False)
    path = tmp_path / "x.pdf"
    data = {
        "foreign": _foreign_pdf(),
        "not a pdf": json.dumps(household_case()).encode(),
        "truncated": good[: len(good) // 2],
        "garbage": b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
        "tampered": good.replace(b'"app":"fieldapp-form"', b'"app":"fieldapp-fxrm"'),
        "empty": b"",
        "blank": service.render_blank(form="consent", epoch=EPOCH),
    }.get(kind)
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(FormFileError) as err:
        service.verify_pdf(workspace, path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    assert "Traceback" not in message


def test_every_render_is_an_audit_event_without_names(workspace: Workspace,
                                                      case: dict[str, Any],
                                                      tmp_path: Path) -> None:
    _save(workspace, case["id"], "consent", tmp_path / "1.pdf", "sq+sr-Cyrl")
    _save(workspace, case["id"], "consent", tmp_path / "2.pdf", "sq+sr-Cyrl")  # a reprint
    service.render_case_form(workspace, ref=case["id"], form="referral", langs="sq+sr-Latn+en")
    service.render_case_form(workspace, ref=case["id"], form="referral", record=False)  # preview
    events = _events(workspace)
    assert [e.detail["form"] for e in events] == ["consent", "consent", "referral"]
    for e in events:
        assert e.officer == "Arta Krasniqi" and e.entity == "case" and e.entity_id == case["id"]
        assert e.detail["revision"] == 1 and len(e.detail["sha256"]) == 64
        assert e.at.endswith("Z")
        flat = json.dumps(e.detail, ensure_ascii=False)
        for name in (*NAMES, "Petrović", "Gashi"):
            assert name not in flat
    assert events[0].detail["langs"] == "sq+sr-Cyrl"
    assert events[2].detail["langs"] == "sq+sr-Latn+en"
    with workspace.read() as s:
        assert verify_chain(s).ok


def test_record_render_for_a_preview_saved_later(workspace: Workspace,
                                                 case: dict[str, Any]) -> None:
    with workspace.read() as s:
        doc = cases.get_case(s, case["id"])
    pdf = service.render_document(doc, form="handover-receipt", langs="sq+sr-Cyrl")
    assert all(name in all_text(pdf) for name in NAMES)
    assert _events(workspace) == []
    service.record_render(workspace, case_id=doc["id"], form="handover-receipt",
                          revision=doc["revision"], langs="sq+sr-Cyrl")
    assert [e.detail["form"] for e in _events(workspace)] == ["handover-receipt"]


def test_render_document_is_safe_on_other_threads(case: dict[str, Any]) -> None:
    doc = as_stored(household_case())
    expected = service.render_document(doc, form="case-summary", epoch=EPOCH)
    results: list[bytes] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(service.render_document(doc, form="case-summary", epoch=EPOCH))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and results == [expected] * 3


def test_saving_writes_only_where_asked(workspace: Workspace, case: dict[str, Any],
                                        tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    service.save_case_form(workspace, ref=case["id"], form="consent", path=out / "c.pdf")
    assert [p.name for p in out.iterdir()] == ["c.pdf"]  # no temp file left behind
    assert (out / "c.pdf").stat().st_mode & 0o077 == 0
    with pytest.raises(UserError):
        service.save_case_form(workspace, ref=case["id"], form="consent", path=out)
    with pytest.raises(UserError):
        service.save_case_form(workspace, ref=case["id"], form="consent",
                               path=tmp_path / "nowhere" / "c.pdf")
    with pytest.raises(cases.CaseNotFound):
        service.save_case_form(workspace, ref="20-2026-XXXX-9999", form="consent",
                               path=out / "d.pdf")
    assert not (out / "d.pdf").exists()


def test_batch_writes_one_file_per_case_with_progress(workspace: Workspace,
                                                      tmp_path: Path) -> None:
    with workspace.write() as ctx:
        docs = [cases.create_case(ctx, household_case()) for _ in range(4)]
    progress = Progress()
    out = tmp_path / "batch"
    out.mkdir()
    refs = [d["case_number"] for d in docs] + [docs[0]["id"]]  # a repeat is printed once
    result = service.render_batch(workspace, refs=refs, form="needs-assessment", out_dir=out,
                                  langs="sq+sr-Cyrl", progress=progress)
    assert not result.cancelled and len(result.files) == 4
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{d['case_number']}_needs-assessment.pdf" for d in docs)
    snap = progress.snapshot()
    assert (snap.done, snap.total) == (4, 4)
    assert len(_events(workspace)) == 4
    for path in result.files:
        assert service.verify_pdf(workspace, path).status == "matches"


def test_batch_stops_between_forms_when_cancelled(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as ctx:
        docs = [cases.create_case(ctx, household_case()) for _ in range(5)]

    class CancelAfterTwo(Progress):
        def step(self, n: int = 1) -> None:
            super().step(n)
            if self.snapshot().done == 2:
                self.cancel()

    progress = CancelAfterTwo()
    result = service.render_batch(workspace, refs=[d["id"] for d in docs], form="consent",
                                  out_dir=tmp_path, progress=progress)
    assert result.cancelled and len(result.files) == 2
    assert sorted(tmp_path.glob("*.pdf")) == sorted(result.files)
    assert len(_events(workspace)) == 2


def test_batch_with_an_unknown_case_writes_nothing(workspace: Workspace, case: dict[str, Any],
                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(cases.CaseNotFound):
        service.render_batch(workspace, refs=[case["id"], "20-2026-XXXX-9999"], form="consent",
                             out_dir=out)
    assert list(out.iterdir()) == []


def test_office_name_and_logo_are_kept_in_the_workspace(workspace: Workspace,
                                                        case: dict[str, Any],
                                                        tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (1200, 900), (200, 30, 30)).save(logo)
    office = service.set_office(workspace, name="MOCR Graçanicë / Gračanica", logo=logo)
    logo.unlink()  # the image is inside the workspace now
    assert office.logo is not None and office.logo.startswith(b"\x89PNG")
    loaded = service.load_office(workspace)
    assert loaded == office
    pdf = service.render_case_form(workspace, ref=case["id"], form="consent", record=False)
    assert "MOCR Graçanicë / Gračanica" in all_text(pdf)
    assert service.set_office(workspace, name="", clear_logo=True) == service.Office()
    with pytest.raises(UserError):
        service.set_office(workspace, name=None, logo=tmp_path / "missing.png")
    not_image = tmp_path / "notes.txt"
    not_image.write_text("hello")
    with pytest.raises(UserError):
        service.set_office(workspace, name=None, logo=not_image)
    assert [e.detail for e in _events(workspace, "form.office")][0] == {"name_set": True,
                                                                        "logo": True}


def test_read_printed_form_needs_no_workspace(tmp_path: Path) -> None:
    path = tmp_path / "f.pdf"
    path.write_bytes(service.render_document(as_stored(household_case()), form="consent",
                                             langs="sq+sr-Cyrl+en", epoch=EPOCH))
    printed = read_printed_form(path)
    assert printed.payload.form == "consent" and printed.langs == ("sq", "sr-Cyrl", "en")
    assert set(printed.sections) == {"case", "household", "consent", "interview"}
