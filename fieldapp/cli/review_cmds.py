"""``fieldapp case review|assign|queue``: the review desk on the command line.

A laptop enrolled for an MOCR officer or a supervisor decides and assigns offline; each act is
an op in the outbox that HQ checks again when it arrives (CONTRACT.md "Roles on the laptop").
"""

from __future__ import annotations

import argparse

from fieldapp.cli.common import Cli
from fieldapp.domain import workflow
from fieldapp.domain.reference import shipped
from fieldapp.store import review


def register(csub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``review``, ``assign`` and ``queue`` under ``case``."""
    p = csub.add_parser("review", parents=[parent], help="decide on a submitted or under-review case")
    p.add_argument("case", metavar="CASE", help="case id or case number")
    p.add_argument("--decision", required=True, choices=tuple(workflow.DECISIONS))
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--duplicate-of", dest="duplicate_of", metavar="CASE",
                   help="the case this one duplicates (with --decision duplicate)")
    p.set_defaults(func=cmd_review)

    p = csub.add_parser("assign", parents=[parent], help="assign a case to a field officer")
    p.add_argument("case", metavar="CASE", help="case id or case number")
    p.add_argument("--officer", required=True, metavar="NAME")
    p.set_defaults(func=cmd_assign)

    p = csub.add_parser("queue", parents=[parent], help="cases waiting for a decision, oldest first")
    p.add_argument("--municipality", choices=tuple(shipped().municipalities), metavar="CODE")
    p.add_argument("--status", choices=workflow.REVIEW_STATES)
    p.add_argument("--officer", metavar="NAME")
    p.add_argument("--duplicates-only", action="store_true", help="only cases with possible duplicates")
    p.set_defaults(func=cmd_queue)


def _changed(doc: dict) -> dict:
    return {"id": doc["id"], "case_number": doc["case_number"], "status": doc["status"],
            "revision": doc["revision"], "duplicate_of": doc.get("duplicate_of"),
            "assigned_office": doc.get("assigned_office")}


def cmd_review(cli: Cli) -> int:
    """``fieldapp case review CASE --decision D [--comment TEXT] [--duplicate-of CASE]``."""
    a = cli.args
    with cli.open_workspace() as ws, ws.write() as ctx:
        doc = review.decide(ctx, a.case, a.decision, comment=a.comment, duplicate_of=a.duplicate_of)
    cli.emit(_changed(doc), cli.text("review.cli.decided", case_number=doc["case_number"], status=doc["status"]))
    return 0


def cmd_assign(cli: Cli) -> int:
    """``fieldapp case assign CASE --officer NAME``."""
    with cli.open_workspace() as ws, ws.write() as ctx:
        doc = review.assign(ctx, cli.args.case, cli.args.officer)
    cli.emit(_changed(doc), cli.text("review.cli.assigned", case_number=doc["case_number"],
                                     officer=doc["assigned_office"]))
    return 0


def _queue_table(cli: Cli, rows: list[review.QueueRow]) -> str:
    if not rows:
        return cli.text("review.cli.queue_empty")
    ref = shipped()
    heads = [cli.text("cli.column.case"), cli.text("cli.column.status"), cli.text("review.cli.column.days"),
             cli.text("review.cli.column.score"), cli.text("review.cli.column.duplicates"),
             cli.text("cli.column.municipality"), cli.text("review.cli.column.officer"),
             cli.text("cli.column.head")]
    body = [[r.case_number, ref.label("status", r.status, cli.lang), str(r.waiting_days), f"{r.score:g}",
             str(r.possible_duplicates), r.municipality, r.officer, r.head] for r in rows]
    widths = [max(len(line[i]) for line in [heads, *body]) for i in range(len(heads) - 1)]
    right = {2, 3, 4}

    def line(cells: list[str]) -> str:
        out = [f"{c:>{w}}" if i in right else f"{c:<{w}}" for i, (c, w) in enumerate(zip(cells, widths, strict=False))]
        return "  ".join([*out, cells[-1]])

    lines = [line(cells) for cells in [heads, *body]]
    lines.append(cli.text("review.cli.queue_total", n=len(rows)))
    return "\n".join(lines)


def cmd_queue(cli: Cli) -> int:
    """``fieldapp case queue``: submitted and under-review cases in scope, oldest first."""
    a = cli.args
    flt = review.QueueFilter(municipality=a.municipality, status=a.status, officer=a.officer,
                             duplicates_only=a.duplicates_only)
    with cli.open_workspace() as ws, ws.read() as s:
        rows = review.queue(s, flt)
    cli.emit([r.to_json() for r in rows], _queue_table(cli, rows))
    return 0
