"""Form operations: what a PDF form is rendered from, saving it, recording a print, and batches.
See :mod:`ui.ops`.

The PDF itself is drawn from the plain document on the I/O executor; only reading the case and
writing what the audit log must keep run here. None of them changes what a screen shows: a form
leaves the case as it was, and the audit log is not on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.progress import Progress
from ui.executor import StoreThread
from ui.ops import Op, Outcome


@dataclass(frozen=True)
class PrintSource:
    """What a form is rendered from: the case (None for a blank form), the issuing office and,
    for a blank form, the office's municipality."""

    doc: dict[str, Any] | None
    office: Any
    municipality: str | None = None


@dataclass(frozen=True)
class SavedForm:
    """A form written to disk and recorded: the case revision it shows and its content hash."""

    revision: int
    sha256: str


@dataclass(frozen=True)
class BatchPart:
    """One part of a batch: how many forms it wrote, and whether it stopped on Cancel."""

    written: int
    cancelled: bool


def read_case(*, case_id: str) -> Op[PrintSource]:
    """Case ``case_id`` and the office to print it with."""
    def run(st: StoreThread) -> Outcome[PrintSource]:
        from fieldapp.forms.service import load_office
        from fieldapp.store.cases import get_case

        ws = st.workspace
        with ws.read() as s:
            doc = get_case(s, case_id)
        return Outcome(PrintSource(doc=doc, office=load_office(ws)))
    return run


def read_blank() -> Op[PrintSource]:
    """The office and its municipality, for a blank form."""
    def run(st: StoreThread) -> Outcome[PrintSource]:
        from fieldapp.forms.service import load_office

        ws = st.workspace
        return Outcome(PrintSource(doc=None, office=load_office(ws), municipality=ws.meta("municipality")))
    return run


def save_form(*, case_id: str, form: str, langs: str, path: Path) -> Op[SavedForm]:
    """Write ``form`` of case ``case_id`` in ``langs`` to ``path`` (atomically) and record it in
    the audit log, in one operation."""
    def run(st: StoreThread) -> Outcome[SavedForm]:
        from fieldapp.forms.service import save_case_form

        done = save_case_form(st.workspace, ref=case_id, form=form, path=path, langs=langs)
        return Outcome(SavedForm(done.revision, done.sha256))
    return run


def record_print(*, case_id: str, form: str, revision: int, langs: str, sha256: str | None) -> Op[None]:
    """Record in the audit log that ``form`` of case ``case_id`` (at ``revision``, content hash
    ``sha256``) was printed."""
    def run(st: StoreThread) -> Outcome[None]:
        from fieldapp.forms.service import record_render

        record_render(st.workspace, case_id=case_id, form=form, revision=revision, langs=langs,
                      sha256=sha256)
        return Outcome(None)
    return run


def render_batch(*, case_ids: Sequence[str], form: str, langs: str, folder: Path,
                 progress: Progress) -> Op[BatchPart]:
    """Write ``form`` in ``langs`` for each of ``case_ids`` into ``folder``, stopping between
    forms when ``progress`` is cancelled."""
    def run(st: StoreThread) -> Outcome[BatchPart]:
        from fieldapp.forms.service import render_batch as write_forms

        result = write_forms(st.workspace, refs=list(case_ids), form=form, out_dir=folder,
                             langs=langs, progress=progress)
        return Outcome(BatchPart(len(result.files), result.cancelled))
    return run


__all__ = ["BatchPart", "PrintSource", "SavedForm", "read_blank", "read_case", "record_print",
           "render_batch", "save_form"]
