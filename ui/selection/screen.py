"""The beneficiary selection list: approved and waitlisted households ranked for the commission.

The store gives the candidates in one query (:func:`fieldapp.store.caseload.selection_candidates`);
the ranking and the line are pure (:func:`fieldapp.domain.selection.rank`) and run here, so
moving the quota or the budget redraws the list at once without reading the store again. The
households above the line are tinted and a red rule is drawn under the last of them. Selecting
and waitlisting in bulk run as one operation (one transaction) through the workflow, which gives
these moves to supervisors; the list is printed as a bilingual PDF in a form's language pair and
saved as a workbook, both written off the GUI thread and recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError
from fieldapp.domain.selection import SELECTED, WAITLISTED, Line, Ranked, Selection, rank
from fieldapp.messages import Message, render
from fieldapp.store.caseload import BulkResult, CaseloadRow
from ui.background import io_executor
from ui.errors import show_error
from ui.executor import Changes, StoreExecutor, StoreLocked
from ui.i18n import current_language, fmt, label, municipality_label
from ui.ops import caseload as caseload_ops
from ui.ops import submit
from ui.ops.caseload import Candidates

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ABOVE = QColor("#EEF6E8")
LINE = QColor("#B00020")
PDF_LANGS = ("sq+sr-Latn", "sq+sr-Cyrl", "sq+sr-Latn+en", "sq+sr-Cyrl+en")

COLUMNS = ("rank", "case_number", "head", "settlement", "members", "score", "breakdown",
           "waiting", "status", "decision")
_NUMERIC = frozenset({"rank", "members", "score", "waiting"})


def column_title(key: str) -> str:
    """The heading of a column of the selection list in the UI language."""
    return {
        "rank": QCoreApplication.translate("Selection", "Rank"), "case_number": QCoreApplication.translate("Selection", "Case no."),
        "head": QCoreApplication.translate("Selection", "Head of household"), "settlement": QCoreApplication.translate("Selection", "Settlement"),
        "members": QCoreApplication.translate("Selection", "Members"), "score": QCoreApplication.translate("Selection", "Score"),
        "breakdown": QCoreApplication.translate("Selection", "Score breakdown"), "waiting": QCoreApplication.translate("Selection", "Waiting (days)"),
        "status": QCoreApplication.translate("Selection", "Status"), "decision": QCoreApplication.translate("Selection", "Decision"),
    }[key]


def _number(value: float) -> str:
    return f"{value:g}"


def breakdown_text(ranked: Ranked[CaseloadRow]) -> str:
    """The score's parts, "flag weight" each, in the UI language."""
    return ", ".join(f"{label('vulnerability', code)} {_number(w)}" for code, w in ranked.breakdown.parts if w)


class SelectionModel(QAbstractTableModel):
    """The ranked households (plain data) and where the line falls."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.selection: Selection[CaseloadRow] | None = None
        self.rows: tuple[Ranked[CaseloadRow], ...] = ()
        self.several_municipalities = False

    def set_selection(self, selection: Selection[CaseloadRow], several: bool) -> None:
        """Show ``selection``."""
        self.beginResetModel()
        self.selection = selection
        self.rows = selection.rows
        self.several_municipalities = several
        self.endResetModel()

    @property
    def line_after(self) -> int | None:
        """The number of rows above the line, None when no line is drawn."""
        if self.selection is None or not self.selection.line.drawn:
            return None
        return self.selection.within

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Households on the list."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of :data:`COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, r: Ranked[CaseloadRow], key: str) -> str:
        """The text of one cell."""
        c = r.case
        if key == "rank":
            return str(r.rank)
        if key == "case_number":
            return c.case_number
        if key == "head":
            return c.head
        if key == "settlement":
            if self.several_municipalities:
                muni = municipality_label(c.municipality)
                return f"{c.settlement} · {muni}" if c.settlement else muni
            return c.settlement or ""
        if key == "members":
            return str(c.members)
        if key == "score":
            return _number(c.score)
        if key == "breakdown":
            return breakdown_text(r)
        if key == "waiting":
            return str(c.waiting_days)
        if key == "status":
            return label("status", c.status)
        return label("status", r.decision) if r.decision else "—"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, the tint of the rows above the line and the case id."""
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(r, key)
        if role == CASE_ID_ROLE:
            return r.case.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.line_after is not None and r.within:
            return QBrush(ABOVE)
        if role == Qt.ItemDataRole.ToolTipRole and key == "breakdown":
            return breakdown_text(r)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def relabel(self) -> None:
        """Redraw every cell and heading in the current UI language."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class LineDelegate(QStyledItemDelegate):
    """Draws the red rule of the line under the last household above it."""

    def __init__(self, model: SelectionModel, parent: Any = None):
        super().__init__(parent)
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell as usual, then the rule where the line falls."""
        super().paint(painter, option, index)
        after = self._model.line_after
        if after is None:
            return
        rect: QRect = option.rect
        y = None
        if after > 0 and index.row() == after - 1:
            y = rect.bottom() - 1
        elif after == 0 and index.row() == 0:
            y = rect.top() + 1
        if y is not None:
            painter.save()
            painter.setPen(QPen(LINE, 3))
            painter.drawLine(rect.left(), y, rect.right(), y)
            painter.restore()


class SelectionScreen(QWidget):
    """The selection list with its line, bulk decisions, the PDF and the workbook."""

    ranked = Signal(int)
    """Emitted when the list was ranked and shown (after a read or a move of the line); carries
    how many households are above the line."""

    bulk_finished = Signal(object)
    """Emitted when a bulk select or waitlist finished and its summary is shown; carries the
    :class:`~fieldapp.store.caseload.BulkResult`."""

    exported = Signal(str)
    """Emitted when the PDF or the workbook was written and recorded; carries its path."""

    def __init__(self, executor: StoreExecutor, *, role: Callable[[], str],
                 open_case: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.role = role
        self.open_case = open_case
        self.candidates: Candidates | None = None
        self.selection: Selection[CaseloadRow] | None = None
        self.last_result: BulkResult | None = None

        self.line_label = QLabel(self)
        self.line_kind = QComboBox(self)
        self.line_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in ("none", "quota", "budget"):
            self.line_kind.addItem("", key)
        self.quota = QSpinBox(self)
        self.quota.setRange(0, 1_000_000)
        self.quota.setValue(10)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(2)
        self.budget.setValue(100_000)
        self.budget.setGroupSeparatorShown(True)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0.01, 1e9)
        self.cost.setDecimals(2)
        self.cost.setValue(5_000)
        self.cost.setGroupSeparatorShown(True)
        self.quota_label, self.budget_label, self.cost_label = QLabel(self), QLabel(self), QLabel(self)
        self.quota_label.setBuddy(self.quota)
        self.budget_label.setBuddy(self.budget)
        self.cost_label.setBuddy(self.cost)
        self.line_label.setBuddy(self.line_kind)
        self.line_kind.currentIndexChanged.connect(lambda _i: self._line_changed())
        self.quota.valueChanged.connect(lambda _v: self._line_changed())
        self.budget.valueChanged.connect(lambda _v: self._line_changed())
        self.cost.valueChanged.connect(lambda _v: self._line_changed())
        controls = QHBoxLayout()
        w: QWidget
        for w in (self.line_label, self.line_kind, self.quota_label, self.quota, self.budget_label,
                  self.budget, self.cost_label, self.cost):
            controls.addWidget(w)
        controls.addStretch(1)

        self.totals = QLabel(self)
        self.totals.setObjectName("selection-totals")

        self.model = SelectionModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(LineDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open)

        self.select_above = QPushButton(self)
        self.waitlist_below = QPushButton(self)
        self.select_chosen = QPushButton(self)
        self.waitlist_chosen = QPushButton(self)
        self.select_above.clicked.connect(lambda: self.decide_line(SELECTED))
        self.waitlist_below.clicked.connect(lambda: self.decide_line(WAITLISTED))
        self.select_chosen.clicked.connect(lambda: self.decide_chosen(SELECTED))
        self.waitlist_chosen.clicked.connect(lambda: self.decide_chosen(WAITLISTED))
        self.pdf_langs = QComboBox(self)
        for spec in PDF_LANGS:
            self.pdf_langs.addItem("", spec)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(self.choose_xlsx)
        actions = QHBoxLayout()
        for w in (self.select_above, self.waitlist_below, self.select_chosen, self.waitlist_chosen):
            actions.addWidget(w)
        actions.addStretch(1)
        for w in (self.pdf_langs, self.pdf_button, self.xlsx_button):
            actions.addWidget(w)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.totals)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        self.line_kind.setCurrentIndex(1)
        self.retranslate()

    # --- desk screen hooks ---------------------------------------------------------------------
    def activate(self) -> None:
        """Shown: read the candidates and rank them."""
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read at once when cases changed while shown; showing the screen reads it anyway."""
        if (changes.case_list or changes.case_ids or changes.workspace) and self.isVisible():
            self.reload()

    def clear(self) -> None:
        """Forget everything shown (another officer unlocked)."""
        self.candidates = None
        self.selection = None
        self.last_result = None
        self.model.beginResetModel()
        self.model.selection, self.model.rows = None, ()
        self.model.endResetModel()
        self.summary.clear()
        self.totals.clear()

    def reload(self) -> None:
        """Read the candidates from the store."""
        submit(self.executor, caseload_ops.read_candidates(), done=self._candidates_arrived,
               failed=self._failed, supersede="selection")

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreLocked):
            show_error(self, exc)

    def _candidates_arrived(self, candidates: Candidates) -> None:
        self.candidates = candidates
        self.rerank()

    # --- the line ------------------------------------------------------------------------------
    def line(self) -> Line:
        """The line the controls describe."""
        kind = self.line_kind.currentData()
        if kind == "quota":
            return Line(quota=self.quota.value())
        if kind == "budget":
            return Line(budget=self.budget.value(), cost=self.cost.value())
        return Line()

    def _line_changed(self) -> None:
        kind = self.line_kind.currentData()
        w: QWidget
        for w in (self.quota, self.quota_label):
            w.setVisible(kind == "quota")
        for w in (self.budget, self.budget_label, self.cost, self.cost_label):
            w.setVisible(kind == "budget")
        if self.candidates is not None:
            self.rerank()

    def rerank(self) -> None:
        """Rank the candidates read last with the current line and show them."""
        if self.candidates is None:
            return
        try:
            selection = rank(self.candidates.rows, self.line())
        except UserError as exc:
            self.totals.setText(exc.render(current_language()))
            return
        self.selection = selection
        several = len(self.candidates.municipalities) > 1 or \
            len({r.municipality for r in self.candidates.rows}) > 1
        self.model.set_selection(selection, several)
        self.view.viewport().update()
        self._show_totals()
        self._update_actions()
        self.ranked.emit(selection.within)

    def _show_totals(self) -> None:
        sel = self.selection
        if sel is None:
            self.totals.clear()
            return
        lang = current_language()
        line = sel.line
        if line.quota is not None:
            what = render(Message("selection.list.line_quota", {"quota": line.quota}), lang)
        elif line.budget is not None:
            what = render(Message("selection.list.line_budget", {"budget": line.budget, "cost": line.cost}), lang)
        else:
            what = render(Message("selection.list.no_line"), lang)
        parts = [what, render(Message("selection.list.totals", {"within": sel.within, "total": len(sel.rows)}), lang)]
        if line.budget is not None and sel.spent is not None and sel.remaining is not None:
            parts.append(render(Message("selection.list.spent", {"spent": sel.spent,
                                                                 "remaining": sel.remaining}), lang))
        self.totals.setText(" · ".join(parts))

    # --- decisions -----------------------------------------------------------------------------------
    def may_decide(self) -> bool:
        """Whether the laptop's role may select and waitlist (the workflow gives it to supervisors)."""
        role = self.role()
        return SELECTED in workflow.next_states(workflow.DISPLACED_RETURN, "approved", role)

    def _update_actions(self) -> None:
        sel = self.selection
        allowed = self.may_decide()
        drawn = sel is not None and sel.line.drawn
        for button in (self.select_above, self.waitlist_below, self.select_chosen, self.waitlist_chosen):
            button.setEnabled(allowed and sel is not None and bool(sel.rows))
            if not allowed:
                button.setToolTip(self.tr("Selecting and waitlisting are for supervisors"))
        if allowed:
            self.select_above.setEnabled(drawn and bool(sel and sel.within))
            self.waitlist_below.setEnabled(drawn and bool(sel and sel.below()))
        has_rows = sel is not None and bool(sel.rows)
        self.pdf_button.setEnabled(has_rows)
        self.xlsx_button.setEnabled(has_rows)

    def chosen_ids(self) -> list[str]:
        """Ids of the households selected in the table, in rank order."""
        picked = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[i].case.id for i in picked if i < len(self.model.rows)]

    def decide_line(self, target: str) -> None:
        """Select the households above the line, or waitlist those below it."""
        if self.selection is None:
            return
        rows = self.selection.above() if target == SELECTED else self.selection.below()
        self._move([r.case.id for r in rows
                    if not (target == WAITLISTED and r.case.status == WAITLISTED)], target)

    def decide_chosen(self, target: str) -> None:
        """Select or waitlist the households selected in the table."""
        self._move(self.chosen_ids(), target)

    def _move(self, ids: Sequence[str], target: str) -> None:
        if not ids:
            self.summary.setText(render(Message("selection.bulk.nothing_done"), current_language()))
            return
        submit(self.executor, caseload_ops.move_cases(case_ids=list(ids), target=target),
               done=self._bulk_done, failed=self._failed, busy_cursor=True)

    def _bulk_done(self, result: BulkResult) -> None:
        self.last_result = result
        self.summary.setText(self._summary_text(result))
        self.bulk_finished.emit(result)

    @staticmethod
    def _summary_text(result: BulkResult) -> str:
        lang = current_language()
        lines = [render(m, lang) for m in result.messages()]
        return "\n".join([*lines[:2], *(f"• {line}" for line in lines[2:])])

    # --- the PDF and the workbook -----------------------------------------------------------------
    def _listing(self) -> Any:
        from fieldapp.reports.selection_list import selection_list

        assert self.selection is not None and self.candidates is not None
        return selection_list(self.selection, municipalities=self.candidates.municipalities,
                              printed_on=dt.date.today())

    def choose_pdf(self) -> None:
        """Ask where to write the PDF, then write it."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Print the selection list"), "",
                                                self.tr("PDF files (*.pdf)"))
        if chosen:
            self.export_pdf(Path(chosen), str(self.pdf_langs.currentData()))

    def choose_xlsx(self) -> None:
        """Ask where to write the workbook, then write it."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the selection list"), "",
                                                self.tr("Workbooks (*.xlsx)"))
        if chosen:
            self.export_xlsx(Path(chosen))

    def export_pdf(self, path: Path, langs: str) -> None:
        """Write the list as a PDF in ``langs`` to ``path`` (off the GUI thread), then record it."""
        if self.selection is None:
            return
        from fieldapp.reports.selection_list import render_pdf

        listing = self._listing()
        self._export(path, lambda: render_pdf(listing, langs=langs), "pdf", langs, len(listing.rows))

    def export_xlsx(self, path: Path) -> None:
        """Write the list as a workbook in the UI language to ``path``, then record it."""
        if self.selection is None:
            return
        from fieldapp.reports.selection_list import render_xlsx

        listing = self._listing()
        lang = current_language()
        self._export(path, lambda: render_xlsx(listing, lang=lang), "xlsx", lang, len(listing.rows))

    def _export(self, path: Path, make: Callable[[], bytes], kind: str, langs: str, households: int) -> None:
        from fieldapp.fsutil import atomic_write

        def write() -> str:
            atomic_write(path, make())
            return str(path)

        def written(where: str) -> None:
            submit(self.executor, caseload_ops.record_export(kind=kind, households=households, langs=langs),
                   done=lambda _r: self._exported(where), failed=self._failed)

        io_executor().submit(write, done=written, failed=self._failed)

    def _exported(self, where: str) -> None:
        self.summary.setText(fmt(self.tr("Written to %1."), where))
        self.exported.emit(where)

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.open_case(str(case_id))

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.line_label.setText(self.tr("&Line"))
        texts = {"none": self.tr("No line"), "quota": self.tr("Quota (households)"),
                 "budget": self.tr("Budget (amount)")}
        for i in range(self.line_kind.count()):
            self.line_kind.setItemText(i, texts[str(self.line_kind.itemData(i))])
        self.quota_label.setText(self.tr("&Households"))
        self.budget_label.setText(self.tr("&Budget"))
        self.cost_label.setText(self.tr("&Cost per household"))
        self.select_above.setText(self.tr("&Select above the line"))
        self.waitlist_below.setText(self.tr("&Waitlist below the line"))
        self.select_chosen.setText(self.tr("Select chosen"))
        self.waitlist_chosen.setText(self.tr("Waitlist chosen"))
        self.pdf_button.setText(self.tr("&Print list (PDF)…"))
        self.pdf_button.setToolTip(self.tr("The bilingual list with signature lines for the commission"))
        self.xlsx_button.setText(self.tr("Save as &workbook…"))
        self.xlsx_button.setToolTip(self.tr("The list as a workbook, labels in the language of the app"))
        names = {"sq+sr-Latn": self.tr("Albanian + Serbian (Latin)"),
                 "sq+sr-Cyrl": self.tr("Albanian + Serbian (Cyrillic)"),
                 "sq+sr-Latn+en": self.tr("Albanian + Serbian (Latin) + English"),
                 "sq+sr-Cyrl+en": self.tr("Albanian + Serbian (Cyrillic) + English")}
        for i in range(self.pdf_langs.count()):
            self.pdf_langs.setItemText(i, names[str(self.pdf_langs.itemData(i))])
        self.view.setToolTip(self.tr("Double-click a household to open its case; select several to act on them together"))
        self.model.relabel()
        self._show_totals()
        self._update_actions()
        if self.last_result is not None:
            self.summary.setText(self._summary_text(self.last_result))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
