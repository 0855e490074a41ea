"""Commands on the workspace itself: init, officers, passphrases, status, audit, backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import Cli
from fieldapp.domain.errors import UserError
from fieldapp.logs import setup_file_logging
from fieldapp.messages import Message
from fieldapp.store import audit
from fieldapp.store.backup import create_backup, restore_backup
from fieldapp.store.status import workspace_status
from fieldapp.store.workspace import Workspace


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the workspace commands to the ``fieldapp`` parser."""
    p = sub.add_parser("init", parents=[parent], help="create an encrypted workspace")
    p.add_argument("--officer", required=True, metavar="NAME", help="the officer who owns this laptop")
    p.add_argument("--municipality", required=True, metavar="CODE", help="two-digit municipality code")
    p.add_argument("--role", default="officer", choices=("officer", "mocr", "supervisor"), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_init)

    officer = sub.add_parser("officer", parents=[parent], help="officers who share this laptop")
    osub = officer.add_subparsers(dest="officer_cmd", required=True, metavar="COMMAND")
    p = osub.add_parser("add", parents=[parent], help="give another officer a key slot")
    p.add_argument("--officer", dest="new_officer", required=True, metavar="NAME")
    p.add_argument("--role", default="officer", choices=("officer", "mocr", "supervisor"), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_officer_add)

    pp = sub.add_parser("passphrase", parents=[parent], help="passphrases")
    psub = pp.add_subparsers(dest="passphrase_cmd", required=True, metavar="COMMAND")
    p = psub.add_parser("change", parents=[parent], help="change your passphrase (the data is not rewritten)")
    p.set_defaults(func=cmd_passphrase_change)

    p = sub.add_parser("status", parents=[parent], help="cases, pending sync items, conflicts")
    p.set_defaults(func=cmd_status)

    a = sub.add_parser("audit", parents=[parent], help="the audit log")
    asub = a.add_subparsers(dest="audit_cmd", required=True, metavar="COMMAND")
    p = asub.add_parser("verify", parents=[parent], help="check the audit log's hash chain")
    p.set_defaults(func=cmd_audit_verify)

    b = sub.add_parser("backup", parents=[parent], help="encrypted backups")
    bsub = b.add_subparsers(dest="backup_cmd", required=True, metavar="COMMAND")
    p = bsub.add_parser("create", parents=[parent], help="write an encrypted backup file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup_create)
    p = bsub.add_parser("restore", parents=[parent], help="restore a backup into an empty workspace folder")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_backup_restore)


def cmd_init(cli: Cli) -> int:
    """``fieldapp init``."""
    a = cli.args
    root = cli.workspace_root()
    passphrase = cli.passphrase("cli.prompt.choose", confirm=True)
    ws = Workspace.create(root, officer=a.officer, municipality=a.municipality,
                          passphrase=passphrase, role=a.role)
    with ws:
        setup_file_logging(ws.log_dir)
        import logging

        logging.getLogger("fieldapp.cli").info("workspace created")
        cli.emit({"workspace": str(root), "municipality": a.municipality, "device": ws.actor.device,
                  "officer": ws.actor.officer},
                 cli.text("cli.workspace_created", path=str(root), device=ws.actor.device))
    return 0


def cmd_officer_add(cli: Cli) -> int:
    """``fieldapp officer add``: unlock with an existing passphrase, add a slot for another."""
    a = cli.args
    root = cli.workspace_root()
    current = cli.passphrase("cli.prompt.current")
    ws = Workspace.open(root, current, officer=cli.unlock_as)
    with ws:
        setup_file_logging(ws.log_dir)
        new = cli.passphrase("cli.prompt.for_officer", env="FIELDAPP_NEW_PASSPHRASE", confirm=True,
                             officer=a.new_officer)
        ws.add_officer(a.new_officer, new, role=a.role)
        cli.emit({"officer": a.new_officer, "officers": [s.officer for s in ws.keyfile.slots]},
                 cli.text("cli.officer_added", officer=a.new_officer))
    return 0


def cmd_passphrase_change(cli: Cli) -> int:
    """``fieldapp passphrase change``."""
    with cli.open_workspace() as ws:
        new = cli.passphrase("cli.prompt.new", env="FIELDAPP_NEW_PASSPHRASE", confirm=True)
        ws.change_passphrase(new)
        cli.emit({"changed": True, "officer": ws.actor.officer}, cli.text("cli.passphrase_changed"))
    return 0


def cmd_status(cli: Cli) -> int:
    """``fieldapp status``."""
    with cli.open_workspace() as ws, ws.read() as s:
        st = workspace_status(s, ws.actor.officer, slot_role=ws.actor.role)
    lines = [cli.text("cli.status.cases", n=st.cases),
             cli.text("cli.status.pending", n=st.outbox_pending),
             cli.text("cli.status.conflicts", n=st.conflicts),
             cli.text("cli.status.last_sync", when=st.last_sync) if st.last_sync
             else cli.text("cli.status.never_synced"),
             cli.text("cli.status.enrolled" if st.enrolled else "cli.status.not_enrolled"),
             cli.text("review.cli.status_role", role=st.role,
                      municipalities=[Message("review.municipality", {"code": c}) for c in st.municipalities])]
    cli.emit(st.to_json(), "\n".join(lines))
    return 0


def cmd_audit_verify(cli: Cli) -> int:
    """``fieldapp audit verify``: exit 1 when the chain is broken."""
    with cli.open_workspace() as ws, ws.read() as s:
        report = audit.verify(s)
    # str() gives the English of a reason carried as a message, as the JSON keeps it.
    data = {"ok": report.ok, "events": report.events, "broken_at": report.broken_at,
            "reason": str(report.reason)}
    if report.ok:
        cli.emit(data, cli.text("cli.audit_intact", events=report.events))
        return 0
    if cli.as_json:
        cli.emit(data)
    raise UserError("cli.audit_broken", reason=report.reason)


def cmd_backup_create(cli: Cli) -> int:
    """``fieldapp backup create -o FILE``."""
    out = Path(cli.args.output).expanduser()
    with cli.open_workspace() as ws:
        size = create_backup(ws, out)
    cli.emit({"file": str(out), "bytes": size}, cli.text("cli.backup_written", path=str(out), size=size))
    return 0


def cmd_backup_restore(cli: Cli) -> int:
    """``fieldapp backup restore FILE --workspace DIR``."""
    root = cli.workspace_root()
    ws = restore_backup(Path(cli.args.file).expanduser(), root, cli.passphrase(),
                        officer=cli.unlock_as)
    with ws, ws.read() as s:
        setup_file_logging(ws.log_dir)
        st = workspace_status(s, ws.actor.officer)
    cli.emit({"workspace": str(root), "cases": st.cases}, cli.text("cli.restored", n=st.cases, path=str(root)))
    return 0
