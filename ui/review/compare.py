"""Two households side by side, with the values they share highlighted.

A reviewer deciding "duplicate" must see why two cases look like one household: the same
personal number, the same name written in another script or without diacritics, the same date
of birth, the same settlement or cadastral parcel. Values are compared folded (as the search
and the duplicate finder fold them), so ``Đorđe``, ``Djordje`` and ``Ђорђе`` match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from fieldapp.domain.interchange import full_name, head_of
from fieldapp.text.folding import fold
from ui.i18n import label, municipality_label
from ui.messages import field_labels
from ui.review.sheet import MUTED, esc

MATCH_BACKGROUND = "#cdebd3"
"""The background of a value both households share."""
_SWATCH = f"<span style='background:{MATCH_BACKGROUND}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "

# Case fields compared, by their path in the case document.
CASE_FIELDS = ("municipality", "settlement", "origin.municipality", "origin.settlement",
               "displacement.location", "property.cadastral_zone", "property.parcel",
               "property.claim_number")
MEMBER_FIELDS = ("name", "date_of_birth", "personal_number")


def _value(doc: dict[str, Any], path: str) -> Any:
    value: Any = doc
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _key(value: Any) -> str:
    return fold(str(value)) if value not in (None, "") else ""


@dataclass
class Matches:
    """What one household shares with the other: case fields, and each member's fields."""

    case_fields: set[str] = field(default_factory=set)
    members: dict[int, set[str]] = field(default_factory=dict)
    """Member position → the member fields (``name``, ``date_of_birth``, ``personal_number``)
    that a member of the other household shares."""

    @property
    def count(self) -> int:
        """How many values are shared."""
        return len(self.case_fields) + sum(len(v) for v in self.members.values())


def _member_keys(m: dict[str, Any]) -> dict[str, str]:
    return {"name": _key(full_name(m)), "date_of_birth": _key(m.get("date_of_birth")),
            "personal_number": _key(m.get("personal_number"))}


def matches(doc: dict[str, Any], other: dict[str, Any]) -> Matches:
    """What ``doc`` shares with ``other``.

    A member's name and personal number match any member of the other household with the same
    value; the date of birth matches only beside the same name or personal number (many people
    share a year of birth).
    """
    out = Matches()
    for path in CASE_FIELDS:
        mine = _key(_value(doc, path))
        if mine and mine == _key(_value(other, path)):
            out.case_fields.add(path)
    theirs = [_member_keys(m) for m in other.get("members") or []]
    for i, m in enumerate(doc.get("members") or []):
        keys = _member_keys(m)
        shared: set[str] = set()
        for t in theirs:
            same_name = bool(keys["name"]) and keys["name"] == t["name"]
            same_number = bool(keys["personal_number"]) and keys["personal_number"] == t["personal_number"]
            if same_name:
                shared.add("name")
            if same_number:
                shared.add("personal_number")
            if (same_name or same_number) and keys["date_of_birth"] and keys["date_of_birth"] == t["date_of_birth"]:
                shared.add("date_of_birth")
        if shared:
            out.members[i] = shared
    return out


class HouseholdCard(QTextBrowser):
    """One household for comparison, its shared values highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self._doc: dict[str, Any] | None = None
        self._matches = Matches()

    @property
    def case(self) -> dict[str, Any] | None:
        """The case shown, or None."""
        return self._doc

    @property
    def shared(self) -> Matches:
        """What the case shown shares with the other side."""
        return self._matches

    def show_case(self, doc: dict[str, Any] | None, shared: Matches | None = None) -> None:
        """Show ``doc`` (None: the hint) with the values in ``shared`` highlighted."""
        self._doc = doc
        self._matches = shared or Matches()
        self._render()

    def _cell(self, text: str, on: bool, below: str = "") -> str:
        """A cell (highlighted when ``on``), with ``below`` in grey on a second line."""
        body = f"<b>{esc(text)}</b>" if on else esc(text)
        if below:
            body += f"<br><span style='color:{MUTED}'>{esc(below)}</span>"
        return f"<td bgcolor='{MATCH_BACKGROUND}'>{body}</td>" if on else f"<td>{body}</td>"

    def _render(self) -> None:
        doc = self._doc
        if doc is None:
            self.setHtml(f"<p style='color:{MUTED}'>"
                         + esc(self.tr("Pick a possible original in the list to compare it here."))
                         + "</p>")
            return
        f = field_labels()
        m = self._matches
        head = full_name(head_of(doc))
        rows = []
        for path in CASE_FIELDS:
            value = _value(doc, path)
            if path.endswith("municipality"):
                value = municipality_label(value)
            rows.append(f"<tr><td style='color:{MUTED}; white-space:nowrap'>{esc(f.get(path, path))}</td>"
                        f"{self._cell(value or '', path in m.case_fields)}</tr>")
        owner = doc.get("owner") or doc.get("owner_officer") or ""
        about = " · ".join(x for x in (label("status", doc.get("status")), owner) if x)
        members = []
        for i, member in enumerate(doc.get("members") or []):
            shared = m.members.get(i, set())
            members.append(
                "<tr>" + self._cell(full_name(member), "name" in shared,
                                    label("relationship", member.get("relationship")))
                + self._cell(member.get("date_of_birth") or "", "date_of_birth" in shared)
                + self._cell(member.get("personal_number") or "", "personal_number" in shared) + "</tr>")
        table = ("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                 "style='border-collapse:collapse; border-color:#c8ccd2'><tr>"
                 + "".join(f"<th align='left'>{esc(h)}</th>" for h in (
                     self.tr("Name"), f.get("date_of_birth", ""), f.get("personal_number", "")))
                 + "</tr>" + "".join(members) + "</table>")
        household, place = self.tr("Household"), self.tr("Place and property")
        # The household first: the members are what make two cases one.
        self.setHtml(
            f"<h3 style='margin-bottom:0'>{esc(doc.get('case_number') or '')} · {esc(head)}</h3>"
            f"<p style='margin-top:2px; color:{MUTED}'>{esc(about)}</p>"
            f"<h4 style='margin-bottom:4px'>{esc(household)}</h4>{table}"
            f"<h4 style='margin-bottom:4px'>{esc(place)}</h4>"
            f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


class SideBySide(QWidget):
    """The case under review beside a possible original, shared values highlighted on both."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.left_title = QLabel(self)
        self.right_title = QLabel(self)
        for title in (self.left_title, self.right_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.left = HouseholdCard(self)
        self.left.setObjectName("compare-this")
        self.right = HouseholdCard(self)
        self.right.setObjectName("compare-other")
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        grid.addWidget(self.legend, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._this: dict[str, Any] | None = None
        self._other: dict[str, Any] | None = None
        self.retranslate()

    def set_cases(self, this: dict[str, Any] | None, other: dict[str, Any] | None) -> None:
        """Compare ``this`` (the case decided) with ``other`` (a possible original, or None)."""
        self._this, self._other = this, other
        if this is not None and other is not None:
            self.left.show_case(this, matches(this, other))
            self.right.show_case(other, matches(other, this))
        else:
            self.left.show_case(this)
            self.right.show_case(other)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.left_title.setText(self.tr("This case"))
        self.right_title.setText(self.tr("Possible original"))
        self.legend.setText(_SWATCH + esc(self.tr("Highlighted: the same in both cases (names compared "
                                                  "in either script and without diacritics).")))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["MATCH_BACKGROUND", "HouseholdCard", "Matches", "SideBySide", "matches"]
