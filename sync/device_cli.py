"""``fieldapp enrol`` and ``fieldapp sync …``: the device side of sync on the command line.

Plugged into the ``fieldapp`` command through the ``fieldapp.commands`` entry point, so the
``fieldapp`` package never imports ``sync``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldapp.cli.common import Cli
from fieldapp.store import remote


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``enrol`` and ``sync`` (with ``export-bundle``, ``import-bundle``, ``conflicts``)."""
    p = sub.add_parser("enrol", parents=[parent], help="enrol this laptop with HQ (single-use code)")
    p.add_argument("--hq", required=True, metavar="URL", help="HQ address, https://HOST:PORT")
    p.add_argument("--code", required=True, metavar="CODE", help="the enrolment code HQ issued")
    p.add_argument("--fingerprint", metavar="SHA256",
                   help="HQ certificate's SHA-256 fingerprint, as 'fieldapp-hq serve' prints it")
    p.set_defaults(func=cmd_enrol)

    s = sub.add_parser("sync", parents=[parent], help="sync with HQ: push changes, then pull")
    s.set_defaults(func=cmd_sync)
    ssub = s.add_subparsers(dest="sync_cmd", required=False, metavar="COMMAND")
    p = ssub.add_parser("export-bundle", parents=[parent], help="write pending changes to a bundle file for USB")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export_bundle)
    p = ssub.add_parser("import-bundle", parents=[parent], help="apply HQ's acknowledgement bundle")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import_bundle)
    p = ssub.add_parser("conflicts", parents=[parent], help="fields in conflict and changes HQ refused")
    p.set_defaults(func=cmd_conflicts)


def cmd_enrol(cli: Cli) -> int:
    """``fieldapp enrol --hq URL --code CODE [--fingerprint SHA256]``."""
    from sync.engine.enrol import enrol
    from sync.protocol.signing import pretty_fingerprint

    a = cli.args
    with cli.open_workspace() as ws:
        result = enrol(ws, url=a.hq, code=a.code, fingerprint=a.fingerprint)
    if not result.fingerprint_checked:
        print(f"fieldapp: HQ's certificate fingerprint is {pretty_fingerprint(result.fingerprint)}; "
              "check it matches the one HQ gave you.", file=sys.stderr)
    cli.emit(result.to_json(),
             f"Enrolled with HQ at {result.hq_url} as {result.user} ({result.role}); device "
             f"{result.device_id}.")
    return 0


def cmd_sync(cli: Cli) -> int:
    """``fieldapp sync``: push then pull, resumable."""
    from sync.engine.sync import run_sync

    with cli.open_workspace() as ws:
        report = run_sync(ws)
    parts = [f"sent {report.pushed} change{'s' if report.pushed != 1 else ''}",
             f"received {report.pulled + report.repaired} case update{'s' if report.pulled + report.repaired != 1 else ''}"]
    lines = [f"Synced with HQ: {', '.join(parts)}."]
    if report.returned:
        lines.append(f"Returned by the supervisor (editable again): {', '.join(report.returned)}.")
    if report.conflicts:
        lines.append(f"{report.conflicts} case(s) have conflicts; see 'fieldapp sync conflicts'.")
    if report.rejected:
        lines.append(f"HQ refused {len(report.rejected)} change(s); see 'fieldapp sync conflicts'.")
    cli.emit(report.to_json(), "\n".join(lines))
    return 0


def cmd_export_bundle(cli: Cli) -> int:
    """``fieldapp sync export-bundle -o DIR``."""
    from sync.bundle.device import export_bundle

    with cli.open_workspace() as ws:
        result = export_bundle(ws, Path(cli.args.output).expanduser())
    cli.emit(result.to_json(), f"Wrote {result.ops} pending change(s) to {result.path}; take it to HQ.")
    return 0


def cmd_import_bundle(cli: Cli) -> int:
    """``fieldapp sync import-bundle FILE``."""
    from sync.bundle.device import import_bundle

    with cli.open_workspace() as ws:
        result = import_bundle(ws, Path(cli.args.file).expanduser())
    text = (f"Applied HQ's acknowledgement: {result.acknowledged} change(s) confirmed, "
            f"{result.received} case update(s) received.")
    if result.returned:
        text += f"\nReturned by the supervisor (editable again): {', '.join(result.returned)}."
    cli.emit(result.to_json(), text)
    return 0


def cmd_conflicts(cli: Cli) -> int:
    """``fieldapp sync conflicts``: conflicting fields with both values, and refused changes."""
    import json

    with cli.open_workspace() as ws, ws.read() as s:
        conflicts = remote.conflicts_of(s)
        rejected = remote.rejections_of(s)
    lines = []
    for c in conflicts:
        lines.append(f"Case {c['case_id']} field {c['field']}:\n  here: "
                     f"{json.dumps(c['local_value'], ensure_ascii=False)}\n  HQ:   "
                     f"{json.dumps(c['hq_value'], ensure_ascii=False)}")
    for r in rejected:
        lines.append(f"Refused {r['kind']} on case {r['case_id']}: {r['reason']}")
    cli.emit({"conflicts": conflicts, "rejected": rejected}, "\n".join(lines) or "No conflicts.")
    return 0
