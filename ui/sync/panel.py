"""The Sync panel: the link with HQ, what waits to be sent, conflicts, and "Sync now".

Docked at the right of the main window. It shows when this laptop last synced, how many changes
wait for HQ, the cases in conflict (with the field-by-field view), changes HQ refused and the
cases HQ returned. "Sync now" runs in the background (:mod:`ui.sync.runner`) with a progress bar
(batches and bytes) and Cancel; the officer can keep working meanwhile. Without a link, the
changes travel on a USB stick: Export bundle writes them for HQ, Import bundle applies HQ's
answer. A laptop not yet enrolled offers enrolment instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_message
from ui.executor import Changes, StoreExecutor, StoreLocked
from ui.i18n import fmt, label
from ui.icons import icon
from ui.ops import submit
from ui.ops import sync as sync_ops
from ui.ops.sync import BundleExport, BundleImport, SyncStatus
from ui.sync.conflicts import ConflictsDialog
from ui.sync.enrol import EnrolDialog
from ui.sync.errors import describe_sync_error
from ui.sync.runner import SyncOutcome, SyncProgress, SyncRun
from ui.sync.state import CONFLICT, PENDING, REJECTED, state_icon

REFRESH_DEBOUNCE_MS = 150
BUNDLE_SUFFIX = ".fab"


def _when(iso: str | None) -> str:
    from ui.editor.sections import when

    return when(iso)


def _size(n: int) -> str:
    """A byte count for people, in the UI language's number format."""
    from PySide6.QtCore import QCoreApplication

    locale = QLocale()
    if n < 1024 * 1024:
        return fmt(QCoreApplication.translate("SyncPanel", "%1 KB"), locale.toString(n / 1024, "f", 1))
    return fmt(QCoreApplication.translate("SyncPanel", "%1 MB"), locale.toString(n / 1024 / 1024, "f", 1))


class _AutoHideLabel(QLabel):
    """A label that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        """Show ``text``; hide when it is empty."""
        super().setText(text)
        self.setVisible(bool(text))


class SyncPanel(QWidget):
    """Sync status, "Sync now" with progress and Cancel, conflicts, USB bundles, enrolment."""

    status_shown = Signal(object)
    """Emitted when the sync status was read and shown; carries the
    :class:`~fieldapp.store.status.SyncStatus`."""

    sync_started = Signal()
    """Emitted when a sync starts."""

    sync_finished = Signal(object)
    """Emitted when a sync ended (completed, failed, cancelled, stopped by a lock); carries the
    :class:`~ui.sync.runner.SyncOutcome`."""

    bundle_exported = Signal(str)
    """Emitted after a USB bundle was written; carries its path."""

    bundle_imported = Signal(object)
    """Emitted after HQ's acknowledgement bundle was applied; carries the
    :class:`~ui.ops.sync.BundleImport`."""

    bundle_failed = Signal(str)
    """Emitted when exporting or importing a bundle failed; carries the message shown."""

    open_case_requested = Signal(str)
    """Emitted when the officer asks to open a case from the conflict view; carries its id."""

    def __init__(self, executor: StoreExecutor, window: QWidget | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.window_ = window
        self.status: SyncStatus | None = None
        self.run: SyncRun | None = None
        self.outcome: SyncOutcome | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.setObjectName("sync-panel")
        self.setMinimumWidth(370)

        # --- the link --------------------------------------------------------------------------
        self.link_icon = QLabel(self)
        self.link_icon.setPixmap(icon("sync").pixmap(28, 28))
        self.link = QLabel(self)
        self.link.setWordWrap(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.link_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.link, 1)

        # --- counts ------------------------------------------------------------------------------
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("last_sync", "pending", "conflicts", "rejected", "returned"):
            name, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setObjectName(f"value-{key}")
            self.labels[key], self.values[key] = name, value
            self.form.addRow(name, value)
        self.conflicts_button = QPushButton(state_icon(CONFLICT), "", self)
        self.conflicts_button.clicked.connect(lambda: self.show_conflicts())
        self.enrol_button = QPushButton(self)
        self.enrol_button.clicked.connect(lambda: self.enrol())

        # --- sync now ----------------------------------------------------------------------------
        self.sync_button = QPushButton(icon("sync"), "", self)
        self.sync_button.setObjectName("sync-now")
        self.sync_button.setMinimumHeight(36)
        font = self.sync_button.font()
        font.setBold(True)
        self.sync_button.setFont(font)
        self.sync_button.clicked.connect(self.sync_now)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        self.phase = _AutoHideLabel(self)
        self.phase.setWordWrap(True)
        self.bytes = _AutoHideLabel(self)
        self.bytes.setStyleSheet("color: #5f6368;")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel-sync")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        running = QHBoxLayout()
        running.addWidget(self.bytes, 1)
        running.addWidget(self.cancel_button)
        self.result = _AutoHideLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("sync-result")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # --- without a link ----------------------------------------------------------------------
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.offline_title = QLabel(self)
        bold = self.offline_title.font()
        bold.setBold(True)
        self.offline_title.setFont(bold)
        self.offline_hint = QLabel(self)
        self.offline_hint.setWordWrap(True)
        self.offline_hint.setStyleSheet("color: #5f6368;")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export-bundle")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import-bundle")
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.import_button.clicked.connect(lambda: self.import_bundle())
        bundles = QHBoxLayout()
        bundles.addWidget(self.export_button)
        bundles.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.conflicts_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.bar)
        layout.addWidget(self.phase)
        layout.addLayout(running)
        layout.addWidget(self.result)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addWidget(self.offline_title)
        layout.addWidget(self.offline_hint)
        layout.addLayout(bundles)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        executor.changed.connect(self._changed)
        locked = getattr(window, "locked", None)
        if locked is not None:
            locked.connect(self._window_locked)
        self.retranslate()
        self.refresh()

    # --- status ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sync status again."""
        try:
            submit(self.executor, sync_ops.read_status(), done=self._status_arrived,
                   failed=self._status_failed, supersede="sync-status")
        except RuntimeError:  # the app is closing: the store thread is gone
            self._refresh_timer.stop()

    def _changed(self, changes: Changes) -> None:
        if changes.status or changes.case_list or changes.workspace:
            self._refresh_timer.start()

    def _status_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreLocked):
            self.link.setText(describe_sync_error(exc)[1])

    def _status_arrived(self, status: SyncStatus) -> None:
        self.status = status
        self._show_status()
        self.status_shown.emit(status)

    def _show_status(self) -> None:
        s = self.status
        running = self.run is not None and self.run.running
        if s is None:
            return
        if s.enrolled:
            self.link.setText(fmt(self.tr("HQ: %1\nSigned in as %2 (%3)"), s.hq_url or "", s.user or "",
                                  label("role", s.role or "")))
        else:
            self.link.setText(self.tr("This laptop is not enrolled with HQ yet. Enrol it with the "
                                      "code HQ gave you; until then, work stays on this laptop."))
        self.values["last_sync"].setText(_when(s.last_sync) if s.last_sync else self.tr("Never"))
        if s.pending:
            self.values["pending"].setText(fmt(self.tr("%1 change(s) in %2 case(s)"), s.pending, s.pending_cases))
        else:
            self.values["pending"].setText(self.tr("Nothing: HQ has every change"))
        self.values["conflicts"].setText(
            fmt(self.tr("%1 case(s), %2 field(s)"), s.conflict_cases, s.conflict_fields)
            if s.conflict_cases or s.conflict_fields else self.tr("None"))
        self.values["rejected"].setText(str(s.rejected) if s.rejected else self.tr("None"))
        self.values["returned"].setText(fmt(self.tr("%1 case(s): see the highlighted rows"), s.returned)
                                        if s.returned else self.tr("None"))
        self._mark("pending", PENDING if s.pending else None)
        self._mark("conflicts", CONFLICT if s.conflict_cases or s.conflict_fields else None)
        self._mark("rejected", REJECTED if s.rejected else None)
        self._mark("returned", "returned" if s.returned else None)
        self.conflicts_button.setVisible(bool(s.conflict_fields or s.rejected))
        self.enrol_button.setVisible(not s.enrolled)
        self.sync_button.setEnabled(s.enrolled and not running)
        self.export_button.setEnabled(s.enrolled and not running)
        self.import_button.setEnabled(s.enrolled and not running)

    def _mark(self, key: str, state: str | None) -> None:
        value = self.values[key]
        bold = value.font()
        bold.setBold(state is not None)
        value.setFont(bold)
        name = self.labels[key]
        name.setStyleSheet("color: #b3261e;" if state in (CONFLICT, REJECTED) else
                           "color: #c05621;" if state == "returned" else "")

    # --- sync now -----------------------------------------------------------------------------------
    def sync_now(self) -> SyncRun | None:
        """Start a sync in the background; returns it (None when one runs or none can run)."""
        if self.run is not None and self.run.running:
            return None
        if self.status is not None and not self.status.enrolled:
            from sync.engine.identity import NotEnrolled

            title, text = describe_sync_error(NotEnrolled("engine.not_enrolled"))
            show_message(self, title, text, warning=True)
            return None
        run = SyncRun(self.executor, parent=self)
        run.progressed.connect(self._progressed)
        run.finished.connect(self._finished)
        self.run = run
        self.outcome = None
        self.result.setText("")
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.phase.setText(self.tr("Connecting to HQ…"))
        self.bytes.setText("")
        self._show_status()
        self.sync_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        run.start()
        self.sync_started.emit()
        return run

    def cancel(self) -> None:
        """Stop the sync after the batch in flight."""
        if self.run is not None and self.run.running:
            self.run.cancel()
            self.cancel_button.setEnabled(False)

    def _window_locked(self) -> None:
        # Locking drops the data key: a sync in progress stops at its next step anyway.
        self.cancel()

    def _progressed(self, p: SyncProgress) -> None:
        if p.cancelling:
            self.phase.setText(self.tr("Cancelling after the current batch…"))
        elif p.phase == "push" and p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
            self.phase.setText(fmt(self.tr("Sending changes: batch %1 of %2 (%3 of %4 changes)"),
                                   p.batch, p.batches, p.done, p.total))
        elif p.phase == "push":
            self.bar.setRange(0, 0)
            self.phase.setText(self.tr("Nothing to send; asking HQ for news…"))
        elif p.phase == "pull":
            self.bar.setRange(0, 0)
            self.phase.setText(fmt(self.tr("Receiving updates from HQ: %1 case(s) so far"), p.done))
        else:
            self.phase.setText(self.tr("Connecting to HQ…"))
        if p.bytes_sent or p.bytes_received:
            self.bytes.setText(fmt(self.tr("Sent %1 · received %2"), _size(p.bytes_sent), _size(p.bytes_received)))

    def _finished(self, outcome: SyncOutcome) -> None:
        self.outcome = outcome
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.phase.setText("")
        self.result.setText(self._outcome_text(outcome))
        self._show_status()
        self.refresh()
        if outcome.error is not None:
            title, text = describe_sync_error(outcome.error)
            show_message(self, title, text, warning=True)
        self.sync_finished.emit(outcome)

    def _outcome_text(self, outcome: SyncOutcome) -> str:
        if outcome.cancelled:
            return self.tr("Sync cancelled. What HQ already confirmed is kept; the rest goes at the "
                           "next sync.")
        if outcome.locked:
            return self.tr("Sync stopped because the workspace was locked. Sync again after unlocking.")
        if outcome.error is not None:
            return describe_sync_error(outcome.error)[1]
        r = outcome.report or {}
        lines = [fmt(self.tr("Synced: %1 change(s) sent, %2 case update(s) received."),
                     r.get("pushed", 0), int(r.get("pulled", 0)) + int(r.get("repaired", 0)))]
        if r.get("returned"):
            lines.append(fmt(self.tr("Returned by HQ, editable again: %1."), ", ".join(r["returned"])))
        if r.get("conflicts"):
            lines.append(fmt(self.tr("%1 case(s) in conflict: see Conflicts."), r["conflicts"]))
        if r.get("rejected"):
            lines.append(fmt(self.tr("HQ refused %1 change(s): see Conflicts."), len(r["rejected"])))
        return "\n".join(lines)

    # --- conflicts and enrolment ------------------------------------------------------------------
    def show_conflicts(self, case_id: str | None = None) -> ConflictsDialog:
        """The conflict view (of one case, or of all)."""
        dialog = ConflictsDialog(self.executor, case_id, self.window_ or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case_requested.connect(self.open_case_requested)
        self.conflicts_dialog = dialog
        dialog.show()
        return dialog

    def enrol(self) -> EnrolDialog:
        """The enrolment dialog."""
        dialog = EnrolDialog(self.executor, parent=self.window_ or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrolled.connect(lambda _r: self.refresh())
        self.enrol_dialog = dialog
        dialog.show()
        return dialog

    # --- USB bundles -------------------------------------------------------------------------------
    def export_bundle(self, folder: Path | None = None) -> bool:
        """Write the pending changes to a bundle file in ``folder`` (asked when None)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the USB stick (or folder) for the bundle"), str(Path.home()))
            if not chosen:
                return False
            folder = Path(chosen)
        submit(self.executor, sync_ops.export_bundle(folder=folder), done=self._exported,
               failed=self._bundle_failed, busy_cursor=True)
        return True

    def _exported(self, result: BundleExport) -> None:
        self.result.setText(fmt(self.tr("Wrote %1 change(s) to %2. Take the file to HQ; the changes "
                                         "stay waiting here until HQ's answer is imported."),
                                result.ops, result.path))
        self.bundle_exported.emit(result.path)

    def import_bundle(self, path: Path | None = None) -> bool:
        """Apply HQ's acknowledgement bundle at ``path`` (asked when None)."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import HQ's answer"), str(Path.home()),
                fmt(self.tr("FieldApp bundles (*%1);;All files (*)"), BUNDLE_SUFFIX))
            if not chosen:
                return False
            path = Path(chosen)
        submit(self.executor, sync_ops.import_bundle(path=path), done=self._imported,
               failed=self._bundle_failed, busy_cursor=True)
        return True

    def _imported(self, result: BundleImport) -> None:
        lines = [fmt(self.tr("HQ's answer was applied: %1 change(s) confirmed, %2 case update(s) received."),
                     result.acknowledged, result.received)]
        if result.returned:
            lines.append(fmt(self.tr("Returned by HQ, editable again: %1."), ", ".join(result.returned)))
        if result.conflicts:
            lines.append(fmt(self.tr("%1 case(s) in conflict: see Conflicts."), result.conflicts))
        self.result.setText("\n".join(lines))
        self.bundle_imported.emit(result)

    def _bundle_failed(self, exc: BaseException) -> None:
        title, text = describe_sync_error(exc)
        self.result.setText(text)
        self.bundle_failed.emit(text)
        show_message(self, title, text, warning=True)

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        names = {"last_sync": self.tr("Last sync:"), "pending": self.tr("Waiting to send:"),
                 "conflicts": self.tr("Conflicts:"), "rejected": self.tr("Refused by HQ:"),
                 "returned": self.tr("Returned by HQ:")}
        for key, text in names.items():
            self.labels[key].setText(text)
        self.conflicts_button.setText(self.tr("Show &conflicts…"))
        self.enrol_button.setText(self.tr("&Enrol with HQ…"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.sync_button.setToolTip(self.tr("Send this laptop's changes to HQ and receive decisions, "
                                            "comments and assignments"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.offline_title.setText(self.tr("No connection?"))
        self.offline_hint.setText(self.tr("Take the changes to HQ on a USB stick: export a bundle, "
                                          "and import the answer HQ gives you."))
        self.export_button.setText(self.tr("E&xport bundle…"))
        self.import_button.setText(self.tr("&Import answer…"))
        self._show_status()
        if self.outcome is not None:
            self.result.setText(self._outcome_text(self.outcome))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SyncPanel"]
