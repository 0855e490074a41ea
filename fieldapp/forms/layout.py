"""Page layout shared by every form: header, footer, QR code, styles and form building blocks.

A page is A4 portrait. The header carries the issuing office and its logo, the form title in
the chosen languages, the case number, the date of printing, a "confidential" mark and the QR
code; the footer repeats the mark and says "page x / y". Header and footer are drawn once per
document, as a form XObject every page shows. The body flows in one frame between them, so
tables split across pages with their header row repeated and never run into the header or
footer.

Everything here is pure reportlab and thread-safe: styles are read-only once built, and each
render builds its own canvas and flowables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape, unescape

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fieldapp.forms import fonts
from fieldapp.forms.labels import code_label, text, texts

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
HEADER_TOP = PAGE_H - 10 * mm
HEADER_BOTTOM = PAGE_H - 41 * mm
FOOTER_TOP = 17 * mm
FRAME_BOTTOM = FOOTER_TOP + 2 * mm
FRAME_TOP = HEADER_BOTTOM - 2 * mm
QR_SIZE = 27 * mm
LOGO_BOX = 22 * mm

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7A7A7A")
HEAD_FILL = colors.HexColor("#E6EAF0")
BAR_FILL = colors.HexColor("#D5DDE8")
RED = colors.HexColor("#B00020")

QR_MASK = 2

CHECKED = "\u2612"     # ☒ ballot box with X
UNCHECKED = "\u2610"   # ☐ ballot box


# --- styles ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a form (read-only once built)."""

    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    bar: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    notice: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared styles, every one on the embedded fonts."""
    fonts.register_fonts()
    base = ParagraphStyle("fa-body", fontName=fonts.REGULAR, fontSize=8.5, leading=10.5,
                          textColor=INK, bulletFontName=fonts.REGULAR)
    return Styles(
        body=base,
        small=ParagraphStyle("fa-small", parent=base, fontSize=7, leading=8.5, textColor=MUTED),
        label=ParagraphStyle("fa-label", parent=base, fontSize=6.6, leading=7.9, textColor=MUTED),
        value=ParagraphStyle("fa-value", parent=base, fontSize=9, leading=11),
        cell=ParagraphStyle("fa-cell", parent=base, fontSize=7.8, leading=9.3),
        head=ParagraphStyle("fa-head", parent=base, fontSize=6.4, leading=7.6, textColor=INK),
        bar=ParagraphStyle("fa-bar", parent=base, fontName=fonts.BOLD, fontSize=8.8, leading=10.6,
                           keepWithNext=1),
        title=ParagraphStyle("fa-title", parent=base, fontName=fonts.BOLD, fontSize=13,
                             leading=16, alignment=1),
        subtitle=ParagraphStyle("fa-subtitle", parent=base, fontName=fonts.OBLIQUE, fontSize=10,
                                leading=12.5, alignment=1, textColor=MUTED),
        notice=ParagraphStyle("fa-notice", parent=base, fontSize=7.8, leading=9.6),
    )


_RICH = re.compile(r"<(?!br/>)|&(?!amp;|lt;|gt;)")


def cell(markup: str, style: ParagraphStyle, width: float) -> Any:
    """A table cell for ``markup``: plain text when it needs no markup and no wrapping (a table
    draws that directly, several times faster than a paragraph), else a paragraph."""
    if not markup:
        return ""
    if _RICH.search(markup):
        return Paragraph(markup, style)
    plain = unescape(markup.replace("<br/>", "\n"))
    size = style.fontSize
    for line in plain.split("\n"):
        # No Latin, Greek or Cyrillic glyph of these fonts is wider than 1.6 times the font
        # size (Ǳ is the widest): short lines in those scripts need no measuring.
        if ((not line or max(line) >= "\u0530" or len(line) * size * 1.6 > width)
                and stringWidth(line, style.fontName, size) > width):
            return Paragraph(markup, style)
    return plain


def _text_cmds(area: tuple[tuple[int, int], tuple[int, int]], style: ParagraphStyle) -> list[Any]:
    # Plain-text cells take their look from the table style: make it the paragraph style's.
    start, stop = area
    return [("FONTNAME", start, stop, style.fontName), ("FONTSIZE", start, stop, style.fontSize),
            ("LEADING", start, stop, style.leading), ("TEXTCOLOR", start, stop, style.textColor)]


def esc(value: Any) -> str:
    """``value`` as paragraph markup text (escaped; None is empty)."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


def _en(markup: str) -> str:
    return f'<font color="#555555"><i>{markup}</i></font>'


def join_langs(parts: Sequence[str], langs: Sequence[str], sep: str) -> str:
    """Join per-language markup, English set apart in grey italics."""
    out = [(_en(p) if lang == "en" else p) for p, lang in zip(parts, langs, strict=True) if p]
    return sep.join(out)


def stacked(key: str, langs: Sequence[str]) -> str:
    """The wording ``key`` in every language, one per line."""
    return join_langs([esc(t) for t in texts(key, langs)], langs, "<br/>")


def inline(key: str, langs: Sequence[str], sep: str = " / ") -> str:
    """The wording ``key`` in every language on one line, separated by ``sep``."""
    return join_langs([esc(t) for t in texts(key, langs)], langs, sep)


def code_markup(list_name: str, code: str | None, langs: Sequence[str], sep: str = "<br/>") -> str:
    """A coded value shown by its label in every language (the same label once)."""
    if not code:
        return ""
    labels = [code_label(list_name, code, lang) for lang in langs]
    seen: list[str] = []
    keep_langs: list[str] = []
    for label, lang in zip(labels, langs, strict=True):
        if label not in seen:
            seen.append(label)
            keep_langs.append(lang)
    return join_langs([esc(x) for x in seen], keep_langs, sep)


def yes_no(value: bool | None, langs: Sequence[str]) -> str:
    """Yes / No in every language (empty for unknown)."""
    if value is None:
        return ""
    return inline("yes" if value else "no", langs)


def box(checked: bool | None) -> str:
    """A ticked or empty check box glyph."""
    return CHECKED if checked else UNCHECKED


def box_markup(checked: bool | None) -> str:
    """A check box glyph sized for a table cell."""
    return f'<font size="10.5">{box(checked)}</font>'


def fmt_date(value: str | None) -> str:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, maybe with a time) as DD.MM.YYYY."""
    if not value:
        return ""
    day = str(value)[:10]
    parts = day.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{parts[1]}.{parts[0]}"
    return str(value)


# --- building blocks --------------------------------------------------------------------------

class Lines(Flowable):
    """Empty ruled lines to write on."""

    def __init__(self, count: int, width: float = CONTENT_W, gap: float = 7.5 * mm):
        super().__init__()
        self.count, self.width, self.gap = count, width, gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Full width, ``count`` lines high."""
        self.width = min(self.width, availWidth)
        return self.width, self.count * self.gap

    def draw(self) -> None:
        """Draw the rules."""
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for i in range(self.count):
            y = i * self.gap + 1
            c.line(0, y, self.width, y)
        c.restoreState()


class SignatureBox(Flowable):
    """A framed box to sign in, optionally with a thumbprint square, name and date lines."""

    def __init__(self, label: str, width: float, *, thumb_label: str | None = None,
                 name: str = "", height: float = 33 * mm):
        super().__init__()
        self.label, self.width, self.height = label, width, height
        self.thumb_label, self.name = thumb_label, name

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The fixed box size."""
        return self.width, self.height

    def draw(self) -> None:
        """Frame, label at the top, thumbprint square on the right, name and date at the foot."""
        c = self.canv
        st = styles()
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        thumb_w = 24 * mm if self.thumb_label else 0
        text_w = self.width - thumb_w - 4 * mm
        p = Paragraph(self.label, st.label)
        _, h = p.wrap(text_w, self.height)
        p.drawOn(c, 2 * mm, self.height - 1.5 * mm - h)
        if self.thumb_label:
            x = self.width - thumb_w
            c.setDash(2, 2)
            c.rect(x + 2 * mm, 2 * mm, thumb_w - 4 * mm, self.height - 4 * mm)
            c.setDash()
            tp = Paragraph(self.thumb_label, ParagraphStyle("thumb", parent=st.label, alignment=1))
            _, th = tp.wrap(thumb_w - 6 * mm, self.height)
            tp.drawOn(c, x + 3 * mm, 3 * mm)
            del th
        foot = Paragraph(self.name, st.label)
        _, fh = foot.wrap(text_w, 12 * mm)
        c.setLineWidth(0.4)
        c.line(2 * mm, 2 * mm + fh + 1.2 * mm, 2 * mm + text_w, 2 * mm + fh + 1.2 * mm)
        foot.drawOn(c, 2 * mm, 2 * mm)
        c.restoreState()


class _SectionBar(Table):
    """A section heading that moves to the next page unless some of its section fits below it.

    (``keepWithNext`` would move a whole long table with it and leave half a page empty.)
    """

    reserve: float = 24 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The bar's size, or more than the room left when too little follows it."""
        w, h = super().wrap(availWidth, availHeight)
        if availHeight < h + self.reserve:
            return w, availHeight + 1
        return w, h

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Never split a heading."""
        return []


class FormBuilder:
    """Makes the flowables of a form in the chosen languages."""

    def __init__(self, langs: Sequence[str]):
        self.langs = tuple(langs)
        self.st = styles()
        self._section = 0

    def stacked(self, key: str) -> str:
        """``key`` in every language, one per line."""
        return stacked(key, self.langs)

    def inline(self, key: str, sep: str = " / ") -> str:
        """``key`` in every language on one line."""
        return inline(key, self.langs, sep)

    def code(self, list_name: str, code: str | None, sep: str = "<br/>") -> str:
        """A coded value in every language."""
        return code_markup(list_name, code, self.langs, sep)

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of ready markup."""
        return Paragraph(markup, style or self.st.body)

    def title(self, form: str, blank: bool) -> list[Flowable]:
        """The form title, one line per language; a banner on a blank form."""
        out: list[Flowable] = []
        for lang in self.langs:
            style = self.st.subtitle if lang == "en" else self.st.title
            out.append(Paragraph(esc(text(f"title.{form}", lang)), style))
        if blank:
            out.append(Spacer(1, 1.5 * mm))
            out.append(Paragraph(self.inline("blank", "  ·  "),
                                 ParagraphStyle("fa-blank", parent=self.st.body, alignment=1,
                                                fontName=fonts.BOLD, textColor=RED)))
        out.append(Spacer(1, 3 * mm))
        return out

    def heading(self, key: str, *, reserve: float = 24 * mm) -> Flowable:
        """A numbered section bar that starts a new page unless ``reserve`` points of its
        section fit below it."""
        self._section += 1
        t = _SectionBar([[Paragraph(f"{self._section}.&nbsp;&nbsp;" + self.inline(key, "  ·  "),
                                    self.st.bar)]], colWidths=[CONTENT_W], spaceBefore=3 * mm,
                        spaceAfter=1.5 * mm)
        t.reserve = reserve
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("BACKGROUND", (0, 0), (-1, -1), BAR_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return t

    def section(self, key: str, *body: Flowable) -> Flowable:
        """A heading and a short body kept on one page (a grid of fields, a few lines)."""
        # KeepTogether already moves the whole block; a reserve of its own would make the bar
        # refuse a place the block fits in.
        return KeepTogether([self.heading(key, reserve=0), *body])

    def notice(self, key: str, **fmt: str) -> list[Flowable]:
        """A passage in every language, one paragraph each, placeholders filled in."""
        out: list[Flowable] = []
        for lang in self.langs:
            body = esc(text(key, lang))
            for name, value in fmt.items():
                body = body.replace("{" + name + "}", value)
            out.append(Paragraph(_en(body) if lang == "en" else body, self.st.notice))
        out.append(Spacer(1, 1.6 * mm))
        return out

    def fields(self, rows: Sequence[tuple[str, str]], columns: int = 2,
               label_w: float = 34 * mm) -> Table:
        """A grid of labelled values: ``rows`` are (wording key, value markup) pairs."""
        st = self.st
        value_w = CONTENT_W / columns - label_w
        pad = 6
        data: list[list[Any]] = []
        line: list[Any] = []
        for key, value in rows:
            line += [cell(self.stacked(key), st.label, label_w - pad),
                     cell(value, st.value, value_w - pad)]
            if len(line) == 2 * columns:
                data.append(line)
                line = []
        if line:
            data.append(line + [""] * (2 * columns - len(line)))
        t = Table(data, colWidths=[label_w, value_w] * columns)
        cmds: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for col in range(columns):
            cmds += _text_cmds(((2 * col, 0), (2 * col, -1)), st.label)
            cmds += _text_cmds(((2 * col + 1, 0), (2 * col + 1, -1)), st.value)
            cmds.append(("LINEBELOW", (2 * col + 1, 0), (2 * col + 1, -1), 0.4, RULE))
        t.setStyle(TableStyle(cmds))
        return t

    def table(self, columns: Sequence[tuple[str, float]], rows: Iterable[Sequence[str | None]], *,
              empty_rows: int = 0, row_height: float = 8 * mm, numbered: bool = True) -> Table:
        """A bordered table with a bilingual header row repeated on every page it spans.

        ``columns`` are (wording key, width in points, the widths of all columns summing to the
        content width); ``rows`` give one markup string per column, the first one replaced by
        the row number (a row starting with None is not numbered); ``empty_rows`` ruled rows
        are added for writing by hand.
        """
        st = self.st
        pad = 5
        widths = [w - pad for _, w in columns]
        head = [cell(self.stacked(key), st.head, w) for (key, _), w in zip(columns, widths, strict=True)]
        data: list[list[Any]] = [head]
        heights: list[float | None] = [None]
        n = 0
        for row in rows:
            cells = [cell(markup or "", st.cell, w) for markup, w in zip(row, widths, strict=True)]
            if numbered and row[0] is not None:  # None: a row of its own, such as a total
                n += 1
                cells[0] = str(n)
            data.append(cells)
            heights.append(None)
        for _ in range(empty_rows):
            n += 1
            data.append([str(n) if numbered else ""] + [""] * (len(columns) - 1))
            heights.append(row_height)
        t = LongTable(data, colWidths=[w for _, w in columns], rowHeights=heights, repeatRows=1,
                      splitByRow=1)
        t.setStyle(TableStyle([
            *_text_cmds(((0, 0), (-1, 0)), st.head),
            *_text_cmds(((0, 1), (-1, -1)), st.cell),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return t

    def checklist(self, items: Sequence[tuple[str, bool | None]], columns: int = 1) -> Table:
        """Check boxes with their labels: (label markup, ticked)."""
        st = self.st
        width = CONTENT_W / columns
        data: list[list[Any]] = []
        line: list[Any] = []
        for label, ticked in items:
            line += [Paragraph(box(ticked), ParagraphStyle("fa-box", parent=st.value, fontSize=11,
                                                           leading=12)),
                     Paragraph(label, st.body)]
            if len(line) == 2 * columns:
                data.append(line)
                line = []
        if line:
            data.append(line + [""] * (2 * columns - len(line)))
        t = Table(data, colWidths=[6 * mm, width - 6 * mm] * columns)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ]))
        return t

    def signatures(self, boxes: Sequence[tuple[str, bool, str]]) -> Flowable:
        """Signature boxes two to a row: (wording key, thumbprint square?, name printed)."""
        width = (CONTENT_W - 6 * mm) / 2
        foot = self.inline("sig.name") + ": &nbsp;"
        date = "&nbsp;" * 3 + self.inline("sig.date") + ": "
        cells = [SignatureBox(self.stacked(key), width,
                              thumb_label=self.stacked("thumbprint") if thumb else None,
                              name=foot + esc(name) + date)
                 for key, thumb, name in boxes]
        data: list[list[Any]] = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2]))
                                 for i in range(0, len(cells), 2)]
        t = Table(data, colWidths=[width + 6 * mm, width])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return t

    def lines(self, count: int) -> Flowable:
        """Ruled lines to write on."""
        return Lines(count)

    def spacer(self, height: float = 2 * mm) -> Flowable:
        """Vertical space."""
        return Spacer(1, height)

    def keep(self, items: list[Flowable]) -> Flowable:
        """Keep ``items`` on one page when they fit."""
        return KeepTogether(items)


# --- the page ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageDecor:
    """What every page shows around the body: office, titles, case, date, QR and metadata."""

    form: str
    langs: tuple[str, ...]
    office_name: str
    logo: bytes | None
    case_number: str | None
    revision: int | None
    printed_on: dt.date
    epoch: float
    payload: str | None
    metadata: dict[str, str]


class _Stamp:
    """The creation date of the PDF, pinned to ``epoch`` (UTC)."""

    def __init__(self, epoch: float):
        import time

        self.t = epoch
        self.lt = time.gmtime(epoch)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


class _FormInfo(PDFInfo):
    """The document information dictionary with FieldApp's verification entries added."""

    def __init__(self, extra: dict[str, str]):
        super().__init__()
        self.extra = dict(extra)

    def format(self, document: Any) -> bytes:
        """The standard entries plus the extra ones."""
        d: dict[str, Any] = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "Subject": PDFString(self.subject), "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer), "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        d["ModDate"] = d["CreationDate"] = PDFDate(ts=document._timeStamp,
                                                   dateFormatter=self._dateFormatter)
        for key, value in self.extra.items():
            d[key.lstrip("/")] = PDFString(value)
        return PDFDictionary(d).format(document)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of the QR code for ``payload`` (error correction M, no quiet zone)."""
    # A fixed mask pattern is as valid as the "best" one and spares qrcode's search over all
    # eight, which costs more than the rest of the page furniture together.
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=0,
                       mask_pattern=QR_MASK)
    qr.add_data(payload)
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


class FormCanvas(Canvas):
    """A canvas that holds pages back until the end, so each can say "page x / y".

    At :meth:`save` it draws the header, footer and QR code on every page and writes the PDF.
    The creation date is pinned to the decor's epoch; everything else is deterministic
    (``invariant`` mode), so the same input gives the same bytes.
    """

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any):
        kwargs["invariant"] = 1
        kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._held: list[dict[str, Any]] = []
        self._doc._timeStamp = _Stamp(decor.epoch)
        self._doc.info = _FormInfo(decor.metadata)
        # The file /ID is a digest seeded with reportlab's timestamp; seed it with what the
        # form is instead, so that only the creation date differs between two renders.
        signature = hashlib.md5(b"fieldapp form", usedforsecurity=False)
        for key in sorted(decor.metadata):
            signature.update(decor.metadata[key].encode("utf-8"))
        self._doc.signature = signature

    def showPage(self) -> None:
        """Hold the finished page back until the page count is known."""
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Decorate every held page with the total known, then write the document."""
        total = len(self._held)
        decor = self._decor
        # Everything around the body but the page number is the same on every page: it is
        # drawn once, as a form XObject each page shows.
        self.beginForm("fa-page", 0, 0, PAGE_W, PAGE_H)
        draw_page_furniture(self, decor)
        self.endForm()
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.doForm("fa-page")
            draw_page_number(self, decor, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code of ``payload`` with its lower left corner at (x, y), ``size`` wide."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    runs: list[str] = []
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                runs.append(f"{start} {n - r - 1} {col - start} 1 re")
            else:
                col += 1
    c.saveState()
    c.translate(x, y)
    c.scale(size / n, size / n)
    c.setFillColor(colors.black)
    # Whole-module coordinates written directly: a QR code is hundreds of rectangles, and
    # formatting each corner as a float is most of what drawing it would cost.
    c.addLiteral(" ".join(runs) + " f")
    c.restoreState()


def _draw_para(c: Canvas, markup: str, style: ParagraphStyle, x: float, top: float,
               width: float) -> float:
    p = Paragraph(markup, style)
    _, h = p.wrap(width, PAGE_H)
    p.drawOn(c, x, top - h)
    return float(h)


def draw_page_furniture(c: Canvas, d: PageDecor) -> None:
    """Header, confidential marks, QR code and footer: what every page shows alike."""
    st = styles()
    c.saveState()
    c.setFont(fonts.REGULAR, 8)
    left = MARGIN_X
    right = PAGE_W - MARGIN_X
    text_x = left
    if d.logo:
        # A reader per document: readers hold decoded image state and renders may run on
        # several threads at once.
        img = ImageReader(io.BytesIO(d.logo))
        iw, ih = img.getSize()
        scale = min(LOGO_BOX / iw, LOGO_BOX / ih)
        w, h = iw * scale, ih * scale
        c.drawImage(img, left + (LOGO_BOX - w) / 2, HEADER_TOP - LOGO_BOX + (LOGO_BOX - h) / 2,
                    w, h, mask="auto")
        text_x = left + LOGO_BOX + 4 * mm
    qr_x = right - QR_SIZE
    text_w = qr_x - 5 * mm - text_x
    mark = "  ·  ".join(texts("confidential", [lang for lang in d.langs if lang != "en"] + ["en"]))
    c.setFont(fonts.BOLD, 7.2)
    mark_w = c.stringWidth(mark, fonts.BOLD, 7.2) + 4 * mm
    mark_x = qr_x - 5 * mm - mark_w
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(0.9)
    c.roundRect(mark_x, HEADER_TOP - 4.6 * mm, mark_w, 4.6 * mm, 1.2 * mm, stroke=1, fill=0)
    c.drawString(mark_x + 2 * mm, HEADER_TOP - 3.3 * mm, mark)
    top = HEADER_TOP - 6 * mm
    office_style = ParagraphStyle("fa-office", parent=st.body, fontName=fonts.BOLD, fontSize=9.5,
                                  leading=11.2)
    top -= _draw_para(c, esc(d.office_name), office_style, text_x, top, text_w) + 0.8 * mm
    title = join_langs([esc(text(f"title.{d.form}", lang)) for lang in d.langs], d.langs, " / ")
    top -= _draw_para(c, title, ParagraphStyle("fa-htitle", parent=st.body, fontSize=7.6,
                                               leading=9), text_x, top, text_w) + 1 * mm
    number_text = esc(d.case_number) if d.case_number else "_" * 24
    line = (f'{inline("case_number", d.langs)}: <font name="{fonts.BOLD}" size="9.5">'
            f"{number_text}</font>")
    top -= _draw_para(c, line, ParagraphStyle("fa-hcase", parent=st.body, fontSize=7.6,
                                              leading=11), text_x, top, text_w)
    printed = f"{inline('printed', d.langs)}: {d.printed_on.strftime('%d.%m.%Y')}"
    if d.revision is not None:
        printed += f"  ·  {inline('revision', d.langs)}: {d.revision}"
    _draw_para(c, printed, ParagraphStyle("fa-hdate", parent=st.small, fontSize=6.8, leading=8.2),
               text_x, top, text_w)
    # A blank form has no record to check against: an empty box where the QR code would be.
    qr_y = HEADER_TOP - QR_SIZE
    if d.payload:
        draw_qr(c, d.payload, qr_x, qr_y, QR_SIZE)
    else:
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(qr_x, qr_y, QR_SIZE, QR_SIZE)
        c.setDash()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.line(left, HEADER_BOTTOM, right, HEADER_BOTTOM)
    c.setLineWidth(0.5)
    c.line(left, FOOTER_TOP, right, FOOTER_TOP)
    c.setFillColor(RED)
    c.setFont(fonts.BOLD, 7)
    c.drawString(left, FOOTER_TOP - 3.6 * mm, mark)
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 6.3)
    c.drawString(left, FOOTER_TOP - 6.8 * mm,
                 " / ".join(texts("confidential.note", [lang for lang in d.langs if lang != "en"])))
    c.setFont(fonts.REGULAR, 6.3)
    c.setFillColor(MUTED)
    c.drawRightString(right, FOOTER_TOP - 6.8 * mm, f"FieldApp · {d.form}")
    c.restoreState()


def draw_page_number(c: Canvas, d: PageDecor, number: int, total: int) -> None:
    """"Page x / y" at the foot of the page, in the form's languages."""
    c.saveState()
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 8)
    c.drawRightString(PAGE_W - MARGIN_X, FOOTER_TOP - 4 * mm,
                      f"{' / '.join(texts('page', d.langs))}  {number} / {total}")
    c.restoreState()


def build_pdf(story: list[Flowable], decor: PageDecor, *, title: str, subject: str,
              author: str, creator: str) -> bytes:
    """Lay out ``story`` on form pages and return the PDF bytes."""
    fonts.register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=PAGE_H - FRAME_TOP, bottomMargin=FRAME_BOTTOM,
                          title=title, subject=subject, author=author, creator=creator,
                          producer="FieldApp forms (ReportLab)", invariant=1,
                          initialFontName=fonts.REGULAR, lang=None)
    frame = Frame(MARGIN_X, FRAME_BOTTOM, CONTENT_W, FRAME_TOP - FRAME_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    maker: Callable[..., Canvas] = lambda *a, **kw: FormCanvas(*a, decor=decor, **kw)  # noqa: E731
    doc.build(story, canvasmaker=maker)
    return buf.getvalue()
