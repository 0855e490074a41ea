"""``fieldapp enrol`` and ``fieldapp sync …``: the device side of sync on the command line.

Plugged into the ``fieldapp`` command through the ``fieldapp.commands`` entry point, so the
``fieldapp`` package never imports ``sync``. Every line is worded in the command line's language.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from fieldapp.cli.common import Cli
from fieldapp.domain.errors import UserError
from fieldapp.messages import Message, render, render_text
from fieldapp.progress_bar import terminal_progress
from fieldapp.store import remote


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``enrol`` and ``sync`` (with ``export-bundle``, ``import-bundle``, ``conflicts``)."""
    p = sub.add_parser("enrol", parents=[parent], help="enrol this laptop with HQ (single-use code)")
    p.add_argument("--hq", required=True, metavar="URL", help="HQ address, https://HOST:PORT")
    p.add_argument("--code", required=True, metavar="CODE", help="the enrolment code HQ issued")
    p.add_argument("--fingerprint", metavar="SHA256",
                   help="HQ certificate's SHA-256 fingerprint, as 'fieldapp-hq serve' prints it")
    p.add_argument("--trust-first-use", dest="trust_first_use", action="store_true",
                   help="without --fingerprint and without a terminal to ask on: trust the "
                        "certificate HQ presents now (check its fingerprint with HQ afterwards)")
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
    """``fieldapp enrol --hq URL --code CODE [--fingerprint SHA256 | --trust-first-use]``.

    Without ``--fingerprint`` the fingerprint HQ presents is shown and the officer asked to
    confirm it before the code is sent; with no terminal to ask on, only ``--trust-first-use``
    lets the enrolment go ahead.
    """
    from sync.engine.enrol import enrol
    from sync.protocol.signing import pretty_fingerprint

    a = cli.args
    confirm = None
    if a.fingerprint is None and not a.trust_first_use:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise UserError("pinning.fingerprint_needed")
        confirm = partial(_confirm_fingerprint, cli.lang)
    with cli.open_workspace() as ws:
        result = enrol(ws, url=a.hq, code=a.code, fingerprint=a.fingerprint, confirm=confirm)
    if not result.fingerprint_checked:
        text = render_text("sync.cli.check_fingerprint", cli.lang,
                           fingerprint=pretty_fingerprint(result.fingerprint))
        print(f"fieldapp: {text}", file=sys.stderr)
    cli.emit(result.to_json(),
             render_text("sync.cli.enrolled", cli.lang, url=result.hq_url, user=result.user,
                         role=result.role, device=result.device_id))
    return 0


def _confirm_fingerprint(lang: str, fingerprint: str, spki: str) -> bool:
    """Show HQ's fingerprints on the terminal and ask whether they are HQ's."""
    from sync.protocol.signing import pretty_fingerprint

    print(render_text("pinning.shown", lang, fingerprint=pretty_fingerprint(fingerprint),
                      spki=pretty_fingerprint(spki)), file=sys.stderr)
    sys.stderr.write(render_text("pinning.ask", lang))
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, KeyboardInterrupt):
        return False
    yes = {w.strip().lower() for w in render_text("pinning.yes_words", lang).split(",")}
    return answer.strip().lower() in yes


def cmd_sync(cli: Cli) -> int:
    """``fieldapp sync``: push then pull, resumable."""
    from sync.engine.sync import run_sync

    with cli.open_workspace() as ws, terminal_progress(as_json=cli.as_json, lang=cli.lang) as progress:
        report = run_sync(ws, progress=progress)
    lang = cli.lang
    lines = [render_text("sync.cli.synced", lang, sent=report.pushed,
                         received=report.pulled + report.repaired)]
    if report.returned:
        lines.append(render_text("sync.cli.returned", lang, cases=list(report.returned)))
    if report.conflicts:
        lines.append(render_text("sync.cli.conflicts", lang, n=report.conflicts))
    if report.rejected:
        lines.append(render_text("sync.cli.rejected", lang, n=len(report.rejected)))
    cli.emit(report.to_json(), "\n".join(lines))
    return 0


def cmd_export_bundle(cli: Cli) -> int:
    """``fieldapp sync export-bundle -o DIR``."""
    from sync.bundle.device import export_bundle

    with cli.open_workspace() as ws:
        result = export_bundle(ws, Path(cli.args.output).expanduser())
    cli.emit(result.to_json(), render_text("sync.cli.exported", cli.lang, n=result.ops, path=str(result.path)))
    return 0


def cmd_import_bundle(cli: Cli) -> int:
    """``fieldapp sync import-bundle FILE``."""
    from sync.bundle.device import import_bundle

    with cli.open_workspace() as ws:
        result = import_bundle(ws, Path(cli.args.file).expanduser())
    text = render_text("sync.cli.imported", cli.lang, confirmed=result.acknowledged,
                       received=result.received)
    if result.returned:
        text += "\n" + render_text("sync.cli.returned", cli.lang, cases=list(result.returned))
    cli.emit(result.to_json(), text)
    return 0


def cmd_conflicts(cli: Cli) -> int:
    """``fieldapp sync conflicts``: conflicting fields with both values, and refused changes."""
    import json

    with cli.open_workspace() as ws, ws.read() as s:
        conflicts = remote.conflicts_of(s)
        rejected = remote.rejections_of(s)
    lang = cli.lang
    lines = []
    for c in conflicts:
        lines.append(render_text("sync.cli.conflict", lang, case=c["case_id"], field=c["field"],
                                 here=json.dumps(c["local_value"], ensure_ascii=False),
                                 hq=json.dumps(c["hq_value"], ensure_ascii=False)))
    for r in rejected:
        lines.append(render_text("sync.cli.refused", lang, kind=r["kind"], case=r["case_id"],
                                 reason=_reason(r, lang)))
    cli.emit({"conflicts": conflicts, "rejected": rejected},
             "\n".join(lines) or render_text("sync.cli.no_conflicts", lang))
    return 0


def _reason(rejection: dict[str, object], lang: str) -> str:
    """HQ's reason for refusing a change: in ``lang`` when HQ sent its id, else as HQ wrote it."""
    reason_id = rejection.get("reason_id")
    if isinstance(reason_id, str) and reason_id:
        params = rejection.get("reason_params")
        return render(Message.from_json({"id": reason_id, "params": params if isinstance(params, dict) else {}}), lang)
    return str(rejection.get("reason") or "")
