"""``fieldapp case selection`` (the ranked list, its line, the PDF and the workbook) and
``fieldapp case select|waitlist CASE...`` (the commission's decisions, in one transaction)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import Cli
from fieldapp.domain.errors import UserError
from fieldapp.domain.reference import shipped
from fieldapp.domain.selection import SELECTED, WAITLISTED, Line, Selection, rank
from fieldapp.fsutil import atomic_write
from fieldapp.messages import Message, render, render_text
from fieldapp.reports.selection_list import LIST_TEXT
from fieldapp.store import caseload
from fieldapp.store.caseload import CaseloadRow


def register(case_parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    """Add ``selection``, ``select`` and ``waitlist`` to the ``case`` command's subcommands."""
    csub = next(a for a in case_parser._actions if isinstance(a, argparse._SubParsersAction))

    p = csub.add_parser("selection", parents=[parent],
                        help="approved and waitlisted households ranked by score, with a quota or budget line")
    line = p.add_mutually_exclusive_group()
    line.add_argument("--quota", type=int, metavar="N", help="the line falls after N households")
    line.add_argument("--budget", metavar="AMOUNT", help="the line falls where the budget runs out")
    p.add_argument("--cost", metavar="AMOUNT", help="the cost of one household (with --budget)")
    p.add_argument("--municipality", choices=tuple(shipped().municipalities), metavar="CODE",
                   help="one of the laptop's municipalities (default: all of them)")
    p.add_argument("--pdf", metavar="FILE", help="write the bilingual list for the commission to sign")
    p.add_argument("--pdf-lang", metavar="LANGS", default=None,
                   help="the PDF's languages, as a form's: sq+sr-Latn (default), sq+sr-Cyrl, +en")
    p.add_argument("--members", type=int, default=4, metavar="N",
                   help="signature lines for commission members besides the chair (default 4)")
    p.add_argument("--xlsx", metavar="FILE", help="write the list as a workbook (labels in --lang)")
    p.set_defaults(func=cmd_selection)

    for name, target, text in (("select", SELECTED, "select households (approved or waitlisted)"),
                               ("waitlist", WAITLISTED, "put approved households on the waiting list")):
        p = csub.add_parser(name, parents=[parent], help=text)
        p.add_argument("cases", nargs="+", metavar="CASE", help="case ids or case numbers")
        p.add_argument("--comment", metavar="TEXT")
        p.set_defaults(func=cmd_move, target=target)


_AMOUNT = re.compile(r"^\d{1,12}([.,]\d{1,2})?$")


def parse_amount(value: str | None) -> float | None:
    """An amount typed as digits with a point or comma for decimals; UserError otherwise."""
    if value is None:
        return None
    text = value.strip().replace(" ", "").replace("\u202f", "")
    if not _AMOUNT.match(text):
        raise UserError("selection.bad_amount", value=value)
    return float(text.replace(",", "."))


def _line(args: argparse.Namespace) -> Line:
    budget = parse_amount(args.budget)
    cost = parse_amount(args.cost)
    if cost is not None and budget is None:
        raise UserError("selection.cost_without_budget")
    return Line(quota=args.quota, budget=budget, cost=cost).check()


def _target(path_text: str) -> Path:
    path = Path(path_text).expanduser()
    if path.is_dir():
        raise UserError("selection.not_a_folder_file", path=str(path))
    if not path.parent.exists():
        raise UserError("selection.folder_missing", path=str(path.parent))
    return path


def _row_json(r: Any) -> dict[str, Any]:
    c: CaseloadRow = r.case
    return {"rank": r.rank, "id": c.id, "case_number": c.case_number, "head": c.head,
            "settlement": c.settlement, "municipality": c.municipality, "members": c.members,
            "score": c.score, "breakdown": dict(r.breakdown.parts), "waiting_days": c.waiting_days,
            "status": c.status, "decision": r.decision, "within": r.within, "cost": r.cost}


def _table(cli: Cli, sel: Selection[CaseloadRow]) -> str:
    say = cli.text
    ref = shipped()
    if not sel.rows:
        return say("selection.list.empty")
    heads = [render(Message(LIST_TEXT[k]), cli.lang) for k in
             ("rank", "case_number", "head", "settlement", "members", "score", "waiting", "decision")]
    body = []
    for r in sel.rows:
        c = r.case
        body.append([str(r.rank), c.case_number, c.head, c.settlement or "", str(c.members),
                     f"{c.score:g}", str(c.waiting_days),
                     ref.label("status", r.decision, cli.lang) if r.decision else "—"])
    widths = [max(len(line[i]) for line in [heads, *body]) for i in range(len(heads))]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.rjust(widths[i]) if i in (0, 4, 5, 6) else cell.ljust(widths[i])
                         for i, cell in enumerate(cells)).rstrip()

    out = [line(heads)]
    drawn = sel.line.drawn
    if drawn and sel.within == 0:
        out.append(say("selection.list.line_row"))
    for r, cells in zip(sel.rows, body, strict=True):
        out.append(line(cells))
        if drawn and r.rank == sel.within:
            out.append(say("selection.list.line_row"))
    return "\n".join(out)


def cmd_selection(cli: Cli) -> int:
    """``fieldapp case selection``: rank, draw the line, print; write the PDF and the workbook."""
    from fieldapp.reports.selection_list import render_pdf, render_xlsx, selection_list

    args = cli.args
    line = _line(args)
    pdf_path = _target(args.pdf) if args.pdf else None
    xlsx_path = _target(args.xlsx) if args.xlsx else None
    pdf_langs = None
    if pdf_path is not None:
        from fieldapp.forms.labels import langs_spec, parse_langs

        pdf_langs = langs_spec(parse_langs(args.pdf_lang))
    with cli.open_workspace() as ws:
        scope = ws.actor.municipalities
        if args.municipality:
            scope = (args.municipality,)
        with ws.read() as s:
            rows = caseload.selection_candidates(s, scope)
        sel = rank(rows, line)
        listing = selection_list(sel, municipalities=scope, printed_on=dt.date.today())
        written: dict[str, str] = {}
        notes: list[str] = []
        if pdf_path is not None and pdf_langs is not None:
            atomic_write(pdf_path, render_pdf(listing, langs=pdf_langs,
                                              commission_members=max(0, args.members)))
            written["pdf"] = str(pdf_path)
            notes.append(cli.text("selection.cli.pdf_written", n=len(sel.rows), langs=pdf_langs,
                                  path=str(pdf_path)))
        if xlsx_path is not None:
            atomic_write(xlsx_path, render_xlsx(listing, lang=cli.lang))
            written["xlsx"] = str(xlsx_path)
            notes.append(cli.text("selection.cli.xlsx_written", n=len(sel.rows), path=str(xlsx_path)))
        if written:
            with ws.write() as ctx:
                for kind in written:
                    caseload.record_export(ctx, kind=kind, households=len(sel.rows),
                                           langs=pdf_langs if kind == "pdf" and pdf_langs else cli.lang)
    data = {"municipalities": list(scope), "line": {"quota": line.quota, "budget": line.budget,
                                                    "cost": line.cost},
            "within": sel.within, "spent": sel.spent, "remaining": sel.remaining,
            "households": [_row_json(r) for r in sel.rows], **written}
    text = _table(cli, sel)
    if line.drawn:
        from fieldapp.reports.selection_list import line_text, totals_text

        text = "\n".join([line_text(listing, cli.lang), totals_text(listing, cli.lang), "", text])
    cli.emit(data, "\n".join([text, *notes]))
    return 0


def cmd_move(cli: Cli) -> int:
    """``fieldapp case select|waitlist CASE...``: every case moved that the workflow lets the
    laptop's role move, in one transaction; the others are named on stderr with the reason
    (exit 1 when any was refused)."""
    args = cli.args
    refs = [r for r in args.cases if r.strip()]
    if not refs:
        raise UserError("selection.nothing_chosen")
    with cli.open_workspace() as ws, ws.write() as ctx:
        result = caseload.bulk_transition(ctx, refs, args.target, comment=args.comment)
    lines = [render(m, cli.lang) for m in result.messages()]
    if cli.as_json:
        cli.emit(result.to_json(cli.lang))
    else:
        cli.emit(None, lines[0])
    for extra in lines[1:]:
        print(render_text("cli.error_line", cli.lang, text=extra), file=sys.stderr)
    return 1 if result.refused else 0
