"""``fieldapp case …``: import, list, show, search, export, transition, note (and, from
:mod:`fieldapp.cli.review_cmds`, review, assign, queue)."""

from __future__ import annotations

import argparse
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fieldapp.cli import duplicate_cmds, review_cmds
from fieldapp.cli.common import Cli
from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError
from fieldapp.domain.files import CsvOptions, write_csv_rows
from fieldapp.domain.reference import shipped
from fieldapp.fsutil import atomic_writer
from fieldapp.messages import LANGS, Message
from fieldapp.progress import Progress
from fieldapp.progress_bar import terminal_progress
from fieldapp.store import cases
from fieldapp.store.context import utc_now
from fieldapp.store.export import case_documents
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
    p.add_argument("--delimiter", "--sep", dest="delimiter", choices=tuple(DELIMITERS), default=",",
                   help="CSV: the separator; ';' for spreadsheets that use a decimal comma")
    p.add_argument("--labels", nargs="?", const="", default=None, choices=(*LANGS, ""), metavar="LANG",
                   help="CSV: header and codes as labels in LANG (default: --lang), to read, not to import")
    p.add_argument("--no-bom", dest="bom", action="store_false",
                   help="CSV: no UTF-8 byte-order mark (spreadsheets need it to read UTF-8)")
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
    with cli.open_workspace() as ws, terminal_progress(as_json=cli.as_json, lang=cli.lang) as progress:
        result = import_file(ws, path, progress=progress)
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


DELIMITERS = {",": ",", ";": ";", "tab": "\t"}
"""``case export --delimiter``: the separators a CSV export may use."""

EXPORT_KEYS = ("format", "id", "case_number", "case_type", "status", "municipality", "settlement",
               "return_mode", "origin", "intention_registered_on", "displacement", "interview",
               "members", "property", "vulnerabilities", "needs", "consent", "assistance",
               "referrals", "notes")
"""The interchange keys an export writes (JSON keeps exactly these, so it imports again)."""


def _exported_docs(s: Any, summaries: list[cases.CaseSummary], progress: Progress,
                   *, with_score: bool) -> Iterator[dict[str, Any]]:
    """The cases one by one, counted on ``progress``; CSV also gets the stored score."""
    progress.start(len(summaries), "export")
    for doc in case_documents(s, [r.id for r in summaries]):
        progress.check()
        out = _exported(doc, EXPORT_KEYS)
        if with_score:
            out["score"] = doc.get("score")
        yield out
        progress.step()


def _filters_given(args: argparse.Namespace) -> dict[str, Any]:
    """The filters of an export, for its audit event (what was exported)."""
    names = ("status", "municipality", "case_type", "need", "vulnerability", "limit")
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def cmd_export(cli: Cli) -> int:
    """``fieldapp case export -o FILE``: interchange documents, written atomically.

    ``--format csv`` writes one row per member (the import layout) with a UTF-8 byte-order mark
    unless ``--no-bom``, separated by ``--delimiter``, every cell guarded against formulas, and
    with ``--labels`` the header and codes in a language. Every export is an audit event naming
    who exported what and how many cases and rows.
    """
    out = Path(cli.args.output).expanduser()
    if out.is_dir():
        raise UserError("cli.export_is_folder", path=str(out))
    if not out.parent.exists():
        raise UserError("cli.folder_missing", path=str(out.parent))
    fmt = cli.args.format
    labels = None if cli.args.labels is None else (cli.args.labels or cli.lang)
    options = CsvOptions(delimiter=DELIMITERS[cli.args.delimiter], bom=cli.args.bom, labels=labels)
    with cli.open_workspace() as ws:
        with ws.read() as s, terminal_progress(as_json=cli.as_json, lang=cli.lang) as progress:
            summaries = cases.list_cases(s, _filter_of(cli.args), sort="case_number",
                                         descending=False, limit=cli.args.limit)
            docs = _exported_docs(s, summaries, progress, with_score=fmt == "csv")
            with atomic_writer(out) as fh:
                text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
                if fmt == "json":
                    json.dump(list(docs), text, ensure_ascii=False, indent=1)
                    rows = len(summaries)
                elif fmt == "jsonl":
                    for d in docs:
                        text.write(json.dumps(d, ensure_ascii=False) + "\n")
                    rows = len(summaries)
                else:
                    rows = write_csv_rows(docs, text, options)
                text.flush()
                text.detach()
        detail: dict[str, Any] = {"cases": len(summaries), "rows": rows, "format": fmt}
        if fmt == "csv":
            detail.update(delimiter=options.delimiter, bom=options.bom, labels=labels)
        if filters := _filters_given(cli.args):
            detail["filters"] = filters
        with ws.write() as ctx:
            ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="case.export", detail=detail)
    log.info("export: %d cases, %d rows, %s", len(summaries), rows, fmt)
    cli.emit({"file": str(out), "exported": len(summaries), "rows": rows, "format": fmt},
             cli.text("cli.exported", n=len(summaries), path=str(out)))
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
