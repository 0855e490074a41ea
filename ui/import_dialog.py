"""Importing a case file (JSON, JSON Lines or CSV) from the menu.

The import runs on the store thread and is atomic: every record is checked first and then all
are written in one transaction, or none. Progress shows only when the work is slow: the busy
cursor after ~300 ms, this dialog with its Cancel button after ~600 ms. A refused file opens the
dialog with the validation report as a table (record, field, problem, allowed values).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.messages import render
from fieldapp.progress import Cancelled, Progress
from fieldapp.store.duplicates import PossibleDuplicate
from ui.errors import describe
from ui.executor import StoreExecutor
from ui.i18n import current_language, fmt
from ui.messages import field_label, problem_message, problem_record
from ui.ops import imports as import_ops
from ui.ops import submit
from ui.ops.imports import Imported

SHOW_AFTER_MS = 600
POLL_MS = 100
MAX_ALLOWED_SHOWN = 12


@dataclass(frozen=True)
class ImportOutcome:
    """How an import ended: ``imported`` cases, or refused with ``problems``, or cancelled."""

    imported: int = 0
    problems: tuple[Problem, ...] = ()
    cancelled: bool = False
    error: str | None = None
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()
    """Imported households that may already have been on the laptop (imported case first)."""

    @property
    def ok(self) -> bool:
        """Whether the cases were imported."""
        return not (self.problems or self.cancelled or self.error)


class ImportDialog(QDialog):
    """Progress, cancel and the validation report of one import."""

    finished_import = Signal(object)
    """Emitted when the import ended (imported, refused, cancelled or failed); carries the
    :class:`ImportOutcome`."""

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.path: Path | None = None
        self.outcome: ImportOutcome | None = None
        self._progress: Progress | None = None
        self._running = False
        self._error: BaseException | None = None
        self.setMinimumWidth(520)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.phase = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 4, self)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().setVisible(False)
        self.report.setWordWrap(True)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report.setVisible(False)
        self.duplicates_label = QLabel(self)
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QTableWidget(0, 3, self)
        self.duplicates.setObjectName("import-possible-duplicates")
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().setVisible(False)
        self.duplicates.setWordWrap(True)
        for col in range(2):
            self.duplicates.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for w in (self.duplicates_label, self.duplicates):
            w.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(self.buttons)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update_progress)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)
        self.retranslate()

    # --- running ------------------------------------------------------------------------------------
    def start(self, path: Path) -> None:
        """Import ``path``; the dialog appears only if it takes a while or the file is refused."""
        self.path = Path(path)
        self.outcome = None
        self._progress = Progress()
        self._running = True
        self.report.setVisible(False)
        self.summary.clear()
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(False)
        self.retranslate()
        submit(self.executor, import_ops.import_file(path=self.path, progress=self._progress),
               done=self._done, failed=self._failed, busy_cursor=True, pause_gc=True)
        self._poll.start()
        self._show_timer.start(SHOW_AFTER_MS)

    @property
    def running(self) -> bool:
        """Whether the import is still going."""
        return self._running

    def cancel(self) -> None:
        """Ask the import to stop; nothing it did is kept."""
        if self._running and self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("Cancelling…"))
        elif not self._running:
            self.reject()

    def _show_if_running(self) -> None:
        if self._running:
            self.show()

    def _update_progress(self) -> None:
        if self._progress is None:
            return
        snap = self._progress.snapshot()
        if snap.total:
            self.bar.setRange(0, snap.total)
            self.bar.setValue(min(snap.done, snap.total))
        if not snap.cancelled:
            self.phase.setText(self._phase_text(snap.phase, snap.done, snap.total))

    def _phase_text(self, phase: str, done: int, total: int) -> str:
        if phase == "check":
            return fmt(self.tr("Checking the records… %1 of %2"), min(done, total), total)
        if phase == "import":
            return fmt(self.tr("Writing the cases… %1 of %2"), min(done, total), total)
        return self.tr("Reading the file…")

    def _finish(self, outcome: ImportOutcome) -> None:
        self._running = False
        self._poll.stop()
        self._show_timer.stop()
        self.outcome = outcome
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self._render_outcome()
        if (not outcome.ok and not outcome.cancelled) or outcome.possible_duplicates:
            self.show()
            self.raise_()
            # Row heights follow the columns' widths, known only once the dialog is laid out.
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.duplicates.resizeRowsToContents()
        self.finished_import.emit(outcome)

    def _done(self, imported: Imported) -> None:
        self._finish(ImportOutcome(imported=imported.imported, possible_duplicates=imported.possible_duplicates))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._finish(ImportOutcome(problems=tuple(exc.problems)))
        elif isinstance(exc, Cancelled):
            self._finish(ImportOutcome(cancelled=True))
        else:
            self._error = exc
            self._finish(ImportOutcome(error=describe(exc)[1]))

    # --- showing the result -----------------------------------------------------------------------------
    def _render_outcome(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        self.phase.setText("")
        if outcome.ok:
            self.summary.setText(fmt(self.tr("Cases imported: %1."), outcome.imported))
        elif outcome.cancelled:
            self.summary.setText(self.tr("Cancelled; nothing was imported."))
        elif outcome.error:
            self.summary.setText(describe(self._error)[1] if self._error is not None else outcome.error)
        else:
            self.summary.setText(self.tr(
                "The file was refused and nothing was imported. Correct the problems listed below "
                "in the file, then import it again."))
            self._fill_report(outcome.problems)
        self.report.setVisible(bool(outcome.problems))
        self._fill_duplicates(outcome.possible_duplicates)
        if outcome.problems or outcome.possible_duplicates:
            self.resize(max(self.width(), 820), max(self.height(), 460))

    def _fill_duplicates(self, found: tuple[PossibleDuplicate, ...]) -> None:
        """The imported households that may already be on the laptop, and why."""
        for w in (self.duplicates_label, self.duplicates):
            w.setVisible(bool(found))
        self.duplicates_label.setText(fmt(self.tr(
            "%1 of the households imported may already be on this laptop. Compare them before "
            "working on them (the review desk shows them side by side):"), len(found)))
        self.duplicates.setRowCount(len(found))
        lang = current_language()
        for row, p in enumerate(found):
            values = (p.case_number, f"{p.other_case_number} · {p.other_head} ({p.score:.2f})",
                      "\n".join(render(r, lang) for r in p.reasons))
            for col, value in enumerate(values):
                self.duplicates.setItem(row, col, QTableWidgetItem(value))
        self.duplicates.resizeRowsToContents()

    def _fill_report(self, problems: tuple[Problem, ...]) -> None:
        self.report.setRowCount(len(problems))
        for row, p in enumerate(problems):
            allowed = ", ".join(p.allowed[:MAX_ALLOWED_SHOWN]) + (" …" if len(p.allowed) > MAX_ALLOWED_SHOWN else "")
            values = (problem_record(p), field_label(p.field) if p.field else "",
                      problem_message(p), allowed)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 1 and p.field:
                    item.setToolTip(p.field)
                self.report.setItem(row, col, item)
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)
        self.report.resizeRowsToContents()

    # --- language ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Import cases"))
        self.file_label.setText(fmt(self.tr("File: %1"), self.path.name) if self.path else "")
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.report.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Problem"),
                                               self.tr("Allowed values")])
        self.duplicates.setHorizontalHeaderLabels([self.tr("Imported case"), self.tr("Possible existing household"),
                                                   self.tr("Why")])
        if self._running:
            self.phase.setText(self.tr("Reading the file…"))
        elif self.outcome is not None:
            self._render_outcome()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Closing while running cancels the import first."""
        if self._running:
            self.cancel()
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels a running import instead of hiding the dialog."""
        if event.key() == Qt.Key.Key_Escape and self._running:
            self.cancel()
            return
        super().keyPressEvent(event)
