"""The review queue: the cases waiting for a decision, and the one chosen laid out beside them.

The store gives the queue as plain rows (:class:`fieldapp.store.review.QueueRow`), oldest first,
in one query; :class:`QueueModel` shows them without a widget per row, so 20,000 cases open as
fast as the query runs. Opening the queue reads the oldest screenful first
and shows it, then the whole queue (added below it, so the selection stays); the possible
duplicates are counted by a third read after the rows are shown (their column says "…" until then): the count is the larger part of
the store's work. The text filter searches in the store (names in any script, case
numbers); municipality, settlement, officer, status and "possible duplicates only" narrow the
rows already read, at once, and their lists offer only the values the queue holds.

The screen is made for the keyboard: J/K or Ctrl+Down/Up move to the next or previous case,
A approve, R return, D duplicate, I ineligible, W withdraw, C comment, E opens the case in the
editor. After a decision the case leaves the queue and the next one is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain import workflow
from fieldapp.store.review import QueueFilter, QueueRow
from ui.errors import show_error
from ui.executor import Changes, StoreExecutor, StoreLocked
from ui.i18n import fmt, label, municipality_label
from ui.icons import icon
from ui.ops import review as review_ops
from ui.ops import submit
from ui.review.decision import DecisionDialog, ReviewCommentDialog, case_title
from ui.review.decisions import (
    COMMENT_KEY,
    DECISION_KEYS,
    decision_label,
    decision_short_label,
    decisions_for,
)
from ui.review.sheet import CaseSheet, weight_text

SEARCH_DEBOUNCE_MS = 250
EDITOR_KEY = "E"
SEARCH_KEY = "/"
CASE_DEBOUNCE_MS = 60
FIRST_ROWS = 200
"""How many of the oldest cases are read and shown first when the queue opens."""

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DUPLICATE_BRUSH = QBrush(QColor("#b3261e"))

COLUMNS = ("case_number", "head", "waiting", "score", "place", "officer", "duplicates", "status")
_NUMERIC = frozenset({2, 3, 6})


def _place(row: QueueRow) -> str:
    return ", ".join(x for x in (row.settlement or "", municipality_label(row.municipality)) if x)


def _sort_key(column: str) -> Callable[[QueueRow], Any]:
    return {
        "case_number": lambda r: r.case_number, "head": lambda r: r.head.casefold(),
        "waiting": lambda r: r.waiting_days, "score": lambda r: r.score,
        "place": lambda r: (r.municipality, r.settlement or ""), "officer": lambda r: r.officer.casefold(),
        "duplicates": lambda r: -1 if r.possible_duplicates is None else r.possible_duplicates,
        "status": lambda r: r.status,
    }[column]


class QueueModel(QAbstractTableModel):
    """The queue rows shown (after the filters), in queue order unless a column was sorted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self._headers: list[str] = [""] * len(COLUMNS)

    def set_rows(self, rows: list[QueueRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def extend_to(self, rows: list[QueueRow]) -> bool:
        """Show ``rows`` by adding what follows the rows shown, when those are where ``rows``
        begins (the first screenful of the same queue); False, and nothing done, otherwise."""
        n = len(self.rows)
        if n > len(rows) or any(a.id != b.id for a, b in zip(self.rows, rows, strict=False)):
            return False
        self.rows[:n] = rows[:n]
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(COLUMNS) - 1))
        if len(rows) > n:
            self.beginInsertRows(QModelIndex(), n, len(rows) - 1)
            self.rows.extend(rows[n:])
            self.endInsertRows()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """How many cases are shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The queue's columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def count_arrived(self, rows: dict[str, QueueRow]) -> None:
        """Take the rows of ``rows`` (by case id) in place of those shown, in the same order:
        only their possible duplicates changed, so the view keeps its selection and scroll."""
        if not self.rows:
            return
        self.rows = [rows.get(r.id, r) for r in self.rows]
        self.dataChanged.emit(self.index(0, 6), self.index(len(self.rows) - 1, 6))

    def row(self, index: int) -> QueueRow | None:
        """The queue row at ``index``, if any."""
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def index_of(self, case_id: str) -> int:
        """The row of case ``case_id``, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's text, alignment and colour; the row's case id and DTO."""
        if not index.isValid():
            return None
        role = int(role)
        r = self.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._text(r, col)
        if role == _ALIGN and col in _NUMERIC:
            return _RIGHT
        if role == _FOREGROUND and col == 6 and r.possible_duplicates:
            return _DUPLICATE_BRUSH
        if role == _TOOLTIP:
            if col == 6 and r.possible_duplicates is None:
                return self.tr("Counting possible duplicates…")
            if col == 6 and r.possible_duplicates:
                return fmt(self.tr("%1 other cases may be the same household (%2 compares them)"),
                           r.possible_duplicates, DECISION_KEYS["duplicate"])
            if col == 7 and r.returned_before:
                return fmt(self.tr("Returned to the officer %1 times before"), r.returned_before)
            return self._text(r, col)
        if role == int(CASE_ID_ROLE):
            return r.id
        if role == int(ROW_ROLE):
            return r
        return None

    def _text(self, r: QueueRow, col: int) -> str:
        if col == 0:
            return r.case_number
        if col == 1:
            return f"{r.head} ({r.members})" if r.members else r.head
        if col == 2:
            return str(r.waiting_days)
        if col == 3:
            return weight_text(r.score)
        if col == 4:
            return _place(r)
        if col == 5:
            return r.officer
        if col == 6:
            if r.possible_duplicates is None:
                return "…"
            return str(r.possible_duplicates) if r.possible_duplicates else ""
        status = label("status", r.status)
        return f"{status} ↺{r.returned_before}" if r.returned_before else status

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or int(role) != _DISPLAY:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows shown by ``column`` (the queue itself is oldest first)."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self.rows = sorted(self.rows, key=_sort_key(COLUMNS[column]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def relabel(self) -> None:
        """Column titles in the current UI language."""
        self._headers = [self.tr("Case"), self.tr("Head of household"), self.tr("Days"),
                         self.tr("Score"), self.tr("Place of return"), self.tr("Officer"),
                         self.tr("Dupl."), self.tr("Status")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))


class ChoiceCombo(QComboBox):
    """A filter list: "all" first, then the values the queue holds with how many cases each."""

    def __init__(self, all_text: Callable[[], str], labeller: Callable[[str], str] = str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._all_text = all_text
        self._labeller = labeller
        self._counts: dict[str, int] = {}
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.addItem(all_text(), None)

    def value(self) -> str | None:
        """The value chosen, or None for all."""
        data = self.currentData()
        return str(data) if data is not None else None

    def set_value(self, value: str | None) -> None:
        """Choose ``value`` (None: all)."""
        idx = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(idx, 0))

    def set_options(self, counts: dict[str, int]) -> None:
        """Offer the values of ``counts`` (value → cases), keeping the choice when it is still there."""
        current = self.value()
        self._counts = dict(counts)
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self._all_text(), None)
            for value in sorted(counts, key=lambda v: self._labeller(v).casefold()):
                self.addItem(f"{self._labeller(value)} ({counts[value]})", value)
            if current is not None and current not in counts:
                self.addItem(f"{self._labeller(current)} (0)", current)
            self.set_value(current)

    def relabel(self) -> None:
        """Labels in the current UI language."""
        self.set_options(self._counts)


@dataclass(frozen=True)
class QueueCounts:
    """What the counts line says."""

    total: int
    submitted: int
    under_review: int
    duplicates: int | None
    """None while the possible duplicates are being counted."""
    shown: int


class QueueTable(QTableView):
    """The queue table; Enter moves the focus to the case sheet."""

    enter_pressed = Signal()
    """Emitted when Enter is pressed on a row (the sheet takes the focus)."""

    def keyPressEvent(self, event: Any) -> None:
        """Enter opens the case sheet."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class ReviewQueueScreen(QWidget):
    """The review queue with filters and counts, and the chosen case laid out for a decision."""

    queue_shown = Signal(int)
    """Emitted when the queue was read and shown; carries how many cases are shown."""

    first_rows_shown = Signal(int)
    """Emitted when the oldest screenful was shown on opening, before the whole queue is read;
    carries how many cases are shown."""

    duplicates_counted = Signal(int)
    """Emitted when the possible duplicates of the queue were counted and shown; carries how many
    cases of the queue have any."""

    case_shown = Signal(str)
    """Emitted when a case is laid out in the sheet; carries its id."""

    decision_recorded = Signal(object)
    """Emitted after a decision was recorded in the store; carries the case as stored."""

    dialog_opened = Signal(object)
    """Emitted when the decision or comment dialog opens; carries the dialog."""

    def __init__(self, executor: StoreExecutor, *, role: Callable[[], str] | str = workflow.SUPERVISOR,
                 open_case: Callable[[str], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review-queue")
        self.executor = executor
        self._role = role if callable(role) else (lambda r=role: r)
        self._open_case = open_case
        self.all_rows: list[QueueRow] = []
        self.loaded = False
        self.complete = False
        """Whether the rows shown are the whole queue (not only its first screenful)."""
        self.stale = True
        self._text_asked = ""
        self._wanted_case: str | None = None
        self._wanted_row = 0
        self.dialog: DecisionDialog | ReviewCommentDialog | None = None

        # --- filters ----------------------------------------------------------------------------
        self.search = QLineEdit(self)
        self.search.setObjectName("queue-search")
        self.search.setClearButtonEnabled(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("queue-counts")
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.municipality = ChoiceCombo(lambda: self.tr("All municipalities"), municipality_label, self)
        self.settlement = ChoiceCombo(lambda: self.tr("All settlements"), parent=self)
        self.officer = ChoiceCombo(lambda: self.tr("All officers"), parent=self)
        self.status = ChoiceCombo(lambda: self.tr("Submitted and under review"),
                                  lambda code: label("status", code), self)
        self.duplicates_only = QCheckBox(self)
        self.duplicates_only.setObjectName("queue-duplicates-only")
        self.clear_button = QPushButton(icon("clear"), "", self)
        # The settlements and officers offered are those of the municipality chosen.
        self.municipality.currentIndexChanged.connect(lambda _i: self._offer_filter_values(places=False))
        for combo in (self.municipality, self.settlement, self.officer, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.duplicates_only.toggled.connect(lambda _on: self.apply_filters())
        self.clear_button.clicked.connect(self.reset_filters)

        # --- the queue ----------------------------------------------------------------------------
        self.model = QueueModel(self)
        self.view = QueueTable(self)
        self.view.setObjectName("queue-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setSortingEnabled(False)
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        # Fixed row heights: Qt must not measure 20,000 rows.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_clicked)
        for col, width in enumerate((138, 160, 46, 58, 118, 110, 44)):
            header.resizeSection(col, width)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_changed(cur.row()))
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

        # --- the case ---------------------------------------------------------------------------------
        self.case_title = QLabel(self)
        font = self.case_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.case_title.setFont(font)
        self.case_title.setWordWrap(True)
        self.decision_row = QHBoxLayout()
        self.decision_buttons: dict[str, QPushButton] = {}
        for key in workflow.DECISIONS:
            button = QPushButton(self)
            button.setObjectName(f"queue.decide.{key}")
            button.clicked.connect(lambda _c=False, k=key: self.decide(k))
            self.decision_buttons[key] = button
            self.decision_row.addWidget(button)
        self.comment_button = QPushButton(icon("note"), "", self)
        self.comment_button.setObjectName("queue.comment")
        self.comment_button.clicked.connect(self.comment)
        self.editor_button = QPushButton(icon("workflow"), "", self)
        self.editor_button.setObjectName("queue.open")
        self.editor_button.clicked.connect(self.open_in_editor)
        self.decision_row.addStretch(1)
        self.sheet = CaseSheet(self, title=False)  # the title stands above, beside its actions
        self.view.doubleClicked.connect(lambda _idx: self.sheet.setFocus())
        self.view.enter_pressed.connect(self.sheet.setFocus)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6368;")
        self.empty.setVisible(False)

        # --- layout -------------------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.counts_label)
        filters = QHBoxLayout()
        for w in (self.municipality, self.settlement, self.officer, self.status):
            filters.addWidget(w, 1)
        filters.addWidget(self.duplicates_only)
        filters.addWidget(self.clear_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The case's own actions beside its title; the decisions on a row of their own, so the
        # pane stays narrow in every language.
        title_row = QHBoxLayout()
        title_row.addWidget(self.case_title, 1)
        title_row.addWidget(self.comment_button)
        title_row.addWidget(self.editor_button)
        right_layout.addLayout(title_row)
        right_layout.addLayout(self.decision_row)
        right_layout.addWidget(self.sheet, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("queue-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

        # --- keys ---------------------------------------------------------------------------------------
        self.actions_by_key: dict[str, QAction] = {}
        self._key_action("next", ("J", "Ctrl+Down"), lambda: self.step(1))
        self._key_action("previous", ("K", "Ctrl+Up"), lambda: self.step(-1))
        for key, letter in DECISION_KEYS.items():
            self._key_action(f"decide.{key}", (letter,), partial(self.decide, key))
        self._key_action("comment", (COMMENT_KEY,), self.comment)
        self._key_action("open", (EDITOR_KEY,), self.open_in_editor)
        self._key_action("search", (SEARCH_KEY,), self.focus_search)
        self._key_action("back", ("Escape",), self.view.setFocus)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._case_timer = QTimer(self)
        self._case_timer.setSingleShot(True)
        self._case_timer.setInterval(CASE_DEBOUNCE_MS)
        self._case_timer.timeout.connect(self._load_current_case)
        self.retranslate()
        self._update_decisions()

    def _key_action(self, name: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(f"queue.{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Only while the queue screen has the focus; letters typed in the search box stay text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        self.actions_by_key[name] = action
        return action

    # --- role -------------------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        """The laptop's role (the decisions offered follow it)."""
        return self._role()

    # --- loading ----------------------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown by the main window: read the queue if it may have changed."""
        if self.stale or not self.loaded:
            self.reload(first_rows=True)
        elif self.search.text().strip() != self._text_asked:
            self.reload()  # a search typed just before the screen was left
        self.view.setFocus()

    def on_changes(self, changes: Changes) -> None:
        """Read the queue again when cases changed (at once if shown, else when next shown)."""
        if changes.workspace:
            self.clear()
            return
        if changes.case_list or changes.case_ids:
            self.stale = True
            if self.isVisible():
                self.reload()

    def clear(self) -> None:
        """Forget every row and the case shown (the workspace was locked or changed hands)."""
        self._case_timer.stop()
        self._search_timer.stop()
        self.all_rows = []
        self.model.set_rows([])
        self.sheet.clear_case()
        self.loaded = self.complete = False
        self.stale = True
        self._update_decisions()

    def reload(self, *, first_rows: bool = False) -> None:
        """Read the queue from the store (the text filter applies there); with ``first_rows``
        the oldest screenful first, to show while the rest is read."""
        self._search_timer.stop()
        current = self.current_row()
        if current is not None:
            self._wanted_case = current.id
            self._wanted_row = self.view.currentIndex().row()
        text = self.search.text().strip()
        self._text_asked = text
        flt = QueueFilter(text=text) if text else None
        if first_rows:
            submit(self.executor, review_ops.read_queue(flt=flt, count_duplicates=False, limit=FIRST_ROWS),
                   done=partial(self._first_arrived, text, flt), failed=self._failed,
                   supersede="review-queue", busy_cursor=True)
        else:
            self._read_rest(text, flt, rows=True)

    def _read_rest(self, text: str, flt: QueueFilter | None, *, rows: bool) -> None:
        """Read the whole queue (with ``rows``) and count its possible duplicates. Asked after
        the first screenful is shown, so that the case it opens is read before them."""
        if rows:
            submit(self.executor, review_ops.read_queue(flt=flt, count_duplicates=False),
                   done=partial(self._arrived, text), failed=self._failed,
                   supersede="review-queue", busy_cursor=True)
        submit(self.executor, review_ops.read_duplicate_counts(flt=flt),
               done=partial(self._counted, text), failed=self._failed, supersede="review-queue-duplicates")

    def _first_arrived(self, text: str, flt: QueueFilter | None, rows: list[QueueRow]) -> None:
        if text != self._text_asked:
            return
        whole = len(rows) < FIRST_ROWS
        self.show_rows(rows, complete=whole)
        self._read_rest(text, flt, rows=not whole)

    def _arrived(self, text: str, rows: list[QueueRow]) -> None:
        if text == self._text_asked:
            self.show_rows(rows)

    def _counted(self, text: str, counts: dict[str, int]) -> None:
        if text != self._text_asked or not self.loaded:
            return
        self.all_rows = [replace(r, possible_duplicates=counts.get(r.id, 0)) for r in self.all_rows]
        f = self.current_filter()
        if f.duplicates_only or (self._sort_column >= 0 and COLUMNS[self._sort_column] == "duplicates"):
            self.apply_filters()
        else:
            self.model.count_arrived({r.id: r for r in self.all_rows})
            self._show_counts()
        row, doc = self.current_row(), self.shown_case()
        if row is not None and doc is not None:
            self.sheet.show_case(doc, waiting_days=row.waiting_days,
                                 possible_duplicates=row.possible_duplicates, officer=row.officer)
        self.duplicates_counted.emit(sum(1 for r in self.all_rows if r.possible_duplicates))

    def show_rows(self, rows: list[QueueRow], *, complete: bool = True) -> None:
        """Show ``rows`` (the queue as the store read it, or with ``complete`` False its first
        screenful) through the filters chosen."""
        extend = complete and not self.complete and self.loaded
        self.all_rows = rows
        self.loaded = True
        self.complete = complete
        self.stale = False
        self._offer_filter_values()
        self.apply_filters(extend=extend)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoreLocked):
            return
        show_error(self, exc)

    # --- filters -------------------------------------------------------------------------------------------
    def _offer_filter_values(self, *, places: bool = True) -> None:
        def counts(values: list[str]) -> dict[str, int]:
            out: dict[str, int] = {}
            for v in values:
                if v:
                    out[v] = out.get(v, 0) + 1
            return out

        rows = self.all_rows
        municipality = self.municipality.value()
        in_place = [r for r in rows if municipality is None or r.municipality == municipality]
        if places:
            self.municipality.set_options(counts([r.municipality for r in rows]))
        self.settlement.set_options(counts([r.settlement or "" for r in in_place]))
        self.officer.set_options(counts([r.officer for r in in_place]))
        self.status.set_options(counts([r.status for r in rows]))

    def current_filter(self) -> QueueFilter:
        """The filters chosen now, as the store takes them."""
        return QueueFilter(municipality=self.municipality.value(), settlement=self.settlement.value(),
                           officer=self.officer.value(), status=self.status.value(),
                           duplicates_only=self.duplicates_only.isChecked(), text=self.search.text().strip())

    def apply_filters(self, *, extend: bool = False) -> None:
        """Show the rows read that pass the filters chosen (the text was applied in the store);
        with ``extend``, by adding to the first screenful shown when it is where they begin."""
        f = self.current_filter()
        rows = [r for r in self.all_rows
                if (f.municipality is None or r.municipality == f.municipality)
                and (f.settlement is None or r.settlement == f.settlement)
                and (f.officer is None or r.officer == f.officer)
                and (f.status is None or r.status == f.status)
                and (not f.duplicates_only or r.possible_duplicates is None or r.possible_duplicates > 0)]
        current = self.current_row()
        if extend and self._sort_column < 0 and self._wanted_case is None and self.model.extend_to(rows):
            pass  # the first screenful grew into the whole queue: the current case stays
        else:
            if current is not None and self._wanted_case is None:
                self._wanted_case, self._wanted_row = current.id, self.view.currentIndex().row()
            self.model.set_rows(rows)
            if self._sort_column >= 0:
                self.model.sort(self._sort_column, self._sort_order)
            self._restore_current(keep_missing=not self.complete)
        self._show_counts()
        self.empty.setVisible(not rows and self.complete)
        self.view.setVisible(bool(rows))
        if self.complete:
            self.queue_shown.emit(len(rows))
        else:
            self.first_rows_shown.emit(len(rows))

    def reset_filters(self) -> None:
        """Every filter back to "all", the search text cleared."""
        for combo in (self.municipality, self.settlement, self.officer, self.status):
            with QSignalBlocker(combo):
                combo.set_value(None)
        with QSignalBlocker(self.duplicates_only):
            self.duplicates_only.setChecked(False)
        if self.search.text():
            with QSignalBlocker(self.search):
                self.search.clear()
            self.reload()
        else:
            self._offer_filter_values()
            self.apply_filters()

    def counts(self) -> QueueCounts:
        """The counts of the queue read and of the rows shown."""
        rows = self.all_rows
        return QueueCounts(total=len(rows), submitted=sum(r.status == "submitted" for r in rows),
                           under_review=sum(r.status == "under_review" for r in rows),
                           duplicates=(None if any(r.possible_duplicates is None for r in rows)
                                       else sum(bool(r.possible_duplicates) for r in rows)),
                           shown=self.model.rowCount())

    def _show_counts(self) -> None:
        if not self.loaded:
            self.counts_label.setText("")
            return
        if not self.complete:
            self.counts_label.setText(fmt(self.tr("Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4"),
                                          "…", "…", "…", "…"))
            return
        c = self.counts()
        text = fmt(self.tr("Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4"),
                   c.total, c.submitted, c.under_review, "…" if c.duplicates is None else c.duplicates)
        if c.shown != c.total:
            text += " · " + fmt(self.tr("shown: %1"), c.shown)
        self.counts_label.setText(text)
        self.empty.setText(self.tr("No case is waiting for a decision.") if not c.total else
                           self.tr("No case matches these filters."))

    def _sort_clicked(self, column: int) -> None:
        if self._sort_column == column:
            self._sort_order = (Qt.SortOrder.DescendingOrder if self._sort_order == Qt.SortOrder.AscendingOrder
                                else Qt.SortOrder.AscendingOrder)
        else:
            self._sort_column, self._sort_order = column, Qt.SortOrder.AscendingOrder
        current = self.current_row()
        self.model.sort(column, self._sort_order)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(column, self._sort_order)
        if current is not None:
            self.select_case(current.id)

    # --- moving through the queue ---------------------------------------------------------------------
    def current_row(self) -> QueueRow | None:
        """The queue row chosen, or None."""
        return self.model.row(self.view.currentIndex().row())

    def select_row(self, row: int) -> None:
        """Make row ``row`` (clamped to the rows shown) the current case."""
        count = self.model.rowCount()
        if count == 0:
            self._row_changed(-1)
            return
        row = max(0, min(row, count - 1))
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def select_case(self, case_id: str) -> bool:
        """Make case ``case_id`` the current one if it is shown."""
        row = self.model.index_of(case_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _restore_current(self, *, keep_missing: bool = False) -> None:
        """The case wanted current again (else the row it was on); with ``keep_missing``, a case
        not among the rows shown stays wanted, for the whole queue to find it."""
        wanted, row = self._wanted_case, self._wanted_row
        if wanted is not None and self.select_case(wanted):
            self._wanted_case, self._wanted_row = None, 0
        elif keep_missing and wanted is not None:
            self.select_row(min(row, self.model.rowCount() - 1))
            return
        else:
            self._wanted_case, self._wanted_row = None, 0
            self.select_row(row)  # the case decided left the queue: the next one takes its place
        self._load_current_case(again=True)

    def step(self, delta: int) -> None:
        """The next (1) or previous (-1) case of the queue."""
        current = self.view.currentIndex().row()
        self.select_row(current + delta if current >= 0 else 0)
        self._case_timer.stop()
        self._load_current_case()

    def _row_changed(self, _row: int) -> None:
        self._update_decisions()
        self._case_timer.start()

    def _load_current_case(self, *, again: bool = False) -> None:
        """Lay out the current row's case (read again with ``again``: it may have changed)."""
        self._case_timer.stop()
        row = self.current_row()
        if row is None:
            self.sheet.clear_case()
            self._update_decisions()
            return
        if not again and self.sheet.case is not None and self.sheet.case.get("id") == row.id:
            return
        submit(self.executor, review_ops.read_case(case_id=row.id),
               done=partial(self._case_arrived, row), failed=self._failed,
               supersede="review-case")

    def _case_arrived(self, row: QueueRow, doc: dict[str, Any]) -> None:
        current = self.current_row()
        if current is None or current.id != row.id:
            return
        # The current row, not the one asked with: its duplicates may have been counted since.
        self.sheet.show_case(doc, waiting_days=current.waiting_days,
                             possible_duplicates=current.possible_duplicates, officer=current.officer)
        self._update_decisions()
        self.case_shown.emit(row.id)

    def shown_case(self) -> dict[str, Any] | None:
        """The case laid out in the sheet when it is the current row's, else None."""
        row = self.current_row()
        doc = self.sheet.case
        return doc if row is not None and doc is not None and doc.get("id") == row.id else None

    def _update_decisions(self) -> None:
        doc = self.shown_case()
        allowed = decisions_for(doc["case_type"], doc["status"], self.role) if doc else []
        for key, button in self.decision_buttons.items():
            button.setVisible(key in allowed)
            button.setEnabled(key in allowed)
        self.comment_button.setEnabled(doc is not None)
        self.editor_button.setEnabled(doc is not None and self._open_case is not None)
        self.case_title.setText(case_title(doc) if doc else "")

    # --- acting -------------------------------------------------------------------------------------------
    def decide(self, decision: str) -> DecisionDialog | None:
        """Open the decision dialog for the case shown, ``decision`` chosen."""
        doc = self.shown_case()
        if doc is None or self.dialog is not None:
            return None
        if decision not in decisions_for(doc["case_type"], doc["status"], self.role):
            return None
        dialog = DecisionDialog(self.executor, doc, self.role, decision=decision, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._decided)
        dialog.finished.connect(lambda _r: self._dialog_closed())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _decided(self, stored: dict[str, Any]) -> None:
        self._wanted_case = stored["id"] if stored.get("status") in workflow.REVIEW_STATES else None
        self._wanted_row = max(self.view.currentIndex().row(), 0)
        self.decision_recorded.emit(stored)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.view.setFocus()

    def comment(self) -> ReviewCommentDialog | None:
        """Ask for a comment on the case shown and keep it with its notes."""
        doc = self.shown_case()
        if doc is None or self.dialog is not None:
            return None
        dialog = ReviewCommentDialog(doc, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            submit(self.executor, review_ops.add_comment(case_id=doc["id"], text=dialog.comment()),
                   done=lambda stored: self._commented(stored), failed=self._failed)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self._dialog_closed())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _commented(self, stored: dict[str, Any]) -> None:
        row = self.current_row()
        if row is not None and row.id == stored["id"]:
            self.sheet.show_case(stored, waiting_days=row.waiting_days,
                                 possible_duplicates=row.possible_duplicates, officer=row.officer)

    def open_in_editor(self) -> None:
        """Open the case shown in the editor (every tab of it)."""
        row = self.current_row()
        if row is not None and self._open_case is not None:
            self._open_case(row.id)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- language -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.search.setPlaceholderText(fmt(self.tr("Search the queue: names in any script, case numbers… (%1)"),
                                           SEARCH_KEY))
        self.duplicates_only.setText(self.tr("Possible duplicates only"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.municipality.setToolTip(self.tr("Municipality"))
        self.settlement.setToolTip(self.tr("Settlement"))
        self.officer.setToolTip(self.tr("Officer"))
        self.status.setToolTip(self.tr("Status"))
        for combo in (self.municipality, self.settlement, self.officer, self.status):
            combo.relabel()
        for key, button in self.decision_buttons.items():
            button.setText(f"{decision_short_label(key)} ({DECISION_KEYS[key]})")
            button.setToolTip(decision_label(key))
        self.comment_button.setText(fmt(self.tr("Comment (%1)"), COMMENT_KEY))
        self.comment_button.setToolTip(self.tr("A comment without a decision, kept with the case's notes"))
        self.editor_button.setText(fmt(self.tr("Editor (%1)"), EDITOR_KEY))
        self.editor_button.setToolTip(self.tr("Every tab of the case, as the officer sees it"))
        # Keys stay as typed (Latin letters) in every language; only what they do is translated.
        parts = [("J / K, Ctrl+Down / Ctrl+Up", self.tr("next or previous case")),
                 ("Enter", self.tr("read the case")),
                 *((DECISION_KEYS[k], decision_short_label(k)) for k in workflow.DECISIONS),
                 (COMMENT_KEY, self.tr("comment")), (EDITOR_KEY, self.tr("editor")),
                 (SEARCH_KEY, self.tr("search"))]
        self.hint.setText(" · ".join(f"{keys}: {what}" for keys, what in parts))
        self.view.setAccessibleName(self.tr("Review queue"))
        self.model.relabel()
        self._show_counts()

    def hideEvent(self, event: Any) -> None:
        """Hidden (another screen, locked, closing): nothing waits to be read any more."""
        self._case_timer.stop()
        self._search_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["COLUMNS", "ChoiceCombo", "QueueCounts", "QueueModel", "ReviewQueueScreen"]
