"""``fieldapp-hq``: the headquarters command line (CONTRACT.md).

Every command accepts ``--data``, ``--db``, ``--lang`` (or ``FIELDAPP_LANG``) and ``--json``
before or after the subcommand. Exit codes: 0 success; 1 when the input or the situation is wrong,
with one line on stderr, in the chosen language, that says what to do; 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fieldapp.domain import workflow
from fieldapp.domain.duplicates import POSSIBLE
from fieldapp.domain.errors import UserError
from fieldapp.messages import LANGS, Message, MessageLike, render, render_text
from sync.server.config import DataDir, HqError, HqKeys, default_data_dir
from sync.server.db import Database
from sync.server.errors import ApiError

log = logging.getLogger("sync.server")
DEFAULT_PORT = 8443
# How many results of each status a bundle import had ("3 applied, 1 conflict").
_COUNT_IDS = {"applied": "hq.cli.count.applied", "merged": "hq.cli.count.merged",
              "conflict": "hq.cli.count.conflict", "rejected": "hq.cli.count.rejected"}


# --- options -------------------------------------------------------------------------------------

def _globals(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data", metavar="DIR", default=d,
                        help="HQ data folder (default: FIELDAPP_HQ_HOME or the user data folder)")
    parser.add_argument("--db", metavar="URL", default=d,
                        help="SQLAlchemy database URL (default: the one recorded by init, else SQLite in --data)")
    parser.add_argument("--lang", choices=LANGS, default=d,
                        help="language of messages (default: FIELDAPP_LANG, else en)")
    parser.add_argument("--json", action="store_true", default=d if suppress else False,
                        help="print one JSON document on stdout")


def build_parser() -> argparse.ArgumentParser:
    """The full ``fieldapp-hq`` parser."""
    parser = argparse.ArgumentParser(prog="fieldapp-hq", description="FieldApp headquarters: sync server, review, administration.")
    _globals(parser, suppress=False)
    parent = argparse.ArgumentParser(add_help=False)
    _globals(parent, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def cmd(subparsers: Any, name: str, func: Callable[[Hq], int], help: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = subparsers.add_parser(name, parents=[parent], help=help)
        p.set_defaults(func=func)
        return p

    cmd(sub, "init", cmd_init, "create the schema, HQ keys and a self-signed TLS certificate")
    cmd(sub, "migrate", cmd_migrate, "bring the database schema up to date")
    p = cmd(sub, "serve", cmd_serve, "serve the sync API over HTTPS")
    p.add_argument("--host", default="0.0.0.0")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--workers", type=int, default=1, help="worker processes (they share the database)")
    p.add_argument("--access-log", dest="access_log", metavar="FILE",
                   help="append the access log (names no person) to FILE; '-' or none: standard error")

    user = sub.add_parser("user", parents=[parent], help="users and their roles")
    usub = user.add_subparsers(dest="user_cmd", required=True, metavar="COMMAND")
    p = cmd(usub, "add", cmd_user_add, "add a user")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=workflow.ROLES)
    p.add_argument("--municipality", action="append", default=[], metavar="CODE",
                   help="a municipality the user works in (repeatable)")
    cmd(usub, "list", cmd_user_list, "list users")

    p = cmd(sub, "enrol-code", cmd_enrol_code, "issue a single-use enrolment code for a user")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--hours", type=float, default=24.0, help="how long the code stays valid (default 24)")

    dev = sub.add_parser("device", parents=[parent], help="enrolled devices")
    dsub = dev.add_subparsers(dest="device_cmd", required=True, metavar="COMMAND")
    cmd(dsub, "list", cmd_device_list, "list devices")
    p = cmd(dsub, "revoke", cmd_device_revoke, "revoke a device (it is told to wipe its keys)")
    p.add_argument("device", metavar="DEVICE")

    b = sub.add_parser("bundle", parents=[parent], help="USB bundles")
    bsub = b.add_subparsers(dest="bundle_cmd", required=True, metavar="COMMAND")
    p = cmd(bsub, "import", cmd_bundle_import, "apply a device's bundle, write the acknowledgement")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="DIR")

    c = sub.add_parser("case", parents=[parent], help="cases at HQ")
    csub = c.add_subparsers(dest="case_cmd", required=True, metavar="COMMAND")
    p = cmd(csub, "list", cmd_case_list, "list cases")
    p.add_argument("--municipality", metavar="CODE")
    p.add_argument("--status", metavar="S")
    p.add_argument("--as", dest="as_user", metavar="USER", help="list only what USER may see")
    p.add_argument("--limit", type=int, default=100000)
    p = cmd(csub, "show", cmd_case_show, "one case, whole")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p = cmd(csub, "assign", cmd_case_assign, "assign a case to a field officer of its municipality")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--officer", "--to", dest="officer", required=True, metavar="NAME",
                   help="the officer whose laptop receives the case")
    p.add_argument("--as", dest="as_user", required=True, metavar="USER")
    p = cmd(csub, "transition", cmd_case_transition,
            "move a case to another workflow state, as the rules allow USER's role")
    p.add_argument("case", metavar="CASE")
    p.add_argument("status", metavar="STATUS", choices=workflow.ALL_STATES)
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--duplicate-of", dest="duplicate_of", metavar="CASE",
                   help="the case this one duplicates (with STATUS duplicate)")
    p.add_argument("--as", dest="as_user", required=True, metavar="USER")

    p = cmd(sub, "review", cmd_review, "decide on a submitted or under-review case")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--decision", required=True, choices=tuple(workflow.DECISIONS))
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--duplicate-of", dest="duplicate_of", metavar="CASE",
                   help="the case this one duplicates (with --decision duplicate)")
    p.add_argument("--as", dest="as_user", required=True, metavar="USER")

    p = cmd(sub, "duplicates", cmd_duplicates,
            "possible duplicate households across every laptop's cases, best first")
    p.add_argument("--municipality", metavar="CODE", help="only pairs with at least one case there")
    p.add_argument("--min-score", dest="min_score", type=float, default=POSSIBLE, metavar="X",
                   help=f"only pairs scoring at least X, 0 to 1 (default {POSSIBLE})")
    p.add_argument("--not-same", dest="not_same", nargs="*", metavar="CASE",
                   help="CASE OTHER: record that the two are not the same household (never listed again)")
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help="the reviewer who says so (with --not-same); else list only what USER may see")
    p.add_argument("--publish", action="store_true",
                   help="tell the laptops: each case's pairs go out with it on the next sync (run nightly)")

    cf = sub.add_parser("conflict", parents=[parent], help="conflict records")
    cfsub = cf.add_subparsers(dest="conflict_cmd", required=True, metavar="COMMAND")
    p = cmd(cfsub, "list", cmd_conflict_list, "list open conflicts")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p = cmd(cfsub, "resolve", cmd_conflict_resolve, "keep HQ's or the device's value")
    p.add_argument("conflict", metavar="ID")
    p.add_argument("--keep", required=True, choices=("hq", "device"))
    p.add_argument("--as", dest="as_user", required=True, metavar="USER")

    r = sub.add_parser("reference", parents=[parent], help="reference data sent to devices")
    rsub = r.add_subparsers(dest="reference_cmd", required=True, metavar="COMMAND")
    p = cmd(rsub, "set", cmd_reference_set, "distribute a JSON file as reference data KEY")
    p.add_argument("key", metavar="KEY")
    p.add_argument("file", metavar="FILE")

    from sync.server import tls_cli
    from sync.server.backup import cli as backup_cli

    tls_cli.register(sub, parent, cmd)
    backup_cli.register(sub, parent, cmd)
    from sync.server.reports import cli as report_cli

    report_cli.register(sub, parent, cmd)
    return parser


# --- context -------------------------------------------------------------------------------------

class Hq:
    """The parsed command line, the data folder and (lazily) the database."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        data = getattr(args, "data", None)
        self.data = DataDir(Path(data).expanduser() if data else default_data_dir())
        self._db: Database | None = None

    @property
    def as_json(self) -> bool:
        """Whether ``--json`` was given."""
        return bool(getattr(self.args, "json", False))

    @property
    def lang(self) -> str:
        """The language of messages: ``--lang``, else ``FIELDAPP_LANG``, else English."""
        return getattr(self.args, "lang", None) or os.environ.get("FIELDAPP_LANG") or "en"

    def text(self, message_id: str, /, **params: Any) -> str:
        """The message ``message_id`` worded in the command's language."""
        return render_text(message_id, self.lang, **params)

    @property
    def db_url(self) -> str:
        """The database URL to use."""
        return self.data.db_url(getattr(self.args, "db", None))

    def database(self, *, check_schema: bool = True) -> Database:
        """The database, checked to be at the current schema."""
        if self._db is None:
            self.data.read_config()
            self._db = Database(self.db_url)
            if check_schema:
                from sync.server import migrate

                current = migrate.current_revision(self._db.engine)
                if current is None:
                    raise HqError("hq.cli.no_schema")
                if current != migrate.HEAD:
                    raise HqError("hq.cli.old_schema", current=current, head=migrate.HEAD)
        return self._db

    def keys(self) -> HqKeys:
        """HQ's keys from the data folder."""
        return self.data.load_keys()

    def actor(self, name: str | None) -> Any:
        """The actor for ``--as USER``, or an HQ console admin without it."""
        from sync.server.scope import Actor
        from sync.server.users.service import actor_for

        if not name:
            return Actor("hq-console", workflow.ADMIN, frozenset())
        with self.database().read() as s:
            return actor_for(session=s, name=name)

    def emit(self, data: Any, text: str) -> None:
        """JSON with ``--json``, else text."""
        if self.as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif text:
            sys.stdout.write(text.rstrip("\n") + "\n")

    def close(self) -> None:
        """Dispose of the engine."""
        if self._db is not None:
            self._db.dispose()


# --- commands ------------------------------------------------------------------------------------

def cmd_init(hq: Hq) -> int:
    """``fieldapp-hq init``: data folder, keys, certificate, schema; records ``--db``."""
    from sync.server import migrate

    db_arg = getattr(hq.args, "db", None)
    keys = hq.data.create(db_arg)
    database = Database(hq.db_url)
    try:
        migrate.upgrade(database.engine)
    except Exception:
        database.dispose()
        raise
    hq._db = database
    from sync.server import tls

    hq.emit({"data": str(hq.data.root), "db": _safe_url(hq.db_url), "hq_id": keys.hq_id,
             "fingerprint": keys.fingerprint},
            hq.text("hq.cli.initialised", root=str(hq.data.root), db=_safe_url(hq.db_url),
                    fingerprint=tls.pretty(keys.fingerprint)))
    return 0


def cmd_migrate(hq: Hq) -> int:
    """``fieldapp-hq migrate``."""
    from sync.server import migrate

    database = hq.database(check_schema=False)
    migrate.upgrade(database.engine)
    hq.emit({"schema": migrate.HEAD}, hq.text("hq.cli.migrated", schema=migrate.HEAD))
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unparseable URL)"


def cmd_serve(hq: Hq) -> int:
    """``fieldapp-hq serve``: HTTPS only; prints the URL and the certificate fingerprint."""
    import uvicorn

    from sync.server import access_log
    from sync.server.app import create_app

    keys = hq.keys()
    database = hq.database()
    host, port = hq.args.host, hq.args.port
    access_log.configure(hq.args.access_log)
    if hq.args.workers > 1:
        if port == 0:
            raise HqError("hq.cli.workers_need_port")
        database.dispose()
        os.environ["FIELDAPP_HQ_HOME"] = str(hq.data.root)
        os.environ["FIELDAPP_HQ_DB"] = hq.db_url
        if hq.args.access_log:
            target = hq.args.access_log
            os.environ[access_log.ENV] = target if target == "-" else str(Path(target).expanduser().absolute())
        _announce(hq, host, port, keys.fingerprint)
        uvicorn.run("sync.server.asgi:app", host=host, port=port, workers=hq.args.workers,
                    ssl_certfile=str(hq.data.cert), ssl_keyfile=str(hq.data.cert_key),
                    log_level="warning", access_log=False)
        return 0
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # With the protocol given explicitly, asyncio sets TCP_NODELAY on every accepted connection
    # (it checks sock.proto); without it each response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise HqError("hq.cli.cannot_listen", host=host, port=str(port), reason=str(exc.strerror)) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    port = sock.getsockname()[1]
    app = create_app(database=database, keys=keys)
    config = uvicorn.Config(app, ssl_certfile=str(hq.data.cert), ssl_keyfile=str(hq.data.cert_key),
                            log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    _announce(hq, host, port, keys.fingerprint)
    server.run(sockets=[sock])
    return 0


def _announce(hq: Hq, host: str, port: int, fingerprint: str) -> None:
    from sync.server import tls

    shown = f"[{host}]" if ":" in host else host
    # The port is text: a number would be grouped like an amount (8,443).
    sys.stdout.write(hq.text("hq.cli.listening", url=f"https://{shown}:{port}",
                             fingerprint=tls.pretty(fingerprint)) + "\n")
    from sync.server.tls_cli import pin_lines

    sys.stdout.write(pin_lines(hq))
    sys.stdout.flush()


def cmd_user_add(hq: Hq) -> int:
    """``fieldapp-hq user add``."""
    from sync.server.users import service

    a = hq.args
    with hq.database().write() as s:
        user = service.create_user(session=s, name=a.name, role=a.role, municipalities=a.municipality)
        name, role = user.name, user.role
    munis = sorted(set(a.municipality))
    hq.emit({"name": name, "role": role, "municipalities": munis},
            hq.text("hq.cli.user_added_for", name=name, role=role, municipalities=munis) if munis
            else hq.text("hq.cli.user_added", name=name, role=role))
    return 0


def cmd_user_list(hq: Hq) -> int:
    """``fieldapp-hq user list``."""
    from sync.server.users import service

    with hq.database().read() as s:
        users = service.list_users(session=s)
    lines = [f"{u['name']:<30} {u['role']:<11} {','.join(u['municipalities'])}" for u in users]  # type: ignore[arg-type]
    hq.emit(users, "\n".join(lines) or hq.text("hq.cli.no_users"))
    return 0


def cmd_enrol_code(hq: Hq) -> int:
    """``fieldapp-hq enrol-code --user NAME``: single-use, expiring."""
    from sync.server.devices import service

    if not 0 < hq.args.hours <= 24 * 30:
        raise HqError("hq.cli.bad_hours")
    with hq.database().write() as s:
        issued = service.issue_code(session=s, user_name=hq.args.user,
                                    ttl=dt.timedelta(hours=hq.args.hours))
    hq.emit({"code": issued.code, "expires": issued.expires, "user": issued.user},
            hq.text("hq.cli.enrol_code", user=issued.user, code=issued.code, expires=issued.expires))
    return 0


def cmd_device_list(hq: Hq) -> int:
    """``fieldapp-hq device list``."""
    from sync.server.devices import service

    with hq.database().read() as s:
        devices = service.list_devices(session=s)
    lines = [hq.text("hq.cli.device_revoked_line" if d.revoked else "hq.cli.device_line", id=d.id,
                     user=f"{d.user:<25}", role=f"{d.role:<10}", enrolled=d.enrolled,
                     seen=d.last_seen or "-") for d in devices]
    hq.emit([d.model_dump() for d in devices], "\n".join(lines) or hq.text("hq.cli.no_devices"))
    return 0


def cmd_device_revoke(hq: Hq) -> int:
    """``fieldapp-hq device revoke DEVICE``."""
    from sync.server.devices import service

    with hq.database().write() as s:
        device = service.revoke(session=s, device_id=hq.args.device)
        info = service.device_info(session=s, device=device)
    hq.emit(info.model_dump(), hq.text("hq.cli.revoked", id=info.id, user=info.user))
    return 0


def cmd_bundle_import(hq: Hq) -> int:
    """``fieldapp-hq bundle import FILE -o DIR``."""
    from fieldapp.progress_bar import terminal_progress
    from sync.server.bundles import service

    path = Path(hq.args.file).expanduser()
    out = Path(hq.args.output).expanduser()
    if out.exists() and not out.is_dir():
        raise HqError("hq.cli.not_a_folder", path=str(out))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HqError("hq.cli.cannot_read", path=str(path), reason=str(exc.strerror)) from None
    with terminal_progress(as_json=hq.as_json, lang=hq.lang) as progress:
        result = service.import_bundle(database=hq.database(), keys=hq.keys(), data=data,
                                       quarantine=hq.data.quarantine, name=path.name, progress=progress)
    ack = service.write_ack(result, out)
    counts = result.counts()
    hq.emit({"bundle": result.bundle_id, "device": result.device_id, "user": result.user,
             "ops": len(result.results), **counts, "ack": str(ack)},
            hq.text("hq.cli.bundle_imported", n=len(result.results), user=result.user,
                    counts=[Message(_COUNT_IDS[k], {"n": v}) for k, v in sorted(counts.items())]
                    or [Message("hq.cli.nothing_new")], ack=str(ack)))
    return 0


def cmd_case_list(hq: Hq) -> int:
    """``fieldapp-hq case list``."""
    from sync.server.cases import service

    actor = hq.actor(getattr(hq.args, "as_user", None))
    with hq.database().write() as s:
        rows = service.list_cases(session=s, actor=actor, municipality=hq.args.municipality,
                                  status=hq.args.status, limit=hq.args.limit)
    mark = "  " + hq.text("hq.cli.conflict_mark")
    lines = [f"{r.case_number:<20} {r.status:<22} {r.municipality:<4} {r.members:>3}  {r.head}"
             + (mark if r.conflict else "") for r in rows]
    if lines:  # the same column heads as the laptop's 'case list'
        heads = [hq.text(c) for c in ("cli.column.case", "cli.column.status", "cli.column.municipality",
                                      "cli.column.members", "cli.column.head")]
        lines.insert(0, f"{heads[0]:<20} {heads[1]:<22} {heads[2]:<4} {heads[3]:>3}  {heads[4]}")
    hq.emit([r.model_dump() for r in rows], "\n".join(lines) or hq.text("hq.cli.no_cases"))
    return 0


def cmd_case_show(hq: Hq) -> int:
    """``fieldapp-hq case show CASE``."""
    from sync.server.cases import service

    actor = hq.actor(getattr(hq.args, "as_user", None))
    with hq.database().write() as s:
        state = service.get_case(session=s, actor=actor, case_id=hq.args.case)
    lines = [hq.text("hq.cli.case", case=state.case_number, status=state.status,
                     revision=str(state.revision), municipality=state.municipality, owner=state.owner)]
    if state.assigned_to:
        lines.append(hq.text("hq.cli.assigned_line", user=state.assigned_to))
    if state.duplicate_of:
        lines.append(hq.text("hq.cli.duplicate_of", case=state.duplicate_of))
    lines += ["  " + hq.text("hq.cli.history_comment" if h.comment else "hq.cli.history", at=h.at,
                             source=h.from_status or "-", target=h.to_status, by=h.by,
                             comment=h.comment or "") for h in state.history]
    lines += ["  " + hq.text("hq.cli.case_conflict", id=c.id, field=c.field) for c in state.conflicts]
    hq.emit(state.model_dump(), "\n".join(lines))
    return 0


def cmd_case_assign(hq: Hq) -> int:
    """``fieldapp-hq case assign CASE --officer NAME --as USER``."""
    from sync.server.review import service

    actor = hq.actor(hq.args.as_user)
    with hq.database().write() as s:
        state = service.assign(session=s, actor=actor, case_id=hq.args.case, to=hq.args.officer)
    hq.emit(state.model_dump(), hq.text("hq.cli.assigned", case=state.case_number, user=state.assigned_to))
    return 0


def _moved(state: Any) -> dict[str, Any]:
    """What ``review`` and ``case transition`` print with ``--json``."""
    return {"id": state.id, "case_number": state.case_number, "status": state.status,
            "revision": state.revision, "duplicate_of": state.duplicate_of}


def cmd_case_transition(hq: Hq) -> int:
    """``fieldapp-hq case transition CASE STATUS [--comment TEXT] [--duplicate-of CASE] --as USER``."""
    from sync.server.review import service

    a = hq.args
    actor = hq.actor(a.as_user)
    with hq.database().write() as s:
        state = service.transition(session=s, actor=actor, case_id=a.case, target=a.status,
                                   comment=a.comment, duplicate_of=a.duplicate_of)
    source = state.history[-1].from_status if state.history else None
    hq.emit(_moved(state), hq.text("hq.cli.moved", case=state.case_number, source=source or "",
                                   target=state.status))
    return 0


def cmd_review(hq: Hq) -> int:
    """``fieldapp-hq review CASE --decision D [--comment TEXT] [--duplicate-of CASE] --as USER``."""
    from sync.server.review import service

    a = hq.args
    actor = hq.actor(a.as_user)
    with hq.database().write() as s:
        state = service.decide(session=s, actor=actor, case_id=a.case, decision=a.decision,
                               comment=a.comment, duplicate_of=a.duplicate_of)
    hq.emit(_moved(state), hq.text("hq.cli.decided", case=state.case_number, status=state.status))
    return 0


def cmd_duplicates(hq: Hq) -> int:
    """``fieldapp-hq duplicates [--municipality CODE] [--min-score X]`` and
    ``... --not-same CASE OTHER --as USER``."""
    from sync.server.duplicates import service

    a = hq.args
    if a.not_same is not None:
        if len(a.not_same) != 2:
            raise HqError("hq.duplicates.not_same_needs_two")
        if not a.as_user:
            raise HqError("hq.duplicates.not_same_needs_user")
        actor = hq.actor(a.as_user)
        with hq.database().write() as s:
            first, second = service.dismiss(session=s, actor=actor, case_id=a.not_same[0],
                                            other_id=a.not_same[1])
            out = {"case": first.id, "other": second.id, "case_number": first.case_number,
                   "other_case_number": second.case_number, "dismissed": True}
        hq.emit(out, hq.text("hq.duplicates.dismissed", case=out["case_number"], other=out["other_case_number"]))
        return 0
    if a.publish and (a.as_user or a.municipality or a.min_score != POSSIBLE):
        raise HqError("hq.duplicates.publish_whole")
    found = service.find_duplicates(database=hq.database(), actor=hq.actor(a.as_user),
                                    municipality=a.municipality, min_score=a.min_score)
    if a.publish:
        with hq.database().write() as s:
            done = service.publish(session=s, found=found)
        hq.emit({"pairs": done.pairs, "added": done.added, "removed": done.removed,
                 "rescored": done.rescored, "cases_resent": done.cases_resent},
                hq.text("hq.duplicates.published", pairs=done.pairs, added=done.added, removed=done.removed,
                        rescored=done.rescored, cases=done.cases_resent))
        return 0
    lines = [hq.text("hq.duplicates.pair", case=f"{d.case_number} ({d.head})",
                     other=f"{d.other_case_number} ({d.other_head})", score=d.score,
                     reasons="; ".join(render(r, hq.lang) for r in d.reasons)) for d in found]
    lines.append(hq.text("hq.duplicates.total", n=len(found)) if found else hq.text("hq.duplicates.none"))
    hq.emit([d.to_json(hq.lang) for d in found], "\n".join(lines))
    return 0


def cmd_conflict_list(hq: Hq) -> int:
    """``fieldapp-hq conflict list``."""
    from sync.server.conflicts import service

    actor = hq.actor(getattr(hq.args, "as_user", None))
    with hq.database().read() as s:
        rows = service.list_conflicts(session=s, actor=actor)
    lines = [hq.text("hq.cli.conflict_line", id=c.id, case=c.case_id, field=c.field) for c in rows]
    hq.emit([c.model_dump() for c in rows], "\n".join(lines) or hq.text("hq.cli.no_conflicts"))
    return 0


def cmd_conflict_resolve(hq: Hq) -> int:
    """``fieldapp-hq conflict resolve ID --keep hq|device --as USER``."""
    from sync.server.conflicts import service

    actor = hq.actor(hq.args.as_user)
    with hq.database().write() as s:
        out = service.resolve(session=s, actor=actor, conflict_id=hq.args.conflict, keep=hq.args.keep)
    kept = "hq.cli.kept_hq" if hq.args.keep == "hq" else "hq.cli.kept_device"
    hq.emit(out.model_dump(), hq.text(kept, field=out.field))
    return 0


def cmd_reference_set(hq: Hq) -> int:
    """``fieldapp-hq reference set KEY FILE``."""
    from sync.server.reference import service

    try:
        data = json.loads(Path(hq.args.file).expanduser().read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise HqError("hq.cli.bad_json", path=str(hq.args.file), reason=str(exc)) from None
    with hq.database().write() as s:
        version = service.put(session=s, key=hq.args.key, data=data)
    hq.emit({"key": hq.args.key, "version": version},
            hq.text("hq.cli.reference_set", key=hq.args.key, version=version))
    return 0


# --- entry point ---------------------------------------------------------------------------------

def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run the command, return the exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    hq = Hq(args)
    try:
        return int(args.func(hq) or 0)
    except (ApiError, UserError) as exc:
        _fail(hq, exc)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from sqlalchemy.exc import ArgumentError, DBAPIError

        if isinstance(exc, ArgumentError):
            _fail(hq, Message("hq.cli.bad_db_url", {"reason": str(exc)}))
            return 1
        if isinstance(exc, DBAPIError):
            _fail(hq, Message("hq.cli.db_unusable", {"url": _safe_url(hq.db_url),
                                                     "kind": type(exc.orig).__name__}))
            return 1
        from fieldapp.logs import crash_summary

        _fail(hq, Message("hq.cli.internal_error", {"kind": type(exc).__name__,
                                                    "summary": crash_summary(exc)}))
        return 1
    finally:
        hq.close()


def _fail(hq: Hq, message: MessageLike) -> None:
    """The one line on stderr that says what went wrong, in the command's language."""
    print(f"fieldapp-hq: {' '.join(render(message, hq.lang).split())}", file=sys.stderr)


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


if __name__ == "__main__":
    main()
