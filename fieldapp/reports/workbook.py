"""The caseload workbook for offices, donors and ministries (CONTRACT.md "Reports and exports").

Five sheets, named as the contract fixes them whatever the language: ``Households`` (one row per
case), ``Members``, ``Needs``, ``Assistance`` and ``Referrals``, each with a header row in the
chosen language, code labels in that language, numbers as numbers, full dates as spreadsheet
dates (a year or year-month of birth stays as written), the header row frozen and a filter on
every column.

It is written with XlsxWriter in constant-memory mode from pages of report documents (see
:data:`DOCUMENT_KEYS`; :func:`fieldapp.store.reports.pages` and HQ's
:func:`sync.server.reports.service.pages` make them), so memory stays flat however many cases
there are. XlsxWriter's row files go to the folder the workbook is written to (where its names
end up anyway), never to the system's temporary folder. The workbook replaces the target
atomically (:func:`fieldapp.fsutil.atomic_writer`): a failed export leaves nothing behind.

No text ever becomes a formula: every text cell goes through ``write_string`` (never ``write``,
which would run ``=…``), and text that a spreadsheet would take for a formula once edited or saved
again as CSV (starting with ``=``, ``+``, ``-``, ``@``, a tab or a line break) also carries the
cell's quote-prefix flag, the spreadsheet's own "this is text" mark, without changing the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.domain.reference import shipped
from fieldapp.forms.labels import TEXT as FORM_TEXT
from fieldapp.forms.labels import municipality_name
from fieldapp.forms.labels import text as form_text
from fieldapp.fsutil import atomic_writer
from fieldapp.messages import normalise_language, render_text
from fieldapp.progress import Progress
from fieldapp.reports.cells import FORMULA_STARTS
from fieldapp.reports.summary import WITHHELD

SHEETS = ("Households", "Members", "Needs", "Assistance", "Referrals")

DOCUMENT_KEYS = ("id", "case_number", "case_type", "status", "municipality", "settlement",
                 "return_mode", "intention_registered_on", "origin", "displacement", "interview",
                 "property", "consent", "head", "member_count", "score", "owner", "created_at",
                 "updated_at", "members", "needs", "vulnerabilities", "assistance", "referrals")
"""The keys of a report document: the case in the interchange format's shape plus what the store
records about it (head, member count, score, owner, when created and last changed)."""

COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "Households": (("case_number", 20), ("case_id", 38), ("case_type", 24), ("status", 20),
                   ("municipality", 18), ("settlement", 20), ("head", 28), ("members", 9),
                   ("score", 10), ("displacement_category", 26), ("displaced_in", 22),
                   ("displaced_since", 12), ("origin_municipality", 18), ("origin_settlement", 20),
                   ("return_mode", 14), ("intention_registered_on", 14), ("interview_date", 12),
                   ("interview_language", 14), ("tenure", 18), ("claim_number", 16),
                   ("vulnerabilities", 40), ("needs", 40), ("consent_processing", 10),
                   ("consent_sharing", 10), ("consent_sensitive", 10), ("community", 18),
                   ("owner", 20), ("created", 12), ("updated", 12)),
    "Members": (("case_number", 20), ("position", 5), ("given_name", 18), ("family_name", 18),
                ("script", 10), ("sex", 8), ("date_of_birth", 12), ("relationship", 20),
                ("personal_number", 15), ("documents", 30), ("community", 16), ("disability", 10),
                ("chronic_illness", 10), ("education", 18), ("occupation", 18),
                ("preferred_language", 14)),
    "Needs": (("case_number", 20), ("need_category", 30), ("priority", 10), ("note", 40)),
    "Assistance": (("case_number", 20), ("item", 24), ("assistance_status", 14), ("donor", 16),
                   ("project", 18), ("quantity", 9), ("handover_date", 12),
                   ("receipt_reference", 16)),
    "Referrals": (("case_number", 20), ("service", 28), ("referral_status", 14),
                  ("referral_date", 12), ("reason", 40)),
}
"""Each sheet's columns (their header's id is ``reports.xlsx.<key>``) and widths."""


@dataclass(frozen=True)
class WorkbookResult:
    """What a written workbook holds: rows per sheet (headers not counted)."""

    path: Path
    rows: Mapping[str, int]

    @property
    def households(self) -> int:
        """Rows of the Households sheet."""
        return int(self.rows.get("Households", 0))


def day(value: Any) -> dt.date | None:
    """A full ISO date (or timestamp) as a date; None for a partial date or nothing."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula if it were typed in."""
    return bool(text) and text.lstrip(" ").startswith(FORMULA_STARTS)


class Labels:
    """Code labels and the sheets' wording in one language."""

    def __init__(self, lang: str):
        self.lang = normalise_language(lang)
        self._ref = shipped()
        self.yes = render_text("reports.yes", self.lang)
        self.no = render_text("reports.no", self.lang)
        withheld_id = f"reports.community.{WITHHELD}"
        self.withheld = render_text(withheld_id, self.lang)

    def header(self, key: str) -> str:
        """The header of column ``key``."""
        message_id = f"reports.xlsx.{key}"
        return render_text(message_id, self.lang)

    def code(self, list_name: str, code: Any) -> str | None:
        """The label of ``code`` in a reference-data list (None for no code)."""
        if code is None or code == "":
            return None
        return self._ref.label(list_name, str(code), self.lang)

    def codes(self, list_name: str, codes: Iterable[Any]) -> str | None:
        """Several codes' labels, separated by semicolons (None for none)."""
        labels = [self.code(list_name, c) for c in codes]
        return "; ".join(x for x in labels if x) or None

    def form(self, prefix: str, code: Any) -> str | None:
        """A label the printed forms hold (``service.…``, ``referral.…``, ``assistance.…``)."""
        if code is None or code == "":
            return None
        key = f"{prefix}.{code}"
        return form_text(key, self.lang) if key in FORM_TEXT else str(code)

    def municipality(self, code: Any) -> str | None:
        """A municipality's name in the language (Serbian in its script)."""
        return municipality_name(str(code), self.lang) if code else None

    def flag(self, value: Any) -> str | None:
        """Yes or No (None when not recorded)."""
        if value is None:
            return None
        return self.yes if value else self.no


def _head(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    return next((m for m in doc.get("members") or () if m.get("relationship") == "head"), {})


def household_row(doc: Mapping[str, Any], lab: Labels) -> list[Any]:
    """The Households row of a report document, in :data:`COLUMNS` order."""
    disp = doc.get("displacement") or {}
    origin = doc.get("origin") or {}
    iv = doc.get("interview") or {}
    prop = doc.get("property") or {}
    consent = doc.get("consent") or {}
    community = (lab.code("community", _head(doc).get("community"))
                 if consent.get("sensitive_data") else lab.withheld)
    return [
        doc.get("case_number"), doc.get("id"), lab.code("case_type", doc.get("case_type")),
        lab.code("status", doc.get("status")), lab.municipality(doc.get("municipality")),
        doc.get("settlement"), doc.get("head"), doc.get("member_count"), doc.get("score"),
        lab.code("displacement_category", disp.get("category")), disp.get("location"),
        disp.get("since"), lab.municipality(origin.get("municipality")), origin.get("settlement"),
        lab.code("return_mode", doc.get("return_mode")), day(doc.get("intention_registered_on")),
        day(iv.get("date")), lab.code("language", iv.get("language")),
        lab.code("tenure", prop.get("tenure")), prop.get("claim_number"),
        lab.codes("vulnerability", doc.get("vulnerabilities") or ()),
        lab.codes("need", (n.get("category") for n in doc.get("needs") or ())),
        lab.flag(consent.get("processing")), lab.flag(consent.get("share_with_partners")),
        lab.flag(consent.get("sensitive_data")), community, doc.get("owner"),
        day(doc.get("created_at")), day(doc.get("updated_at")),
    ]


def member_rows(doc: Mapping[str, Any], lab: Labels) -> list[list[Any]]:
    """The Members rows of a report document."""
    number = doc.get("case_number")
    out = []
    for i, m in enumerate(doc.get("members") or (), start=1):
        born = m.get("date_of_birth")
        out.append([
            number, i, m.get("given_name"), m.get("family_name"), lab.code("script", m.get("script")),
            lab.code("sex", m.get("sex")), day(born) or born, lab.code("relationship", m.get("relationship")),
            m.get("personal_number"), lab.codes("document", m.get("documents") or ()),
            lab.code("community", m.get("community")), lab.flag(m.get("disability")),
            lab.flag(m.get("chronic_illness")), m.get("education"), m.get("occupation"),
            lab.code("language", m.get("preferred_language")),
        ])
    return out


def need_rows(doc: Mapping[str, Any], lab: Labels) -> list[list[Any]]:
    """The Needs rows of a report document."""
    return [[doc.get("case_number"), lab.code("need", n.get("category")),
             lab.code("priority", n.get("priority")), n.get("note") or None]
            for n in doc.get("needs") or ()]


def assistance_rows(doc: Mapping[str, Any], lab: Labels) -> list[list[Any]]:
    """The Assistance rows of a report document (items are written as the office named them)."""
    return [[doc.get("case_number"), a.get("item"), lab.form("assistance", a.get("status")),
             a.get("donor"), a.get("project"), a.get("quantity"), day(a.get("handover_date")),
             a.get("receipt_reference")] for a in doc.get("assistance") or ()]


def referral_rows(doc: Mapping[str, Any], lab: Labels) -> list[list[Any]]:
    """The Referrals rows of a report document."""
    return [[doc.get("case_number"), lab.form("service", r.get("service")),
             lab.form("referral", r.get("status")), day(r.get("date")), r.get("reason") or None]
            for r in doc.get("referrals") or ()]


_ROWS: dict[str, Callable[[Mapping[str, Any], Labels], list[list[Any]]]] = {
    "Households": lambda doc, lab: [household_row(doc, lab)],
    "Members": member_rows, "Needs": need_rows, "Assistance": assistance_rows,
    "Referrals": referral_rows,
}


class _Sheet:
    """One worksheet being streamed: the next row to write and its cell formats."""

    def __init__(self, book: Any, name: str, lab: Labels, formats: Mapping[str, Any]):
        self.ws = book.add_worksheet(name)
        self.columns = COLUMNS[name]
        self.formats = formats
        self.row = 0
        for col, (key, width) in enumerate(self.columns):
            self.ws.set_column(col, col, width)
            self.ws.write_string(0, col, lab.header(key), formats["header"])
        self.ws.freeze_panes(1, 0)

    def add(self, values: Sequence[Any]) -> None:
        self.row += 1
        r, ws, fmt = self.row, self.ws, self.formats
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                ws.write_boolean(r, col, value)
            elif isinstance(value, int | float):
                ws.write_number(r, col, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, col, value, fmt["date"])
            else:
                text = str(value)
                ws.write_string(r, col, text, fmt["text"] if looks_like_formula(text) else None)

    def finish(self) -> None:
        self.ws.autofilter(0, 0, self.row, len(self.columns) - 1)


def write_workbook(path: Path, pages: Iterable[Sequence[Mapping[str, Any]]], *, lang: str = "en",
                   progress: Progress | None = None) -> WorkbookResult:
    """Write the workbook of the report documents in ``pages`` to ``path`` (atomically).

    ``progress`` advances by a page's households and may cancel between pages; a cancel or
    any failure leaves ``path`` as it was. An unwritable target raises UserError.
    """
    import xlsxwriter

    path = Path(path)
    lab = Labels(lang)
    try:
        with atomic_writer(path) as fh:
            book = xlsxwriter.Workbook(fh, {
                "constant_memory": True, "tmpdir": str(path.parent),
                "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False})
            try:
                book.set_properties({"title": render_text("reports.xlsx.title", lab.lang),
                                     "comments": "FieldApp"})
                formats = {"header": book.add_format({"bold": True, "bg_color": "#E6EAF0",
                                                      "border": 1, "text_wrap": True,
                                                      "valign": "top"}),
                           "date": book.add_format({"num_format": "yyyy-mm-dd"}),
                           "text": book.add_format({"quote_prefix": True})}
                sheets = {name: _Sheet(book, name, lab, formats) for name in SHEETS}
                for page in pages:
                    for doc in page:
                        for name, rows_of in _ROWS.items():
                            for values in rows_of(doc, lab):
                                sheets[name].add(values)
                    if progress is not None:
                        progress.step(len(page))
                        progress.check()
                for sheet in sheets.values():
                    sheet.finish()
            finally:
                book.close()
    except OSError as exc:
        raise UserError("reports.cannot_write", path=str(path),
                        reason=exc.strerror or type(exc).__name__) from None
    return WorkbookResult(path, {name: s.row for name, s in sheets.items()})


def check_target(text: str) -> Path:
    """The workbook file named on the command line or in a dialog, or UserError."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise UserError("reports.is_folder", path=str(path))
    if path.suffix.lower() != ".xlsx":
        raise UserError("reports.not_xlsx", path=str(path))
    if not path.parent.is_dir():
        raise UserError("reports.folder_missing", path=str(path.parent))
    return path
