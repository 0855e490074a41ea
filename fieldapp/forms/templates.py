"""The six forms: which sections each prints, in what order, filled in or blank.

Each builder turns a :class:`~fieldapp.forms.content.FormContent` into platypus flowables. It
reads only the content (never the case document), so what a form prints is exactly what its
hash covers. A blank content (no case) gives the paper form with empty fields, boxes and rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from fieldapp.domain.interchange import REFERRAL_SERVICES
from fieldapp.domain.reference import shipped
from fieldapp.forms.content import SENSITIVE_FLAGS, SENSITIVE_MEMBER_FIELDS, FormContent
from fieldapp.forms.labels import municipality_name
from fieldapp.forms.layout import (
    CONTENT_W,
    RED,
    FormBuilder,
    box_markup,
    esc,
    fmt_date,
    join_langs,
)

Story = list[Flowable]
BLANK_ROWS = 8

# Member columns: field -> (wording key, width in mm).
_MEMBER_COLS: dict[str, tuple[str, float]] = {
    "name": ("col.name", 0), "sex": ("col.sex", 17), "date_of_birth": ("col.dob", 19),
    "relationship": ("col.relationship", 30), "personal_number": ("col.personal_number", 24),
    "documents": ("col.documents", 38), "education": ("col.education", 30),
    "occupation": ("col.occupation", 30), "community": ("col.community", 40),
    "disability": ("col.disability", 35), "chronic_illness": ("col.chronic", 35),
}
_MAIN_MEMBER_FIELDS = {
    "consent": ("relationship", "date_of_birth"),
    "application": ("sex", "date_of_birth", "relationship", "personal_number", "documents"),
    "needs-assessment": ("sex", "date_of_birth", "relationship", "education", "occupation"),
    "handover-receipt": ("relationship", "date_of_birth", "personal_number"),
    "referral": ("sex", "date_of_birth", "relationship", "personal_number", "documents"),
    "case-summary": ("sex", "date_of_birth", "relationship", "documents"),
}
_SENSITIVE_FIELDS = {
    "application": ("community", "disability", "chronic_illness"),
    "needs-assessment": ("community", "disability", "chronic_illness"),
    "case-summary": ("community",),
}
_WIDE: dict[str, dict[str, float]] = {"consent": {"relationship": 55, "date_of_birth": 40},
         "handover-receipt": {"relationship": 45, "date_of_birth": 30, "personal_number": 40}}


def _full_name(m: dict[str, Any]) -> str:
    return f"{m.get('given_name') or ''} {m.get('family_name') or ''}".strip()


class _Form:
    """Shared pieces of every form for one content and one language choice."""

    def __init__(self, content: FormContent, langs: Sequence[str], office_name: str):
        self.c = content
        self.s = content.sections
        self.b = FormBuilder(langs)
        self.langs = tuple(langs)
        self.office_name = office_name
        self.blank = content.blank

    def sec(self, name: str) -> Any:
        """The section ``name`` of the content ({} on a blank form)."""
        return self.s.get(name) or {}

    # values ----------------------------------------------------------------------------
    def code(self, list_name: str, code: str | None, sep: str = " / ") -> str:
        """A coded value by its labels, on one line."""
        return self.b.code(list_name, code, sep)

    def muni(self, code: str | None) -> str:
        """A municipality by its names in the form's languages (each name once)."""
        if not code:
            return ""
        names: list[str] = []
        langs: list[str] = []
        for lang in self.langs:
            n = municipality_name(code, lang)
            if n not in names:
                names.append(n)
                langs.append(lang)
        return join_langs([esc(n) for n in names], langs, " / ")

    def yes_no(self, value: Any) -> str:
        """Yes / No in every language; empty when unknown or on a blank form."""
        if value is None or self.blank:
            return ""
        return self.b.inline("yes" if value else "no")

    # common sections -------------------------------------------------------------------
    def case_fields(self, *extra: tuple[str, str]) -> Story:
        """The case details section, with ``extra`` (wording key, value) rows."""
        case = self.sec("case")
        rows = [("case_type", self.code("case_type", case.get("case_type"))),
                ("municipality", self.muni(case.get("municipality"))),
                ("settlement", esc(case.get("settlement"))), *extra]
        return [self.b.section("sec.case", self.b.fields(rows))]

    def _member_cell(self, field: str, m: dict[str, Any]) -> str:
        v = m.get(field)
        if field == "name":
            return esc(_full_name(m))
        if field in ("sex", "relationship", "community"):
            return self.b.code(field, v)
        if field == "date_of_birth":
            return esc(fmt_date(v))
        if field == "documents":
            return "<br/>".join(self.code("document", d) for d in v or ()) or ""
        if field in ("disability", "chronic_illness"):
            return self.yes_no(v)
        return esc(v)

    def _member_table(self, fields: Sequence[str], widths: Mapping[str, float]) -> Flowable:
        fixed = sum(widths.get(f, _MEMBER_COLS[f][1]) for f in fields)
        name_w = CONTENT_W / mm - 8 - fixed
        cols = [("col.no", 8 * mm), ("col.name", name_w * mm)]
        cols += [(_MEMBER_COLS[f][0], widths.get(f, _MEMBER_COLS[f][1]) * mm) for f in fields]
        members = self.s.get("household") or []
        rows = [["", *(self._member_cell(f, m) for f in ("name", *fields))] for m in members]
        return self.b.table(cols, rows, empty_rows=BLANK_ROWS if self.blank else 0)

    def household(self, key: str = "sec.household") -> Story:
        """The household table, then the sensitive-data table or the note that it is withheld."""
        form = self.c.form
        story: Story = [self.b.heading(key),
                        self._member_table(_MAIN_MEMBER_FIELDS[form], _WIDE.get(form, {}))]
        sensitive = _SENSITIVE_FIELDS.get(form, ())
        if not sensitive:
            return story
        if self.c.sensitive:
            fields = [f for f in sensitive if f in SENSITIVE_MEMBER_FIELDS]
            widths = {f: (120 / len(fields)) for f in fields}
            story += [self.b.spacer(2 * mm),
                      self.b.para(self.b.inline("sensitive.caption"), self.b.st.label),
                      self._member_table(fields, widths)]
        else:
            story += [self.b.spacer(1.5 * mm),
                      self.b.para(self.b.inline("sensitive.withheld", "<br/>"), self.b.st.small)]
        return story

    def needs(self) -> Story:
        """The needs table (ruled rows to write in when there are none)."""
        rows = [["", self.b.code("need", n.get("category")), self.b.code("priority", n.get("priority")),
                 esc(n.get("note"))] for n in self.s.get("needs") or []]
        cols = [("col.no", 8 * mm), ("col.need", 62 * mm), ("col.priority", 30 * mm),
                ("col.note", CONTENT_W - 100 * mm)]
        empty = BLANK_ROWS if self.blank else (3 if not rows else 0)
        return [self.b.heading("sec.needs"), self.b.table(cols, rows, empty_rows=empty)]

    def displacement(self) -> Story:
        """The displacement history section."""
        d = self.sec("displacement")
        return [self.b.section("sec.displacement", self.b.fields([
            ("displacement.category", self.code("displacement_category", d.get("category"))),
            ("displacement.since", esc(fmt_date(d.get("since")))),
            ("displacement.location", esc(d.get("location"))),
        ]))]

    def return_place(self, extra: Sequence[tuple[str, str]] = ()) -> Story:
        """The intended place of return (and place of origin) section."""
        r = self.sec("return")
        return [self.b.section("sec.return", self.b.fields([
            ("municipality", self.muni(r.get("municipality"))),
            ("settlement", esc(r.get("settlement"))),
            ("origin", " ".join(x for x in (self.muni(r.get("origin_municipality")),
                                            esc(r.get("origin_settlement"))) if x)),
            ("return_mode", self.code("return_mode", r.get("return_mode"))),
            ("intention", esc(fmt_date(r.get("intention_registered_on")))),
            *extra,
        ]))]

    def property(self) -> Story:
        """The property section."""
        p = self.sec("property")
        return [self.b.section("sec.property", self.b.fields([
            ("property.tenure", self.code("tenure", p.get("tenure"))),
            ("property.cadastral_zone", esc(p.get("cadastral_zone"))),
            ("property.cadastral_municipality", esc(p.get("cadastral_municipality"))),
            ("property.parcel", esc(p.get("parcel"))),
            ("property.claim_number", esc(p.get("claim_number"))),
            ("property.claim_decision", esc(p.get("claim_decision"))),
            ("property.evidence", esc(p.get("evidence"))),
        ]))]

    def vulnerabilities(self) -> Story:
        """Every vulnerability flag with its box and weight, then the total score."""
        v = self.sec("vulnerabilities")
        present = {f: w for f, w in v.get("flags") or []}
        weights = shipped().vulnerability_weights
        rows: list[list[str | None]] = []
        for flag in shipped().codes("vulnerability"):
            if not self.blank and not self.c.sensitive and flag in SENSITIVE_FLAGS:
                continue
            ticked = flag in present
            rows.append(["", self.b.code("vulnerability", flag),
                         box_markup(ticked),
                         _num(present.get(flag, weights.get(flag, 0))) if ticked or self.blank else ""])
        if not self.blank and v.get("withheld_count"):
            rows.append([None, self.b.inline("score.withheld", "<br/>"), "",
                         _num(v.get("withheld_weight", 0))])
        total = "" if self.blank else f"<b>{_num(v.get('total', 0))}</b>"
        rows.append([None, f"<b>{self.b.inline('score.total')}</b>", "", total])
        cols = [("col.no", 8 * mm), ("col.flag", CONTENT_W - 48 * mm), ("col.present", 16 * mm),
                ("col.weight", 24 * mm)]
        return [self.b.heading("sec.vulnerabilities"), self.b.table(cols, rows),
                self.b.spacer(1 * mm), self.b.para(self.b.inline("score.note"), self.b.st.small)]

    def signatures(self, boxes: Sequence[tuple[str, bool, str]]) -> Story:
        """The signature boxes, kept on one page with their heading."""
        return [self.b.section("sec.signatures", self.b.signatures(boxes))]

    def head_name(self) -> str:
        """The head of household's name as written (empty on a blank form)."""
        if self.blank:
            return ""
        members = self.s.get("household") or []
        head = next((m for m in members if m.get("relationship") == "head"), None)
        return _full_name(head) if head else ""


def _num(value: Any) -> str:
    f = float(value or 0)
    return str(int(f)) if f.is_integer() else f"{f:g}"


# --- the six forms ------------------------------------------------------------------------------

def _consent(f: _Form) -> Story:
    b = f.b
    consent = f.sec("consent")
    interview = f.sec("interview")
    story: Story = [*b.title("consent", f.blank), *f.case_fields()]
    story += f.household("sec.household.consent")
    story.append(b.heading("sec.notice"))
    office = esc(f.office_name)
    for key in ("notice.controller", "notice.purposes", "notice.recipients", "notice.retention",
                "notice.rights", "notice.complaint"):
        story += b.notice(key, office=office)
    rows = []
    for purpose in ("processing", "share_with_partners", "photos", "sensitive_data"):
        value = None if f.blank else bool(consent.get(purpose))
        rows.append(["", b.code("consent_purpose", purpose),
                     box_markup(value is True),
                     box_markup(value is False)])
    cols = [("col.no", 8 * mm), ("col.purpose", CONTENT_W - 68 * mm), ("col.agree", 30 * mm),
            ("col.disagree", 30 * mm)]
    # A consent is read as a whole: statement, boxes and who recorded it stay on one page.
    story.append(b.section("sec.consent", *b.notice("consent.statement"), b.table(cols, rows),
                           b.spacer(1 * mm),
                           b.fields([("consent.recorded_on",
                                      esc(fmt_date(consent.get("recorded_on")))),
                                     ("consent.recorded_by", esc(consent.get("recorded_by")))])))
    story.append(b.section("sec.interpreter", b.fields([
        ("interview.interpreter", f.yes_no(interview.get("interpreter"))),
        ("interview.interpreter_name", esc(interview.get("interpreter_name"))),
        ("interpreter.language", f.code("language", interview.get("language"))),
        ("interview.date", esc(fmt_date(interview.get("date")))),
    ]), b.spacer(1.5 * mm), *b.notice("interpreter.declaration")))
    story += f.signatures([("sig.beneficiary", True, f.head_name()),
                           ("sig.officer", False, consent.get("recorded_by") or ""),
                           ("sig.interpreter", False, interview.get("interpreter_name") or "")])
    return story


def _application(f: _Form) -> Story:
    b = f.b
    case = f.sec("case")
    story: Story = [*b.title("application", f.blank)]
    story.append(b.section("sec.case", b.fields([
        ("case_type", f.code("case_type", case.get("case_type"))),
        ("municipality", f.muni(case.get("municipality"))),
    ])))
    story += f.household()
    story += f.displacement()
    story += f.return_place()
    story += f.property()
    story += f.needs()
    docs = f.sec("documents")
    held = set(docs.get("held") or ())
    items = [(f.code("document", d), None if f.blank else d in held)
             for d in shipped().codes("document")]
    items.append((b.inline("doc.property_evidence"),
                  None if f.blank else bool(docs.get("property_evidence"))))
    items.append((b.inline("doc.other") + ": ________________________", None))
    story.append(b.section("sec.documents", b.checklist(items, columns=2)))
    story.append(b.section("sec.declaration", *[p for key in ("decl.true", "decl.selection",
                                                             "decl.changes")
                                                 for p in b.notice(key)]))
    story += f.signatures([("sig.applicant", True, f.head_name()), ("sig.officer", False, "")])
    return story


def _needs_assessment(f: _Form) -> Story:
    b = f.b
    interview = f.sec("interview")
    story: Story = [*b.title("needs-assessment", f.blank)]
    story += f.case_fields(
        ("interview.date", esc(fmt_date(interview.get("date")))),
        ("interview.place", esc(interview.get("place"))),
        ("interview.officer", esc(interview.get("officer"))),
        ("interview.language", f.code("language", interview.get("language"))),
    )
    story += f.household()
    story += f.vulnerabilities()
    story += f.needs()
    narrative = (f.sec("narrative") or {}).get("text") or ""
    story.append(b.heading("sec.narrative"))
    if narrative:
        story.append(b.para(esc(narrative), b.st.value))
        story.append(b.spacer(2 * mm))
    story.append(b.lines(3 if narrative else 8))
    story += f.signatures([("sig.officer", False, interview.get("officer") or ""),
                           ("sig.beneficiary", True, f.head_name())])
    return story


def _handover_receipt(f: _Form) -> Story:
    b = f.b
    story: Story = [*b.title("handover-receipt", f.blank), *f.case_fields()]
    story += f.household("sec.household.receipt")
    rows = []
    for a in f.s.get("assistance") or []:
        donor = " / ".join(esc(x) for x in (a.get("donor"), a.get("project")) if x)
        status = "assistance.delivered" if a.get("status") == "delivered" else "assistance.planned"
        item = f"{esc(a.get('item'))}<br/>{b.inline(status)}"
        rows.append(["", item, _num(a["quantity"]) if a.get("quantity") is not None else "", donor,
                     esc(fmt_date(a.get("handover_date"))), esc(a.get("receipt_reference")),
                     box_markup(a.get("status") == "delivered")])
    cols = [("col.no", 8 * mm), ("col.item", CONTENT_W - 134 * mm), ("col.quantity", 16 * mm),
            ("col.donor", 42 * mm), ("col.handover_date", 22 * mm), ("col.receipt", 28 * mm),
            ("col.received", 18 * mm)]
    empty = BLANK_ROWS if f.blank else (3 if not rows else 0)
    story += [b.heading("sec.items"), b.table(cols, rows, empty_rows=empty)]
    story.append(b.spacer(2 * mm))
    story += b.notice("handover.declaration")
    story += f.signatures([("sig.beneficiary", True, f.head_name()), ("sig.officer", False, "")])
    return story


def _referral(f: _Form) -> Story:
    b = f.b
    referrals = f.s.get("referrals") or []
    story: Story = [*b.title("referral", f.blank), *f.case_fields()]
    story.append(b.heading("sec.referral"))
    wanted = {r.get("service") for r in referrals}
    story.append(b.para(b.inline("referral.to") + ":", b.st.label))
    story.append(b.checklist([(b.inline(f"service.{s}"), None if f.blank else s in wanted)
                              for s in REFERRAL_SERVICES], columns=2))
    story.append(b.spacer(2 * mm))
    rows = [["", b.inline(f"service.{r.get('service')}", "<br/>"), esc(r.get("reason")),
             esc(fmt_date(r.get("date"))), b.inline(f"referral.{r.get('status') or 'open'}", "<br/>")]
            for r in referrals]
    cols = [("col.no", 8 * mm), ("col.service", 48 * mm), ("col.reason", CONTENT_W - 102 * mm),
            ("col.date", 20 * mm), ("col.status", 26 * mm)]
    empty = 4 if f.blank else (2 if not rows else 0)
    story.append(b.table(cols, rows, empty_rows=empty))
    share = None if f.blank else bool(f.sec("consent").get("share_with_partners"))
    story.append(b.spacer(1.5 * mm))
    story.append(b.fields([("referral.share_consent", f.yes_no(share))], columns=1, label_w=60 * mm))
    if share is False:
        warn = b.st.body.clone("fa-warn", textColor=RED)
        story.append(b.spacer(1 * mm))
        story.append(Paragraph(b.inline("referral.no_share", "<br/>"), warn))
    story += f.household("sec.household.referral")
    story += f.needs()
    story.append(b.section("sec.feedback",
                           b.fields([("feedback.received_by", ""), ("col.date", "")]),
                           b.spacer(1 * mm),
                           b.para(b.inline("feedback.action") + ":", b.st.label), b.lines(4)))
    story += f.signatures([("sig.officer", False, ""), ("sig.receiving", False, "")])
    return story


def _case_summary(f: _Form) -> Story:
    b = f.b
    case = f.sec("case")
    v = f.sec("vulnerabilities")
    story: Story = [*b.title("case-summary", f.blank)]
    story += f.case_fields(
        ("status", f.code("status", case.get("status"))),
        ("score", "" if f.blank else _num(v.get("total", 0))),
    )
    story += f.household()
    story += f.displacement()
    story += f.return_place()
    story += f.property()
    story += f.vulnerabilities()
    story += f.needs()
    e = f.sec("eligibility")
    docs = e.get("documents") or [0, 0]
    doc_note = "" if f.blank else f" ({docs[0]} / {docs[1]})"
    checks = [
        (b.inline("chk.status"), None if f.blank else e.get("status")),
        (b.inline("chk.intention"), None if f.blank else e.get("intention")),
        (b.inline("chk.documents") + doc_note, None if f.blank else docs[0] == docs[1] and docs[1] > 0),
        (b.inline("chk.property"), None if f.blank else e.get("property")),
        (b.inline("chk.consent"), None if f.blank else e.get("consent")),
        (b.inline("chk.visit"), e.get("visit")),
    ]
    story.append(b.section("sec.eligibility", b.checklist(checks)))
    history = f.s.get("history") or []
    if history or f.blank:
        rows = []
        for h in history:
            change = " → ".join(x for x in (f.code("status", h.get("from")),
                                            f.code("status", h.get("to"))) if x)
            if h.get("decision"):
                change += f"<br/><i>{esc(h['decision'])}</i>"
            rows.append(["", esc(fmt_date(h.get("at"))), change, esc(h.get("by")),
                         esc(h.get("comment"))])
        cols = [("col.no", 8 * mm), ("col.date", 20 * mm), ("col.change", 56 * mm),
                ("col.by", 36 * mm), ("col.comment", CONTENT_W - 120 * mm)]
        story += [b.heading("sec.history"),
                  b.table(cols, rows, empty_rows=4 if f.blank else 0)]
    notes = f.s.get("notes") or []
    if notes:
        rows = [["", esc(fmt_date(n.get("at"))), esc(n.get("author")), esc(n.get("text"))]
                for n in notes]
        cols = [("col.no", 8 * mm), ("col.date", 20 * mm), ("col.by", 36 * mm),
                ("col.note", CONTENT_W - 64 * mm)]
        story += [b.heading("sec.notes"), b.table(cols, rows)]
    options = [(f.code("status", s), None) for s in ("approved", "waitlisted", "ineligible",
                                                     "returned", "duplicate")]
    story.append(b.section(
        "sec.recommendation",
        b.para(b.inline("recommendation") + ":", b.st.label), b.checklist(options, columns=3),
        b.lines(2), b.spacer(2 * mm),
        b.para(b.inline("decision") + ":", b.st.label), b.checklist(options, columns=3),
        b.lines(2)))
    story += f.signatures([("sig.officer", False, ""), ("sig.chair", False, ""),
                           ("sig.member", False, ""), ("sig.member", False, "")])
    return story


BUILDERS: dict[str, Callable[[_Form], Story]] = {
    "consent": _consent, "application": _application, "needs-assessment": _needs_assessment,
    "handover-receipt": _handover_receipt, "referral": _referral, "case-summary": _case_summary,
}


def story_for(content: FormContent, langs: Sequence[str], office_name: str) -> Story:
    """The flowables of ``content``'s form in ``langs``."""
    return BUILDERS[content.form](_Form(content, langs, office_name))
