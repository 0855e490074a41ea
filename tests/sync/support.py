"""Test support for sync: a real ``fieldapp-hq serve`` process, device workspaces, a cutting proxy.

The HQ runs as its own process over HTTPS on loopback, on SQLite or on PostgreSQL (a fresh
database per test session, dropped afterwards). Devices are real encrypted workspaces driven
through the ``fieldapp`` command (``run_cli``) or, in the long loops, through the same engine
in-process to keep the loops cheap. Where nothing about a separate laptop process is under test,
the command itself can run in the test process too (:func:`run_cli_inprocess`): the same console
script entry point with the same arguments, environment and exit code, without starting and
importing a new Python each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PASSPHRASE, ROOT, Result, run_cli, sample_case

PG_ENV = "FIELDAPP_TEST_PG"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BIN = Path(sys.executable).parent


# --- PostgreSQL ---------------------------------------------------------------------------------

@contextlib.contextmanager
def fresh_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for this run; skipped when PostgreSQL is not reachable."""
    base = os.environ.get(PG_ENV) or DEFAULT_PG
    url = make_url(base)
    name = f"fieldapp_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin_url = url.set(database="postgres")
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # any failure to reach or use the server means: skip, saying so
        pytest.skip(f"PostgreSQL was not reachable at {admin_url.render_as_string(hide_password=True)} "
                    f"({type(exc).__name__}); set {PG_ENV} to run the PostgreSQL tests")
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


# --- the command line in this process ----------------------------------------------------------

_ENTRY_POINTS: dict[str, Callable[[], None]] = {}


def _entry_point(program: str) -> Callable[[], None]:
    """The console script ``program`` as installed (pyproject.toml ``[project.scripts]``)."""
    if program not in _ENTRY_POINTS:
        from importlib.metadata import entry_points

        (ep,) = entry_points(group="console_scripts", name=program)
        _ENTRY_POINTS[program] = ep.load()
    return _ENTRY_POINTS[program]


def _logging_state() -> tuple[Any, dict[str, tuple[list[Any], int, bool, bool]]]:
    """Every logger's handlers, level, propagation and disabled flag (and ``logging.disable``)."""
    loggers: dict[str, Any] = {"": logging.getLogger()}
    loggers.update((name, lg) for name, lg in logging.Logger.manager.loggerDict.items()
                   if isinstance(lg, logging.Logger))
    return (logging.root.manager.disable,
            {name: (list(lg.handlers), lg.level, lg.propagate, lg.disabled) for name, lg in loggers.items()})


def _restore_logging(saved: tuple[Any, dict[str, tuple[list[Any], int, bool, bool]]]) -> None:
    """Put logging back as :func:`_logging_state` found it; close the handlers added since."""
    disable, before = saved
    logging.disable(disable)
    kept = {id(h) for handlers, *_ in before.values() for h in handlers}
    for name, lg in [("", logging.getLogger()), *logging.Logger.manager.loggerDict.items()]:
        if not isinstance(lg, logging.Logger):
            continue
        handlers, level, propagate, disabled = before.get(name, ([], logging.NOTSET, True, False))
        for h in lg.handlers:
            if id(h) not in kept:
                h.close()
        lg.handlers[:] = handlers
        lg.setLevel(level)
        lg.propagate, lg.disabled = propagate, disabled


def _forget_process_caches() -> None:
    """Drop what a command caches for the rest of its process and that belongs to one workspace.

    The search vocabulary is held per workspace engine for the rest of the process; a new
    process starts without it.
    """
    from fieldapp.store import search

    search._VOCAB.clear()


_KEKS: dict[tuple[str, Any], bytes] = {}


def _remembered_derive(passphrase: str, params: Any) -> bytes:
    """:func:`fieldapp.security.kdf.derive`, computed once per passphrase and slot parameters.

    Argon2id keeps its floor in tests (64 MiB, t=3: ~0.2 s here), and every command unlocks
    its workspace again. The derivation is a pure function of its inputs, so the same inputs
    give the same key; a wrong passphrase or another slot's salt is derived afresh, and the
    key file's authenticated unwrap still decides every unlock.
    """
    from fieldapp.security import kdf

    key = (passphrase, params)
    if key not in _KEKS:
        _KEKS[key] = kdf.derive(passphrase, params)
    return _KEKS[key]


@contextlib.contextmanager
def _remembering_keys() -> Iterator[None]:
    """While a command runs in this process, unlocks reuse keys derived before."""
    from fieldapp.security import keyfile

    original = keyfile.derive
    keyfile.derive = _remembered_derive
    try:
        yield
    finally:
        keyfile.derive = original


@contextlib.contextmanager
def _as_a_new_process(env: dict[str, str], argv: list[str], stdin: str) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """Environment, argv, standard streams, logging and warnings as a fresh process would have
    them, all put back afterwards."""
    old_env = {k: os.environ.get(k) for k in env}
    old_argv, old_stdin = sys.argv, sys.stdin
    saved_logging = _logging_state()
    out, err = io.StringIO(), io.StringIO()
    try:
        os.environ.update(env)
        sys.argv, sys.stdin = argv, io.StringIO(stdin)
        # No handlers on the root logger (pytest's capture sits there), so that what a process
        # would print through logging's last resort or ``basicConfig`` goes to stderr here too.
        logging.getLogger().handlers[:] = []
        _forget_process_caches()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                warnings.catch_warnings():
            # Python's own default filters (pytest's would send warnings to its report, not stderr).
            warnings.resetwarnings()
            for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning, DeprecationWarning):
                warnings.filterwarnings("ignore", category=category)
            warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
            yield out, err
    finally:
        _forget_process_caches()
        _restore_logging(saved_logging)
        sys.argv, sys.stdin = old_argv, old_stdin
        for k, v in old_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_cli_inprocess(*args: str, env: dict[str, str] | None = None, input: str | None = None,
                      program: str = "fieldapp") -> Result:
    """Run the console script ``program`` in this process, as :func:`tests.conftest.run_cli` runs it
    in a new one: same arguments and environment (``FIELDAPP_PASSPHRASE`` by default), stdin
    ``input`` (not a terminal), stdout and stderr captured, ``SystemExit`` as the exit code and an
    exception that escapes as a traceback on stderr with exit 1. Passphrase-derived keys are
    remembered between calls (:func:`_remembered_derive`).
    """
    main = _entry_point(program)
    full_env = {"FIELDAPP_PASSPHRASE": os.environ.get("FIELDAPP_PASSPHRASE", PASSPHRASE), **(env or {})}
    code: int
    with _as_a_new_process(full_env, [str(BIN / program), *args], input or "") as (out, err), \
            _remembering_keys():
        try:
            main()
            code = 0
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = int(exc.code or 0)
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        except Exception:
            traceback.print_exc()
            code = 1
    return Result(code, out.getvalue(), err.getvalue())


# --- HQ process ---------------------------------------------------------------------------------

_LISTEN = re.compile(r"listening on (https://\S+)")
_FP = re.compile(r"fingerprint: ([0-9A-F:]+)")


class HqServer:
    """A ``fieldapp-hq`` data folder and its ``serve`` process."""

    def __init__(self, data: Path, db: str | None, backend: str):
        self.data = data
        self.db = db
        self.backend = backend
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self.port = 0
        self.fingerprint = ""
        self._engine: Any = None
        self._counter = 0

    # command line
    def cli(self, *args: str, check: bool = True, inprocess: bool = False) -> Any:
        """Run ``fieldapp-hq ARGS --data DIR`` (the recorded --db is used), as a process of its
        own or, with ``inprocess``, in this one (:func:`run_cli_inprocess`)."""
        runner = run_cli_inprocess if inprocess else run_cli
        r = runner(*args, "--data", str(self.data), program="fieldapp-hq")
        if check:
            assert r.code == 0, f"fieldapp-hq {' '.join(args)}: {r.err}"
        return r

    def init(self) -> None:
        """``fieldapp-hq init`` (with ``--db`` on PostgreSQL)."""
        args = ["init"] + (["--db", self.db] if self.db else [])
        self.cli(*args)

    def start(self, port: int = 0, workers: int = 1) -> None:
        """Start ``serve`` on loopback and wait until it answers."""
        if workers > 1 and not port:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [str(BIN / "fieldapp-hq"), "--data", str(self.data), "serve", "--host", "127.0.0.1",
             "--port", str(port), "--workers", str(workers)], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env={**os.environ}, start_new_session=True)
        assert self.proc.stdout is not None
        deadline = time.monotonic() + 30
        lines: list[str] = []
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"HQ did not start: {''.join(lines)} {err}")
            lines.append(line)
            m = _LISTEN.search(line)
            if m:
                self.url = m.group(1)
                self.port = int(self.url.rsplit(":", 1)[1])
            m = _FP.search(line)
            if m:
                self.fingerprint = m.group(1)
                break
        # Drain the pipes so a chatty server never blocks on a full pipe.
        for stream in (self.proc.stdout, self.proc.stderr):
            threading.Thread(target=_drain, args=(stream,), daemon=True).start()
        wait_port(self.port)

    def kill(self) -> None:
        """SIGKILL the server (no graceful shutdown)."""
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
            self.proc = None

    def stop(self) -> None:
        """SIGTERM the server and wait."""
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
            self.proc = None

    def restart(self) -> None:
        """Start again on the same port."""
        self.start(self.port)

    # users and devices
    def unique(self, prefix: str) -> str:
        """A user name not used before on this server."""
        self._counter += 1
        return f"{prefix} {uuid.uuid4().hex[:6]}{self._counter}"

    def add_user(self, role: str, *municipalities: str, name: str | None = None) -> str:
        """Add a user (directly in the database, like ``user add``); returns the name."""
        from sync.server.users.service import create_user

        name = name or self.unique(role)
        with self.database().write() as s:
            create_user(session=s, name=name, role=role, municipalities=list(municipalities))
        return name

    def code(self, user: str, hours: float = 24.0) -> str:
        """A fresh enrolment code for ``user``."""
        import datetime as dt

        from sync.server.devices.service import issue_code

        with self.database().write() as s:
            return issue_code(session=s, user_name=user, ttl=dt.timedelta(hours=hours)).code

    # database access from the test process (reads, and HQ actions such as reviews)
    @property
    def db_url(self) -> str:
        """The database URL the server uses."""
        return self.db or f"sqlite:///{self.data / 'hq.db'}"

    def database(self) -> Any:
        """A :class:`sync.server.db.Database` on the server's database."""
        from sync.server.db import Database

        if self._engine is None:
            self._engine = Database(self.db_url)
        return self._engine

    def scalar(self, sql: str, **params: Any) -> Any:
        """One value from the HQ database."""
        with self.database().read() as s:
            return s.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: Any) -> list[Any]:
        """Rows from the HQ database."""
        with self.database().read() as s:
            return list(s.execute(text(sql), params))

    def actor(self, name: str) -> Any:
        """The HQ actor of user ``name``."""
        from sync.server.users.service import actor_for

        with self.database().read() as s:
            return actor_for(session=s, name=name)

    def review(self, case_id: str, decision: str, by: str, comment: str | None = None) -> Any:
        """A review decision taken at HQ (in-process, as ``fieldapp-hq review`` does)."""
        from sync.server.review.service import decide

        actor = self.actor(by)
        with self.database().write() as s:
            return decide(session=s, actor=actor, case_id=case_id, decision=decision, comment=comment)

    def fingerprint_of_db(self) -> str:
        """A hash over every row of every HQ table: proves a request changed nothing."""
        from sync.server.models import Base

        h = hashlib.sha256()
        with self.database().read() as s:
            for table in sorted(Base.metadata.tables):
                h.update(table.encode())
                cols = Base.metadata.tables[table].primary_key.columns.keys() or ["1"]
                order = ", ".join(f'"{c}"' for c in cols)
                for row in s.execute(text(f'SELECT * FROM "{table}" ORDER BY {order}')):
                    h.update(repr(tuple(row)).encode())
        return h.hexdigest()

    def close(self) -> None:
        """Stop the server and release the database."""
        self.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _drain(stream: Any) -> None:
    with contextlib.suppress(Exception):
        for _ in stream:
            pass


def wait_port(port: int, timeout: float = 20) -> None:
    """Wait until something accepts connections on loopback ``port``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


@contextlib.contextmanager
def running_hq(tmp: Path, backend: str) -> Iterator[HqServer]:
    """An initialised, serving HQ on ``backend`` ("sqlite" or "postgres")."""
    with contextlib.ExitStack() as stack:
        db = stack.enter_context(fresh_pg_database()) if backend == "postgres" else None
        hq = HqServer(tmp / f"hq-{backend}", db, backend)
        hq.init()
        hq.start()
        stack.callback(hq.close)
        yield hq


# --- devices ------------------------------------------------------------------------------------

@dataclass
class Device:
    """A real encrypted workspace on a (pretend) laptop.

    :meth:`cli` runs each command as a process of its own, or in the test process when
    ``inprocess`` is set (:func:`run_cli_inprocess`); ``process=True`` or ``False`` on one call
    overrides that.
    """

    root: Path
    officer: str
    municipality: str
    device_id: str = ""
    info: dict[str, Any] = field(default_factory=dict)
    inprocess: bool = False

    def cli(self, *args: str, check: bool = True, env: dict[str, str] | None = None,
            process: bool | None = None) -> Any:
        """Run ``fieldapp ARGS --workspace ROOT``."""
        own_process = not self.inprocess if process is None else process
        runner = run_cli if own_process else run_cli_inprocess
        r = runner(*args, "--workspace", str(self.root), env=env)
        if check:
            assert r.code == 0, f"fieldapp {' '.join(args)}: {r.err}"
        return r

    _ws: Any = None

    @contextlib.contextmanager
    def open(self) -> Iterator[Any]:
        """The workspace, unlocked once in this process and kept open between steps.

        Unlocking costs an Argon2id derivation; the tests unlock once per device. Commands run
        in other processes meanwhile see the same database (SQLite WAL).
        """
        from fieldapp.store.workspace import Workspace

        if self._ws is None or self._ws.engine is None:
            self._ws = Workspace.open(self.root, PASSPHRASE)
        yield self._ws

    def close(self) -> None:
        """Lock the cached workspace."""
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def enrol(self, hq: HqServer, user: str) -> None:
        """``fieldapp enrol`` with a fresh code and the printed fingerprint."""
        r = self.cli("enrol", "--hq", hq.url, "--code", hq.code(user), "--fingerprint",
                     hq.fingerprint, "--json")
        self.info = r.json()
        self.device_id = self.info["device_id"]

    def enrol_inprocess(self, hq: HqServer, user: str) -> None:
        """Enrol through the engine in this process (what ``fieldapp enrol`` runs)."""
        from sync.engine.enrol import enrol

        with self.open() as ws:
            result = enrol(ws, url=hq.url, code=hq.code(user), fingerprint=hq.fingerprint)
        self.info = result.to_json()
        self.device_id = result.device_id

    def identity(self) -> Any:
        """The device's sync identity (keys, HQ pin)."""
        from sync.engine.identity import load_identity

        with self.open() as ws:
            return load_identity(ws)

    def sync(self, *, url: str | None = None, batch_size: int = 500, page_size: int = 500,
             own_workspace: bool = False) -> Any:
        """One sync in-process (optionally through another address, e.g. a proxy).

        With ``own_workspace`` the sync unlocks a workspace of its own and locks it afterwards:
        a store connection serves only the thread that opened it, so a sync run on another
        thread (as the desktop app's store thread does) needs its own.
        """
        from fieldapp.store.workspace import Workspace
        from sync.engine.sync import SyncEngine

        if own_workspace:
            ws = Workspace.open(self.root, PASSPHRASE)
            try:
                with SyncEngine(ws, url=url, batch_size=batch_size, page_size=page_size,
                                timeout=20) as engine:
                    return engine.sync()
            finally:
                ws.close()
        with self.open() as ws, SyncEngine(ws, url=url, batch_size=batch_size,
                                           page_size=page_size, timeout=20) as engine:
            return engine.sync()

    def import_cases(self, docs: list[dict[str, Any]]) -> list[str]:
        """Import case documents in-process; returns their ids."""
        from fieldapp.domain.interchange import validate_case
        from fieldapp.store.cases import CaseWriter

        ids = []
        with self.open() as ws, ws.write() as ctx:
            writer = CaseWriter(ctx)
            for d in docs:
                ids.append(writer.add(validate_case(d))["id"])
            writer.flush()
        return ids

    def state(self, ids: list[str] | None = None) -> dict[str, Any]:
        """Cases (all, or ``ids``) as status, revision, content, notes, history length; outbox size."""
        from fieldapp.store import cases as store_cases
        from fieldapp.store import remote

        with self.open() as ws, ws.read() as s:
            out = {}
            wanted = ids if ids is not None else [r.id for r in store_cases.list_cases(s, limit=None)]
            for cid in wanted:
                doc = store_cases.get_case(s, cid)
                row = doc
                out[row["id"]] = {"status": doc["status"], "revision": doc["revision"],
                               "content": content_of(doc), "notes": sorted(n["text"] for n in doc["notes"]),
                               "history": len(doc["history"]), "sync_state": doc["sync_state"]}
            live = s.execute(text("SELECT count(*) FROM cases WHERE deleted = 0")).scalar()
            return {"cases": out, "outbox": remote.pending_count(s), "live": int(live or 0),
                    "device_seq": int(remote.meta_value(s, "device_seq", 0) or 0)}


def workspace_digest(dev: Device) -> str:
    """A hash over every row of every table of the workspace: proves nothing changed."""
    h = hashlib.sha256()
    with dev.open() as ws, ws.read() as s:
        tables = [r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'case_fts%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"))]
        for t in tables:
            h.update(t.encode())
            for row in s.execute(text(f'SELECT * FROM "{t}" ORDER BY 1')):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def content_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The editable content of a document (what HQ stores as ``content``)."""
    from fieldapp.domain.interchange import CONTENT_FIELDS

    return {k: doc[k] for k in CONTENT_FIELDS if k != "notes"}


def hq_state(hq: HqServer, ids: list[str]) -> dict[str, Any]:
    """HQ's view of the given cases, comparable with :meth:`Device.state`."""
    out = {}
    for cid in ids:
        row = hq.rows("SELECT status, revision, content FROM cases WHERE id = :i", i=cid)
        if not row:
            continue
        status, revision, content = row[0]
        if isinstance(content, str):
            content = json.loads(content)
        notes = sorted(r[0] for r in hq.rows("SELECT text FROM case_notes WHERE case_id = :i", i=cid))
        history = hq.scalar("SELECT count(*) FROM case_history WHERE case_id = :i", i=cid)
        out[cid] = {"status": status, "revision": revision, "content": content, "notes": notes,
                    "history": int(history)}
    return out


def new_device(tmp: Path, officer: str, municipality: str = "20", *, inprocess: bool = False,
               cli_inprocess: bool = False) -> Device:
    """A workspace for ``officer``: through ``fieldapp init``, or in-process (cheaper).

    With ``cli_inprocess`` the ``fieldapp`` commands, ``init`` included, run in the test process
    (:attr:`Device.inprocess`).
    """
    root = tmp / f"dev-{uuid.uuid4().hex[:8]}"
    if inprocess:
        from fieldapp.store.workspace import Workspace

        Workspace.create(root, officer=officer, municipality=municipality, passphrase=PASSPHRASE).close()
    else:
        runner = run_cli_inprocess if cli_inprocess else run_cli
        r = runner("init", "--officer", officer, "--municipality", municipality, "--workspace", str(root))
        assert r.code == 0, r.err
    return Device(root, officer, municipality, inprocess=cli_inprocess)


def cases_for(municipality: str, n: int, **changes: Any) -> list[dict[str, Any]]:
    """``n`` sample cases of ``municipality``."""
    return [sample_case(**{"municipality": municipality, "settlement": f"Settlement {i}", **changes})
            for i in range(n)]


def signed_request(ident: Any, url: str, method: str, path: str, body: bytes = b"", *,
                   query: str = "", headers: dict[str, str] | None = None,
                   timestamp_ms: int | None = None, key: Any = None) -> Any:
    """Send one request signed by a device (or by ``key``), returning the raw httpx response."""
    import httpx

    from sync.client.http import pinned_context
    from sync.protocol.signing import sign_request

    auth = sign_request(key or ident.sign_key, method=method, path=path, query=query,
                        device_id=ident.device_id, body=body, timestamp_ms=timestamp_ms)
    all_headers = {"Content-Type": "application/json", **auth.as_dict(), **(headers or {})}
    with httpx.Client(base_url=url, verify=pinned_context(ident.cert_pem), timeout=30) as client:
        return client.request(method, path + (f"?{query}" if query else ""), content=body,
                              headers=all_headers)


# --- a proxy that cuts connections -------------------------------------------------------------

class CuttingProxy:
    """A loopback TCP proxy that drops each connection after ``limit`` bytes (both directions).

    ``limit=None`` forwards everything (and counts bytes: :attr:`total`).
    """

    def __init__(self, upstream_port: int, limit: int | None = None):
        self.upstream_port = upstream_port
        self.limit = limit
        self.total = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The proxy's HTTPS address."""
        return f"https://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(client,), daemon=True).start()

    def _pipe(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:
            client.close()
            return
        for s in (client, upstream):
            # Forward small TLS records at once (Nagle plus delayed ACKs would add 40 ms each).
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        budget = {"left": self.limit}
        done = threading.Event()

        def cut() -> None:
            done.set()
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    # An abortive close (RST), as when a cable is pulled mid-transfer. The
                    # shutdown wakes the other direction's thread, blocked in recv() on it.
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()

        def forward(src: socket.socket, dst: socket.socket) -> None:
            try:
                while not done.is_set():
                    data = src.recv(65536)
                    if not data:
                        break
                    with self._lock:
                        left = budget["left"]
                        if left is not None:
                            if len(data) >= left:
                                data = data[:left]
                                budget["left"] = 0
                            else:
                                budget["left"] = left - len(data)
                        self.total += len(data)
                    if data:
                        dst.sendall(data)
                    if budget["left"] == 0:
                        self.cuts += 1
                        cut()
                        return
            except OSError:
                pass
            finally:
                if not done.is_set():
                    cut()

        t = threading.Thread(target=forward, args=(upstream, client), daemon=True)
        t.start()
        forward(client, upstream)
        t.join(timeout=30)

    def close(self) -> None:
        """Stop accepting connections."""
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()


__all__ = ["PASSPHRASE", "ROOT", "CuttingProxy", "Device", "HqServer", "cases_for", "content_of",
           "fresh_pg_database", "hq_state", "new_device", "run_cli_inprocess", "running_hq",
           "signed_request", "wait_port", "workspace_digest"]
