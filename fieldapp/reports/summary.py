"""The caseload in figures: what municipal offices report to the ministry and donors each month.

:class:`Summary` is plain, frozen data (no store, no Qt): the laptop builds it with
:func:`fieldapp.store.reports.summary`, HQ with :func:`sync.server.reports.service.summary`,
the command line prints it and the dashboard draws from it.

What is counted, over the cases a :class:`SummaryFilter` lets through (municipality, period,
case type):

- ``cases`` (households) and ``members`` (people in them);
- households by status, municipality, settlement (within its municipality), case type, need and
  vulnerability; a household counts once under each need or flag it has;
- households by community, taken from the head of household. Community is sensitive data: a
  household without sensitive-data consent is counted under :data:`WITHHELD`, never under a
  community, and one whose head declared none under :data:`NOT_RECORDED`. ``members_by_community``
  counts people the same way;
- returns per month: a displaced household in the month it first entered ``monitoring`` (the
  follow-up that starts after the return) or ``closed`` (which comes only after monitoring), a
  repatriated one in the month its case began (the arrival is the return); a case marked
  ``duplicate`` is not counted again;
- assistance: households with each item (and each donor, each project) planned and delivered;
- referrals: households referred to each service, by the referral's status.

The period selects households by the date their intention to return was registered (the date
the case reached the store when none was recorded), both ends included.

Counts are real in :meth:`Summary.to_json` (``--json``), so scripts and the dashboard can add
them up. **Small-cell suppression** is a separate step of presentation, as statistical offices
do it: in every table a person reads or files — the printed summary (:func:`summary_text`), any
summary sheet of a workbook and any exported report — a count from 1 to 4 shows as ``<5``
(:func:`shown`). A zero stays 0: it names no one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.domain.reference import shipped
from fieldapp.messages import normalise_language, render_text
from fieldapp.messages.format import format_number

WITHHELD = "withheld"
"""The community key of households without sensitive-data consent."""
NOT_RECORDED = "not_recorded"
"""The community key of households whose head declared no community."""
SMALL_CELL = 5
"""Counts below this (and above zero) are shown as ``<5`` in tables people read."""
RETURNED_STATES = ("monitoring", "closed")
"""A displaced household has returned once its case first enters one of these."""
PLANNED = "planned"
DELIVERED = "delivered"


@dataclass(frozen=True)
class SummaryFilter:
    """Which households a summary counts; empty fields do not filter."""

    municipality: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    case_type: str | None = None

    def check(self) -> SummaryFilter:
        """This filter, or UserError when a code is unknown or the period runs backwards."""
        ref = shipped()
        if self.municipality is not None and self.municipality not in ref.municipalities:
            raise UserError("reports.unknown_municipality", code=self.municipality)
        if self.case_type is not None and self.case_type not in ref.codes("case_type"):
            raise UserError("reports.unknown_case_type", code=self.case_type,
                            allowed=", ".join(ref.codes("case_type")))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UserError("reports.period_backwards", date_from=self.date_from.isoformat(),
                            date_to=self.date_to.isoformat())
        return self

    def to_json(self) -> dict[str, Any]:
        """The filter as JSON (dates as ISO 8601)."""
        return {"municipality": self.municipality, "case_type": self.case_type,
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None}


def parse_day(text: str | None) -> dt.date | None:
    """A period end typed as ``YYYY-MM-DD``; UserError otherwise."""
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("reports.bad_date", value=text) from None


@dataclass(frozen=True)
class Planned:
    """Households with an item (or a donor's, a project's assistance) planned and delivered."""

    planned: int = 0
    delivered: int = 0

    def to_json(self) -> dict[str, int]:
        """``{"planned": n, "delivered": n}``."""
        return {PLANNED: self.planned, DELIVERED: self.delivered}


@dataclass(frozen=True)
class Summary:
    """The figures of one scope and filter; every count is of households unless named members."""

    cases: int
    members: int
    by_status: Mapping[str, int] = field(default_factory=dict)
    by_municipality: Mapping[str, int] = field(default_factory=dict)
    by_settlement: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """Municipality code → settlement as written → households (no settlement: ``""``)."""
    by_case_type: Mapping[str, int] = field(default_factory=dict)
    by_need: Mapping[str, int] = field(default_factory=dict)
    by_vulnerability: Mapping[str, int] = field(default_factory=dict)
    by_community: Mapping[str, int] = field(default_factory=dict)
    members_by_community: Mapping[str, int] = field(default_factory=dict)
    returns_per_month: Mapping[str, int] = field(default_factory=dict)
    """``YYYY-MM`` → households, in month order."""
    assistance: Mapping[str, Planned] = field(default_factory=dict)
    assistance_by_donor: Mapping[str, Planned] = field(default_factory=dict)
    assistance_by_project: Mapping[str, Planned] = field(default_factory=dict)
    referrals: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """Service code → referral status → households."""
    filter: SummaryFilter = field(default_factory=SummaryFilter)

    def to_json(self) -> dict[str, Any]:
        """CONTRACT.md's ``report summary --json`` object, with real counts (no suppression)."""
        return {
            "cases": self.cases, "members": self.members,
            "by_status": dict(self.by_status), "by_municipality": dict(self.by_municipality),
            "by_settlement": {m: dict(v) for m, v in self.by_settlement.items()},
            "by_case_type": dict(self.by_case_type), "by_need": dict(self.by_need),
            "by_vulnerability": dict(self.by_vulnerability),
            "by_community": dict(self.by_community),
            "members_by_community": dict(self.members_by_community),
            "returns_per_month": dict(self.returns_per_month),
            "assistance": {k: v.to_json() for k, v in self.assistance.items()},
            "assistance_by_donor": {k: v.to_json() for k, v in self.assistance_by_donor.items()},
            "assistance_by_project": {k: v.to_json() for k, v in self.assistance_by_project.items()},
            "referrals": {k: dict(v) for k, v in self.referrals.items()},
            "filter": self.filter.to_json(),
        }


# --- building from grouped rows (shared by the laptop and HQ queries) -------------------------

def counts(rows: Iterable[tuple[Any, Any]], *, order: Iterable[str] = ()) -> dict[str, int]:
    """``(key, count)`` rows as a mapping, largest first (ties in ``order``, then by key).

    Keys that are None count under ``""``; zero counts are left out.
    """
    out: dict[str, int] = {}
    for key, n in rows:
        if n:
            k = "" if key is None else str(key)
            out[k] = out.get(k, 0) + int(n)
    rank = {code: i for i, code in enumerate(order)}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0])))


def nested(rows: Iterable[tuple[Any, Any, Any]]) -> dict[str, dict[str, int]]:
    """``(outer, inner, count)`` rows as outer → inner → count, each level largest first."""
    grouped: dict[str, list[tuple[Any, Any]]] = {}
    for outer, inner, n in rows:
        grouped.setdefault("" if outer is None else str(outer), []).append((inner, n))
    inner_counts = {k: counts(v) for k, v in grouped.items()}
    return dict(sorted(inner_counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))


def planned(rows: Iterable[tuple[Any, Any, Any]]) -> dict[str, Planned]:
    """``(key, status, households)`` rows as key → :class:`Planned`, most households first.

    Rows without a key (assistance with no donor or project) are left out.
    """
    acc: dict[str, dict[str, int]] = {}
    for key, status, n in rows:
        if key is None or key == "":
            continue
        slot = acc.setdefault(str(key), {PLANNED: 0, DELIVERED: 0})
        if status in slot:
            slot[status] += int(n)
    return {k: Planned(v[PLANNED], v[DELIVERED])
            for k, v in sorted(acc.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))}


def months(rows: Iterable[tuple[Any, Any]]) -> dict[str, int]:
    """``(YYYY-MM, count)`` rows in month order."""
    return dict(sorted(counts(rows).items()))


# --- presentation ----------------------------------------------------------------------------

def shown(n: int, lang: str = "en") -> str:
    """A count as a published table shows it: ``<5`` from 1 to 4 (small-cell suppression)."""
    if 0 < n < SMALL_CELL:
        return f"<{SMALL_CELL}"
    return format_number(n, lang)


def label(list_name: str, code: str, lang: str) -> str:
    """The label of a code in one of the summary's lists, in ``lang``."""
    from fieldapp.forms.labels import TEXT, municipality_name, text

    if list_name == "community" and code in (WITHHELD, NOT_RECORDED):
        message_id = f"reports.community.{code}"
        return render_text(message_id, lang)
    if code == "":
        return render_text("reports.none_recorded", lang)
    if list_name == "municipality":
        return municipality_name(code, lang)
    if list_name == "service":
        key = f"service.{code}"
        return text(key, lang) if key in TEXT else code
    if list_name == "referral_status":
        key = f"referral.{code}"
        return text(key, lang) if key in TEXT else code
    return shipped().label(list_name, code, lang)


SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("by_status", "status", "reports.section.status"),
    ("by_municipality", "municipality", "reports.section.municipality"),
    ("by_case_type", "case_type", "reports.section.case_type"),
    ("by_need", "need", "reports.section.need"),
    ("by_vulnerability", "vulnerability", "reports.section.vulnerability"),
    ("by_community", "community", "reports.section.community"),
    ("members_by_community", "community", "reports.section.members_by_community"),
)
"""The simple tables of a summary: attribute, code list of its labels, title's message id."""


def _section(title: str, head: tuple[str, ...], body: Iterable[tuple[str, ...]]
             ) -> tuple[str, list[tuple[str, ...]]]:
    return title, [head, *body]


def summary_lines(summary: Summary, lang: str = "en") -> list[tuple[str, list[tuple[str, ...]]]]:
    """The summary as titled tables of worded, suppressed cells: ``[(title, rows), …]``.

    The first row of each table is its header. This is what the printed summary and a
    workbook's summary sheet show.
    """
    lang = normalise_language(lang)
    t = render_text
    households = t("reports.col.households", lang)
    out: list[tuple[str, list[tuple[str, ...]]]] = [
        (t("reports.section.totals", lang), [
            (t("reports.col.measure", lang), t("reports.col.count", lang)),
            (households, shown(summary.cases, lang)),
            (t("reports.col.members", lang), shown(summary.members, lang))]),
    ]
    for attr, list_name, title in SECTIONS:
        data: Mapping[str, int] = getattr(summary, attr)
        if not data:
            continue
        col = t("reports.col.people", lang) if attr == "members_by_community" else households
        out.append(_section(t(title, lang), (t(title, lang), col),
                            ((label(list_name, k, lang), shown(v, lang)) for k, v in data.items())))
    if summary.by_settlement:
        rows: list[tuple[str, ...]] = [(t("reports.section.municipality", lang),
                                        t("reports.col.settlement", lang), households)]
        for muni, places in summary.by_settlement.items():
            rows += [(label("municipality", muni, lang), place or t("reports.none_recorded", lang),
                      shown(n, lang)) for place, n in places.items()]
        out.append((t("reports.section.settlement", lang), rows))
    if summary.returns_per_month:
        out.append(_section(t("reports.section.returns", lang), (t("reports.col.month", lang), households),
                            ((m, shown(n, lang)) for m, n in summary.returns_per_month.items())))
    for attr, title in (("assistance", "reports.section.assistance"),
                        ("assistance_by_donor", "reports.section.donor"),
                        ("assistance_by_project", "reports.section.project")):
        items: Mapping[str, Planned] = getattr(summary, attr)
        if items:
            out.append(_section(t(title, lang), (t(title, lang), t("reports.col.planned", lang),
                                                 t("reports.col.delivered", lang)),
                                ((k, shown(v.planned, lang), shown(v.delivered, lang))
                                 for k, v in items.items())))
    if summary.referrals:
        statuses = ("open", "done", "cancelled")
        rows = [(t("reports.section.referrals", lang),
                 *(label("referral_status", s, lang) for s in statuses))]
        rows += [(label("service", svc, lang), *(shown(by.get(s, 0), lang) for s in statuses))
                 for svc, by in summary.referrals.items()]
        out.append((t("reports.section.referrals", lang), rows))
    return out


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(widths[i]) if i < len(cells) - 1 - _numeric_tail(cells) else
                         c.rjust(widths[i]) for i, c in enumerate(cells)).rstrip()

    return [line(rows[0]), "  ".join("-" * w for w in widths), *(line(r) for r in rows[1:])]


def _numeric_tail(cells: tuple[str, ...]) -> int:
    # Counts are the trailing columns (one, or planned/delivered, or one per referral status).
    return {2: 0, 3: 1, 4: 2}.get(len(cells), 0)


def summary_text(summary: Summary, lang: str = "en") -> str:
    """The summary as the command line prints it: titled tables, small cells suppressed."""
    lang = normalise_language(lang)
    parts: list[str] = []
    for i, (title, rows) in enumerate(summary_lines(summary, lang)):
        if i:
            parts.append("")
        parts.append(title)
        parts.extend(_table(rows))
    parts += ["", render_text("reports.suppression_note", lang, n=SMALL_CELL)]
    return "\n".join(parts)
