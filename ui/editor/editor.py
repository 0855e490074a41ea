"""The case editor: every section of a case on tabs, inline validation, workflow actions and
autosave.

The editor holds the case as a document (the interchange-format dict the store returns), never a
database object. Each change is validated at once with the domain's own validation and the
problems are shown, in the UI language, under the fields the officer has touched (all of them
once saving was tried). The form is autosaved as a draft into the encrypted store every few
seconds and whenever a field change completes, so a crash loses at most the field being typed;
the draft is dropped in the same transaction that saves the case.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain import workflow
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.interchange import FORMAT, full_name, head_of, validate_case
from fieldapp.store.cases import RECORD_KEYS
from ui.editor.assistance import AssistanceSection, ReferralsSection
from ui.editor.forms import (
    BOOL,
    CODE,
    DATE,
    MULTILINE,
    PARTIAL_DATE,
    SETTLEMENT,
    FieldSpec,
    FormSection,
)
from ui.editor.members import MembersPanel
from ui.editor.possible_household import PossibleHouseholdDialog
from ui.editor.sections import HistorySection, NeedsSection, NotesSection, VulnerabilitySection
from ui.errors import show_error
from ui.executor import StoreExecutor, StoreLocked
from ui.i18n import fmt, label
from ui.icons import icon
from ui.messages import problem_message
from ui.ops import cases as case_ops
from ui.ops import drafts as draft_ops
from ui.ops import submit
from ui.sync.state import (
    CONFLICT,
    CONFLICT_BACKGROUND,
    RETURNED_BACKGROUND,
    RETURNED_BORDER,
    state_icon,
)

AUTOSAVE_MS = 3000
VALIDATE_MS = 100
DRAFT_VERSION = 1

INTERVIEW = (
    FieldSpec("interview.date", DATE), FieldSpec("interview.place"),
    FieldSpec("interview.officer", max_length=100), FieldSpec("interview.language", CODE, "language"),
    FieldSpec("interview.interpreter", BOOL), FieldSpec("interview.interpreter_name", max_length=100),
    FieldSpec("interview.notes", MULTILINE),
)
RETURN = (
    FieldSpec("case_type", CODE, "case_type"), FieldSpec("municipality", CODE, "municipality"),
    FieldSpec("settlement", SETTLEMENT), FieldSpec("return_mode", CODE, "return_mode"),
    FieldSpec("intention_registered_on", DATE),
    FieldSpec("origin.municipality", CODE, "municipality"), FieldSpec("origin.settlement", SETTLEMENT),
    FieldSpec("displacement.category", CODE, "displacement_category"),
    FieldSpec("displacement.location"), FieldSpec("displacement.since", PARTIAL_DATE),
)
PROPERTY = (
    FieldSpec("property.tenure", CODE, "tenure"), FieldSpec("property.cadastral_municipality"),
    FieldSpec("property.cadastral_zone"), FieldSpec("property.parcel", max_length=100),
    FieldSpec("property.evidence", MULTILINE), FieldSpec("property.claim_number", max_length=100),
    FieldSpec("property.claim_decision", MULTILINE),
)
CONSENT = (
    FieldSpec("consent.processing", BOOL), FieldSpec("consent.share_with_partners", BOOL),
    FieldSpec("consent.photos", BOOL), FieldSpec("consent.sensitive_data", BOOL),
    FieldSpec("consent.recorded_on", DATE), FieldSpec("consent.recorded_by", max_length=100),
)


def blank_case(officer: str, municipality: str | None) -> dict[str, Any]:
    """An empty new case in the interchange format, with today's interview by ``officer``."""
    return {
        "format": FORMAT, "id": None, "case_number": None, "case_type": workflow.DISPLACED_RETURN,
        "status": None, "municipality": municipality, "settlement": None, "return_mode": None,
        "origin": {"municipality": None, "settlement": None}, "intention_registered_on": None,
        "displacement": {"category": None, "location": None, "since": None},
        "interview": {"date": dt.date.today().isoformat(), "place": None, "officer": officer or None,
                      "language": None, "interpreter": False, "interpreter_name": None, "notes": ""},
        "members": [],
        "property": {"tenure": None, "cadastral_zone": None, "cadastral_municipality": None,
                     "parcel": None, "evidence": None, "claim_number": None, "claim_decision": None},
        "vulnerabilities": [], "needs": [],
        "consent": {"processing": False, "share_with_partners": False, "photos": False,
                    "sensitive_data": False, "recorded_on": None, "recorded_by": None},
        "assistance": [], "referrals": [], "notes": [],
    }


def action_label(target: str) -> str:
    """The button text that moves a case to ``target``, in the UI language."""
    verbs = {
        "submitted": QCoreApplication.translate("Editor", "Submit"), "withdrawn": QCoreApplication.translate("Editor", "Withdraw"),
        "under_review": QCoreApplication.translate("Editor", "Start review"), "returned": QCoreApplication.translate("Editor", "Return to officer"),
        "approved": QCoreApplication.translate("Editor", "Approve"), "ineligible": QCoreApplication.translate("Editor", "Mark ineligible"),
        "duplicate": QCoreApplication.translate("Editor", "Mark duplicate"), "selected": QCoreApplication.translate("Editor", "Select for assistance"),
        "waitlisted": QCoreApplication.translate("Editor", "Put on waiting list"),
        "assistance_in_progress": QCoreApplication.translate("Editor", "Start assistance"),
        "delivered": QCoreApplication.translate("Editor", "Mark delivered"), "monitoring": QCoreApplication.translate("Editor", "Start monitoring"),
        "closed": QCoreApplication.translate("Editor", "Close case"),
    }
    return verbs.get(target) or fmt(QCoreApplication.translate("Editor", "Move to: %1"), label("status", target))


class CommentDialog(QDialog):
    """Asks why a case moves (recorded in its history); some moves need it."""

    def __init__(self, action: str, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(action)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setText(self.tr("Why? The comment is recorded in the case history.") if required else
                          self.tr("Comment (optional), recorded in the case history:"))
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.text.toPlainText().strip()) or not self.required)

    def comment(self) -> str | None:
        """The comment typed, or None."""
        return self.text.toPlainText().strip() or None


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class CaseEditor(QWidget):
    """A new or existing case on tabs, with save, workflow actions and autosave."""

    loaded = Signal(str)
    """Emitted when a case (or a blank new case) is shown, filled in; carries the case id, or an
    empty string for a new case."""

    saved = Signal(str)
    """Emitted after the case was saved in the store; carries its id."""

    autosaved = Signal(str)
    """Emitted after the form was written to the store as a draft; carries the draft key."""

    transitioned = Signal(str)
    """Emitted after a workflow action moved the case; carries the new status."""

    dirty_changed = Signal(bool)
    """Emitted when the form starts or stops holding unsaved changes; carries whether it does."""

    close_requested = Signal()
    """Emitted when the officer asks to go back to the case list."""

    household_warned = Signal(object)
    """Emitted when saving a new household stopped at "possible existing household"; carries
    the open :class:`~ui.editor.possible_household.PossibleHouseholdDialog`."""

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.officer = ""
        self.role = workflow.OFFICER
        self.default_municipality: str | None = None
        self._stored: dict[str, Any] | None = None  # the case as last read from the store
        self._baseline: dict[str, Any] = {}
        self._draft_key = ""
        self._touched: set[str] = set()
        self._show_all = False
        self._problems: dict[str, str] = {}
        self._dirty = False
        self._autosaved_state: dict[str, Any] | None = None
        self._paused = True
        self._loading = False
        self._busy = False
        self._doc: dict[str, Any] = {}

        # --- header -------------------------------------------------------------------------------
        self.back_button = QPushButton(icon("list"), "", self)
        self.back_button.clicked.connect(self.close_requested)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setStyleSheet("QLabel { background: #e8eef6; border-radius: 4px; padding: 2px 8px; }")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #7a5c00;")
        # HQ's word on the case: why it was returned (the supervisor's comment), or a conflict.
        self.review_banner = QLabel(self)
        self.review_banner.setObjectName("review-banner")
        self.review_banner.setWordWrap(True)
        self.review_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_banner.setStyleSheet(
            f"QLabel#review-banner {{ background: {RETURNED_BACKGROUND.name()}; "
            f"border: 1px solid {RETURNED_BORDER}; border-radius: 4px; padding: 6px 10px; }}")
        self.review_banner.setVisible(False)
        self.conflict_banner = QLabel(self)
        self.conflict_banner.setObjectName("conflict-banner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setStyleSheet(
            f"QLabel#conflict-banner {{ background: {CONFLICT_BACKGROUND.name()}; "
            "border: 1px solid #b3261e; border-radius: 4px; padding: 6px 10px; }")
        self.conflicts_button = QPushButton(state_icon(CONFLICT), "", self)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflict_row = QWidget(self)
        conflict_layout = QHBoxLayout(self.conflict_row)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        conflict_layout.addWidget(self.conflict_banner, 1)
        conflict_layout.addWidget(self.conflicts_button)
        self.conflict_row.setVisible(False)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.actions_row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        self.decision_dialog: QDialog | None = None  # the last decision dialog opened
        self.save_button = QPushButton(icon("save"), "", self)
        self.save_button.clicked.connect(lambda: self.save())

        # --- sections -----------------------------------------------------------------------------
        self.interview = FormSection(INTERVIEW)
        self.household = MembersPanel()
        self.return_section = FormSection(RETURN)
        self.property_section = FormSection(PROPERTY)
        self.vulnerabilities = VulnerabilitySection()
        self.needs = NeedsSection()
        self.consent = FormSection(CONSENT)
        self.consent_hint = QLabel(self.consent)
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setStyleSheet("color: #5f6368;")
        self.consent.form.insertRow(0, self.consent_hint)
        self.assistance = AssistanceSection()
        self.referrals = ReferralsSection()
        self.notes = NotesSection()
        self.history = HistorySection()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._tab_widgets: list[QWidget] = [
            _scrolled(self.interview), self.household, _scrolled(self.return_section),
            _scrolled(self.property_section), _scrolled(self.vulnerabilities), self.needs,
            _scrolled(self.consent), self.assistance, self.referrals, self.notes, self.history]
        for w in self._tab_widgets:
            self.tabs.addTab(w, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(8)
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.banner, 1)
        actions.addLayout(self.actions_row)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.conflict_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.tabs, 1)

        # --- wiring -------------------------------------------------------------------------------
        for section in self._editable_sections():
            section.edited.connect(self._edited)
            section.committed.connect(self._committed)
        self.notes.edited.connect(self._edited)
        self.notes.add_requested.connect(self.add_note)
        sensitive = self.consent.widget("consent.sensitive_data")
        interpreter = self.interview.widget("interview.interpreter")
        assert isinstance(sensitive, QCheckBox) and isinstance(interpreter, QCheckBox)
        sensitive.toggled.connect(self._sensitive_consent)
        interpreter.toggled.connect(self._interpreter)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self.retranslate()

    def _editable_sections(self) -> tuple[Any, ...]:
        """The sections that edit the case's content (notes and history are append-only)."""
        return (self.interview, self.return_section, self.property_section, self.consent,
                self.household, self.vulnerabilities, self.needs, self.assistance, self.referrals)

    # --- context ------------------------------------------------------------------------------------
    def set_context(self, officer: str, role: str, municipality: str | None) -> None:
        """Who edits: the unlocked officer, their role and home municipality."""
        self.officer = officer
        self.role = role
        self.default_municipality = municipality

    def default_municipality_known(self, municipality: str) -> None:
        """Fill in the officer's municipality on a new case opened before it was known."""
        if (self._stored is None and self.has_case() and "municipality" not in self._touched
                and not self.return_section.value("municipality")):
            self.return_section.set_value("municipality", municipality)
            self._doc["municipality"] = municipality
            self._baseline["municipality"] = municipality
            self.validate()

    def set_paused(self, paused: bool) -> None:
        """Stop autosaving while the workspace is locked."""
        self._paused = paused
        if paused:
            self._autosave_timer.stop()
        elif self.has_case():
            self._autosave_timer.start()

    def has_case(self) -> bool:
        """Whether a case (new or stored) is in the editor."""
        return bool(self._draft_key)

    @property
    def case_id(self) -> str | None:
        """The id of the stored case shown (None for a new case)."""
        return self._stored["id"] if self._stored else None

    @property
    def draft_key(self) -> str:
        """The key this form's draft is autosaved under."""
        return self._draft_key

    # --- showing a case -------------------------------------------------------------------------------
    def new_case(self, *, draft: dict[str, Any] | None = None) -> None:
        """Show a blank new case (or a recovered draft of one)."""
        self._stored = None
        doc = blank_case(self.officer, self.default_municipality)
        self._show(doc, baseline=copy.deepcopy(doc), history=[], notes=[],
                   draft_key=(draft or {}).get("key") or f"new:{uuid.uuid4().hex[:16]}")
        if draft:
            self._apply_draft(draft["payload"])
        self.loaded.emit("")

    def open_case(self, case_id: str, *, draft: dict[str, Any] | None = None,
                  then: Callable[[], None] | None = None) -> None:
        """Read the case from the store and show it (with a recovered draft on top)."""
        def done(doc: dict[str, Any]) -> None:
            self._show_stored(doc, draft_key=(draft or {}).get("key") or f"case:{doc['id']}")
            if draft:
                self._apply_draft(draft["payload"])
            self.loaded.emit(doc["id"])
            if then:
                then()

        submit(self.executor, case_ops.read_case(case_id=case_id), done=done,
               failed=lambda e: show_error(self, e), busy_cursor=True)

    def _show_stored(self, doc: dict[str, Any], *, draft_key: str) -> None:
        self._stored = doc
        content = {k: copy.deepcopy(v) for k, v in doc.items()
                   if k not in RECORD_KEYS}
        self._show(content, baseline=copy.deepcopy(content), history=doc.get("history") or [],
                   notes=doc.get("notes") or [], draft_key=draft_key)

    def _show(self, doc: dict[str, Any], *, baseline: dict[str, Any], history: list[dict[str, Any]],
              notes: list[dict[str, Any]], draft_key: str) -> None:
        self._loading = True
        try:
            self._doc = doc
            self._draft_key = draft_key
            self._touched = set()
            self._show_all = False
            self.interview.load(doc)
            self.return_section.load(doc)
            self.property_section.load(doc)
            self.consent.load(doc)
            self.vulnerabilities.load(doc)
            self.needs.load(doc)
            self.household.load(doc.get("members") or [])
            self.assistance.load(doc.get("assistance") or [])
            self.referrals.load(doc.get("referrals") or [])
            self.notes.load(notes)
            self.notes.new_note.clear()
            self.history.load(history)
            self._sensitive_consent(bool(doc["consent"].get("sensitive_data")), ask=False)
            self._interpreter(bool(doc["interview"].get("interpreter")))
            self._baseline = baseline
            self._autosaved_state = None
            self.return_section.widget("case_type").setEnabled(self._stored is None)
            self._apply_editable()
            self._update_header()
            self._set_dirty(False)
            self.validate()
        finally:
            self._loading = False
        if not self._paused:
            self._autosave_timer.start()
        self.tabs.setCurrentIndex(0)

    def _apply_draft(self, payload: dict[str, Any]) -> None:
        doc = payload.get("doc") or {}
        self._loading = True
        try:
            merged = {**self._doc, **copy.deepcopy(doc)}
            self._doc = merged
            self.interview.load(merged)
            self.return_section.load(merged)
            self.property_section.load(merged)
            self.consent.load(merged)
            self.vulnerabilities.load(merged)
            self.needs.load(merged)
            self.household.load(merged.get("members") or [])
            self.assistance.load(merged.get("assistance") or [])
            self.referrals.load(merged.get("referrals") or [])
            self.notes.load(self._stored.get("notes") or [] if self._stored else [],
                            payload.get("pending_notes") or [])
            self.notes.new_note.setPlainText(payload.get("new_note") or "")
            self._sensitive_consent(bool(merged["consent"].get("sensitive_data")), ask=False)
            self._interpreter(bool(merged["interview"].get("interpreter")))
            self._touched = set(payload.get("touched") or [])
        finally:
            self._loading = False
        ui = payload.get("ui") or {}
        self.tabs.setCurrentIndex(int(ui.get("tab", 0)))
        self.household.select(int(ui.get("member", 0)))
        self.assistance.select(int(ui.get("assistance", 0)))
        self.referrals.select(int(ui.get("referral", 0)))
        self._after_change()

    # --- the document -------------------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        """The case as the form shows it, in the interchange format."""
        doc = copy.deepcopy(self._doc)
        self.interview.collect(doc)
        self.return_section.collect(doc)
        self.property_section.collect(doc)
        self.consent.collect(doc)
        self.vulnerabilities.collect(doc)
        self.needs.collect(doc)
        doc["members"] = self.household.collect()
        doc["assistance"] = self.assistance.collect()
        doc["referrals"] = self.referrals.collect()
        if self._stored is None:
            doc["notes"] = self.notes.pending()
        return doc

    def state(self) -> dict[str, Any]:
        """Everything needed to bring the form back: the document, pending notes, the tab."""
        return {
            "v": DRAFT_VERSION, "doc": self.document(), "pending_notes": self.notes.pending(),
            "new_note": self.notes.new_note.toPlainText(), "touched": sorted(self._touched),
            "ui": {"tab": self.tabs.currentIndex(), "member": self.household.current_row(),
                   "assistance": self.assistance.current_row(), "referral": self.referrals.current_row()},
            "base_rev": self._stored.get("revision") if self._stored else None,
        }

    def is_dirty(self) -> bool:
        """Whether the form holds changes not saved to the case."""
        return self._dirty

    def _compute_dirty(self) -> bool:
        if not self.has_case():
            return False
        doc = self.document()
        doc.pop("notes", None)
        base = {k: v for k, v in self._baseline.items() if k != "notes"}
        return (doc != base or bool(self.notes.pending()) or
                bool(self.notes.new_note.toPlainText().strip()))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_header()
            self.dirty_changed.emit(dirty)

    # --- editing ------------------------------------------------------------------------------------
    def _edited(self, path: str) -> None:
        if self._loading:
            return
        self._touched.add(path)
        self._after_change()

    def _after_change(self) -> None:
        self._set_dirty(self._compute_dirty())
        self._validate_timer.start()

    def _committed(self, path: str) -> None:
        if self._loading:
            return
        self._touched.add(path)
        self.autosave_now()

    def _sensitive_consent(self, on: bool, *, ask: bool = True) -> None:
        if not on and ask and not self._loading:
            members = self.household.model.members
            holding = any(m.get("community") or m.get("disability") or m.get("chronic_illness")
                          for m in members)
            if holding:
                box = QMessageBox(self)
                box.setIcon(QMessageBox.Icon.Question)
                box.setWindowTitle(self.tr("Sensitive-data consent"))
                box.setText(self.tr("Without sensitive-data consent, the community, disability and "
                                    "chronic illness of every member are cleared. Continue?"))
                yes = box.addButton(self.tr("Clear them"), QMessageBox.ButtonRole.DestructiveRole)
                box.addButton(self.tr("Keep consent"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                if box.clickedButton() is not yes:
                    self.consent.set_value("consent.sensitive_data", True)
                    return
                for row in range(len(members)):
                    for key, empty in (("community", None), ("disability", False), ("chronic_illness", False)):
                        self.household.model.set_field(row, key, empty)
                self.household.form.show_member(self.household.current_row())
        self.household.set_sensitive_allowed(on)

    def _interpreter(self, on: bool) -> None:
        self.interview.widget("interview.interpreter_name").setEnabled(on and self._editable())

    def _tab_changed(self, _index: int) -> None:
        self._update_tab_marks()

    # --- validation ---------------------------------------------------------------------------------
    def validate(self) -> list[tuple[str, str]]:
        """Check the form with the domain's validation; show problems; return (path, message)."""
        if not self.has_case():
            return []
        try:
            validate_case(self.document(), record="case")
            problems: list[tuple[str, str]] = []
        except ValidationError as exc:
            problems = [(p.field, problem_message(p)) for p in exc.problems]
        self._problems = dict(problems)
        visible = {path: msg for path, msg in self._problems.items() if self._should_show(path)}
        for section in (self.interview, self.return_section, self.property_section, self.consent):
            section.set_problems(visible)
        household_summary = visible.get("members")
        self.household.set_problems(visible, household_summary)
        self.needs.set_problems(visible)
        self.assistance.set_problems(visible)
        self.referrals.set_problems(visible)
        self._update_tab_marks(visible)
        if self._show_all and problems:
            self.problems_label.setText(fmt(self.tr(
                "The case cannot be saved yet: fields to correct, marked in red: %1."), len(problems)))
        else:
            self.problems_label.setText("")
        self.problems_label.setVisible(bool(self.problems_label.text()))
        return problems

    def _should_show(self, path: str) -> bool:
        if self._show_all:
            return True
        # Until saving is tried, only what the officer touched: one field of a member, item or
        # referral (``assistance[1].handover_date``), or a whole list once rows were added to it.
        return path in self._touched

    def _tab_of(self, path: str) -> int:
        owners: tuple[tuple[str, QWidget], ...] = (
            ("interview.", self.interview), ("members", self.household),
            ("property.", self.property_section), ("vulnerabilities", self.vulnerabilities),
            ("needs", self.needs), ("consent.", self.consent), ("assistance", self.assistance),
            ("referrals", self.referrals), ("notes", self.notes))
        owner = next((w for prefix, w in owners if path.startswith(prefix)), self.return_section)
        return self._tab_index(owner)

    def _tab_index(self, section: QWidget) -> int:
        """The tab showing ``section`` (inside its scroll area or not)."""
        for i, tab in enumerate(self._tab_widgets):
            if tab is section or (isinstance(tab, QScrollArea) and tab.widget() is section):
                return i
        return 0

    def _update_tab_marks(self, visible: dict[str, str] | None = None) -> None:
        if visible is None:
            visible = {p: m for p, m in self._problems.items() if self._should_show(p)}
        marked = {self._tab_of(p) for p in visible}
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, icon("warning") if i in marked else icon(""))

    # --- saving ----------------------------------------------------------------------------------------
    def save(self, then: Callable[[dict[str, Any]], None] | None = None, *, checked: bool = False) -> bool:
        """Save the case if it is valid; otherwise show every problem. Returns whether sent.

        A new household is first checked against the laptop's cases; when it may already be
        there, the officer is asked before it is saved (``checked`` skips the check)."""
        if not self.has_case() or self._busy:
            return False
        self._show_all = True
        problems = self.validate()
        if problems:
            first = self._tab_of(problems[0][0])
            self.tabs.setCurrentIndex(first)
            return False
        doc = self.document()
        case_id = self.case_id
        if case_id is None and not checked:
            self._check_household(doc, then)
            return True
        base_rev = self._stored.get("revision") if self._stored else None
        key = self._draft_key

        def done(stored: dict[str, Any]) -> None:
            self._busy = False
            self._show_stored(stored, draft_key=f"case:{stored['id']}")
            self.saved.emit(stored["id"])
            if then:
                then(stored)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_header()
            if isinstance(exc, ValidationError):
                self.validate()
            show_error(self, exc)

        self._busy = True
        self._update_header()
        submit(self.executor, case_ops.save_case(doc=doc, case_id=case_id, base_rev=base_rev, draft_key=key),
               done=done, failed=failed, busy_cursor=True)
        return True

    def _check_household(self, doc: dict[str, Any], then: Callable[[dict[str, Any]], None] | None) -> None:
        def done(found: list[Any]) -> None:
            self._busy = False
            self._update_header()
            if not found:
                self.save(then, checked=True)
                return
            dialog = PossibleHouseholdDialog(found, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.save(then, checked=True))
            # Back to the window the officer works in, with the keyboard where it was.
            dialog.finished.connect(lambda _r: self.window().activateWindow())
            dialog.open()
            self.household_warned.emit(dialog)

        def failed(exc: BaseException) -> None:
            # The check only advises: when it cannot run, the household is still saved.
            del exc
            self._busy = False
            self.save(then, checked=True)

        self._busy = True
        self._update_header()
        submit(self.executor, case_ops.check_household(doc=doc), done=done, failed=failed, busy_cursor=True)

    def autosave_now(self) -> None:
        """Write the form as a draft into the encrypted store (if it changed since last time)."""
        if self._paused or not self.has_case() or self._busy:
            return
        if not self._dirty:
            if self._autosaved_state is not None:
                self._drop_draft()
            return
        state = self.state()
        if state == self._autosaved_state:
            return
        key = self._draft_key
        case_id = self.case_id

        def done(saved_key: str) -> None:
            if saved_key == self._draft_key:
                self._autosaved_state = state
            self.autosaved.emit(saved_key)

        submit(self.executor, draft_ops.save_draft(key=key, state=state, case_id=case_id), done=done,
               failed=self._autosave_failed, supersede=f"draft:{key}")

    def _autosave_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreLocked):
            show_error(self, exc)

    def _drop_draft(self) -> None:
        key = self._draft_key
        self._autosaved_state = None
        submit(self.executor, draft_ops.discard_drafts(keys=[key]), failed=self._autosave_failed,
               supersede=f"draft:{key}")

    def discard(self) -> None:
        """Forget the unsaved changes (and their draft) and empty the editor."""
        if self.has_case() and (self._dirty or self._autosaved_state is not None):
            self._drop_draft()
        self.clear()

    def clear(self) -> None:
        """Empty the editor (the draft, if any, stays in the store)."""
        self._autosave_timer.stop()
        self._validate_timer.stop()
        self._stored = None
        self._draft_key = ""
        self._set_dirty(False)
        self._doc = {}
        self.household.load([])
        self.assistance.load([])
        self.referrals.load([])
        self.notes.load([])
        self.history.load([])

    def maybe_leave(self) -> bool:
        """Ask what to do with unsaved changes; returns whether the editor may be left now.

        "Keep as draft" leaves the changes in the encrypted store, offered again at next unlock.
        """
        if not self.has_case() or not self._dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This case has changes that are not saved."))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.ActionRole)
        drop = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        if clicked is keep:
            self.autosave_now()
            return True
        if clicked is drop:
            self.discard()
            return True
        return False

    # --- notes and workflow -----------------------------------------------------------------------------
    def add_note(self, text: str) -> None:
        """Append a note: at once for a stored case, with the case for a new one."""
        if self._stored is None:
            self.notes.add_pending(text)
            self._after_change()
            self.autosave_now()
            return
        case_id = self._stored["id"]

        def done(stored: dict[str, Any]) -> None:
            if self._stored is None or self._stored["id"] != stored["id"]:
                return
            self._stored["notes"] = stored["notes"]
            self._baseline["notes"] = stored["notes"]
            self.notes.load(stored["notes"])
            self.notes.note_added()
            self._after_change()

        submit(self.executor, case_ops.add_note(case_id=case_id, text=text), done=done,
               failed=lambda e: show_error(self, e), busy_cursor=True)

    def _editable(self) -> bool:
        if self._stored is None:
            return True
        return workflow.editable_by(self._stored["status"], self.role)

    def _open_fields(self) -> frozenset[str]:
        """Content fields the officer may still change (all of them while the case is editable)."""
        from fieldapp.domain.interchange import CONTENT_FIELDS

        everything = frozenset(CONTENT_FIELDS)
        if self._stored is None:
            return everything
        return workflow.editable_fields(self._stored["status"], self.role, everything)

    def _apply_editable(self) -> None:
        read_only = not self._editable()
        open_fields = self._open_fields()
        delivery = {self.assistance: "assistance", self.referrals: "referrals"}
        for section in self._editable_sections():
            # After approval the officer still records handovers and referrals.
            section.set_read_only(read_only and delivery.get(section) not in open_fields)
        if not read_only:
            self.return_section.widget("case_type").setEnabled(self._stored is None)
            self._interpreter(bool(self.interview.value("interview.interpreter")))
            self.household.set_sensitive_allowed(bool(self.consent.value("consent.sensitive_data")))

    def _rebuild_actions(self) -> None:
        for b in self.action_buttons:
            self.actions_row.removeWidget(b)
            b.hide()  # at once: deletion waits for the event loop
            b.deleteLater()
        self.action_buttons = []
        if self._stored is None:
            return
        case_type, status = self._stored["case_type"], self._stored["status"]
        targets = workflow.next_states(case_type, status, self.role)
        if self.role in (workflow.MOCR, workflow.SUPERVISOR):
            # A reviewer's decisions (approve, return, duplicate…) go through the decision dialog.
            from ui.review.decisions import decision_label, decisions_for

            decisions = decisions_for(case_type, status, self.role)
            for key in decisions:
                button = QPushButton(icon("workflow"), decision_label(key), self)
                button.setObjectName(f"decision.{key}")
                button.clicked.connect(lambda _c=False, k=key: self.open_decision(k))
                self.actions_row.addWidget(button)
                self.action_buttons.append(button)
            covered = {workflow.DECISIONS[k] for k in decisions}
            targets = [t for t in targets if t not in covered]
        for target in targets:
            button = QPushButton(icon("workflow"), action_label(target), self)
            button.setObjectName(f"action.{target}")
            button.clicked.connect(lambda _c=False, t=target: self.run_action(t))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)

    def open_decision(self, decision: str) -> QDialog | None:
        """The decision dialog for the case shown (a reviewer's laptop), ``decision`` chosen;
        unsaved changes are saved first."""
        if self._stored is None:
            return None
        if self._dirty:
            def saved(_stored: dict[str, Any]) -> None:
                self.open_decision(decision)

            self.save(then=saved)
            return None
        from ui.review.decision import DecisionDialog

        dialog = DecisionDialog(self.executor, self._stored, self.role, decision=decision, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(doc: dict[str, Any]) -> None:
            self._show_stored(doc, draft_key=f"case:{doc['id']}")
            self.transitioned.emit(doc["status"])

        dialog.decided.connect(decided)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def run_action(self, target: str, comment: str | None = None, *, ask: bool = True) -> None:
        """Move the case to ``target`` (saving unsaved changes first; asking for a comment)."""
        if self._stored is None:
            return
        stored = self._stored
        rule = workflow.TRANSITIONS[stored["case_type"]].get((stored["status"], target))
        if ask and comment is None:
            dialog = CommentDialog(action_label(target), bool(rule and rule.needs_comment), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            comment = dialog.comment()
        if self._dirty:
            if not self.save(then=lambda _s: self.run_action(target, comment, ask=False)):
                return
            return
        case_id = stored["id"]

        def done(doc: dict[str, Any]) -> None:
            self._show_stored(doc, draft_key=f"case:{doc['id']}")
            self.transitioned.emit(doc["status"])

        submit(self.executor, case_ops.move_case(case_id=case_id, target=target, comment=comment),
               done=done, failed=lambda e: show_error(self, e), busy_cursor=True)

    # --- navigation ---------------------------------------------------------------------------------------
    def next_group(self, step: int = 1) -> None:
        """Show the next (or, with -1, previous) tab and put the cursor in its first field."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        current = self.tabs.currentIndex()
        target: QWidget | None = None
        for section in (self.interview, self.return_section, self.property_section, self.consent,
                        self.assistance, self.referrals):
            if self._tab_index(section) == current:
                target = section.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- language and header -------------------------------------------------------------------------
    def _update_review(self) -> None:
        """Show why HQ returned the case (with the comment) and whether it is in conflict."""
        from ui.editor.sections import when

        stored = self._stored
        note = workflow.return_note(stored["status"], stored.get("history") or []) if stored else None
        if note is not None:
            comment = note.comment or self.tr("(no comment)")
            self.review_banner.setText(fmt(self.tr("Returned by %1 on %2. The case can be edited "
                                                   "again; correct it and submit it again.\n“%3”"),
                                           note.by, when(note.at), comment))
        self.review_banner.setVisible(note is not None)
        conflict = bool(stored and stored.get("sync_state") == CONFLICT)
        if conflict:
            self.conflict_banner.setText(self.tr("This case was changed here and at HQ at the same "
                                                 "time. HQ kept its values for the fields in "
                                                 "conflict; the form shows them now."))
        self.conflict_row.setVisible(conflict)

    def show_conflicts(self) -> QDialog | None:
        """The fields of this case in conflict, with HQ's value and this laptop's."""
        if self._stored is None:
            return None
        from ui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.executor, self._stored["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def refresh_if_clean(self) -> None:
        """Read the open case again (after a sync brought news) unless it has unsaved changes."""
        if self._stored is None or self._dirty or self._busy or self._paused:
            return
        tab = self.tabs.currentIndex()
        case_id = self._stored["id"]

        def done(doc: dict[str, Any]) -> None:
            current = self._stored
            if current is None or current["id"] != case_id or self._dirty:
                return
            if doc.get("revision") == current.get("revision") and doc.get("sync_state") == current.get("sync_state") \
                    and doc.get("status") == current.get("status"):
                return
            self._show_stored(doc, draft_key=self._draft_key or f"case:{doc['id']}")
            self.tabs.setCurrentIndex(tab)
            self.loaded.emit(doc["id"])

        submit(self.executor, case_ops.read_case(case_id=case_id), done=done, failed=lambda _e: None)

    def _update_header(self) -> None:
        if self._stored is None:
            self.title.setText(self.tr("New case"))
            self.status.setText(label("status", workflow.INITIAL_STATE.get(
                self.return_section.value("case_type") or workflow.DISPLACED_RETURN, "draft")))
        else:
            name = full_name(head_of(self._stored))
            self.title.setText(f"{self._stored['case_number']} · {name}" if name else self._stored["case_number"])
            self.status.setText(label("status", self._stored["status"]))
        if self._stored is not None and not self._editable() and self._open_fields():
            self.banner.setText(self.tr("This case is decided: only assistance and referrals can still "
                                        "be recorded. Notes can still be added."))
        elif self._stored is not None and not self._editable():
            self.banner.setText(self.tr("This case can no longer be edited in its current status. "
                                        "Notes can still be added."))
        elif self._dirty:
            self.banner.setText(self.tr("Unsaved changes (kept as a draft while you type)."))
        else:
            self.banner.setText("")
        self.save_button.setEnabled(self.has_case() and bool(self._open_fields()) and not self._busy)
        self._update_review()
        self._rebuild_actions()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        titles = [self.tr("Interview"), self.tr("Household"), self.tr("Displacement and return"),
                  self.tr("Property"), self.tr("Vulnerabilities"), self.tr("Needs"), self.tr("Consent"),
                  self.tr("Assistance"), self.tr("Referrals"), self.tr("Notes"), self.tr("History")]
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        self.back_button.setText(self.tr("Case list"))
        self.back_button.setToolTip(self.tr("Back to the case list"))
        self.save_button.setText(self.tr("&Save"))
        self.conflicts_button.setText(self.tr("Show both values…"))
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.consent_hint.setText(self.tr(
            "Record each purpose the person agreed to, after reading them the information notice. "
            "Consent can be withdrawn at any time."))
        self._update_header()
        if self.has_case():
            self.validate()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

