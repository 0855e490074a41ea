"""The case list: a paged table model over the store, its proxy, and the panel with search and
filters.

:class:`CaseTableModel` shows every case that matches the search and filters, but holds only the
pages of rows that were looked at (200 rows a page, the least recently used dropped beyond a
few thousand rows), so 100,000 cases scroll smoothly. A row not loaded yet shows "…" while its
page is read on the store thread. Sorting and filtering happen in the store, where the columns
are indexed; :class:`CaseListProxy` forwards the view's sort requests there instead of sorting
rows itself (which would need every row loaded).

A new query (search text, filter or sort) first shows the first page, then learns the count; a
refresh after a change keeps the rows, the selection and the scroll position.
"""

from __future__ import annotations

import collections
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import shipped
from fieldapp.domain.workflow import ReturnNote
from fieldapp.store.cases import CaseFilter, CaseSummary
from ui.executor import Changes, StoreExecutor
from ui.i18n import fmt, label, municipality_label
from ui.icons import icon
from ui.ops import Op, submit
from ui.ops import cases as case_ops
from ui.ops.cases import Pages
from ui.sync.state import RETURNED_BACKGROUND, SYNC_STATES, state_icon
from ui.widgets import CodeCombo

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40
FRESH_S = 0.6  # a page not looked at for this long is no longer worth reading
SEARCH_DEBOUNCE_MS = 40

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints and a prebuilt flag value: data() and flags() run for every cell of every paint,
# and comparing or combining Python enums there costs more than the lookup itself.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ANSWERED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _DECORATION, _BACKGROUND, int(CASE_ID_ROLE),
                             int(SUMMARY_ROLE)})
_STATUS_COLUMN = 3
_SYNC_COLUMN = 6
_RETURNED = "returned"
_RETURNED_BRUSH = QBrush(RETURNED_BACKGROUND)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# (column key, store sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_number", "case_number"),
    ("head", "head"),
    ("place", "municipality"),
    ("status", "status"),
    ("needs", "needs"),
    ("updated", "updated_at"),
    ("sync", "sync_state"),
)

def sync_state_label(code: str) -> str:
    """The sync state of a case in the UI language."""
    from PySide6.QtCore import QCoreApplication

    return {"pending": QCoreApplication.translate("CaseList", "Not yet sent"), "synced": QCoreApplication.translate("CaseList", "Sent to HQ"),
            "conflict": QCoreApplication.translate("CaseList", "Conflict"),
            "rejected": QCoreApplication.translate("CaseList", "Refused by HQ")}.get(code, code)


def sync_state_tooltip(code: str) -> str:
    """What a case's sync state means, in the UI language."""
    from PySide6.QtCore import QCoreApplication

    return {
        "pending": QCoreApplication.translate("CaseList", "Changed on this laptop; HQ has not received the change yet."),
        "synced": QCoreApplication.translate("CaseList", "HQ holds this case exactly as this laptop does."),
        "conflict": QCoreApplication.translate("CaseList", "Changed here and at HQ at the same time: HQ kept its values. Open the case to see both."),
        "rejected": QCoreApplication.translate("CaseList", "HQ refused a change to this case; Sync ▸ Conflicts shows HQ's reason."),
    }.get(code, code)


def return_note_text(note: ReturnNote) -> str:
    """Why HQ returned a case (who, when, the comment), in the UI language."""
    from PySide6.QtCore import QCoreApplication

    return fmt(QCoreApplication.translate("CaseList", "Returned by %1 on %2:\n%3"), note.by,
               _when(note.at), note.comment)


_Entry = tuple[CaseSummary, tuple[str, ...]]


def _when(iso: str) -> str:
    try:
        stamp = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return stamp.strftime("%Y-%m-%d %H:%M")


def _cells(s: CaseSummary) -> tuple[str, ...]:
    note = s.returned
    place = municipality_label(s.municipality)
    muni = shipped().municipalities.get(s.municipality)
    same_as_municipality = muni is not None and s.settlement in muni.names.values()
    if s.settlement and s.settlement != place and not same_as_municipality:
        place = f"{place} · {s.settlement}"
    status = label("status", s.status)
    if note is not None and note.comment:
        # The comment in the row itself: the officer sees why without opening the case.
        status = f"{status}: {' '.join(note.comment.split())}"
    return (s.case_number, s.head, place, status,
            ", ".join(label("need", n) for n in s.needs), _when(s.updated_at),
            sync_state_label(s.sync_state))


@dataclass(frozen=True)
class _Query:
    filter: CaseFilter
    sort: str
    descending: bool


def _page_op(query: _Query, pages: list[int], fresh: Callable[[int], bool] = lambda _p: True
             ) -> Op[Pages]:
    return case_ops.list_pages(case_filter=query.filter, sort=query.sort, descending=query.descending,
                               pages=pages, page_size=PAGE_SIZE, fresh=fresh)


class CaseTableModel(QAbstractTableModel):
    """Matching cases as rows, loaded page by page from the store thread."""

    query_shown = Signal(int)
    """Emitted when the first rows of a new query (search text, filter or sort) are shown;
    carries the number of rows shown so far."""

    count_known = Signal(int)
    """Emitted when the number of cases matching the query is known; carries it."""

    page_loaded = Signal(int)
    """Emitted when a page of rows arrived and is shown; carries the page number."""

    def __init__(self, executor: StoreExecutor, parent: Any = None):
        super().__init__(parent)
        self.executor = executor
        self._query = _Query(CaseFilter(), "updated_at", True)
        self._rows = 0
        self._total: int | None = None
        self._pages: collections.OrderedDict[int, list[_Entry]] = collections.OrderedDict()
        self._generation = 0
        self._wanted: set[int] = set()
        self._inflight: set[int] = set()
        self._touched: dict[int, float] = {}
        self._active = False
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._request_timer.timeout.connect(self._request_pages)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows matching the query (0 under an item: the model is a flat table)."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The seven columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltips and the case id; "…" while the row's page is being read."""
        role = int(role)
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        entry = self._entry(index.row())
        column = index.column()
        if entry is None:
            return "…" if role == _DISPLAY and column == 0 else None
        summary, cells = entry
        if role == _DISPLAY:
            return cells[column]
        if role == _DECORATION:
            if column == _SYNC_COLUMN:
                return state_icon(summary.sync_state)
            if column == _STATUS_COLUMN and summary.status == _RETURNED:
                return state_icon(_RETURNED)
            return None
        if role == _BACKGROUND:
            return _RETURNED_BRUSH if summary.status == _RETURNED else None
        if role == CASE_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        if column == _SYNC_COLUMN:
            return sync_state_tooltip(summary.sync_state)
        if summary.returned is not None:
            note = return_note_text(summary.returned)
            return f"{cells[column]}\n\n{note}" if column in (1, 4) else note
        if column in (1, 4):  # long text may be cut off in the column
            return cells[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        """The seven column titles."""
        return [self.tr("Case number"), self.tr("Head of household"), self.tr("Municipality · settlement"),
                self.tr("Status"), self.tr("Needs"), self.tr("Last change"), self.tr("Sync")]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Rows can be selected, not edited here."""
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every matching case in the store by ``column``."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = _Query(self._query.filter, key, descending)
        self.reload()

    # --- queries ----------------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        """The search text and filters in force."""
        return self._query.filter

    @property
    def total(self) -> int | None:
        """How many cases match (None until counted)."""
        return self._total

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Show the cases matching ``case_filter``."""
        if case_filter == self._query.filter:
            return
        self._query = _Query(case_filter, self._query.sort, self._query.descending)
        self.reload()

    def set_active(self, active: bool) -> None:
        """Start (or stop, while locked) reading from the store."""
        self._active = active
        if active:
            self.reload()

    def clear(self) -> None:
        """Forget every row (another officer unlocked)."""
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self._total = None
        self.endResetModel()

    def reload(self) -> None:
        """Run the query afresh: first page, then the count."""
        if not self._active:
            return
        self._generation += 1
        gen = self._generation
        query = self._query
        self._inflight.clear()
        self._wanted.clear()
        submit(self.executor, _page_op(query, [0]),
               done=lambda pages: self._first_page(gen, pages.get(0) or []),
               failed=self._failed, supersede="caselist-first")
        submit(self.executor, case_ops.count_cases(case_filter=query.filter),
               done=lambda n: self._counted(gen, n), failed=self._failed, supersede="caselist-count")

    def refresh(self) -> None:
        """Read the loaded rows and the count again, keeping position and selection."""
        if not self._active:
            return
        self._generation += 1
        gen = self._generation
        keep = list(self._pages)[-3:] or [0]
        self._inflight.clear()
        query = self._query
        submit(self.executor, _page_op(query, sorted(keep)),
               done=lambda pages: self._refreshed(gen, pages), failed=self._failed,
               supersede="caselist-refresh")
        submit(self.executor, case_ops.count_cases(case_filter=query.filter),
               done=lambda n: self._counted(gen, n), failed=self._failed, supersede="caselist-count")

    def relabel(self) -> None:
        """Reword labels (status, needs, places) in the UI language."""
        for page, entries in self._pages.items():
            self._pages[page] = [(s, _cells(s)) for s, _ in entries]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def ids_for_rows(self, rows: list[int], done: Callable[[list[str]], None]) -> None:
        """The case ids on ``rows`` (in that order), reading the pages not loaded yet; ``done``
        gets them on the GUI thread (at once when every row is loaded)."""
        known = {r: self.case_id(r) for r in rows}
        pages = sorted({r // PAGE_SIZE for r, cid in known.items() if cid is None})
        if not pages:
            done([cid for cid in (known[r] for r in rows) if cid])
            return
        query = self._query

        def arrived(got: dict[int, list[str]]) -> None:
            out = []
            for r in rows:
                cid = known[r]
                if cid is None:
                    page = got.get(r // PAGE_SIZE) or []
                    offset = r - (r // PAGE_SIZE) * PAGE_SIZE
                    cid = page[offset] if offset < len(page) else None
                if cid:
                    out.append(cid)
            done(list(dict.fromkeys(out)))

        submit(self.executor, case_ops.case_ids(case_filter=query.filter, sort=query.sort,
                                                descending=query.descending, pages=pages,
                                                page_size=PAGE_SIZE),
               done=arrived, failed=self._failed, busy_cursor=True)

    def case_id(self, row: int) -> str | None:
        """The id of the case on ``row`` if that row is loaded."""
        entry = self._entry(row, request=False)
        return entry[0].id if entry else None

    # --- internals -----------------------------------------------------------------------------------
    def _entry(self, row: int, *, request: bool = True) -> _Entry | None:
        page = row // PAGE_SIZE
        entries = self._pages.get(page)
        if entries is None:
            if request:
                self._want(page)
            return None
        offset = row - page * PAGE_SIZE
        return entries[offset] if offset < len(entries) else None

    def _want(self, page: int) -> None:
        self._touched[page] = time.monotonic()
        if not self._active or page in self._inflight:
            return
        self._wanted.add(page)
        if not self._request_timer.isActive():
            self._request_timer.start()

    def _fresh(self, page: int) -> bool:
        # Called on the store thread: a plain dict read, safe under the GIL.
        return time.monotonic() - self._touched.get(page, 0.0) < FRESH_S

    def _request_pages(self) -> None:
        pages = sorted(self._wanted - self._inflight)
        self._wanted.clear()
        if not pages or not self._active:
            return
        self._inflight.update(pages)
        gen = self._generation
        submit(self.executor, _page_op(self._query, pages, self._fresh),
               done=lambda got: self._pages_arrived(gen, pages, got), failed=self._failed)

    def _store(self, page: int, rows: list[CaseSummary]) -> None:
        self._pages[page] = [(s, _cells(s)) for s in rows]
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _first_page(self, gen: int, rows: list[CaseSummary]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._pages.clear()
        self._store(0, rows)
        known = self._total if self._total is not None and self._total >= len(rows) else None
        self._rows = known if known is not None else len(rows)
        self.endResetModel()
        self.query_shown.emit(self._rows)

    def _counted(self, gen: int, total: int) -> None:
        if gen != self._generation:
            return
        self._total = total
        self._resize(total)
        self.count_known.emit(total)

    def _resize(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            for page in [p for p in self._pages if p * PAGE_SIZE >= rows]:
                del self._pages[page]
            self.endRemoveRows()

    def _refreshed(self, gen: int, pages: Pages) -> None:
        if gen != self._generation:
            return
        self._pages.clear()
        for page, rows in pages.items():
            if rows is not None:
                self._store(page, rows)
        if self._rows == 0 and pages.get(0):
            self._resize(len(pages[0] or []))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))

    def _pages_arrived(self, gen: int, asked: list[int], got: Pages) -> None:
        self._inflight.difference_update(asked)
        if gen != self._generation:
            return
        for page in asked:
            rows = got.get(page)
            if rows is not None:
                self._store(page, rows)
            first = page * PAGE_SIZE
            last = min(self._rows, first + PAGE_SIZE) - 1
            if last >= first:
                # Also for pages skipped as stale: if still visible, the view asks again.
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            if rows is not None:
                self.page_loaded.emit(page)

    def _failed(self, exc: BaseException) -> None:
        from ui.executor import StoreLocked

        if isinstance(exc, StoreLocked):
            return
        self.executor.unhandled_error.emit(exc)


class CaseListProxy(QIdentityProxyModel):
    """The view's model: rows map one to one onto :class:`CaseTableModel`.

    A ``QSortFilterProxyModel`` would sort and filter by reading every row; with 100,000 cases
    the store does both on its indexes, so this proxy passes the view's ``sort`` to the source
    and adds only conveniences for the panel.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store (all cases, not just the loaded rows)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def case_id(self, index: QModelIndex) -> str | None:
        """The case id of the row at ``index`` (None while it loads)."""
        value = self.data(self.index(index.row(), 0), CASE_ID_ROLE)
        return str(value) if value else None


class CaseTableView(QTableView):
    """The table: Enter opens the current case; Up from the first row returns to the search."""

    activated_case = Signal(str)
    """Emitted when the officer opens the current row (Enter or double-click); carries the
    case id."""

    leave_up = Signal()
    """Emitted when Up is pressed on the first row, to move focus back to the search box."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens; Up on the first row leaves the table."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.leave_up.emit()
            return
        super().keyPressEvent(event)

    def _open_current(self) -> None:
        model = self.model()
        index = self.currentIndex()
        if index.isValid() and isinstance(model, CaseListProxy):
            case_id = model.case_id(index)
            if case_id:
                self.activated_case.emit(case_id)


class SearchBox(QLineEdit):
    """The search field; Down moves into the results."""

    leave_down = Signal()
    """Emitted when Down is pressed in the search box, to move focus into the results."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes to the results; Escape clears."""
        if event.key() == Qt.Key.Key_Down:
            self.leave_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class CaseListPanel(QWidget):
    """Search box, filters and the case table."""

    open_requested = Signal(str)
    """Emitted when the officer opens a case from the list; carries the case id."""

    selection_changed = Signal(int)
    """Emitted when the selected rows change; carries how many rows are selected."""

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.model = CaseTableModel(executor, self)
        self.proxy = CaseListProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = SearchBox(self)
        self.search.setClearButtonEnabled(True)
        self.search_action = QAction(icon("search"), "", self.search)
        self.search.addAction(self.search_action, QLineEdit.ActionPosition.LeadingPosition)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(120)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.filters: dict[str, CodeCombo] = {
            "status": CodeCombo("status", editable=False, empty_text=lambda: self.tr("All statuses")),
            "municipality": CodeCombo("municipality", editable=False, empty_text=lambda: self.tr("All municipalities")),
            "case_type": CodeCombo("case_type", editable=False, empty_text=lambda: self.tr("All case types")),
            "need": CodeCombo("need", editable=False, empty_text=lambda: self.tr("All needs")),
            "vulnerability": CodeCombo("vulnerability", editable=False, empty_text=lambda: self.tr("All vulnerabilities")),
            "sync_state": CodeCombo(codes=SYNC_STATES, labeller=sync_state_label, editable=False,
                                    empty_text=lambda: self.tr("Any sync state")),
        }
        for combo in self.filters.values():
            combo.setMinimumContentsLength(10)
            combo.code_changed.connect(lambda _c: self.apply_filters())
        self.clear_filters = QPushButton(icon("clear"), "", self)
        self.clear_filters.clicked.connect(self.reset_filters)

        self.view = CaseTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected: forms for many cases are printed in one batch.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        # Fixed row heights: with 100,000 rows Qt must not measure each one.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        # Status is wide enough for the start of the comment of a case HQ returned.
        for col, width in enumerate((160, 190, 180, 260, 200, 135, 130)):
            header.resizeSection(col, width)
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(lambda idx: self._open(idx))
        self.view.selectionModel().selectionChanged.connect(
            lambda _s, _d: self.selection_changed.emit(self.selected_count()))
        self.view.activated_case.connect(self.open_requested)
        self.view.leave_up.connect(self.search.setFocus)
        self.search.leave_down.connect(self._focus_results)
        self.search.returnPressed.connect(self._focus_results)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.model.count_known.connect(self._show_count)
        self.model.query_shown.connect(lambda _n: self._show_count(self.model.total))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        # Two rows of three: the labels of the filters stay whole in every language.
        filters = QGridLayout()
        for i, combo in enumerate(self.filters.values()):
            filters.addWidget(combo, i // 3, i % 3)
            filters.setColumnStretch(i % 3, 1)
        filters.addWidget(self.clear_filters, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.search)
        self.retranslate()

    # --- behaviour ------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        """The search text and filters as the store takes them."""
        f = {key: combo.code() for key, combo in self.filters.items()}
        return CaseFilter(query=self.search.text().strip(), **f)

    def apply_filters(self) -> None:
        """Run the query for what is typed and chosen now."""
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def reset_filters(self) -> None:
        """Clear the search text and every filter."""
        for combo in self.filters.values():
            with QSignalBlocker(combo):
                combo.set_code(None)
        with QSignalBlocker(self.search):
            self.search.clear()
        self.apply_filters()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_changes(self, changes: Changes) -> None:
        """Refresh when the cases shown may have changed."""
        if changes.case_list or changes.case_ids:
            self.model.refresh()

    def selected_case_id(self) -> str | None:
        """The case on the current row, if loaded."""
        idx = self.view.currentIndex()
        return self.proxy.case_id(idx) if idx.isValid() else None

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted(i.row() for i in self.view.selectionModel().selectedRows(0))

    def selected_count(self) -> int:
        """How many rows are selected."""
        return len(self.view.selectionModel().selectedRows(0))

    def selected_case_ids(self) -> list[str]:
        """The ids of the selected rows that are loaded, top to bottom (see
        :meth:`CaseTableModel.ids_for_rows` for every selected row)."""
        ids = (self.model.case_id(r) for r in self.selected_rows())
        return [cid for cid in ids if cid]

    def _open(self, index: QModelIndex) -> None:
        case_id = self.proxy.case_id(index)
        if case_id:
            self.open_requested.emit(case_id)

    def _focus_results(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _show_count(self, total: int | None) -> None:
        if total is None:
            self.count_label.setText("")
        else:
            self.count_label.setText(fmt(self.tr("Cases found: %1"), f"{total:,}".replace(",", "\u202f")))

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.search.setPlaceholderText(self.tr("Search names, case numbers, places… (Ctrl+F)"))
        self.search.setToolTip(self.tr("Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе."))
        self.clear_filters.setText(self.tr("Clear filters"))
        for key, combo in self.filters.items():
            combo.setToolTip({
                "status": self.tr("Status"), "municipality": self.tr("Municipality"),
                "case_type": self.tr("Case type"), "need": self.tr("Need"),
                "vulnerability": self.tr("Vulnerability"), "sync_state": self.tr("Sync state"),
            }[key])
        self.view.setAccessibleName(self.tr("Cases"))
        self._show_count(self.model.total)
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
