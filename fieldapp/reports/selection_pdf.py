"""Layout of the printed selection list: A4 landscape, bilingual, with the line and signatures.

Every text is drawn in the forms' embedded fonts (:mod:`fieldapp.forms.fonts`). Pages are held
back until the end so each says "page x of y"; the header (title, municipality, date, line) is
repeated on every page with the table's header row, and the line is a red rule with its label
across the table where the quota or budget runs out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fieldapp import __version__
from fieldapp.forms import fonts
from fieldapp.forms.labels import municipality_name
from fieldapp.messages import render_text
from fieldapp.reports.selection_list import (
    ListRow,
    SelectionList,
    _place,
    _score,
    _status_label,
    _t,
    line_text,
    totals_text,
)

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 12 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_H = 12 * mm

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7A7A7A")
HEAD_FILL = colors.HexColor("#E6EAF0")
ABOVE_FILL = colors.HexColor("#F3F7EE")
RED = colors.HexColor("#B00020")


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("sl-body", fontName=fonts.REGULAR, fontSize=8.4, leading=10.2, textColor=INK)
    return {
        "body": base,
        "cell": ParagraphStyle("sl-cell", parent=base, fontSize=8.2, leading=9.8),
        "num": ParagraphStyle("sl-num", parent=base, fontSize=8.2, leading=9.8, alignment=2),
        "head": ParagraphStyle("sl-head", parent=base, fontName=fonts.BOLD, fontSize=7.2, leading=8.6),
        "title": ParagraphStyle("sl-title", parent=base, fontName=fonts.BOLD, fontSize=14, leading=17,
                                alignment=1),
        "subtitle": ParagraphStyle("sl-sub", parent=base, fontSize=8.4, leading=10.4, alignment=1,
                                   textColor=MUTED),
        "meta": ParagraphStyle("sl-meta", parent=base, fontSize=8.6, leading=11),
        "line": ParagraphStyle("sl-line", parent=base, fontName=fonts.BOLD, fontSize=8, leading=9.6,
                               textColor=RED, alignment=1),
        "label": ParagraphStyle("sl-label", parent=base, fontSize=7, leading=8.4, textColor=MUTED),
        "sig": ParagraphStyle("sl-sig", parent=base, fontName=fonts.BOLD, fontSize=8.4, leading=10.2),
    }


def _esc(text: Any) -> str:
    return escape("" if text is None else str(text))


def _en(markup: str, lang: str) -> str:
    return f'<font color="#555555"><i>{markup}</i></font>' if lang == "en" else markup


def _langs_markup(key: str, langs: Sequence[str], sep: str, **params: Any) -> str:
    seen: list[str] = []
    parts: list[str] = []
    for lang in langs:
        text = _t(key, lang, **params)
        if text in seen:
            continue
        seen.append(text)
        parts.append(_en(_esc(text), lang))
    return sep.join(parts)


def _each(texts: Sequence[tuple[str, str]], sep: str) -> str:
    seen: list[str] = []
    parts: list[str] = []
    for text, lang in texts:
        if text and text not in seen:
            seen.append(text)
            parts.append(_en(_esc(text), lang))
    return sep.join(parts)


class _ListCanvas(Canvas):
    """Holds pages back until the end, then writes "page x of y" and the footer on each."""

    def __init__(self, *args: Any, langs: Sequence[str], printed: str, **kwargs: Any):
        kwargs["invariant"] = 1
        kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._langs = tuple(langs)
        self._printed = printed
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Hold the finished page until the page count is known."""
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every page's footer with the total known, then write the document."""
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_H, PAGE_W - MARGIN, FOOTER_H)
        self.setFillColor(RED)
        self.setFont(fonts.BOLD, 7.5)
        confidential = " / ".join(dict.fromkeys(
            render_text("selection.list.confidential", lang) for lang in self._langs))
        self.drawString(MARGIN, FOOTER_H - 4.5 * mm, confidential)
        self.setFillColor(INK)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawCentredString(PAGE_W / 2, FOOTER_H - 8.5 * mm, self._printed)
        self.setFont(fonts.BOLD, 8)
        page = " / ".join(dict.fromkeys(
            render_text("selection.list.page", lang, page=number, pages=total) for lang in self._langs))
        self.drawRightString(PAGE_W - MARGIN, FOOTER_H - 4.5 * mm, page)
        self.restoreState()


# (key, width in mm, numeric)
_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("rank", 14, True), ("case_number", 40, False), ("head", 62, False), ("settlement", 48, False),
    ("members", 19, True), ("score", 17, True), ("waiting", 19, True), ("decision", 0, False),
)


def _table(lst: SelectionList, langs: Sequence[str], st: dict[str, ParagraphStyle]) -> Table:
    fixed = sum(w for _, w, _ in _COLUMNS) * mm
    widths = [w * mm if w else CONTENT_W - fixed for _, w, _ in _COLUMNS]
    header = [Paragraph(_langs_markup(key, langs, "<br/>"), st["head"]) for key, _, _ in _COLUMNS]
    several = len(lst.municipalities) > 1
    data: list[list[Any]] = [header]
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    line_at = lst.line_after
    if line_at == 0:
        data.append(_line_row(langs, st))
    for row in lst.rows:
        data.append(_row(row, langs, st, several))
        if row.within and lst.line.drawn:
            style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ABOVE_FILL))
        if line_at is not None and line_at > 0 and row.rank == line_at:
            data.append(_line_row(langs, st))
    for i, cells in enumerate(data):
        if len(cells) == 1:  # the line
            data[i] = cells + [""] * (len(_COLUMNS) - 1)
            style += [("SPAN", (0, i), (-1, i)), ("LINEABOVE", (0, i), (-1, i), 2, RED),
                      ("LINEBELOW", (0, i), (-1, i), 2, RED), ("TOPPADDING", (0, i), (-1, i), 1),
                      ("BOTTOMPADDING", (0, i), (-1, i), 1)]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _line_row(langs: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Any]:
    return [Paragraph(_langs_markup("line_row", langs, " &nbsp; "), st["line"])]


def _row(row: ListRow, langs: Sequence[str], st: dict[str, ParagraphStyle], several: bool) -> list[Any]:
    cell, num = st["cell"], st["num"]
    place = _each([(_place(row, lang, several), lang) for lang in langs], "<br/>")
    decision = _each([(_status_label(row.decision, lang), lang) for lang in langs], "<br/>") or "—"
    return [Paragraph(str(row.rank), num), Paragraph(_esc(row.case_number), cell),
            Paragraph(_esc(row.head), cell), Paragraph(place, cell),
            Paragraph(str(row.members), num), Paragraph(_esc(_score(row.score, langs[0])), num),
            Paragraph(str(row.waiting_days), num), Paragraph(decision, cell)]


def _heading(lst: SelectionList, langs: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Any]:
    munis = [_each([(municipality_name(code, lang), lang) for lang in langs], " / ")
             for code in lst.municipalities]
    date = _each([(render_text("selection.list.printed", lang, date=lst.printed_on), lang)
                  for lang in langs], " / ")
    meta = Table([
        [Paragraph(_langs_markup("municipality", langs, " / "), st["label"]),
         Paragraph(", ".join(munis) or "—", st["meta"]),
         Paragraph(_langs_markup("date", langs, " / "), st["label"]),
         Paragraph(date, st["meta"])],
        [Paragraph(_each([(line_text(lst, lang), lang) for lang in langs], "<br/>"), st["meta"]), "",
         Paragraph(_each([(totals_text(lst, lang), lang) for lang in langs], "<br/>"), st["meta"]), ""],
    ], colWidths=[30 * mm, CONTENT_W / 2 - 30 * mm, 30 * mm, CONTENT_W / 2 - 30 * mm])
    meta.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 1), (1, 1)), ("SPAN", (2, 1), (3, 1)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [Paragraph(_langs_markup("title", langs, "<br/>"), st["title"]), Spacer(1, 1.5 * mm),
            Paragraph(_langs_markup("subtitle", langs, "<br/>"), st["subtitle"]), Spacer(1, 3 * mm),
            meta, Spacer(1, 3 * mm)]


def _signatures(langs: Sequence[str], members: int, st: dict[str, ParagraphStyle]) -> Any:
    name_sig = _langs_markup("name_signature", langs, " / ")
    date = _langs_markup("date", langs, " / ")
    rows: list[list[Any]] = []
    roles = ["chair"] + ["member"] * max(0, members)
    for n, role in enumerate(roles):
        label = _langs_markup(role, langs, " / ")
        if role == "member":
            label = f"{n}. {label}"
        rows.append([Paragraph(label, st["sig"]), "", ""])
        rows.append([Paragraph(name_sig, st["label"]), "", Paragraph(date, st["label"])])
    table = Table(rows, colWidths=[CONTENT_W * 0.42, CONTENT_W * 0.18, CONTENT_W * 0.40],
                  rowHeights=[9 * mm if i % 2 == 0 else None for i in range(len(rows))])
    style: list[Any] = [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 1)]
    for i in range(0, len(rows), 2):
        # The rules to sign and date on, under each member's label.
        style += [("LINEBELOW", (0, i), (0, i), 0.6, INK), ("LINEBELOW", (2, i), (2, i), 0.6, INK)]
    table.setStyle(TableStyle(style))
    place = Table([[Paragraph(_langs_markup("place_date", langs, " / "), st["label"]), ""]],
                  colWidths=[CONTENT_W * 0.42, CONTENT_W * 0.58], rowHeights=[10 * mm])
    place.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (1, 0), (1, 0), 0.6, INK)]))
    return KeepTogether([Spacer(1, 6 * mm),
                         Paragraph(_langs_markup("signatures", langs, " / "), st["sig"]),
                         Spacer(1, 1 * mm), table, Spacer(1, 2 * mm), place])


def build(lst: SelectionList, langs: Sequence[str], commission_members: int) -> bytes:
    """The PDF bytes of ``lst`` in ``langs``."""
    st = _styles()
    story: list[Any] = _heading(lst, langs, st)
    if lst.rows:
        story.append(_table(lst, langs, st))
    else:
        story.append(Paragraph(_langs_markup("empty", langs, "<br/>"), st["meta"]))
    story.append(_signatures(langs, commission_members, st))
    buf = io.BytesIO()
    title = " / ".join(dict.fromkeys(_t("title", lang) for lang in langs))
    doc = BaseDocTemplate(buf, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=FOOTER_H + 3 * mm, title=title,
                          subject="FieldApp selection list", author="FieldApp",
                          creator=f"FieldApp {__version__}", invariant=1,
                          initialFontName=fonts.REGULAR, lang=None)
    frame = Frame(MARGIN, FOOTER_H + 3 * mm, CONTENT_W, PAGE_H - MARGIN - FOOTER_H - 3 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="list", frames=[frame])])
    printed = " / ".join(dict.fromkeys(
        render_text("selection.list.printed", lang, date=lst.printed_on) for lang in langs))

    def maker(*args: Any, **kwargs: Any) -> Canvas:
        return _ListCanvas(*args, langs=langs, printed=printed, **kwargs)

    doc.build(story, canvasmaker=maker)
    return buf.getvalue()
