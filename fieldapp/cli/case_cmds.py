"""``fieldapp case …``: import, list, show, search, export, transition, note (and, from
:mod:`fieldapp.cli.review_cmds`, review, assign, queue)."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from fieldapp.cli import duplicate_cmds, review_cmds
from fieldapp.cli.common import Cli
from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError
from fieldapp.domain.files import write_csv
from fieldapp.domain.reference import shipped
from fieldapp.fsutil import atomic_write
from fieldapp.messages import Message
from fieldapp.store import cases
from fieldapp.store.context import utc_now
from fieldapp.store.imports import import_file

log = logging.getLogger("fieldapp.cli")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``case`` and its subcommands."""
    c = sub.add_parser("case", parents=[parent], help="cases in this workspace")
    csub = c.add_subparsers(dest="case_cmd", required=True, metavar="COMMAND")

    p = csub.add_parser("import", parents=[parent], help="import a .json, .jsonl or .csv file (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = csub.add_parser("list", parents=[parent], help="list cases")
    _filters(p)
    p.set_defaults(func=cmd_list)

    p = csub.add_parser("search", parents=[parent], help="find cases by name, place or case number")
    p.add_argument("query", metavar="QUERY")
    _filters(p)
    p.set_defaults(func=cmd_search)

    p = csub.add_parser("show", parents=[parent], help="one case, whole")
    p.add_argument("case", metavar="CASE", help="case id or case number")
    p.set_defaults(func=cmd_show)

    p = csub.add_parser("export", parents=[parent], help="write cases in the interchange format")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")
    _filters(p)
    p.set_defaults(func=cmd_export)

    p = csub.add_parser("transition", parents=[parent], help="move a case to another workflow state")
    p.add_argument("case", metavar="CASE")
    p.add_argument("target", metavar="STATUS", choices=workflow.ALL_STATES)
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--duplicate-of", dest="duplicate_of", metavar="CASE",
                   help="the case this one duplicates (with STATUS duplicate)")
    p.set_defaults(func=cmd_transition)

    p = csub.add_parser("note", parents=[parent], help="add a note to a case (notes are never changed)")
    p.add_argument("case", metavar="CASE")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=cmd_note)

    review_cmds.register(csub, parent)
    duplicate_cmds.register(csub, parent)


def _filters(p: argparse.ArgumentParser) -> None:
    ref = shipped()
    p.add_argument("--status", choices=workflow.ALL_STATES, metavar="S")
    p.add_argument("--municipality", choices=tuple(ref.municipalities), metavar="CODE")
    p.add_argument("--case-type", choices=ref.codes("case_type"))
    p.add_argument("--need", choices=ref.codes("need"), metavar="NEED")
    p.add_argument("--vulnerability", choices=ref.codes("vulnerability"), metavar="FLAG")
    p.add_argument("--limit", type=int, default=None, help="at most this many (default: all)")


def _filter_of(args: argparse.Namespace, query: str = "") -> cases.CaseFilter:
    return cases.CaseFilter(query=query, status=args.status, municipality=args.municipality,
                            case_type=args.case_type, need=args.need, vulnerability=args.vulnerability)


def _table(cli: Cli, rows: list[cases.CaseSummary]) -> str:
    if not rows:
        return cli.text("cli.no_cases")
    ref = shipped()
    matched = any(r.matched is not None for r in rows)
    heads = [cli.text("cli.column.case"), cli.text("cli.column.status"), cli.text("cli.column.municipality"),
             cli.text("cli.column.members"), cli.text("cli.column.head")]
    body = [[r.case_number, ref.label("status", r.status, cli.lang), r.municipality, str(r.members), r.head]
            for r in rows]
    if matched:  # search results: which member the search found, beside the head
        heads.insert(4, cli.text("cli.column.matched"))
        for cells, r in zip(body, rows, strict=True):
            cells.insert(4, r.matched or "")
    widths = [max(len(line[i]) for line in [heads, *body]) for i in range(len(heads) - 1)]

    def line(cells: list[str]) -> str:
        out = [f"{c:>{w}}" if i == 3 else f"{c:<{w}}" for i, (c, w) in enumerate(zip(cells, widths, strict=False))]
        return "  ".join([*out, cells[-1]])

    return "\n".join(line(cells) for cells in [heads, *body])


def cmd_import(cli: Cli) -> int:
    """``fieldapp case import FILE``."""
    path = Path(cli.args.file).expanduser()
    with cli.open_workspace() as ws:
        result = import_file(ws, path)
    log.info("import: %d cases", result.imported)
    cli.emit({"imported": result.imported, "case_numbers": list(result.case_numbers)},
             cli.text("cli.imported", n=result.imported))
    return 0


def cmd_list(cli: Cli) -> int:
    """``fieldapp case list``."""
    with cli.open_workspace() as ws, ws.read() as s:
        rows = cases.list_cases(s, _filter_of(cli.args), sort="case_number", descending=False,
                                limit=cli.args.limit)
    cli.emit([r.to_json() for r in rows], _table(cli, rows))
    return 0


SEARCH_LIMIT = 100
"""``case search`` shows at most this many cases unless ``--limit`` says otherwise."""


def cmd_search(cli: Cli) -> int:
    """``fieldapp case search QUERY``."""
    with cli.open_workspace() as ws, ws.read() as s:
        rows = cases.search_cases(s, cli.args.query, _filter_of(cli.args, cli.args.query),
                                  limit=cli.args.limit or SEARCH_LIMIT)
    cli.emit([r.to_json() for r in rows], _table(cli, rows))
    return 0


def _show_text(cli: Cli, doc: dict[str, Any]) -> str:
    say = cli.text
    place = {"municipality": doc["municipality"]}
    lines = [say("cli.show.title", case_number=doc["case_number"], status=doc["status"], revision=doc["revision"]),
             "  " + say("cli.show.type", case_type=doc["case_type"]),
             "  " + (say("cli.show.municipality_settlement", settlement=doc["settlement"], **place)
                     if doc.get("settlement") else say("cli.show.municipality", **place)),
             "  " + say("cli.show.household")]
    for m in doc["members"]:
        member = {"name": f"{m['given_name']} {m['family_name']}", "relationship": m["relationship"], "sex": m["sex"]}
        lines.append("    " + (say("cli.show.member_born", born=m["date_of_birth"], **member)
                               if m.get("date_of_birth") else say("cli.show.member", **member)))
    if doc["needs"]:
        needs = [Message("cli.show.need", {"category": n["category"], "priority": n["priority"]}) for n in doc["needs"]]
        lines.append("  " + say("cli.show.needs", needs=needs))
    if doc["vulnerabilities"]:
        flags = [Message("cli.show.vulnerability", {"flag": f}) for f in doc["vulnerabilities"]]
        lines.append("  " + say("cli.show.vulnerabilities", flags=flags))
    lines.append("  " + say("cli.show.history"))
    for h in doc["history"]:
        line = (say("cli.show.history_move", at=h["at"], source=h["from"], target=h["to"], by=h["by"])
                if h["from"] else say("cli.show.history_first", at=h["at"], target=h["to"], by=h["by"]))
        if h.get("comment"):
            line = say("cli.show.history_comment", line=line, comment=h["comment"])
        lines.append("    " + line)
    for n in doc["notes"]:
        lines.append("  " + say("cli.show.note", at=n["at"], author=n["author"], text=n["text"]))
    return "\n".join(lines)


def cmd_show(cli: Cli) -> int:
    """``fieldapp case show CASE``."""
    with cli.open_workspace() as ws, ws.read() as s:
        doc = cases.get_case(s, cli.args.case)
    cli.emit(doc, _show_text(cli, doc))
    return 0


def _exported(doc: dict[str, Any], keep: tuple[str, ...]) -> dict[str, Any]:
    """The interchange keys of a stored case; optional keys only where they hold a value."""
    out = {k: doc[k] for k in keep}
    if doc.get("duplicate_of"):
        out["duplicate_of"] = doc["duplicate_of"]
    return out


def cmd_export(cli: Cli) -> int:
    """``fieldapp case export -o FILE``: interchange documents, written atomically."""
    out = Path(cli.args.output).expanduser()
    if out.is_dir():
        raise UserError("cli.export_is_folder", path=str(out))
    if not out.parent.exists():
        raise UserError("cli.folder_missing", path=str(out.parent))
    keep = ("format", "id", "case_number", "case_type", "status", "municipality", "settlement",
            "return_mode", "origin", "intention_registered_on", "displacement", "interview",
            "members", "property", "vulnerabilities", "needs", "consent", "assistance",
            "referrals", "notes")
    with cli.open_workspace() as ws:
        with ws.read() as s:
            summaries = cases.list_cases(s, _filter_of(cli.args), sort="case_number",
                                         descending=False, limit=cli.args.limit)
            docs = [_exported(d, keep) for d in
                    (cases.get_case(s, r.id, with_history=False) for r in summaries)]
        fmt = cli.args.format
        if fmt == "json":
            data = json.dumps(docs, ensure_ascii=False, indent=1).encode("utf-8")
        elif fmt == "jsonl":
            data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
        else:
            data = write_csv(docs).encode("utf-8")
        atomic_write(out, data)
        with ws.write() as ctx:
            ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="case.export",
                             detail={"cases": len(docs), "format": fmt})
    cli.emit({"file": str(out), "exported": len(docs)}, cli.text("cli.exported", n=len(docs), path=str(out)))
    return 0


def cmd_transition(cli: Cli) -> int:
    """``fieldapp case transition CASE STATUS [--comment TEXT]``."""
    with cli.open_workspace() as ws, ws.write() as ctx:
        doc = cases.transition(ctx, cli.args.case, cli.args.target, comment=cli.args.comment,
                               duplicate_of=cli.args.duplicate_of)
    cli.emit({"id": doc["id"], "case_number": doc["case_number"], "status": doc["status"],
              "revision": doc["revision"], "duplicate_of": doc["duplicate_of"]}, cli.text("cli.transitioned", case_number=doc["case_number"],
                                                     status=doc["status"]))
    return 0


def cmd_note(cli: Cli) -> int:
    """``fieldapp case note CASE TEXT``."""
    with cli.open_workspace() as ws, ws.write() as ctx:
        doc = cases.add_note(ctx, cli.args.case, cli.args.text)
    cli.emit({"id": doc["id"], "case_number": doc["case_number"], "notes": len(doc["notes"])},
             cli.text("cli.note_added", case_number=doc["case_number"]))
    return 0
