"""The main window: menus, toolbar, status bar, the case list and the editor, and the lock.

Screens refresh on what changed: every store operation that changes something broadcasts a
:class:`~ui.executor.Changes`, and the window passes it to the list (rows), the status bar
(counts) and the editor (the open case).

Locking (by hand or after the idle time) drops the data key on the store thread and shows the
unlock page in place of everything else; the widgets keep their state in memory (never on disk
in clear), so unlocking as the same officer returns to exactly where they were, unsaved typing
included. The form itself is also autosaved, encrypted, before the key is dropped. If another
officer unlocks, the previous officer's screens are emptied first.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldapp.domain import workflow
from fieldapp.domain.reference import UI_LANGUAGES
from ui.about import AboutDialog
from ui.autolock import IdleWatcher
from ui.case_list import CaseListPanel
from ui.desk import REVIEWER_ROLES, DeskContext, desk_screens
from ui.editor import CaseEditor
from ui.errors import show_error, show_message
from ui.executor import Changes, StoreExecutor
from ui.extensions import (
    ExtensionContext,
    forms_dialog_factory,
    register_forms_dialog,
    register_sync_panel,
    sync_panel_factory,
)
from ui.i18n import Translations, current_language, fmt, label, native_name
from ui.icons import icon
from ui.import_dialog import ImportDialog, ImportOutcome
from ui.ops import drafts as draft_ops
from ui.ops import review as review_ops
from ui.ops import submit
from ui.ops import workspace as workspace_ops
from ui.ops.workspace import StatusInfo
from ui.recovery import RecoveryDialog
from ui.settings import UiSettings
from ui.unlock import UnlockOutcome, UnlockWidget

log = logging.getLogger("ui.main")


@dataclass(frozen=True)
class OfficerSession:
    """Who is working: the officer who unlocked, their key slot and role."""

    officer: str
    slot_id: str
    role: str


def register_builtin_extensions() -> None:
    """Use the app's own Forms dialog and Sync panel unless another package registered its own."""
    from ui.forms import forms_dialog
    from ui.sync import sync_panel

    if forms_dialog_factory() is None:
        register_forms_dialog(forms_dialog)
    if sync_panel_factory() is None:
        register_sync_panel(sync_panel)


class MainWindow(QMainWindow):
    """The window a field officer works in all day."""

    session_started = Signal(object)
    """Emitted when an officer's session begins (after unlock or first run); carries the
    :class:`OfficerSession`."""

    locked = Signal()
    """Emitted when the window locked itself (by hand or after the idle time)."""

    unlocked = Signal(object)
    """Emitted when the window was unlocked again; carries the :class:`OfficerSession`."""

    drafts_found = Signal(int)
    """Emitted after unlock when unsaved drafts were found and offered; carries how many."""

    language_requested = Signal(str)
    """Emitted when the officer picks a UI language; carries its code."""

    status_updated = Signal(object)
    """Emitted when the status bar counts were read; carries the :class:`StatusInfo`."""

    def __init__(self, executor: StoreExecutor, root: Path, settings: UiSettings,
                 translations: Translations | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        register_builtin_extensions()
        self.executor = executor
        self.root = Path(root)
        self.settings = settings
        self.translations = translations
        self.session: OfficerSession | None = None
        self.is_locked = False
        self.municipality: str | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.sync_dock: QDockWidget | None = None
        self.forms_dialog: QDialog | None = None
        self._dock_was_visible = False
        self._focus_before_lock: QWidget | None = None
        self._page_before_lock: QWidget | None = None
        self._hidden_windows: list[QWidget] = []
        self._editor_opened_from: QWidget | None = None  # where the editor's back button returns
        self.setWindowIcon(icon("fieldapp"))

        # --- pages ----------------------------------------------------------------------------
        self.case_list = CaseListPanel(executor, self)
        self.editor = CaseEditor(executor, self)
        self.lock_page = UnlockWidget(executor, self.root, preferred_slot=settings.last_slot, parent=self)
        self.stack = QStackedWidget(self)
        for page in (self.case_list, self.editor, self.lock_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.case_list.open_requested.connect(self.open_case)
        self.case_list.selection_changed.connect(lambda _n: self._update_actions())
        self.editor.close_requested.connect(self._leave_editor)
        self.editor.dirty_changed.connect(lambda _d: self._update_actions())
        self.editor.loaded.connect(lambda _id: self._update_actions())
        self.lock_page.unlocked.connect(self._unlocked)
        self.lock_page.language_requested.connect(self.language_requested)
        executor.changed.connect(self.on_changes)
        executor.unhandled_error.connect(lambda exc: show_error(self, exc))

        self.idle = IdleWatcher(settings.autolock_minutes, self)
        self.idle.idle.connect(self.lock)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._build_desk()
        self.resize(1200, 780)
        geometry = settings.layout("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.layout("main/state")
        if state is not None:
            self.restoreState(state)
        header = settings.layout("caselist/header")
        if header is not None:
            self.case_list.view.horizontalHeader().restoreState(header)
        self.retranslate()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------------
    def _action(self, key: str, icon_name: str | None, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(key)
        self.actions_by_key[key] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        k = QKeySequence.StandardKey
        self._action("new_case", "case-new", self.new_case, k.New)
        self._action("save", "save", self.save, k.Save)
        self._action("case_list", "list", self.show_list, "Ctrl+Shift+L")
        self._action("import", "import", self.import_cases, "Ctrl+I")
        self._action("forms", "forms", self.open_forms_dialog, "Ctrl+P")
        self._action("batch_forms", "forms", self.open_batch_forms, "Ctrl+Shift+P")
        self._action("blank_forms", None, self.open_blank_forms)
        self._action("sync", "sync", self.show_sync_panel, "F5")
        self._action("sync_now", "sync", self.sync_now, "Ctrl+F5")
        self._action("conflicts", None, self.show_conflicts)
        self._action("export_bundle", None, self.export_bundle)
        self._action("import_bundle", None, self.import_bundle)
        self._action("enrol", None, self.enrol)
        self._action("lock", "lock", self.lock, "Ctrl+L")
        self._action("quit", None, self.close, k.Quit)
        self._action("search", "search", self.focus_search, k.Find)
        self._action("next_group", None, lambda: self.editor.next_group(1), "Ctrl+PgDown")
        self._action("previous_group", None, lambda: self.editor.next_group(-1), "Ctrl+PgUp")
        self._action("autolock", None, self.choose_autolock)
        self._action("about", "about", self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in UI_LANGUAGES:
            action = QAction(native_name(lang), self)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _c=False, lg=lang: self.language_requested.emit(lg))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _build_menus(self) -> None:
        a = self.actions_by_key
        bar = self.menuBar()
        self.case_menu = bar.addMenu("")
        for key in ("new_case", "save", "case_list"):
            self.case_menu.addAction(a[key])
        self.case_menu.addSeparator()
        self.case_menu.addAction(a["import"])
        self.case_menu.addAction(a["forms"])
        self.case_menu.addAction(a["batch_forms"])
        self.case_menu.addAction(a["blank_forms"])
        self.case_menu.addSeparator()
        self.case_menu.addAction(a["lock"])
        self.case_menu.addAction(a["quit"])
        self.view_menu = bar.addMenu("")
        # Desk screens (see add_desk_screen) go before this separator.
        self._desk_menu_end = self.view_menu.addSeparator()
        self._desk_menu_end.setVisible(False)
        for key in ("search", "next_group", "previous_group"):
            self.view_menu.addAction(a[key])
        self.sync_menu = bar.addMenu("")
        for key in ("sync_now", "sync"):
            self.sync_menu.addAction(a[key])
        self.sync_menu.addAction(a["conflicts"])
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(a["export_bundle"])
        self.sync_menu.addAction(a["import_bundle"])
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(a["enrol"])
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu(icon("language"), "")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.settings_menu.addAction(a["autolock"])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions_by_key
        for key in ("new_case", "save", "case_list"):
            self.toolbar.addAction(a[key])
        # Desk screens (see add_desk_screen) go between the case list and the search.
        self._desk_toolbar_end = self.toolbar.addSeparator()
        self._desk_toolbar_end.setVisible(False)
        self.toolbar.addAction(a["search"])
        self.toolbar.addSeparator()
        for key in ("import", "forms", "sync"):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["lock"])
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_workspace = QLabel(self)
        self.status_officer = QLabel(self)
        self.status_cases = QLabel(self)
        self.status_sync = QLabel(self)
        bar.addWidget(self.status_workspace, 1)
        for w in (self.status_officer, self.status_cases, self.status_sync):
            bar.addPermanentWidget(w)
        self._status: StatusInfo | None = None

    # --- sessions ------------------------------------------------------------------------------------
    def start_session(self, officer: str, slot_id: str, role: str) -> None:
        """Begin work for the officer who just unlocked (or created) the workspace."""
        # Everything built so far lives as long as the app: keep it out of the cyclic garbage
        # collector's full passes, which otherwise pause both threads for tens of ms.
        gc.freeze()
        self.session = OfficerSession(officer, slot_id, role)
        self.settings.last_slot = slot_id
        self.is_locked = False
        self.editor.set_context(officer, role, None)
        self.editor.set_paused(False)
        self.stack.setCurrentWidget(self.case_list)
        self.case_list.model.set_active(True)
        self.refresh_status()
        self.idle.start()
        self._apply_role(first_screen=True)
        self._update_actions()
        self.retranslate()
        self.session_started.emit(self.session)
        self.offer_drafts()

    def refresh_status(self) -> None:
        """Read the counts for the status bar."""
        if self.session is None:
            return
        submit(self.executor, workspace_ops.read_status(officer=self.session.officer),
               done=self._status_arrived, failed=lambda _e: None, supersede="status")

    def _status_arrived(self, info: StatusInfo) -> None:
        self._status = info
        if self.municipality is None and info.municipality:
            self.municipality = info.municipality
            if self.session is not None:
                self.editor.set_context(self.session.officer, self.session.role, info.municipality)
                self.editor.default_municipality_known(info.municipality)
        self._show_status()
        self.status_updated.emit(info)

    def offer_drafts(self) -> None:
        """Offer the officer the unsaved work a crash left behind."""
        if self.session is None:
            return
        submit(self.executor, draft_ops.list_drafts(officer=self.session.officer),
               done=self._drafts_arrived, failed=lambda _e: None)

    def _drafts_arrived(self, drafts: list[dict[str, Any]]) -> None:
        if self.editor.has_case():
            drafts = [d for d in drafts if d["key"] != self.editor.draft_key]
        if not drafts or self.is_locked:
            return
        dialog = RecoveryDialog(drafts, self)
        dialog.restore_requested.connect(self.restore_draft)
        dialog.discard_requested.connect(
            lambda keys: submit(self.executor, draft_ops.discard_drafts(keys=keys)))
        self.recovery_dialog = dialog
        dialog.setModal(True)
        dialog.show()
        self.drafts_found.emit(len(drafts))

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Open a recovered draft in the editor."""
        if not self.editor.maybe_leave():
            return
        self.stack.setCurrentWidget(self.editor)
        if draft.get("case_id"):
            self.editor.open_case(draft["case_id"], draft=draft)
        else:
            self.editor.new_case(draft=draft)
        self._update_actions()

    # --- locking ----------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Drop the data key and blank the windows; the screens keep their state in memory."""
        if self.is_locked or self.session is None:
            return
        self.is_locked = True
        self.idle.stop()
        # Written (encrypted) before the key goes: the operations run in order.
        self.editor.autosave_now()
        self.editor.set_paused(True)
        self._focus_before_lock = QApplication.focusWidget()
        self._page_before_lock = self.stack.currentWidget()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible() and w.isWindow()]
        for w in self._hidden_windows:
            w.hide()
        self._save_layout()
        # The Sync panel names HQ and the officer and counts their cases: not on the lock screen.
        self._dock_was_visible = self.sync_dock is not None and self.sync_dock.isVisible()
        if self.sync_dock is not None:
            self.sync_dock.hide()
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.reload_officers(self.session.slot_id)
        self.lock_page.passphrase.setFocus()
        submit(self.executor, workspace_ops.lock())
        self._update_actions()
        self.locked.emit()

    def _unlocked(self, outcome: UnlockOutcome) -> None:
        previous = self.session
        same = previous is not None and previous.slot_id == outcome.slot_id
        self.is_locked = False
        self.session = OfficerSession(outcome.officer, outcome.slot_id, outcome.role)
        self.settings.last_slot = outcome.slot_id
        if same and self._page_before_lock is not None:
            self.stack.setCurrentWidget(self._page_before_lock)
            for w in self._hidden_windows:
                w.show()
            self.editor.set_paused(False)
            self.idle.start()
            self.case_list.model.refresh()
            self.refresh_status()
            focus = self._focus_before_lock
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            # Another officer: nothing of the previous officer's screens stays visible. Their
            # form was autosaved before the lock and is offered to them at their next unlock.
            for w in self._hidden_windows:
                w.close()
            self.editor.clear()
            self.case_list.model.clear()
            self.case_list.reset_filters()
            for screen in self.desk.values():
                forget = getattr(screen, "clear", None)
                if forget is not None:
                    forget()
            self.start_session(outcome.officer, outcome.slot_id, outcome.role)
        self._hidden_windows = []
        if self.sync_dock is not None:
            panel = self.sync_dock.widget()
            from ui.sync.panel import SyncPanel

            if isinstance(panel, SyncPanel):
                panel.refresh()  # the other officer's view, or the same one brought up to date
            if self._dock_was_visible:
                self.sync_dock.show()
        self._update_actions()
        self.unlocked.emit(self.session)

    # --- case work ---------------------------------------------------------------------------------------
    def new_case(self) -> None:
        """Open a blank case in the editor."""
        if self.is_locked or not self.editor.maybe_leave():
            return
        if self.stack.currentWidget() is not self.editor:
            self._editor_opened_from = self.stack.currentWidget()
        self.editor.new_case()
        self.stack.setCurrentWidget(self.editor)
        self.editor.next_group(0)
        self._update_actions()

    def open_case(self, case_id: str) -> None:
        """Open a stored case in the editor."""
        if self.is_locked:
            return
        current = self.stack.currentWidget()
        if current is not self.editor:
            self._editor_opened_from = current
        if self.editor.case_id == case_id and self.editor.has_case():
            self.stack.setCurrentWidget(self.editor)
            self._update_actions()
            return
        if not self.editor.maybe_leave():
            return
        self.stack.setCurrentWidget(self.editor)
        self.editor.open_case(case_id)
        self._update_actions()

    def save(self) -> None:
        """Save the case in the editor."""
        if not self.is_locked and self.stack.currentWidget() is self.editor:
            self.editor.save()

    def show_list(self) -> None:
        """Back to the case list (the editor keeps the case; autosave keeps its changes)."""
        if self.is_locked:
            return
        self.editor.autosave_now()
        self.stack.setCurrentWidget(self.case_list)
        self.case_list.view.setFocus()
        self._update_actions()

    def focus_search(self) -> None:
        """Show the case list with the cursor in the search box."""
        if self.is_locked:
            return
        self.stack.setCurrentWidget(self.case_list)
        self.case_list.focus_search()
        self._update_actions()

    def import_cases(self, path: Path | None = None) -> ImportDialog | None:
        """Choose a case file and import it (progress, cancel and a report when refused)."""
        if self.is_locked:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import cases"), "",
                self.tr("Case files (*.json *.jsonl *.csv);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        if self.import_dialog is not None and self.import_dialog.running:
            self.import_dialog.show()
            return self.import_dialog
        dialog = ImportDialog(self.executor, self)
        dialog.finished_import.connect(self._import_finished)
        self.import_dialog = dialog
        dialog.start(path)
        return dialog

    def _import_finished(self, outcome: ImportOutcome) -> None:
        if outcome.ok:
            self.statusBar().showMessage(fmt(self.tr("Cases imported: %1."), outcome.imported), 8000)
        elif outcome.cancelled:
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported."), 8000)

    def on_changes(self, changes: Changes) -> None:
        """Refresh what the change touches."""
        if self.is_locked:
            return
        self.case_list.on_changes(changes)
        for screen in self.desk.values():
            forward = getattr(screen, "on_changes", None)
            if forward is not None:
                forward(changes)
        if changes.status or changes.case_list:
            self.refresh_status()

    # --- desk screens (review queue, caseload, selection) -------------------------------------------
    # Packages offer their screens through ``desk_screens()`` (see ui/desk.py); each gets a page
    # beside the case list and an entry in the View menu and the toolbar for the roles it names.
    def _build_desk(self) -> None:
        self.desk: dict[str, QWidget] = {}
        self._desk_pages: dict[str, QScrollArea] = {}
        self.desk_actions: dict[str, QAction] = {}
        self._desk_titles: dict[str, tuple[Callable[[], str], Callable[[], str] | None]] = {}
        self._desk_roles: dict[str, frozenset[str]] = {}
        self.desk_context = DeskContext(
            window=self, executor=self.executor,
            role=lambda: self.session.role if self.session else workflow.OFFICER,
            officer=lambda: self.session.officer if self.session else "",
            open_case=self.open_case, show_screen=self.show_desk)
        for screen in desk_screens():
            self.add_desk_screen(screen.key, screen.title, screen.build(self.desk_context),
                                 roles=screen.roles, shortcut=screen.shortcut, tip=screen.tip,
                                 icon_name=screen.icon)

    def add_desk_screen(self, key: str, title: Callable[[], str], widget: QWidget, *,
                        roles: frozenset[str] = REVIEWER_ROLES, shortcut: str | None = None,
                        tip: Callable[[], str] | None = None, icon_name: str | None = None) -> QAction:
        """Show ``widget`` as the desk screen ``key``: a page of the window with an entry in the
        View menu and the toolbar (named ``desk.<key>``) that only ``roles`` see; ``title`` and
        ``tip`` give its texts in the UI language. A key is added once (ValueError otherwise)."""
        if key in self.desk:
            raise ValueError(f"desk screen {key!r} is already added")
        self.desk[key] = widget
        self._desk_titles[key] = (title, tip)
        self._desk_roles[key] = frozenset(roles)
        # In a scroll area: a screen wider than the laptop's display (long labels in some
        # language) scrolls instead of pushing the whole window past the screen's edge.
        page = QScrollArea(self.stack)
        page.setObjectName(f"desk-page.{key}")
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setWidget(widget)
        self._desk_pages[key] = page
        self.stack.addWidget(page)
        action = self._action(f"desk.{key}", icon_name, lambda: self.show_desk(key), shortcut)
        action.setCheckable(True)
        self.desk_actions[key] = action
        # Desk entries come first in the View menu and follow the case list in the toolbar, in
        # the order added.
        self.view_menu.insertAction(self._desk_menu_end, action)
        self.toolbar.insertAction(self._desk_toolbar_end, action)
        self._apply_role()
        self._retranslate_desk()
        return action

    def show_desk(self, key: str) -> None:
        """Show the desk screen ``key`` (``case_list`` shows the case list)."""
        if self.is_locked or self.session is None:
            return
        if key == "case_list":
            self.show_list()
            return
        widget = self.desk.get(key)
        if widget is None or self.session.role not in self._desk_roles[key]:
            return
        self.editor.autosave_now()
        self.stack.setCurrentWidget(self._desk_pages[key])
        activate = getattr(widget, "activate", None)
        if activate is not None:
            activate()
        self._update_actions()

    def desk_screen(self) -> str | None:
        """The key of the desk screen shown, or None."""
        current = self.stack.currentWidget()
        return next((k for k, page in self._desk_pages.items() if page is current), None)

    def _visible_desk(self) -> list[str]:
        role = self.session.role if self.session else workflow.OFFICER
        return [k for k in self.desk if role in self._desk_roles[k]]

    def _apply_role(self, *, first_screen: bool = False) -> None:
        """Menus and toolbar for the laptop's role (and with ``first_screen``, its first desk
        screen in place of the case list); an officer's laptop shows none of the desk screens."""
        visible = set(self._visible_desk())
        for key, action in self.desk_actions.items():
            action.setVisible(key in visible)
        self._desk_menu_end.setVisible(bool(visible))
        self._desk_toolbar_end.setVisible(bool(visible))
        role = self.session.role if self.session else workflow.OFFICER
        # A supervisor decides on households others recorded; recording one is an officer's work.
        records = role != workflow.SUPERVISOR
        for key in ("new_case", "import"):
            self.actions_by_key[key].setVisible(records)
        if first_screen and visible and self.stack.currentWidget() is self.case_list:
            self.show_desk(self._visible_desk()[0])

    def refresh_role(self) -> None:
        """Read the laptop's role again (it becomes the HQ user's on enrolment) and show the
        menus, desk screens and editor actions of the new role."""
        if self.session is None or self.is_locked:
            return
        submit(self.executor, review_ops.read_desk(), done=self._desk_arrived, failed=lambda _e: None,
               supersede="desk-role")

    def _desk_arrived(self, desk: review_ops.Desk) -> None:
        session = self.session
        if session is None or self.is_locked or desk.role == session.role:
            return
        self.session = OfficerSession(session.officer, session.slot_id, desk.role)
        self.editor.set_context(session.officer, desk.role, self.municipality)
        self._apply_role()
        self._update_actions()
        self._show_status()

    def _leave_editor(self) -> None:
        """The editor's back button: to the desk screen it was opened from, else the case list."""
        back = self._editor_opened_from
        key = next((k for k, page in self._desk_pages.items() if page is back), None)
        if key is not None and not self.is_locked:
            self.show_desk(key)
            return
        self.show_list()

    def _retranslate_desk(self) -> None:
        for key, (title, tip) in self._desk_titles.items():
            action = self.desk_actions[key]
            action.setText(title())
            text = tip() if tip is not None else title().replace("&", "")
            action.setToolTip(text)
            action.setStatusTip(text)

    def _role_text(self, role: str, name: str) -> str:
        if role == workflow.SUPERVISOR:
            return fmt(self.tr("Supervisor: %1"), name)
        if role == workflow.MOCR:
            return fmt(self.tr("Municipal office: %1"), name)
        if role == workflow.OFFICER:
            return fmt(self.tr("Officer: %1"), name)
        return f"{label('role', role)}: {name}"

    # --- hooks for other packages -----------------------------------------------------------------------
    def extension_context(self) -> ExtensionContext:
        """What the Forms dialog and the Sync panel receive."""
        return ExtensionContext(
            window=self, executor=self.executor,
            current_case_id=lambda: self.editor.case_id if self.stack.currentWidget() is self.editor
            else self.case_list.selected_case_id(),
            officer=lambda: self.session.officer if self.session else "",
            language=current_language,
            selected_case_ids=self.case_list.selected_case_ids)

    def open_forms_dialog(self) -> QDialog | None:
        """Case ▸ Forms…: the PDF forms of the current case (a batch when several cases are
        selected in the list; blank forms when no case is open or selected)."""
        factory = forms_dialog_factory()
        if factory is None or self.is_locked:
            return None
        in_editor = self.stack.currentWidget() is self.editor and self.editor.has_case()
        if in_editor and self.editor.case_id is None:
            show_message(self, self.tr("Save the case first"),
                         self.tr("A new case is printed once it has been saved: save it, then open "
                                 "Forms again."))
            return None
        if not in_editor and self.case_list.selected_count() > 1:
            return self.open_batch_forms()
        dialog = factory(self.extension_context())
        if in_editor and self.editor.is_dirty():
            from ui.forms.dialog import FormsDialog

            if isinstance(dialog, FormsDialog):
                dialog.set_note(self.tr("The form shows the case as last saved; the changes not yet "
                                        "saved in the editor are not on it."))
        return self._show_forms(dialog)

    def open_blank_forms(self) -> QDialog | None:
        """Case ▸ Blank forms…: the paper forms with empty lines, for filling in by hand."""
        if self.is_locked or self.session is None:
            return None
        from ui.forms.dialog import BLANK, FormsDialog

        return self._show_forms(FormsDialog(self.executor, mode=BLANK, parent=self))

    def open_batch_forms(self) -> QDialog | None:
        """Case ▸ Forms for selected cases…: one form for every selected case into a folder."""
        if self.is_locked or self.session is None:
            return None
        rows = self.case_list.selected_rows()
        if not rows:
            show_message(self, self.tr("Select the cases first"),
                         self.tr("Select the cases in the list (Ctrl or Shift and click, or Ctrl+A "
                                 "for every case found), then choose Forms for selected cases."))
            return None
        from ui.forms.dialog import BATCH, FormsDialog

        holder: dict[str, QDialog] = {}

        def resolved(ids: list[str]) -> None:
            if ids and not self.is_locked:
                holder["d"] = self._show_forms(FormsDialog(self.executor, mode=BATCH, case_ids=ids,
                                                           parent=self))

        self.case_list.model.ids_for_rows(rows, resolved)
        return holder.get("d")

    def _show_forms(self, dialog: QDialog) -> QDialog:
        dialog.setParent(self, dialog.windowFlags() | Qt.WindowType.Dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.forms_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.forms_dialog.destroyed.disconnect(self._forms_closed)
        self.forms_dialog = dialog
        dialog.destroyed.connect(self._forms_closed)
        dialog.show()
        return dialog

    def _forms_closed(self, *_args: object) -> None:
        self.forms_dialog = None

    def show_sync_panel(self) -> None:
        """Sync ▸ Sync: the sync panel, docked at the right (provided by the sync package)."""
        factory = sync_panel_factory()
        if factory is None or self.is_locked:
            return
        if self.sync_dock is None:
            self.sync_dock = QDockWidget(self)
            self.sync_dock.setObjectName("sync-dock")
            widget = factory(self.extension_context())
            self.sync_dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sync_dock)
            from ui.sync.panel import SyncPanel

            if isinstance(widget, SyncPanel):
                # News from HQ (a return, a comment, a conflict) shows in the open case at once.
                widget.sync_finished.connect(self._sync_finished)
                widget.bundle_imported.connect(lambda _r: self.editor.refresh_if_clean())
                widget.open_case_requested.connect(self.open_case)
                # Enrolment gives the laptop its HQ user's role: the desk follows at once.
                widget.status_shown.connect(lambda _s: self.refresh_role())
            self.retranslate()
        self.sync_dock.show()
        self.sync_dock.raise_()

    def _sync_finished(self, outcome: Any) -> None:
        from sync.engine.sync import RevokedAndWiped

        if isinstance(getattr(outcome, "error", None), RevokedAndWiped):
            # HQ revoked this laptop and its key slots are gone: nothing more can be shown.
            self.lock()
            return
        self.editor.refresh_if_clean()

    def sync_panel(self) -> Any:
        """The Sync panel, shown (None when another package's panel is in use)."""
        self.show_sync_panel()
        from ui.sync.panel import SyncPanel

        widget = self.sync_dock.widget() if self.sync_dock is not None else None
        return widget if isinstance(widget, SyncPanel) else None

    def sync_now(self) -> None:
        """Sync ▸ Sync now: send changes to HQ and receive its news, in the background."""
        panel = self.sync_panel()
        if panel is not None:
            panel.sync_now()

    def show_conflicts(self) -> None:
        """Sync ▸ Conflicts…: every field in conflict with HQ, with both values."""
        panel = self.sync_panel()
        if panel is not None:
            panel.show_conflicts()

    def export_bundle(self, folder: Path | None = None) -> None:
        """Sync ▸ Export bundle…: the pending changes into a file for a USB stick."""
        panel = self.sync_panel()
        if panel is not None:
            panel.export_bundle(folder)

    def import_bundle(self, path: Path | None = None) -> None:
        """Sync ▸ Import answer…: apply the acknowledgement bundle HQ wrote for this laptop."""
        panel = self.sync_panel()
        if panel is not None:
            panel.import_bundle(path)

    def enrol(self) -> None:
        """Sync ▸ Enrol with HQ…: register this laptop with HQ using a single-use code."""
        panel = self.sync_panel()
        if panel is not None:
            panel.enrol()

    # --- settings ------------------------------------------------------------------------------------------
    def choose_autolock(self) -> None:
        """Ask how many idle minutes before the app locks itself."""
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Auto-lock"), self.tr("Lock after this many minutes without input:"),
            self.settings.autolock_minutes, 1, 240, 1)
        if ok:
            self.set_autolock_minutes(minutes)

    def set_autolock_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` idle minutes from now on."""
        self.settings.autolock_minutes = minutes
        self.idle.set_minutes(minutes)

    def show_about(self) -> None:
        """The About box with versions."""
        AboutDialog(self).exec()

    # --- state of the window ------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        a = self.actions_by_key
        open_ = self.session is not None and not self.is_locked
        in_editor = open_ and self.stack.currentWidget() is self.editor and self.editor.has_case()
        for key in ("new_case", "case_list", "import", "search", "lock"):
            a[key].setEnabled(open_)
        a["save"].setEnabled(in_editor)
        a["next_group"].setEnabled(in_editor)
        a["previous_group"].setEnabled(in_editor)
        a["forms"].setEnabled(open_ and forms_dialog_factory() is not None)
        a["blank_forms"].setEnabled(open_)
        a["batch_forms"].setEnabled(open_ and self.stack.currentWidget() is self.case_list
                                    and self.case_list.selected_count() > 0)
        a["sync"].setEnabled(open_ and sync_panel_factory() is not None)
        for key in ("sync_now", "conflicts", "export_bundle", "import_bundle", "enrol"):
            a[key].setEnabled(open_ and sync_panel_factory() is not None)
        a["autolock"].setEnabled(not self.is_locked)
        for key, action in self.desk_actions.items():
            action.setEnabled(open_)
            with QSignalBlocker(action):
                action.setChecked(self.stack.currentWidget() is self._desk_pages[key])
        for lang, action in self.language_actions.items():
            with QSignalBlocker(action):
                action.setChecked(lang == current_language())

    def _show_status(self) -> None:
        self.status_workspace.setText(fmt(self.tr("Workspace: %1"), str(self.root)))
        if self.session is not None:
            self.status_officer.setText(self._role_text(self.session.role, self.session.officer))
        else:
            self.status_officer.setText("")
        if self._status is not None:
            self.status_cases.setText(fmt(self.tr("Cases: %1"), self._status.cases))
            self.status_sync.setText(fmt(self.tr("Waiting to sync: %1"), self._status.outbox_pending))
            self.status_sync.setToolTip(self.tr("Changes on this laptop not yet acknowledged by HQ"))
        else:
            self.status_cases.setText("")
            self.status_sync.setText("")

    def _save_layout(self) -> None:
        self.settings.set_layout("main/geometry", self.saveGeometry())
        self.settings.set_layout("main/state", self.saveState())
        self.settings.set_layout("caselist/header", self.case_list.view.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved typing as a draft (offered at next start) and remember the layout."""
        if not self.is_locked:
            self.editor.autosave_now()
        self.idle.stop()
        self._save_layout()
        super().closeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("FieldApp") if self.session is None else
                            fmt(self.tr("FieldApp — %1"), self.session.officer))
        self.case_menu.setTitle(self.tr("&Case"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = {
            "new_case": (self.tr("&New case"), self.tr("Record a new household (Ctrl+N)")),
            "save": (self.tr("&Save"), self.tr("Save the open case (Ctrl+S)")),
            "case_list": (self.tr("Case &list"), self.tr("Back to the list of cases")),
            "import": (self.tr("&Import cases…"), self.tr("Import cases from a JSON or CSV file")),
            "forms": (self.tr("&Forms…"), self.tr("Print the forms of the open case")),
            "batch_forms": (self.tr("Forms for selected &cases…"),
                            self.tr("Print one form for every case selected in the list, into a folder")),
            "blank_forms": (self.tr("&Blank forms…"),
                            self.tr("Print the paper forms with empty lines, for filling in by hand")),
            "sync": (self.tr("S&ync panel"), self.tr("Last sync, changes waiting for HQ, conflicts (F5)")),
            "sync_now": (self.tr("Sync &now"), self.tr("Send changes to HQ and receive decisions (Ctrl+F5)")),
            "conflicts": (self.tr("&Conflicts…"), self.tr("Fields changed here and at HQ, with both values")),
            "export_bundle": (self.tr("E&xport bundle…"),
                              self.tr("Write the changes waiting for HQ to a file, for a USB stick")),
            "import_bundle": (self.tr("&Import answer…"),
                              self.tr("Apply the answer HQ wrote for this laptop (a bundle file)")),
            "enrol": (self.tr("&Enrol with HQ…"), self.tr("Register this laptop with HQ using a single-use code")),
            "lock": (self.tr("&Lock"), self.tr("Lock now: the passphrase is needed to continue (Ctrl+L)")),
            "quit": (self.tr("&Quit"), self.tr("Close FieldApp")),
            "search": (self.tr("&Search"), self.tr("Search the cases (Ctrl+F)")),
            "next_group": (self.tr("&Next section"), self.tr("Next tab of the case (Ctrl+PgDown)")),
            "previous_group": (self.tr("&Previous section"), self.tr("Previous tab of the case (Ctrl+PgUp)")),
            "autolock": (self.tr("&Auto-lock…"), self.tr("How long FieldApp waits before locking itself")),
            "about": (self.tr("&About FieldApp"), self.tr("Versions and licence")),
        }
        for key, (text, tip) in texts.items():
            action = self.actions_by_key[key]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if self.sync_dock is not None:
            self.sync_dock.setWindowTitle(self.tr("Sync"))
        self._retranslate_desk()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_actions()
        super().changeEvent(event)

