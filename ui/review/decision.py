"""The decision dialog: the decision, its comment, and for a duplicate the original picked side by
side; and the dialog for a comment without a decision.

The dialog says before sending what the workflow wants (a return needs a comment saying what to
correct; a duplicate names its original) and refuses to send without it. The decision itself runs
as a store operation (:func:`ui.ops.review.decide`); a refusal from the store (role, scope, a
case that changed meanwhile) is shown in the dialog in the UI language and nothing is written.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.interchange import full_name, head_of
from fieldapp.store.cases import CaseSummary
from fieldapp.store.review import DuplicateCandidate
from ui.errors import describe
from ui.executor import StoreExecutor
from ui.i18n import current_language, fmt, label, municipality_label
from ui.ops import review as review_ops
from ui.ops import submit
from ui.review.compare import SideBySide
from ui.review.decisions import (
    decision_explanation,
    decision_label,
    decisions_for,
    needs_comment,
    needs_duplicate_of,
)
from ui.review.sheet import reasons_text
from ui.widgets import ERROR_STYLE

SEARCH_DEBOUNCE_MS = 250
NORMAL_SIZE = (640, 380)
DUPLICATE_SIZE = (1240, 700)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def case_title(doc: dict[str, Any]) -> str:
    """``case number · head of household`` of a case document."""
    head = full_name(head_of(doc))
    return f"{doc.get('case_number') or ''} · {head}" if head else str(doc.get("case_number") or "")


class DuplicatePicker(QWidget):
    """The possible duplicates of a case (or a search for another one), and the one picked shown
    side by side with the case."""

    chosen_changed = Signal(object)
    """Emitted when the case picked as the original changes; carries its document (with at least
    ``id`` and ``case_number``), or None."""
    dismissed = Signal(str)
    """Emitted when the reviewer said the case picked is not the same household; carries its id."""

    def __init__(self, executor: StoreExecutor, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.case = case
        self.candidates: list[DuplicateCandidate] = []
        self.results: list[CaseSummary] | None = None
        self.chosen: dict[str, Any] | None = None
        self._loaded = False

        self.list_title = QLabel(self)
        font = self.list_title.font()
        font.setBold(True)
        self.list_title.setFont(font)
        self.search = QLineEdit(self)
        self.search.setObjectName("duplicate-search")
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("duplicate-candidates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6368;")
        self.compare = SideBySide(self)
        # Said of the possible duplicate compared: it is then never offered again, here or at HQ.
        self.not_same = QPushButton(self)
        self.not_same.setObjectName("not-same")
        self.not_same.setEnabled(False)
        self.not_same.clicked.connect(self.dismiss_chosen)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.not_same, 0, Qt.AlignmentFlag.AlignLeft)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.compare)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.itemSelectionChanged.connect(self._picked)
        self.retranslate()

    # --- loading ------------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the possible duplicates of the case (once)."""
        if self._loaded:
            return
        self._loaded = True
        self.compare.set_cases(self.case, None)
        submit(self.executor, review_ops.read_duplicates(case_id=self.case["id"]),
               done=self._candidates_arrived, failed=self._failed)

    def _candidates_arrived(self, found: list[DuplicateCandidate]) -> None:
        self.candidates = list(found)
        if self.results is None:
            self._fill()
            if self.candidates and self.chosen is None:
                self.table.selectRow(0)  # the likeliest, compared at once

    def run_search(self) -> None:
        """Search for the original by name, number or place (empty: the possible duplicates)."""
        self._debounce.stop()
        text = self.search.text().strip()
        if not text:
            self.results = None
            self._fill()
            return
        submit(self.executor, review_ops.find_cases(text=text, exclude=self.case["id"]),
               done=partial(self._results_arrived, text), failed=self._failed,
               supersede="review-duplicate-search")

    def _results_arrived(self, text: str, rows: list[CaseSummary]) -> None:
        if text != self.search.text().strip():
            return
        self.results = list(rows)
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.empty.setText(describe(exc)[1])
        self.empty.setVisible(True)

    # --- the list -------------------------------------------------------------------------------------
    def _rows(self) -> list[tuple[str, str, str, str, str, str]]:
        """(id, case number, head, place, likelihood, reasons or status) of each row shown."""
        lang = current_language()
        if self.results is not None:
            return [(c.id, c.case_number, c.head,
                     ", ".join(x for x in (c.settlement or "", municipality_label(c.municipality)) if x),
                     "", label("status", c.status)) for c in self.results]
        return [(c.case_id, c.case_number, c.head,
                 ", ".join(x for x in (c.settlement or "", municipality_label(c.municipality)) if x),
                 f"{round(c.score * 100)}%", reasons_text(c.reasons, lang)) for c in self.candidates]

    def _fill(self) -> None:
        rows = self._rows()
        chosen_id = self.chosen.get("id") if self.chosen else None
        with QSignalBlocker(self.table):
            self.table.clearContents()
            self.table.setRowCount(len(rows))
            for r, (case_id, number, head, place, likely, why) in enumerate(rows):
                cells = ("\n".join(x for x in (number, head, place) if x), likely, why)
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(CASE_ID_ROLE, case_id)
                    item.setToolTip(text)
                    self.table.setItem(r, col, item)
                if case_id == chosen_id:
                    self.table.selectRow(r)
        self.table.resizeRowsToContents()
        self._relabel_list()
        self._update_not_same()

    def _relabel_list(self) -> None:
        searching = self.results is not None
        self.list_title.setText(self.tr("Search results") if searching else self.tr("Possible duplicates"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), "" if searching else self.tr("Likely"),
            self.tr("Status") if searching else self.tr("Why")])
        if searching and not self.results:
            self.empty.setText(self.tr("No case matches this search."))
        elif not searching and not self.candidates:
            self.empty.setText(self.tr("No possible duplicate was found. Search for the original "
                                       "by name, case number or personal number."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def _picked(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        case_id = str(items[0].data(CASE_ID_ROLE))
        if self.chosen is not None and self.chosen.get("id") == case_id:
            return
        away = next((c for c in self.candidates if c.case_id == case_id and not c.held), None)
        if self.results is None and away is not None:
            # Held in another office's municipality: nothing here to compare or to name.
            self.chosen = None
            self.compare.set_cases(self.case, None)
            self._update_not_same()
            self.chosen_changed.emit(None)
            self.empty.setText(fmt(self.tr("%1 is held in %2, not on this laptop: ask that office or "
                                           "headquarters to compare the two households."),
                                   away.case_number, municipality_label(away.municipality)))
            self.empty.setVisible(True)
            return
        submit(self.executor, review_ops.read_case(case_id=case_id), done=self._chosen_arrived,
               failed=self._failed, supersede="review-compare")

    def _chosen_arrived(self, doc: dict[str, Any]) -> None:
        self.chosen = doc
        self.compare.set_cases(self.case, doc)
        self._update_not_same()
        self.chosen_changed.emit(doc)

    # --- not the same household -------------------------------------------------------------------------
    def _update_not_same(self) -> None:
        offered = {c.case_id for c in self.candidates}
        self.not_same.setEnabled(self.results is None and self.chosen is not None
                                 and self.chosen.get("id") in offered)

    def dismiss_chosen(self) -> None:
        """Record that the possible duplicate compared is not the same household."""
        if self.chosen is None or not self.not_same.isEnabled():
            return
        other = str(self.chosen["id"])
        self.not_same.setEnabled(False)
        submit(self.executor, review_ops.dismiss_duplicate(case_id=self.case["id"], other_id=other),
               done=lambda _none: self._dismissed(other), failed=self._failed)

    def _dismissed(self, other: str) -> None:
        self.candidates = [c for c in self.candidates if c.case_id != other]
        self.chosen = None
        self.compare.set_cases(self.case, None)
        self.chosen_changed.emit(None)
        self._fill()
        self._update_not_same()
        self.dismissed.emit(other)

    # --- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.search.setPlaceholderText(self.tr("Search another case: name, case number, personal number…"))
        self.not_same.setText(self.tr("Not the same household"))
        self.not_same.setToolTip(self.tr("The case compared is another household: it is not offered "
                                         "as a possible duplicate again, here or at headquarters."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DecisionDialog(QDialog):
    """Decide on one case: the decision, a comment, and for a duplicate the original."""

    decided = Signal(object)
    """Emitted after the store recorded the decision; carries the case as stored."""

    refused = Signal(str)
    """Emitted when the dialog or the store refused the decision; carries the text shown."""

    def __init__(self, executor: StoreExecutor, case: dict[str, Any], role: str, *,
                 decision: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decision-dialog")
        self.executor = executor
        self.case = case
        self.role = role
        self.sending = False
        self.stored: dict[str, Any] | None = None
        self.allowed = decisions_for(case["case_type"], case["status"], role)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for key in self.allowed:
            radio = QRadioButton(self)
            radio.setObjectName(f"decision.{key}")
            self.group.addButton(radio)
            self.radios[key] = radio
            radio.toggled.connect(self._radio_toggled)
            choices.addWidget(radio)
        choices.addStretch(1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #5f6368;")
        self.picker = DuplicatePicker(executor, case, self)
        self.picker.chosen_changed.connect(lambda _d: self._update())
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("duplicate-of")
        self.chosen_label.setWordWrap(True)
        self.comment_hint = QLabel(self)
        self.comment_hint.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("decision-comment")
        self.comment.setTabChangesFocus(True)
        self.comment.textChanged.connect(self._comment_typed)
        self.problem = QLabel(self)
        self.problem.setObjectName("decision-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("decision-send")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter sends from anywhere in the dialog, the comment box included (where Enter
        # alone starts a new line).
        self.comment.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(choices)
        layout.addWidget(self.explanation)
        layout.addWidget(self.picker, 3)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.comment_hint)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.picker.setVisible(False)
        self.chosen_label.setVisible(False)

        first = decision if decision in self.radios else (self.allowed[0] if self.allowed else None)
        self.retranslate()
        if first is not None:
            self.radios[first].setChecked(True)
        self._decision_changed()
        self.comment.setFocus()

    @staticmethod
    def _is_send_key(event: QEvent) -> bool:
        return (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the comment box sends the decision."""
        if watched is self.comment and self._is_send_key(event):
            self.send()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter sends the decision."""
        if self._is_send_key(event):
            self.send()
            return
        super().keyPressEvent(event)

    # --- state -------------------------------------------------------------------------------------
    @property
    def decision(self) -> str | None:
        """The decision chosen, or None."""
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def set_decision(self, decision: str) -> None:
        """Choose ``decision`` (ignored when the role may not take it)."""
        if decision in self.radios:
            self.radios[decision].setChecked(True)

    def comment_required(self) -> bool:
        """Whether the decision chosen needs a comment."""
        d = self.decision
        return bool(d) and needs_comment(self.case["case_type"], self.case["status"], d or "", self.role)

    def duplicate_of(self) -> str | None:
        """The id of the case picked as the original (duplicate decision only)."""
        chosen = self.picker.chosen
        return str(chosen["id"]) if chosen and self.decision and needs_duplicate_of(self.decision) else None

    def _radio_toggled(self, on: bool) -> None:
        if on:
            self._decision_changed()

    def _decision_changed(self) -> None:
        d = self.decision
        duplicate = bool(d) and needs_duplicate_of(d or "")
        self.picker.setVisible(duplicate)
        self.chosen_label.setVisible(duplicate)
        # Beside the comparison the comment is a few lines; alone it may be long.
        self.comment.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12 if duplicate else 16777215)
        if duplicate:
            self.picker.load()
        self._fit(DUPLICATE_SIZE if duplicate else NORMAL_SIZE)
        self.problem.setVisible(False)
        self._update()

    def _fit(self, size: tuple[int, int]) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = size
        if screen is not None:
            avail = screen.availableGeometry()
            width, height = min(width, avail.width() - 40), min(height, avail.height() - 40)
        self.resize(width, height)

    def _comment_typed(self) -> None:
        if self.problem.isVisible() and self.comment.toPlainText().strip():
            self.problem.setVisible(False)

    def _update(self) -> None:
        d = self.decision
        self.explanation.setText(decision_explanation(d) if d else "")
        if self.comment_required():
            self.comment_hint.setText(self.tr("Comment (required): say why. The officer reads it with "
                                              "the case; it is recorded in the case history."))
        else:
            self.comment_hint.setText(self.tr("Comment (optional), recorded in the case history:"))
        chosen = self.picker.chosen
        if chosen:
            self.chosen_label.setText(fmt(self.tr("This case will be marked as a duplicate of %1."),
                                          case_title(chosen)))
        else:
            self.chosen_label.setText(self.tr("Pick the original in the list: the case this one duplicates."))
        self.send_button.setText(decision_label(d) if d else self.tr("Record decision"))
        self.send_button.setEnabled(bool(d) and not self.sending)

    # --- sending ---------------------------------------------------------------------------------------
    def refuse(self, text: str) -> None:
        """Say why the decision cannot be sent; nothing is written."""
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.refused.emit(text)

    def send(self) -> None:
        """Check what the workflow wants, then record the decision in the store."""
        d = self.decision
        if d is None or self.sending:
            return
        comment = self.comment.toPlainText().strip() or None
        if self.comment_required() and not comment:
            self.comment.setFocus()
            self.refuse(fmt(self.tr("Write a comment first: “%1” needs one, so the officer knows "
                                    "what to do."), decision_label(d)))
            return
        if needs_duplicate_of(d) and self.duplicate_of() is None:
            self.refuse(self.tr("Pick the original first: a duplicate names the case it duplicates."))
            return
        self.sending = True
        self._update()
        submit(self.executor, review_ops.decide(case_id=self.case["id"], decision=d, comment=comment,
                                                duplicate_of=self.duplicate_of()),
               done=self._done, failed=self._failed, busy_cursor=True)

    def _done(self, stored: dict[str, Any]) -> None:
        self.sending = False
        self.stored = stored
        self.decided.emit(stored)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sending = False
        self._update()
        title, text = describe(exc)
        self.refuse(f"{title}: {text}")

    # --- language ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(fmt(self.tr("Decision on %1"), self.case.get("case_number") or ""))
        self.heading.setText(fmt(self.tr("Decision on %1"), case_title(self.case)))
        for key, radio in self.radios.items():
            radio.setText(decision_label(key))
        self.comment.setPlaceholderText(self.tr("Why this decision; for a return, what to correct"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.send_button.setToolTip(self.tr("Record the decision (Ctrl+Enter); it reaches HQ with the next sync"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewCommentDialog(QDialog):
    """A reviewer's comment on a case without a decision (kept with the case's notes)."""

    def __init__(self, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.case = case
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("review-comment")
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.comment())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.retranslate()
        self.ok.setEnabled(False)

    def comment(self) -> str:
        """The comment typed."""
        return self.text.toPlainText().strip()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(fmt(self.tr("Comment on %1"), self.case.get("case_number") or ""))
        self.info.setText(self.tr("The comment is kept with the case's notes (it cannot be edited "
                                  "later) and reaches HQ with the next sync."))
        self.ok.setText(self.tr("Add comment"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ReviewCommentDialog", "DecisionDialog", "DuplicatePicker", "case_title"]
