"""A case laid out for a decision, read-only: the household, needs, vulnerabilities with the score
breakdown, property and claim, consent, notes, and the history with earlier decisions.

The sheet is one rich-text page (a ``QTextBrowser``): it reads top to bottom like the paper file
a reviewer knows, scrolls with the keyboard, wraps long names and comments in every language,
and costs one widget however large the household. It shows the case document the store returns
(plain data); every value is escaped before it is laid out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from fieldapp.domain.interchange import full_name, head_of
from fieldapp.domain.scoring import score
from fieldapp.messages import render
from ui.editor.sections import when
from ui.i18n import fmt, label, municipality_label
from ui.messages import field_labels

DECISION_BACKGROUND = "#fdf0d5"
"""The background of an earlier decision in the history (as a returned case in the list)."""
HEAD_BACKGROUND = "#eef3fa"
MUTED = "#5f6368"


def esc(value: Any) -> str:
    """``value`` as text safe inside the sheet's HTML."""
    return html.escape("" if value is None else str(value))


def weight_text(weight: float) -> str:
    """A score or weight without trailing zeros."""
    return f"{weight:g}"


class CaseSheet(QTextBrowser):
    """The decision sheet of one case (empty until :meth:`show_case`)."""

    def __init__(self, parent: QWidget | None = None, *, title: bool = True):
        super().__init__(parent)
        self.setObjectName("case-sheet")
        self.title = title  # whether the sheet starts with the case number and head of household
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self._doc: dict[str, Any] | None = None
        self._extra: dict[str, Any] = {}
        self.document().setDocumentMargin(10)
        self.retranslate()

    # --- content ----------------------------------------------------------------------------------
    @property
    def case(self) -> dict[str, Any] | None:
        """The case document shown, or None."""
        return self._doc

    def show_case(self, doc: dict[str, Any], **extra: Any) -> None:
        """Lay out ``doc`` (a case as the store returns it). ``extra`` may carry ``waiting_days``,
        ``possible_duplicates`` and ``officer`` from the queue row."""
        self._doc = doc
        self._extra = dict(extra)
        self._render()

    def clear_case(self) -> None:
        """Show the hint for an empty queue or no case chosen."""
        self._doc = None
        self._extra = {}
        self._render()

    def _render(self) -> None:
        top = self.verticalScrollBar().value()
        same = self._doc is not None and self.property("case_id") == self._doc.get("id")
        self.setHtml(self.page_html() if self._doc is not None else self._empty_html())
        self.setProperty("case_id", self._doc.get("id") if self._doc else None)
        if same:
            self.verticalScrollBar().setValue(top)

    def _empty_html(self) -> str:
        return (f"<p style='color:{MUTED}'>"
                + esc(self.tr("Choose a case in the queue to see it here, laid out for a decision."))
                + "</p>")

    def page_html(self) -> str:
        """The whole sheet of the case shown, as HTML."""
        doc = self._doc or {}
        return "".join((
            self._header(doc), self._household(doc), self._needs(doc), self._vulnerabilities(doc),
            self._return(doc), self._property(doc), self._consent(doc), self._notes(doc),
            self._history(doc)))

    # --- building blocks --------------------------------------------------------------------------
    @staticmethod
    def _section(title: str) -> str:
        return f"<h3 style='margin-top:14px; margin-bottom:4px'>{esc(title)}</h3>"

    @staticmethod
    def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], *,
               shaded: Sequence[bool] | None = None) -> str:
        """A bordered table; cells are HTML already escaped by the caller."""
        head = "".join(f"<th align='left' bgcolor='{HEAD_BACKGROUND}'>{esc(h)}</th>" for h in headers)
        body = []
        for i, row in enumerate(rows):
            bg = f" bgcolor='{DECISION_BACKGROUND}'" if shaded and shaded[i] else ""
            body.append(f"<tr{bg}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                "style='border-collapse:collapse; border-color:#c8ccd2'>"
                f"<tr>{head}</tr>{''.join(body)}</table>")

    @staticmethod
    def _pairs(pairs: Iterable[tuple[str, str]]) -> str:
        """Label–value lines; values are HTML already escaped by the caller."""
        rows = "".join(f"<tr><td style='color:{MUTED}; padding-right:12px'>{esc(k)}</td><td>{v}</td></tr>"
                       for k, v in pairs)
        return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"

    def _yes_no(self, value: Any) -> str:
        return esc(self.tr("Yes") if value else self.tr("No"))

    def _none(self, text: str) -> str:
        return f"<p style='color:{MUTED}'>{esc(text)}</p>"

    # --- sections ---------------------------------------------------------------------------------
    def _header(self, doc: dict[str, Any]) -> str:
        head = full_name(head_of(doc)) if doc.get("members") else ""
        title = " · ".join(x for x in (doc.get("case_number") or "", head) if x)
        place = ", ".join(x for x in (doc.get("settlement") or "", municipality_label(doc.get("municipality"))) if x)
        owner = self._extra.get("officer") or doc.get("owner") or doc.get("owner_officer") or ""
        pairs = [(self.tr("Status"), esc(label("status", doc.get("status")))),
                 (self.tr("Case type"), esc(label("case_type", doc.get("case_type")))),
                 (self.tr("Place of return"), esc(place)),
                 (self.tr("Officer"), esc(owner))]
        waiting = self._extra.get("waiting_days")
        if waiting is not None:
            pairs.append((self.tr("Waiting"), esc(fmt(self.tr("%1 days"), waiting))))
        dupes = self._extra.get("possible_duplicates")
        if dupes:
            pairs.append((self.tr("Possible duplicates"),
                          f"<b style='color:#b3261e'>{esc(dupes)}</b> "
                          + esc(fmt(self.tr("(press %1 to compare them side by side)"), "D"))))
        if doc.get("duplicate_of"):
            pairs.append((self.tr("Duplicate of"), esc(doc.get("duplicate_of"))))
        heading = f"<h2 style='margin-bottom:4px'>{esc(title)}</h2>" if self.title else ""
        return heading + self._pairs(pairs)

    def _household(self, doc: dict[str, Any]) -> str:
        members = doc.get("members") or []
        f = field_labels()
        out = self._section(fmt(self.tr("Household (%1 members)"), len(members)))
        if not members:
            return out + self._none(self.tr("No members recorded."))
        rows = []
        for m in members:
            name = esc(full_name(m))
            if m.get("relationship") == "head":
                name = f"<b>{name}</b>"
            health = [x for x, on in ((f.get("disability", "disability"), m.get("disability")),
                                      (f.get("chronic_illness", "chronic_illness"), m.get("chronic_illness"))) if on]
            # Relationship under the name and sex under the birth date: five columns stay
            # readable in a half-screen pane in every language.
            who = f"{name}<br><span style='color:{MUTED}'>{esc(label('relationship', m.get('relationship')))}</span>"
            born = f"{esc(m.get('date_of_birth') or '')}<br><span style='color:{MUTED}'>{esc(label('sex', m.get('sex')))}</span>"
            rows.append((who, born, esc(m.get("personal_number") or ""),
                         esc(", ".join(label("document", d) for d in m.get("documents") or [])),
                         esc(", ".join(health))))
        headers = (self.tr("Name"), f.get("date_of_birth", ""), f.get("personal_number", ""),
                   f.get("documents", ""), self.tr("Health"))
        return out + self._table(headers, rows)

    def _needs(self, doc: dict[str, Any]) -> str:
        needs = doc.get("needs") or []
        f = field_labels()
        out = self._section(self.tr("Needs"))
        if not needs:
            return out + self._none(self.tr("No needs recorded."))
        rows = [(esc(label("need", n.get("category"))), esc(label("priority", n.get("priority"))),
                 esc(n.get("note") or "")) for n in needs]
        return out + self._table((f.get("category", ""), f.get("priority", ""), f.get("note", "")), rows)

    def _vulnerabilities(self, doc: dict[str, Any]) -> str:
        result = score(doc.get("vulnerabilities") or [])
        out = self._section(fmt(self.tr("Vulnerabilities — score %1"), weight_text(result.total)))
        if not result.parts:
            return out + self._none(self.tr("No vulnerability ticked: the score is 0."))
        rows = [(esc(label("vulnerability", code)), esc(weight_text(w))) for code, w in result.parts]
        total = self.tr("Total")
        rows.append((f"<b>{esc(total)}</b>", f"<b>{esc(weight_text(result.total))}</b>"))
        return out + self._table((self.tr("Flag"), self.tr("Weight")), rows)

    def _return(self, doc: dict[str, Any]) -> str:
        f = field_labels()
        d = doc.get("displacement") or {}
        o = doc.get("origin") or {}
        pairs = [(f.get("displacement.category", ""), esc(label("displacement_category", d.get("category")))),
                 (f.get("displacement.location", ""), esc(d.get("location") or "")),
                 (f.get("displacement.since", ""), esc(d.get("since") or "")),
                 (f.get("origin", ""), esc(", ".join(x for x in (o.get("settlement") or "",
                                                                  municipality_label(o.get("municipality"))) if x))),
                 (f.get("return_mode", ""), esc(label("return_mode", doc.get("return_mode")))),
                 (f.get("intention_registered_on", ""), esc(doc.get("intention_registered_on") or ""))]
        return self._section(self.tr("Displacement and return")) + self._pairs(p for p in pairs if p[1])

    def _property(self, doc: dict[str, Any]) -> str:
        f = field_labels()
        p = doc.get("property") or {}
        pairs = [(f.get(f"property.{k}", k), esc(label("tenure", p.get(k)) if k == "tenure" else p.get(k) or ""))
                 for k in ("tenure", "cadastral_municipality", "cadastral_zone", "parcel", "evidence",
                           "claim_number", "claim_decision")]
        shown = [x for x in pairs if x[1]]
        out = self._section(self.tr("Property and claim"))
        return out + (self._pairs(shown) if shown else self._none(self.tr("No property recorded.")))

    def _consent(self, doc: dict[str, Any]) -> str:
        f = field_labels()
        c = doc.get("consent") or {}
        pairs = [(label("consent_purpose", k), self._yes_no(c.get(k)))
                 for k in ("processing", "share_with_partners", "photos", "sensitive_data")]
        pairs.append((f.get("consent.recorded_on", ""), esc(c.get("recorded_on") or "")))
        if c.get("recorded_by"):
            pairs.append((f.get("consent.recorded_by", ""), esc(c.get("recorded_by"))))
        out = self._section(self.tr("Consent"))
        if not c.get("processing"):
            missing = self.tr("No consent to processing is recorded.")
            out += f"<p style='color:#b3261e'>{esc(missing)}</p>"
        return out + self._pairs(pairs)

    def _notes(self, doc: dict[str, Any]) -> str:
        notes = doc.get("notes") or []
        out = self._section(self.tr("Notes"))
        if not notes:
            return out + self._none(self.tr("No notes."))
        rows = [(esc(when(n.get("at"))), esc(n.get("author") or ""),
                 esc(n.get("text") or "").replace("\n", "<br>")) for n in notes]
        return out + self._table((self.tr("When"), self.tr("Who"), self.tr("Note")), rows)

    def _history(self, doc: dict[str, Any]) -> str:
        history = doc.get("history") or []
        out = self._section(self.tr("History and earlier decisions"))
        if not history:
            return out + self._none(self.tr("No moves recorded yet."))
        rows, shaded = [], []
        for h in history:
            who = esc(h.get("by") or "")
            if h.get("role"):
                who += f"<br><span style='color:{MUTED}'>{esc(label('role', h.get('role')))}</span>"
            move = esc(label("status", h.get("to")))
            if h.get("from"):
                move = esc(label("status", h.get("from"))) + " → " + move
            comment = esc(h.get("comment") or "").replace("\n", "<br>")
            rows.append((esc(when(h.get("at"))), who, move, comment))
            shaded.append(bool(h.get("decision")) or h.get("to") in ("returned", "approved", "ineligible",
                                                                     "duplicate", "withdrawn"))
        return out + self._table((self.tr("When"), self.tr("Who"), self.tr("Move"), self.tr("Comment")),
                                 rows, shaded=shaded)

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Lay the sheet out again in the current UI language."""
        self.setAccessibleName(self.tr("Case for decision"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def reasons_text(reasons: Iterable[Any], lang: str) -> str:
    """The reasons of a duplicate candidate (catalogue messages) in ``lang``, one a line."""
    return "\n".join(render(r, lang) if not isinstance(r, str) else r for r in reasons)


__all__ = ["DECISION_BACKGROUND", "CaseSheet", "esc", "reasons_text", "weight_text"]
