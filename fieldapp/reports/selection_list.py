"""The beneficiary selection list as the commission signs it (PDF) and as offices file it (XLSX).

The PDF is bilingual, Albanian and Serbian (Serbian in the script chosen; English may be
added), in the languages a form takes (:func:`fieldapp.forms.labels.parse_langs`), on the
forms' embedded TrueType fonts, since the standard PDF fonts have no ë, đ or Cyrillic. It
carries the municipality, the date, the line (quota or budget), the ranked households with
their decision, a visible line where the quota or budget runs out, signature lines for the
chair and the members of the commission, "confidential" and "page x of y" on every page.

The workbook has one sheet with a header row, labels in one chosen language, numbers as
numbers and every text cell neutralised against formulas (:mod:`fieldapp.reports.cells`).

Both take a :class:`SelectionList`, plain data made from the domain's ranking by
:func:`selection_list`; the caller writes the bytes where the user chose.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.reference import shipped
from fieldapp.domain.selection import Line, Selection
from fieldapp.forms.labels import municipality_name, parse_langs
from fieldapp.messages import Message, normalise_language, render
from fieldapp.messages.format import format_number
from fieldapp.reports.cells import neutralise

DEFAULT_COMMISSION_MEMBERS = 4
"""Signature lines for members, besides the chair's."""


@dataclass(frozen=True)
class ListRow:
    """One household as the printed list shows it."""

    rank: int
    case_number: str
    head: str
    settlement: str | None
    municipality: str
    members: int
    score: float
    breakdown: tuple[tuple[str, float], ...]
    waiting_days: int
    status: str
    decision: str | None
    within: bool
    cost: float | None


@dataclass(frozen=True)
class SelectionList:
    """The ranked list with its line, for one or more municipalities, as of one date."""

    rows: tuple[ListRow, ...]
    municipalities: tuple[str, ...]
    line: Line
    within: int
    spent: float | None
    remaining: float | None
    printed_on: dt.date

    @property
    def line_after(self) -> int | None:
        """The rank after which the line is drawn (0: before the first), None with no line."""
        if not self.line.drawn:
            return None
        return self.within


def selection_list(selection: Selection[Any], *, municipalities: Sequence[str] = (),
                   printed_on: dt.date | None = None) -> SelectionList:
    """The printable form of a ranking whose cases are the store's caseload rows (they carry
    ``head``, ``settlement``, ``municipality`` and ``members`` beside what the ranking reads)."""
    rows = tuple(ListRow(
        rank=r.rank, case_number=r.case.case_number, head=r.case.head, settlement=r.case.settlement,
        municipality=r.case.municipality, members=int(r.case.members), score=float(r.case.score),
        breakdown=r.breakdown.parts, waiting_days=int(r.case.waiting_days), status=r.case.status,
        decision=r.decision, within=r.within, cost=r.cost) for r in selection.rows)
    munis = tuple(municipalities) or tuple(sorted({r.municipality for r in rows}))
    return SelectionList(rows=rows, municipalities=munis, line=selection.line,
                         within=selection.within, spent=selection.spent,
                         remaining=selection.remaining,
                         printed_on=printed_on or dt.date.today())


# --- wording ---------------------------------------------------------------------------------

LIST_TEXT = {
    "title": "selection.list.title",
    "subtitle": "selection.list.subtitle",
    "sheet": "selection.list.sheet",
    "municipality": "selection.list.municipality",
    "date": "selection.list.date",
    "rank": "selection.list.rank",
    "case_number": "selection.list.case_number",
    "head": "selection.list.head",
    "settlement": "selection.list.settlement",
    "members": "selection.list.members",
    "score": "selection.list.score",
    "breakdown": "selection.list.breakdown",
    "waiting": "selection.list.waiting",
    "cost": "selection.list.cost",
    "decision": "selection.list.decision",
    "status": "selection.list.status",
    "line_quota": "selection.list.line_quota",
    "line_budget": "selection.list.line_budget",
    "no_line": "selection.list.no_line",
    "totals": "selection.list.totals",
    "spent": "selection.list.spent",
    "line_row": "selection.list.line_row",
    "empty": "selection.list.empty",
    "signatures": "selection.list.signatures",
    "chair": "selection.list.chair",
    "member": "selection.list.member",
    "name_signature": "selection.list.name_signature",
    "place_date": "selection.list.place_date",
    "confidential": "selection.list.confidential",
    "page": "selection.list.page",
    "printed": "selection.list.printed",
}
"""The catalogue ids of the printed list's wording, by short key."""


def _t(key: str, lang: str, **params: Any) -> str:
    return render(Message(LIST_TEXT[key], params), lang)


def _amount(value: float, lang: str) -> str:
    return format_number(round(value, 2) if value != int(value) else int(value), lang)


def line_text(lst: SelectionList, lang: str) -> str:
    """What the line is, in ``lang``."""
    line = lst.line
    if line.quota is not None:
        return _t("line_quota", lang, quota=line.quota)
    if line.budget is not None:
        return _t("line_budget", lang, budget=_amount(line.budget, lang),
                  cost=_amount(line.cost, lang) if line.cost is not None else "—")
    return _t("no_line", lang)


def totals_text(lst: SelectionList, lang: str) -> str:
    """How many households are above the line (and what they cost), in ``lang``."""
    text = _t("totals", lang, within=lst.within, total=len(lst.rows))
    if lst.line.budget is not None and lst.spent is not None and lst.remaining is not None:
        text += "; " + _t("spent", lang, spent=_amount(lst.spent, lang),
                          remaining=_amount(lst.remaining, lang))
    return text


def _status_label(code: str | None, lang: str) -> str:
    return shipped().label("status", code, lang) if code else ""


def _flag_label(code: str, lang: str) -> str:
    return shipped().label("vulnerability", code, lang)


def breakdown_text(row: ListRow, lang: str) -> str:
    """The score's parts as "label weight, …" in ``lang``."""
    return ", ".join(f"{_flag_label(code, lang)} {format_number(w if w != int(w) else int(w), lang)}"
                     for code, w in row.breakdown if w)


def _place(row: ListRow, lang: str, several: bool) -> str:
    if not several:
        return row.settlement or ""
    muni = municipality_name(row.municipality, lang)
    return f"{row.settlement} ({muni})" if row.settlement else muni


def _score(value: float, lang: str) -> str:
    return format_number(value if value != int(value) else int(value), lang)


# --- PDF ---------------------------------------------------------------------------------------

def render_pdf(lst: SelectionList, *, langs: str | Sequence[str] | None = None,
               commission_members: int = DEFAULT_COMMISSION_MEMBERS) -> bytes:
    """The list as a bilingual PDF in ``langs`` (a form's language choice, e.g. ``sq+sr-Cyrl``)."""
    from fieldapp.reports import selection_pdf

    return selection_pdf.build(lst, parse_langs(langs), commission_members)


# --- XLSX --------------------------------------------------------------------------------------

XLSX_COLUMNS = ("rank", "case_number", "head", "settlement", "municipality", "members", "score",
                "breakdown", "waiting", "status", "decision", "cost")


def render_xlsx(lst: SelectionList, *, lang: str = "en") -> bytes:
    """The list as a workbook: one sheet, a header row, labels in ``lang``, the line's rows in
    bold, text cells that a spreadsheet shows and never runs."""
    import xlsxwriter

    lang = normalise_language(lang)
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    try:
        book.set_properties({"title": neutralise(_t("title", lang)), "comments": "FieldApp"})
        sheet = book.add_worksheet(_t("sheet", lang)[:31])
        head = book.add_format({"bold": True, "bg_color": "#E6EAF0", "border": 1,
                                "text_wrap": True, "valign": "top"})
        above = book.add_format({"bold": True})
        ruled = book.add_format({"bold": True, "bottom": 5, "bottom_color": "#B00020"})
        columns = [c for c in XLSX_COLUMNS if c != "cost" or lst.line.budget is not None]
        for col, key in enumerate(columns):
            sheet.write_string(0, col, neutralise(_t(key, lang)), head)
        widths = {"rank": 6, "case_number": 20, "head": 28, "settlement": 18, "municipality": 16,
                  "members": 9, "score": 8, "breakdown": 48, "waiting": 10, "status": 16,
                  "decision": 16, "cost": 10}
        for col, key in enumerate(columns):
            sheet.set_column(col, col, widths[key])
        last_within = lst.within if lst.line.drawn else None
        for i, row in enumerate(lst.rows, start=1):
            fmt = (ruled if last_within is not None and row.rank == last_within
                   else above if lst.line.drawn and row.within else None)
            values: dict[str, Any] = {
                "rank": row.rank, "case_number": row.case_number, "head": row.head,
                "settlement": row.settlement or "",
                "municipality": municipality_name(row.municipality, lang),
                "members": row.members, "score": row.score, "breakdown": breakdown_text(row, lang),
                "waiting": row.waiting_days, "status": _status_label(row.status, lang),
                "decision": _status_label(row.decision, lang), "cost": row.cost,
            }
            for col, key in enumerate(columns):
                value = values[key]
                if value is None:
                    sheet.write_blank(i, col, None, fmt)
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(i, col, value, fmt)
                else:
                    sheet.write_string(i, col, neutralise(str(value)), fmt)
        sheet.freeze_panes(1, 0)
        if lst.rows:
            sheet.autofilter(0, 0, len(lst.rows), len(columns) - 1)
    finally:
        book.close()
    return buf.getvalue()
