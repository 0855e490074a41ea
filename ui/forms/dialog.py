"""The Forms dialog: choose a form and its languages, preview it, save it as PDF or print it.

Three uses, one dialog:

- **a case** (Case ▸ Forms…, from the editor or the selected row): preview, Save PDF…, Print…;
- **blank forms** (Case ▸ Blank form…): the paper form with empty lines, for filling in by hand;
- **a batch** (Case ▸ Forms for selected cases…): one form for many cases into a folder.

Threads, as DESIGN.md lays them out: the case is read on the store thread (as a plain document,
with the office printed in the header); the PDF is rendered from that document on the I/O
executor and its pages are turned into images there too (:mod:`ui.forms.pages`, through pipes);
only the finished images reach the GUI thread. Nothing is written to disk until the officer
saves: Save writes the PDF atomically where they chose and records the audit event in the same
store operation (``save_case_form``); Print draws the page images on the printer and then
records the audit event. A batch runs ``render_batch`` on the store thread a few cases at a time,
so the officer's other work is not held up, with a progress bar and Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import UserError
from fieldapp.forms.content import FORMS
from fieldapp.forms.labels import text as form_text
from fieldapp.progress import Progress
from ui.background import IoExecutor, io_executor
from ui.errors import describe, show_error, show_message
from ui.executor import StoreExecutor, StoreLocked
from ui.forms.pages import PREVIEW_DPI, PRINT_DPI, PreviewUnavailable, render_pages
from ui.i18n import current_language, fmt
from ui.icons import icon
from ui.ops import forms as form_ops
from ui.ops import submit
from ui.ops.forms import BatchPart, PrintSource

CASE, BLANK, BATCH = "case", "blank", "batch"
BUSY_AFTER_MS = 300
DEBOUNCE_MS = 120
POLL_MS = 100
BATCH_CHUNK = 10  # cases per store operation: other store work gets its turn between chunks


# --- data passed between threads -----------------------------------------------------------------

@dataclass(frozen=True)
class RenderedPreview:
    """A rendered form and its page images (PNG), made on the I/O executor."""

    form: str
    langs: str
    pdf: bytes
    pages: tuple[bytes, ...]
    unavailable: str | None = None
    """Why there are no page images (``missing``: pypdfium2 cannot be loaded; ``failed``)."""
    case_id: str | None = None
    case_number: str | None = None
    head: str = ""
    revision: int | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class BatchOutcome:
    """How a batch ended: forms written into ``folder``, out of ``total``; cancelled or failed."""

    written: int
    total: int
    folder: str
    cancelled: bool = False
    error: str | None = None


@dataclass
class _Batch:
    ids: list[str]
    form: str
    langs: str
    folder: Path
    next_index: int = 0
    written: int = 0
    progress: Progress = field(default_factory=Progress)
    cancel_requested: bool = False


# --- I/O-executor jobs -----------------------------------------------------------------------------------

def render_preview(source: PrintSource, form: str, langs: str) -> RenderedPreview:
    """Render the form from ``source`` and its pages as images (any thread but the GUI's)."""
    from fieldapp.domain.interchange import full_name, head_of
    from fieldapp.forms.content import form_content
    from fieldapp.forms.service import render_blank, render_document

    doc = source.doc
    if doc is None:
        pdf = render_blank(form=form, langs=langs, office=source.office,
                           municipality=source.municipality)
        base = RenderedPreview(form, langs, pdf, ())
    else:
        pdf = render_document(doc, form=form, langs=langs, office=source.office)
        base = RenderedPreview(form, langs, pdf, (), case_id=doc["id"],
                               case_number=doc.get("case_number"), head=full_name(head_of(doc)),
                               revision=int(doc["revision"]),
                               sha256=form_content(doc, form).sha256)
    try:
        pages = tuple(render_pages(pdf, PREVIEW_DPI))
    except PreviewUnavailable as exc:
        return _replace(base, unavailable=exc.reason)
    return _replace(base, pages=pages)


def _replace(preview: RenderedPreview, **changes: Any) -> RenderedPreview:
    import dataclasses

    return dataclasses.replace(preview, **changes)


def write_blank(path: Path, pdf: bytes) -> None:
    """Write a blank form; it holds no personal data, so others may read it (like the CLI)."""
    from fieldapp.fsutil import atomic_write

    atomic_write(path, pdf, mode=0o644)


# --- wording ---------------------------------------------------------------------------------------------

def form_title(form: str, lang: str | None = None) -> str:
    """The form's title in the UI language (the forms carry their own titles in four languages)."""
    return form_text(f"title.{form}", lang or current_language())


def describe_error(exc: BaseException, path: Path | None = None) -> tuple[str, str]:
    """A title and message for a failure while previewing, saving or printing a form."""
    if isinstance(exc, OSError) and not isinstance(exc, UserError):
        where = str(path) if path is not None else (exc.filename or "")
        reason = exc.strerror or type(exc).__name__
        return (QCoreApplication.translate("FormsDialog", "The form was not saved"),
                fmt(QCoreApplication.translate("FormsDialog", "%1 could not be written (%2). Nothing was saved there; "
                       "choose another folder, or free some space, and try again."), where, reason))
    return describe(exc)


# --- the pages --------------------------------------------------------------------------------------------

class PagesView(QScrollArea):
    """The pages of the previewed form, one under the other, on a grey desk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.desk = QWidget(self)
        self.desk.setObjectName("desk")
        self.desk.setStyleSheet("QWidget#desk { background: #8a9199; }")
        self.column = QVBoxLayout(self.desk)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setSpacing(14)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self.desk)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("QLabel { color: white; font-size: 11pt; padding: 40px; }")
        self.message.setMinimumWidth(360)
        self.column.addWidget(self.message)
        self.page_labels: list[QLabel] = []
        self.setWidget(self.desk)

    def show_pages(self, images: Sequence[QImage]) -> None:
        """Show these page images (and no message)."""
        self.clear_pages()
        self.message.hide()
        for number, image in enumerate(images, start=1):
            page = QLabel(self.desk)
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("QLabel { background: white; border: 1px solid #5f6368; }")
            page.setObjectName(f"page-{number}")
            page.setAccessibleName(fmt(QCoreApplication.translate("FormsDialog", "Page %1"), number))
            self.column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(page)

    def show_message(self, text: str) -> None:
        """Show a message instead of pages."""
        self.clear_pages()
        self.message.setText(text)
        self.message.show()

    def clear_pages(self) -> None:
        """Remove the page images."""
        for page in self.page_labels:
            self.column.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.page_labels = []


# --- the dialog ------------------------------------------------------------------------------------------

class FormsDialog(QDialog):
    """Choose a form and languages, preview, save as PDF, print; or a blank form; or a batch."""

    preview_ready = Signal(int)
    """Emitted when the preview of the current choice is shown; carries the number of pages
    (0 when the pages cannot be shown as images here, see :attr:`preview_unavailable`)."""

    preview_unavailable = Signal(str)
    """Emitted when the form was rendered but its pages cannot be shown as images (PDFium
    cannot be loaded or failed); carries ``missing`` or ``failed``. Save still works."""

    preview_failed = Signal(str)
    """Emitted when the form could not be rendered at all; carries the message shown."""

    saved = Signal(str)
    """Emitted after the PDF was written (and, for a case, the audit event recorded); carries
    the file's path."""

    printed = Signal(int)
    """Emitted after the form was sent to the printer (and, for a case, the audit event
    recorded); carries the number of pages printed."""

    batch_progressed = Signal(int, int)
    """Emitted while a batch runs, when more forms are written; carries (written, total)."""

    batch_finished = Signal(object)
    """Emitted when a batch ended (done, cancelled or failed); carries the :class:`BatchOutcome`."""

    last_folder: Path | None = None  # for this run of the app only: a path may name a person
    last_langs: str | None = None

    def __init__(self, executor: StoreExecutor, *, mode: str = CASE, case_id: str | None = None,
                 case_ids: Sequence[str] = (), io: IoExecutor | None = None,
                 note: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.io = io or io_executor()
        self.mode = mode
        self.case_ids = list(dict.fromkeys(case_ids or ([case_id] if case_id else [])))
        if mode == CASE and len(self.case_ids) != 1:
            raise ValueError("a case form needs exactly one case")
        self.preview: RenderedPreview | None = None
        self._gen = 0
        self._batch: _Batch | None = None
        self._last_reported = -1
        self._note = note
        self.setObjectName("forms-dialog")
        self.setMinimumSize(980, 660)

        # --- choices ----------------------------------------------------------------------------
        self.subject = QLabel(self)
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.forms_label = QLabel(self)
        self.forms = QListWidget(self)
        self.forms.setObjectName("forms")
        for name in FORMS:
            item = QListWidgetItem(icon("forms"), "")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.forms.addItem(item)
        self.forms.setCurrentRow(0)
        self.forms.setWordWrap(True)
        self.langs_box = QGroupBox(self)
        self.latin = QRadioButton(self.langs_box)
        self.cyrillic = QRadioButton(self.langs_box)
        self.english = QCheckBox(self.langs_box)
        self.script_group = QButtonGroup(self)
        self.script_group.addButton(self.latin)
        self.script_group.addButton(self.cyrillic)
        langs_layout = QVBoxLayout(self.langs_box)
        for w in (self.latin, self.cyrillic, self.english):
            langs_layout.addWidget(w)
        self._apply_langs(self.last_langs or ("sq+sr-Cyrl" if current_language() == "sr-Cyrl" else "sq+sr-Latn"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #7a5c00;")
        self.batch_label = QLabel(self)
        self.batch_label.setWordWrap(True)
        self.batch_bar = QProgressBar(self)
        self.batch_bar.setVisible(False)

        left = QVBoxLayout()
        left.addWidget(self.subject)
        left.addSpacing(6)
        left.addWidget(self.forms_label)
        left.addWidget(self.forms, 1)
        left.addWidget(self.langs_box)
        left.addWidget(self.note_label)
        left.addWidget(self.hint)
        left.addWidget(self.batch_label)
        left.addWidget(self.batch_bar)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left_widget.setFixedWidth(330)

        # --- preview ------------------------------------------------------------------------------
        self.pages = PagesView(self)
        self.pages.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.status)

        # --- buttons ------------------------------------------------------------------------------
        self.save_button = QPushButton(icon("save"), "", self)
        self.save_button.setObjectName("save-pdf")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.folder_button = QPushButton(icon("save"), "", self)
        self.folder_button.setObjectName("save-batch")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel-batch")
        self.close_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_form)
        self.folder_button.clicked.connect(lambda: self.save_batch())
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.print_button, self.folder_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.save_button.setVisible(mode != BATCH)
        self.print_button.setVisible(mode != BATCH)
        self.folder_button.setVisible(mode == BATCH)
        self.cancel_button.setVisible(False)

        body = QHBoxLayout()
        body.addWidget(left_widget)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        # --- behaviour ----------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_preview)
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.timeout.connect(self._show_busy)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_batch)
        self.forms.currentRowChanged.connect(lambda _r: self._choice_changed())
        self.script_group.buttonToggled.connect(self._script_toggled)
        self.english.toggled.connect(lambda _on: self._choice_changed())
        self.retranslate()
        self._update_buttons()
        self.refresh_preview()

    # --- choices ---------------------------------------------------------------------------------------
    def form(self) -> str:
        """The chosen form's name."""
        item = self.forms.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else FORMS[0]

    def set_form(self, form: str) -> None:
        """Choose ``form``."""
        self.forms.setCurrentRow(FORMS.index(form))

    def langs(self) -> str:
        """The chosen languages, e.g. ``sq+sr-Cyrl+en``."""
        spec = "sq+sr-Cyrl" if self.cyrillic.isChecked() else "sq+sr-Latn"
        return spec + "+en" if self.english.isChecked() else spec

    def set_langs(self, spec: str) -> None:
        """Choose the languages (``sq+sr-Latn``, ``sq+sr-Cyrl``, optionally ``+en``)."""
        self._apply_langs(spec)
        self._choice_changed()

    def _apply_langs(self, spec: str) -> None:
        parts = spec.split("+")
        (self.cyrillic if "sr-Cyrl" in parts else self.latin).setChecked(True)
        self.english.setChecked("en" in parts)

    def _script_toggled(self, _button: object, on: bool) -> None:
        if on:  # the radio button turned off fires too; one refresh is enough
            self._choice_changed()

    def _choice_changed(self) -> None:
        FormsDialog.last_langs = self.langs()
        self._update_buttons()
        self._debounce.start()

    def set_note(self, note: str | None) -> None:
        """A remark shown above the hint (e.g. that unsaved editor changes are not printed)."""
        self._note = note
        self.note_label.setText(note or "")
        self.note_label.setVisible(bool(note))

    def _current(self) -> RenderedPreview | None:
        """The preview, if it is of the current choice."""
        p = self.preview
        if p is not None and p.form == self.form() and p.langs == self.langs():
            return p
        return None

    # --- preview ---------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Read the case (store thread), render and rasterise it (I/O), then show the pages."""
        self._debounce.stop()
        self._gen += 1
        gen = self._gen
        form, langs = self.form(), self.langs()
        self._busy.start(BUSY_AFTER_MS)
        self._update_buttons()
        op = form_ops.read_blank() if self.mode == BLANK else form_ops.read_case(case_id=self.case_ids[0])
        submit(self.executor, op, done=lambda source: self._render(gen, source, form, langs),
               failed=lambda exc: self._preview_error(gen, exc))

    def _render(self, gen: int, source: PrintSource, form: str, langs: str) -> None:
        if gen != self._gen:
            return
        if source.doc is not None:
            self._describe_subject(source.doc)
        self.io.submit(lambda: render_preview(source, form, langs),
                       done=lambda preview: self._show(gen, preview),
                       failed=lambda exc: self._preview_error(gen, exc))

    def _show(self, gen: int, preview: RenderedPreview) -> None:
        if gen != self._gen:
            return
        self._busy.stop()
        self.pages.unsetCursor()
        self.preview = preview
        if preview.unavailable:
            self.pages.show_message(self._unavailable_text(preview.unavailable))
            self.status.setText(self.tr("The form is ready to save; its pages cannot be shown here."))
            self._update_buttons()
            self.preview_unavailable.emit(preview.unavailable)
            self.preview_ready.emit(0)
            return
        images = [QImage.fromData(png) for png in preview.pages]
        self.pages.show_pages(images)
        self._show_page_count()
        self._update_buttons()
        self.preview_ready.emit(len(images))

    def _show_page_count(self) -> None:
        p = self._current()
        if p is not None and p.pages:
            self.status.setText(fmt(self.tr("Preview: %1 page(s). Nothing is written to disk until you save."),
                                    len(p.pages)))

    def _preview_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._busy.stop()
        self.pages.unsetCursor()
        self.preview = None
        if isinstance(exc, StoreLocked):
            self.pages.show_message(self.tr("The workspace is locked."))
            return
        _title, text = describe_error(exc)
        self.pages.show_message(text)
        self.status.setText("")
        self._update_buttons()
        self.preview_failed.emit(text)

    def _show_busy(self) -> None:
        self.pages.setCursor(Qt.CursorShape.BusyCursor)
        self.status.setText(self.tr("Preparing the preview…"))

    def _unavailable_text(self, reason: str) -> str:
        if reason == "missing":
            return self.tr("The preview cannot be shown: this installation of FieldApp lacks its "
                           "PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be "
                           "saved as PDF; printing from here needs the preview too.")
        return self.tr("The pages of this form could not be shown here. The form can still be "
                       "saved as PDF and opened in a PDF reader.")

    def _describe_subject(self, doc: dict[str, Any]) -> None:
        from fieldapp.domain.interchange import full_name, head_of

        name = full_name(head_of(doc))
        number = doc.get("case_number") or ""
        if self.mode == CASE:
            self._case_text = f"{number} · {name}" if name else number
            self._case_number = number
            self.setWindowTitle(fmt(self.tr("Forms — %1"), number))
        self.retranslate_subject()

    # --- save and print --------------------------------------------------------------------------------
    def default_file_name(self) -> str:
        """The suggested file name: the case number and the form (never a person's name)."""
        p = self._current()
        if self.mode == BLANK or p is None or not p.case_number:
            return f"{self.form()}_blank.pdf" if self.mode == BLANK else f"{self.form()}.pdf"
        return f"{p.case_number}_{self.form()}.pdf"

    def save_pdf(self, path: Path | None = None) -> bool:
        """Save the form as PDF where the officer chooses; returns whether saving started."""
        preview = self._current()
        if preview is None or self.mode == BATCH:
            return False
        if path is None:
            start = (FormsDialog.last_folder or Path.home()) / self.default_file_name()
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the form as PDF"), str(start), self.tr("PDF files (*.pdf)"))
            if not chosen:
                return False
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        FormsDialog.last_folder = path.parent
        self.save_button.setEnabled(False)
        if self.mode == BLANK:
            pdf = preview.pdf
            self.io.submit(lambda: write_blank(path, pdf), done=lambda _r: self._saved(path, None),
                           failed=lambda exc: self._save_failed(exc, path))
            return True
        assert preview.case_id is not None
        submit(self.executor, form_ops.save_form(case_id=preview.case_id, form=preview.form,
                                                 langs=preview.langs, path=path),
               done=lambda saved: self._saved(path, saved.revision),
               failed=lambda exc: self._save_failed(exc, path), busy_cursor=True)
        return True

    def _saved(self, path: Path, revision: int | None) -> None:
        self._update_buttons()
        self.status.setText(fmt(self.tr("Saved to %1."), str(path)))
        preview = self.preview
        if revision is not None and preview is not None and preview.revision != revision:
            # The record changed (a sync) since the preview: the file holds the current record.
            self.status.setText(fmt(self.tr("Saved to %1. The case had changed since the preview; "
                                            "the file holds the case as it is now."), str(path)))
            self.refresh_preview()
        self.saved.emit(str(path))

    def _save_failed(self, exc: BaseException, path: Path) -> None:
        self._update_buttons()
        title, text = describe_error(exc, path)
        show_message(self, title, text, warning=True)

    def print_form(self) -> None:
        """Print the previewed form through the system's print dialog."""
        if self._current() is None or not self._current_has_pages():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the form"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Draw the previewed form's pages on ``printer`` (rasterised for it on the I/O executor),
        then record the print. Returns whether printing started."""
        preview = self._current()
        if preview is None or not preview.pages:
            return False
        dpi = max(150, min(PRINT_DPI, printer.resolution()))
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Sending the form to the printer…"))
        pdf = preview.pdf
        self.io.submit(lambda: render_pages(pdf, dpi),
                       done=lambda pages: self._paint(printer, preview, pages),
                       failed=self._print_failed)
        return True

    def _paint(self, printer: QPrinter, preview: RenderedPreview, pages: list[bytes]) -> None:
        printer.setFullPage(True)
        printer.setDocName(preview.case_number or preview.form)
        painter = QPainter()
        if not painter.begin(printer):
            self._print_failed(PreviewUnavailable("failed"))
            return
        try:
            for i, png in enumerate(pages):
                if i:
                    printer.newPage()
                image = QImage.fromData(png)
                # The image is the whole sheet, margins included: fill the paper, keeping shape.
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        if self.mode == BLANK or preview.case_id is None:
            self._printed(len(pages))
            return
        assert preview.revision is not None  # a case's preview always carries its revision
        submit(self.executor, form_ops.record_print(case_id=preview.case_id, form=preview.form,
                                                    revision=preview.revision, langs=preview.langs,
                                                    sha256=preview.sha256),
               done=lambda _r: self._printed(len(pages)), failed=lambda exc: show_error(self, exc))

    def _printed(self, pages: int) -> None:
        self._update_buttons()
        self.status.setText(fmt(self.tr("Sent to the printer: %1 page(s)."), pages))
        self.printed.emit(pages)

    def _print_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.status.setText("")
        if isinstance(exc, PreviewUnavailable):
            show_message(self, self.tr("The form was not printed"),
                         self.tr("The printer could not be prepared for this form. Check the "
                                 "printer, or save the form as PDF and print it from a PDF reader."),
                         warning=True)
            return
        show_error(self, exc)

    def _current_has_pages(self) -> bool:
        p = self._current()
        return p is not None and bool(p.pages)

    # --- batch --------------------------------------------------------------------------------------------
    def save_batch(self, folder: Path | None = None) -> bool:
        """Render the chosen form for every selected case into ``folder`` (asked when None)."""
        if self.mode != BATCH or self._batch is not None or not self.case_ids:
            return False
        if folder is None:
            start = str(FormsDialog.last_folder or Path.home())
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the forms"), start)
            if not chosen:
                return False
            folder = Path(chosen)
        FormsDialog.last_folder = folder
        self._batch = _Batch(list(self.case_ids), self.form(), self.langs(), folder)
        self._last_reported = -1
        self.batch_bar.setRange(0, len(self.case_ids))
        self.batch_bar.setValue(0)
        self.batch_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._poll.start()
        self._next_chunk()
        return True

    def cancel_batch(self) -> None:
        """Stop the batch after the form being written (those written stay, each complete)."""
        batch = self._batch
        if batch is None:
            return
        batch.cancel_requested = True
        batch.progress.cancel()
        self.cancel_button.setEnabled(False)
        self.batch_label.setText(self.tr("Cancelling after the form being written…"))

    def _next_chunk(self) -> None:
        batch = self._batch
        assert batch is not None
        if batch.cancel_requested or batch.next_index >= len(batch.ids):
            self._finish_batch(cancelled=batch.cancel_requested)
            return
        chunk = batch.ids[batch.next_index:batch.next_index + BATCH_CHUNK]
        batch.next_index += len(chunk)
        batch.progress = Progress()
        submit(self.executor, form_ops.render_batch(case_ids=chunk, form=batch.form, langs=batch.langs,
                                                    folder=batch.folder, progress=batch.progress),
               done=self._chunk_done, failed=self._chunk_failed)

    def _chunk_done(self, part: BatchPart) -> None:
        batch = self._batch
        if batch is None:
            return
        batch.written += part.written
        batch.progress = Progress()  # the chunk's own count is now in ``written``
        if part.cancelled:
            batch.cancel_requested = True
        self._poll_batch()
        self._next_chunk()

    def _chunk_failed(self, exc: BaseException) -> None:
        batch = self._batch
        if batch is None:
            return
        _title, text = describe_error(exc, batch.folder)
        self._finish_batch(cancelled=False, error=text)

    def _poll_batch(self) -> None:
        batch = self._batch
        if batch is None:
            return
        snap = batch.progress.snapshot()
        done = min(batch.written + snap.done, len(batch.ids))
        self.batch_bar.setValue(done)
        if not batch.cancel_requested:
            self.batch_label.setText(fmt(self.tr("Writing the forms… %1 of %2"), done, len(batch.ids)))
        if done != self._last_reported:
            self._last_reported = done
            self.batch_progressed.emit(done, len(batch.ids))

    def _finish_batch(self, *, cancelled: bool, error: str | None = None) -> None:
        batch = self._batch
        assert batch is not None
        self._batch = None
        self._poll.stop()
        self.cancel_button.setVisible(False)
        self.batch_bar.setValue(batch.written)
        outcome = BatchOutcome(batch.written, len(batch.ids), str(batch.folder), cancelled, error)
        if error:
            self.batch_label.setText(fmt(self.tr("Stopped: %1 of %2 forms were written to %3."),
                                         batch.written, len(batch.ids), str(batch.folder)))
            show_message(self, self.tr("The forms were not all written"), error, warning=True)
        elif cancelled:
            self.batch_label.setText(fmt(self.tr("Cancelled: %1 of %2 forms were written to %3; each "
                                                 "of them is complete."), batch.written, len(batch.ids),
                                         str(batch.folder)))
        else:
            self.batch_label.setText(fmt(self.tr("Done: %1 forms were written to %2."), batch.written,
                                         str(batch.folder)))
        self._update_buttons()
        self.batch_finished.emit(outcome)

    # --- state --------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        current = self._current()
        running = self._batch is not None
        self.save_button.setEnabled(current is not None)
        self.print_button.setEnabled(current is not None and bool(current.pages))
        self.folder_button.setEnabled(not running and bool(self.case_ids))
        self.forms.setEnabled(not running)
        self.langs_box.setEnabled(not running)

    def retranslate_subject(self) -> None:
        """The line saying what is printed."""
        if self.mode == BLANK:
            self.subject.setText(self.tr("Blank form, for filling in by hand"))
        elif self.mode == BATCH:
            self.subject.setText(fmt(self.tr("%1 cases selected"), len(self.case_ids)))
        else:
            self.subject.setText(getattr(self, "_case_text", "") or self.tr("Case"))

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        if self.mode == BLANK:
            self.setWindowTitle(self.tr("Blank forms"))
        elif self.mode == BATCH:
            self.setWindowTitle(self.tr("Forms for the selected cases"))
        elif getattr(self, "_case_number", ""):
            self.setWindowTitle(fmt(self.tr("Forms — %1"), self._case_number))
        else:
            self.setWindowTitle(self.tr("Forms"))
        self.retranslate_subject()
        self.forms_label.setText(self.tr("Form:"))
        for i in range(self.forms.count()):
            item = self.forms.item(i)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(form_title(name))
            item.setToolTip(name)
        self.langs_box.setTitle(self.tr("Languages on the form"))
        self.latin.setText(self.tr("Albanian and Serbian in Latin script"))
        self.cyrillic.setText(self.tr("Albanian and Serbian in Cyrillic script"))
        self.english.setText(self.tr("Also in English"))
        if self.mode == BLANK:
            self.hint.setText(self.tr("A blank form holds no personal data. Saved blank forms can be "
                                      "shared and printed freely."))
        elif self.mode == BATCH:
            self.hint.setText(self.tr("One PDF per case is written into the folder you choose, named "
                                      "by case number. Each form is recorded in the audit log. The "
                                      "preview shows the first case."))
        else:
            self.hint.setText(self.tr("Nothing is written to disk until you save. Saving or printing "
                                      "is recorded in the case's audit log."))
        self.note_label.setText(self._note or "")
        self.note_label.setVisible(bool(self._note))
        if self._batch is None and not self.batch_label.text():
            self.batch_label.setText("")
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("&Print…"))
        self.folder_button.setText(self.tr("Save all to a &folder…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self._show_page_count()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel (and re-render the preview's subject) when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Closing while a batch runs cancels it first."""
        if self._batch is not None:
            self.cancel_batch()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A running batch is cancelled, not abandoned."""
        if self._batch is not None:
            self.cancel_batch()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels a running batch instead of closing."""
        if event.key() == Qt.Key.Key_Escape and self._batch is not None:
            self.cancel_batch()
            return
        super().keyPressEvent(event)

