"""``fieldapp report summary`` (the laptop's caseload in figures) and ``fieldapp report export``
(the workbook for offices, donors and ministries), over every live case this laptop holds."""

from __future__ import annotations

import argparse

from fieldapp.cli.common import Cli
from fieldapp.reports.filters import add_filters, filter_of
from fieldapp.reports.summary import summary_text


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``report`` with ``summary`` and ``export``."""
    r = sub.add_parser("report", parents=[parent], help="figures and workbooks of this laptop's cases")
    rsub = r.add_subparsers(dest="report_cmd", required=True, metavar="COMMAND")
    p = rsub.add_parser("summary", parents=[parent],
                        help="counts by status, place, need, community, assistance, referrals")
    add_filters(p)
    p.set_defaults(func=cmd_summary)
    p = rsub.add_parser("export", parents=[parent],
                        help="workbook: Households, Members, Needs, Assistance, Referrals")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx",
                   help="the workbook; headers and labels in --lang (default en)")
    add_filters(p)
    p.set_defaults(func=cmd_export)


def cmd_summary(cli: Cli) -> int:
    """``fieldapp report summary [--json]``: real counts with ``--json``, else tables with
    small cells suppressed."""
    from fieldapp.store import reports

    flt = filter_of(cli.args)
    with cli.open_workspace() as ws, ws.read() as s:
        figures = reports.summary(s, flt)
    cli.emit(figures.to_json(), summary_text(figures, cli.lang) if figures.cases
             else cli.text("reports.empty"))
    return 0


def cmd_export(cli: Cli) -> int:
    """``fieldapp report export -o FILE.xlsx [--lang L]``: the workbook, written atomically and
    recorded in the audit log."""
    from fieldapp.progress_bar import terminal_progress
    from fieldapp.reports.workbook import check_target, write_workbook
    from fieldapp.store import reports

    flt = filter_of(cli.args)
    path = check_target(cli.args.output)
    with cli.open_workspace() as ws:
        with ws.read() as s, terminal_progress(as_json=cli.as_json, lang=cli.lang) as progress:
            progress.start(reports.count_rows(s, flt), "export")
            result = write_workbook(path, reports.pages(s, flt), lang=cli.lang, progress=progress)
        with ws.write() as ctx:
            reports.record_export(ctx, rows=dict(result.rows), lang=cli.lang, f=flt)
    rows = result.rows
    cli.emit({"path": str(path), "lang": cli.lang, "rows": dict(rows), "filter": flt.to_json()},
             cli.text("reports.exported", path=str(path), households=rows["Households"],
                      members=rows["Members"], needs=rows["Needs"],
                      assistance=rows["Assistance"], referrals=rows["Referrals"]))
    return 0
