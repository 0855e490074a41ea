"""Forms as operations: what the desktop app and the command line call.

Two kinds of function, for the two threads of DESIGN.md:

- pure rendering, safe on any thread and touching no store: :func:`render_document` (a case
  document, e.g. the DTO the UI already holds, to PDF bytes) and :func:`render_blank`;
- operations on the workspace, run on the store thread: :func:`render_case_form`,
  :func:`save_case_form`, :func:`record_render`, :func:`verify_pdf`, :func:`render_batch`,
  :func:`load_office` and :func:`set_office`.

A preview renders with :func:`render_document` and writes nothing. When the officer saves or
prints, the app calls :func:`record_render` (every print is an audit event: who, when, which
form, which revision, in which languages; never a name). A PDF is the one file with names
outside the encrypted store, so it is only ever written where asked, atomically.

Typical desktop use::

    doc = store_thread(lambda: get_case_doc(ws, ref))                 # store thread
    pdf = io_thread(lambda: render_document(doc, form="consent",
                                            langs="sq+sr-Cyrl", office=office))  # any thread
    ... preview pdf (pages to images), then on Save ...
    atomic_write(path, pdf)
    store_thread(lambda: record_render(ws, case_id=doc["id"], form="consent",
                                       revision=doc["revision"], langs="sq+sr-Cyrl"))
"""

from __future__ import annotations

import gc
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.forms.content import (
    FORMS,
    blank_content,
    check_form,
    form_content,
)
from fieldapp.forms.labels import langs_spec, parse_langs, texts
from fieldapp.forms.render import Office, render_content
from fieldapp.forms.verify import FormFileError, read_printed_form
from fieldapp.fsutil import atomic_write
from fieldapp.messages import Message, message_ids, render
from fieldapp.progress import Progress
from fieldapp.store import cases
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import Workspace

OFFICE_META = "office"
MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_MAX_PX = 600

Langs = str | Sequence[str] | None

__all__ = [
    "FORMS", "BatchResult", "FormFileError", "FormInfo", "Office", "VerifyResult", "form_list",
    "load_office", "record_render", "render_batch", "render_blank", "render_case_form",
    "render_document", "save_case_form", "set_office", "verify_pdf",
]


def _langs(langs: Langs) -> tuple[str, ...]:
    try:
        return parse_langs(langs)
    except ValueError:
        raise UserError("forms.bad_language_choice", spec=langs if isinstance(langs, str) else "+".join(langs or ())) from None


def _form(form: str) -> str:
    return check_form(form)


# --- listing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FormInfo:
    """One form that can be printed: its name and its titles per language."""

    name: str
    titles: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        """As ``form list --json`` prints it."""
        return {"name": self.name, "title": self.titles["en"], "titles": dict(self.titles)}


def form_list() -> list[FormInfo]:
    """The six forms, in CONTRACT.md's order."""
    langs = ("sq", "sr-Latn", "sr-Cyrl", "en")
    return [FormInfo(f, dict(zip(langs, texts(f"title.{f}", langs), strict=True))) for f in FORMS]


# --- pure rendering (any thread) -------------------------------------------------------------

def render_document(doc: dict[str, Any], *, form: str, langs: Langs = None,
                    office: Office | None = None, epoch: float | None = None) -> bytes:
    """The PDF of ``form`` for the case document ``doc``; pure, safe on any thread.

    ``doc`` is what :func:`fieldapp.store.cases.get_case` returns (the interchange format plus
    ``case_number``, ``revision`` and ``history``). ``langs`` is e.g. ``"sq+sr-Cyrl"`` (the
    default is ``sq+sr-Latn``). Raises :class:`UserError` for an unknown form or language choice.
    """
    form = _form(form)
    chosen = _langs(langs)
    if not doc.get("id") or doc.get("revision") is None:
        raise UserError("forms.unsaved_case")
    return render_content(form_content(doc, form), langs=chosen, office=office, epoch=epoch)


def render_blank(*, form: str, langs: Langs = None, office: Office | None = None,
                 municipality: str | None = None, epoch: float | None = None) -> bytes:
    """The blank paper form ``form`` (empty lines and boxes); pure, safe on any thread."""
    return render_content(blank_content(_form(form)), langs=_langs(langs), office=office,
                          municipality=municipality, epoch=epoch)


# --- workspace operations (store thread) ------------------------------------------------------

def load_office(ws: Workspace) -> Office:
    """The issuing office configured in the workspace (defaults when none is set)."""
    return Office.from_meta(ws.meta(OFFICE_META))


def read_logo(path: Path) -> bytes:
    """A logo image file as PNG bytes, scaled down to at most 600 px; raise :class:`UserError`."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path).expanduser()
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise UserError("forms.logo_too_large", path=str(path))
        with Image.open(path) as img:
            img.load()
            converted = img.convert("RGBA" if "A" in img.getbands() or img.mode == "P" else "RGB")
    except FileNotFoundError:
        raise UserError("forms.logo_missing", path=str(path)) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise UserError("forms.logo_unreadable", path=str(path)) from None
    converted.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_office(ws: Workspace, *, name: str | None, logo: Path | None = None,
               clear_logo: bool = False) -> Office:
    """Set the office name (and logo image) printed on every form; returns the new setting.

    ``name`` None keeps the current name; an empty name goes back to the default. The logo's
    image is kept inside the encrypted workspace, so later prints do not depend on the file.
    """
    current = load_office(ws)
    new_name = current.name
    if name is not None:
        name = " ".join(name.split())
        if len(name) > 200 or any(ord(ch) < 32 for ch in name):
            raise UserError("forms.office_name_invalid")
        new_name = name or None
    new_logo = None if clear_logo else current.logo
    if logo is not None:
        new_logo = read_logo(logo)
    office = Office(name=new_name, logo=new_logo)
    with ws.write() as ctx:
        ctx.set_meta(OFFICE_META, office.to_meta())
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="form.office",
                         detail={"name_set": office.name is not None,
                                 "logo": office.logo is not None})
    return office


def record_render(ws: Workspace, *, case_id: str, form: str, revision: int, langs: Langs,
                  sha256: str | None = None) -> None:
    """Write the audit event of one printed or saved form (who, when, form, revision)."""
    detail: dict[str, Any] = {"form": _form(form), "revision": int(revision),
                              "langs": langs_spec(_langs(langs))}
    if sha256:
        detail["sha256"] = sha256
    with ws.write() as ctx:
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="form.render",
                         entity="case", entity_id=case_id, detail=detail)


@dataclass(frozen=True)
class RenderedForm:
    """A rendered form of a case: the PDF and what identifies it."""

    pdf: bytes
    case_id: str
    case_number: str
    form: str
    revision: int
    langs: str
    sha256: str


def _render_ref(ws: Workspace, ref: str, form: str, chosen: tuple[str, ...],
                office: Office) -> RenderedForm:
    with ws.read() as s:
        doc = cases.get_case(s, ref)
    content = form_content(doc, form)
    pdf = render_content(content, langs=chosen, office=office)
    return RenderedForm(pdf=pdf, case_id=doc["id"], case_number=doc["case_number"], form=form,
                        revision=int(doc["revision"]), langs=langs_spec(chosen),
                        sha256=content.sha256)


def render_case_form(ws: Workspace, *, ref: str, form: str, langs: Langs = None,
                     record: bool = True) -> bytes:
    """The PDF of ``form`` for case ``ref`` (id or case number), recorded in the audit log.

    Pass ``record=False`` for a preview that is not (yet) saved or printed.
    """
    form, chosen = _form(form), _langs(langs)
    rendered = _render_ref(ws, ref, form, chosen, load_office(ws))
    if record:
        record_render(ws, case_id=rendered.case_id, form=form, revision=rendered.revision,
                      langs=chosen, sha256=rendered.sha256)
    return rendered.pdf


def _check_output(path: Path) -> Path:
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError("forms.pdf_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise UserError("cli.folder_missing", path=str(path.parent))
    return path


def _write_recorded(ws: Workspace, path: Path, rendered: RenderedForm) -> None:
    # The file and its audit event go together: if the event cannot be written, the file
    # (the one copy of names outside the store) is removed again.
    atomic_write(path, rendered.pdf)
    try:
        record_render(ws, case_id=rendered.case_id, form=rendered.form,
                      revision=rendered.revision, langs=rendered.langs, sha256=rendered.sha256)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def save_case_form(ws: Workspace, *, ref: str, form: str, path: Path,
                   langs: Langs = None) -> RenderedForm:
    """Render ``form`` for case ``ref``, write it atomically to ``path`` and record it."""
    form, chosen = _form(form), _langs(langs)
    path = _check_output(path)
    rendered = _render_ref(ws, ref, form, chosen, load_office(ws))
    _write_recorded(ws, path, rendered)
    return rendered


# --- verification ------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking a printed form against the workspace.

    ``status`` is ``matches`` (what the form shows is what the record holds now),
    ``changed`` (the record changed since printing; ``changed_sections`` says where) or
    ``unknown`` (the case is not in this workspace).
    """

    status: str
    form: str
    case_id: str
    case_number: str | None
    printed_revision: int
    current_revision: int | None
    printed_sha256: str
    current_sha256: str | None
    changed_sections: tuple[str, ...] = ()

    @property
    def outcome(self) -> Message:
        """The outcome as a message for a person (id and parameters)."""
        case = self.case_number or self.case_id
        if self.status == "unknown":
            return Message("forms.result.unknown", {"form": self.form, "case": case})
        if self.status == "matches":
            if self.current_revision != self.printed_revision:
                return Message("forms.result.matches_since", {
                    "form": self.form, "case": case, "printed": self.printed_revision,
                    "current": self.current_revision})
            return Message("forms.result.matches", {"form": self.form, "case": case,
                                                    "printed": self.printed_revision})
        sections = [_section(name) for name in self.changed_sections] or [Message("forms.section.content")]
        return Message("forms.result.changed", {"form": self.form, "case": case,
                                                "printed": self.printed_revision,
                                                "current": self.current_revision,
                                                "sections": sections})

    def render(self, lang: str) -> str:
        """The outcome in one line in ``lang``."""
        return render(self.outcome, lang)

    @property
    def message(self) -> str:
        """The outcome in one line in English."""
        return self.render("en")

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """As ``form verify --json`` prints it (``message`` in ``lang``)."""
        return {"status": self.status, "matches": self.status == "matches", "form": self.form,
                "case_id": self.case_id, "case_number": self.case_number,
                "printed_revision": self.printed_revision,
                "current_revision": self.current_revision,
                "printed_sha256": self.printed_sha256, "current_sha256": self.current_sha256,
                "changed_sections": list(self.changed_sections), "message": self.render(lang)}


def _section(name: str) -> Message | str:
    """A section of a form's content as a person reads it (its name when the catalogue lacks it)."""
    key = "forms.section." + name
    return Message(key) if key in message_ids() else name


def verify_pdf(ws: Workspace, path: Path) -> VerifyResult:
    """Check the form at ``path`` against the record; raise :class:`FormFileError` for a PDF
    that is not one of ours or is damaged."""
    printed = read_printed_form(path)
    return check_printed(ws, printed)


def check_printed(ws: Workspace, printed: Any) -> VerifyResult:
    """Compare already read verification data (see :func:`~fieldapp.forms.verify.read_printed_form`)
    with the record."""
    p = printed.payload
    try:
        with ws.read() as s:
            doc = cases.get_case(s, p.case_id)
    except cases.CaseNotFound:
        return VerifyResult("unknown", p.form, p.case_id, printed.case_number, p.revision, None,
                            p.sha256, None)
    content = form_content(doc, p.form)
    current = content.sha256
    if current == p.sha256:
        return VerifyResult("matches", p.form, p.case_id, doc["case_number"], p.revision,
                            int(doc["revision"]), p.sha256, current)
    now = content.section_hashes()
    changed = tuple(name for name in dict.fromkeys([*printed.sections, *now])
                    if printed.sections.get(name) != now.get(name))
    return VerifyResult("changed", p.form, p.case_id, doc["case_number"], p.revision,
                        int(doc["revision"]), p.sha256, current, changed)


# --- batch ---------------------------------------------------------------------------------------

@dataclass
class BatchResult:
    """What a batch wrote: one file per case, in order; ``cancelled`` if it stopped early."""

    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0


def batch_file_name(case_number: str, form: str) -> str:
    """The file name of one form in a batch folder (the case number, never a name)."""
    return f"{case_number}_{form}.pdf"


def _resolve_ids(ws: Workspace, refs: list[str]) -> list[str]:
    """The case ids of ``refs`` (ids or case numbers), in order, without duplicates."""
    from sqlalchemy import or_, select

    from fieldapp.store.models import Case

    found: dict[str, str] = {}
    with ws.read() as s:
        for i in range(0, len(refs), 400):
            chunk = refs[i:i + 400]
            rows = s.execute(select(Case.id, Case.case_number).where(
                or_(Case.id.in_(chunk), Case.case_number.in_(chunk)), Case.deleted.is_(False)))
            for case_id, number in rows:
                found[case_id] = case_id
                found[number] = case_id
    missing = [r for r in refs if r not in found]
    if len(missing) > 1:
        raise cases.CaseNotFound("forms.batch_cases_missing", ref=missing[0], more=len(missing) - 1)
    if missing:
        raise cases.CaseNotFound("forms.batch_case_missing", ref=missing[0])
    return list(dict.fromkeys(found[r] for r in refs))


def render_batch(ws: Workspace, *, refs: Sequence[str], form: str, out_dir: Path,
                 langs: Langs = None, progress: Progress | None = None) -> BatchResult:
    """Render ``form`` for every case in ``refs`` into ``out_dir``, one PDF per case.

    Runs off the GUI thread (it uses the store, so on the store thread or with its own
    workspace connection). Checks ``progress`` for cancel between forms and stops there:
    the forms already written stay, each complete (written atomically) and recorded in the
    audit log. Memory stays flat: each case is read, rendered, written and dropped in turn.
    Raises :class:`UserError` before writing anything if a case is unknown.
    """
    form, chosen = _form(form), _langs(langs)
    out_dir = Path(out_dir).expanduser()
    if not out_dir.is_dir():
        raise UserError("forms.batch_folder_missing", path=str(out_dir))
    ids = _resolve_ids(ws, list(dict.fromkeys(refs)))
    progress = progress or Progress()
    progress.start(len(ids), f"form:{form}")
    office = load_office(ws)
    result = BatchResult(total=len(ids))
    for n, case_id in enumerate(ids, start=1):
        if progress.cancelled:
            result.cancelled = True
            break
        rendered = _render_ref(ws, case_id, form, chosen, office)
        path = out_dir / batch_file_name(rendered.case_number, form)
        _write_recorded(ws, path, rendered)
        result.files.append(path)
        del rendered
        if n % 50 == 0:
            # reportlab documents hold reference cycles; collect them now rather than let a
            # long batch pile them up between automatic collections.
            gc.collect()
        progress.step()
    return result
