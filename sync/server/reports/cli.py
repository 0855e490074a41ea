"""``fieldapp-hq report summary`` and ``fieldapp-hq report export``: HQ's caseload in figures and
as a workbook, over the cases the user named by ``--as`` may see (every case without it, as the
HQ console's other listings)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from fieldapp.reports.filters import add_filters, filter_of
from fieldapp.reports.summary import summary_text


def register(sub: Any, parent: argparse.ArgumentParser,
             cmd: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``report`` with ``summary`` and ``export`` (``cmd`` adds one subcommand)."""
    r = sub.add_parser("report", parents=[parent], help="caseload figures and workbooks")
    rsub = r.add_subparsers(dest="report_cmd", required=True, metavar="COMMAND")
    p = cmd(rsub, "summary", cmd_summary,
            "counts by status, place, need, community, assistance, referrals")
    add_filters(p)
    p.add_argument("--as", dest="as_user", metavar="USER", help="count only what USER may see")
    p = cmd(rsub, "export", cmd_export, "workbook: Households, Members, Needs, Assistance, Referrals")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx",
                   help="the workbook; headers and labels in --lang (default en)")
    add_filters(p)
    p.add_argument("--as", dest="as_user", metavar="USER", help="export only what USER may see")


def cmd_summary(hq: Any) -> int:
    """``fieldapp-hq report summary [--municipality CODE] [--json]``: real counts with
    ``--json``, else tables with small cells suppressed; the read is audited."""
    from sync.server.reports import service

    flt = filter_of(hq.args)
    actor = hq.actor(getattr(hq.args, "as_user", None))
    with hq.database().write() as s:
        figures = service.summary(session=s, actor=actor, f=flt)
    hq.emit(figures.to_json(), summary_text(figures, hq.lang) if figures.cases
            else hq.text("reports.empty"))
    return 0


def cmd_export(hq: Any) -> int:
    """``fieldapp-hq report export -o FILE.xlsx [--municipality CODE] [--lang L]``: the
    workbook, written atomically, the export audited."""
    from fieldapp.reports.workbook import check_target, write_workbook
    from sync.server.reports import service

    flt = filter_of(hq.args)
    path = check_target(hq.args.output)
    actor = hq.actor(getattr(hq.args, "as_user", None))
    database = hq.database()
    with database.read() as s:
        result = write_workbook(path, service.pages(session=s, actor=actor, f=flt), lang=hq.lang)
    rows = dict(result.rows)
    with database.write() as s:
        service.record_export(session=s, actor=actor, rows=rows, lang=hq.lang, f=flt)
    hq.emit({"path": str(path), "lang": hq.lang, "rows": rows, "filter": flt.to_json()},
            hq.text("reports.exported", path=str(path), households=rows["Households"],
                    members=rows["Members"], needs=rows["Needs"], assistance=rows["Assistance"],
                    referrals=rows["Referrals"]))
    return 0
