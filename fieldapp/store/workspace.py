"""The encrypted workspace folder: create, unlock, lock, officers and passphrases.

Layout of a workspace folder (nothing in it but the database names a person):

- ``workspace.db`` (+ ``-wal``/``-shm``): the SQLCipher database;
- ``keys.json``: the key slots (see :mod:`fieldapp.security.keyfile`);
- ``lockout.json``: failed-unlock counter that drives the growing delay;
- ``logs/``: the application log, free of personal data;
- ``backups/``: encrypted copies taken before migrations.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.case_numbers import new_device_short_id
from fieldapp.domain.errors import UserError
from fieldapp.domain.reference import shipped
from fieldapp.fsutil import atomic_write, ensure_private_dir
from fieldapp.security.keyfile import KeyFile, Slot, WrongPassphrase, new_dek
from fieldapp.store import migrate
from fieldapp.store.context import Actor, WriteContext, utc_now
from fieldapp.store.engine import is_database_error, make_engine
from fieldapp.store.models import Meta, Officer
from fieldapp.store.scope import ENROLMENT, laptop_scope

DB_NAME = "workspace.db"
KEY_NAME = "keys.json"
LOCKOUT_NAME = "lockout.json"
FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0


class WorkspaceError(UserError):
    """The workspace cannot be used as asked; the message names the file and what to do."""


def default_root() -> Path:
    """``FIELDAPP_HOME``, else the user's data directory."""
    env = os.environ.get("FIELDAPP_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldApp", appauthor=False)) / "workspace"


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS - 1))


@dataclass
class Lockout:
    """Failed-unlock bookkeeping, stored beside the key file (it names no one)."""

    path: Path
    failures: int = 0
    last_failure: float = 0.0

    @classmethod
    def load(cls, path: Path) -> Lockout:
        """Read the counter; an unreadable file counts as a fresh one."""
        try:
            data = json.loads(path.read_text())
            return cls(path, int(data["failures"]), float(data["last_failure"]))
        except (OSError, ValueError, KeyError, TypeError):
            return cls(path)

    def wait_remaining(self) -> float:
        """Seconds until the next try is allowed."""
        return max(0.0, self.last_failure + unlock_delay(self.failures) - time.time())

    def record_failure(self) -> None:
        """Count one more wrong passphrase."""
        self.failures += 1
        self.last_failure = time.time()
        self._save()

    def reset(self) -> None:
        """Forget failures after a successful unlock."""
        if self.failures:
            self.failures = 0
            self.last_failure = 0.0
            self._save()

    def _save(self) -> None:
        atomic_write(self.path, json.dumps({"failures": self.failures,
                                            "last_failure": self.last_failure}).encode())


class Workspace:
    """An unlocked workspace: the engine on the encrypted database and who unlocked it."""

    def __init__(self, root: Path, keyfile: KeyFile, slot: Slot, dek: bytes, engine: Engine):
        self.root = root
        self.keyfile = keyfile
        self.slot = slot
        self._dek: bytearray | None = bytearray(dek)
        self.engine: Engine | None = engine
        self._actor: Actor | None = None

    # --- paths -----------------------------------------------------------------------------
    @staticmethod
    def db_path_of(root: Path) -> Path:
        """Where the database of the workspace at ``root`` lives."""
        return root / DB_NAME

    @property
    def db_path(self) -> Path:
        """The database file."""
        return self.root / DB_NAME

    @property
    def key_path(self) -> Path:
        """The key file."""
        return self.root / KEY_NAME

    @property
    def log_dir(self) -> Path:
        """The log folder."""
        return self.root / "logs"

    @property
    def backup_dir(self) -> Path:
        """Where pre-migration copies go."""
        return self.root / "backups"

    # --- creating and opening ----------------------------------------------------------------
    @classmethod
    def create(cls, root: Path, *, officer: str, municipality: str, passphrase: str,
               role: str = workflow.OFFICER) -> Workspace:
        """Create a new encrypted workspace at ``root`` and return it unlocked."""
        officer = _check_officer_name(officer)
        if municipality not in shipped().municipalities:
            raise WorkspaceError("store.unknown_municipality", code=municipality,
                                 codes=list(shipped().municipalities))
        _check_passphrase(passphrase)
        root = Path(root)
        if (root / KEY_NAME).exists() or (root / DB_NAME).exists():
            raise WorkspaceError("store.already_a_workspace", path=str(root))
        ensure_private_dir(root)
        ensure_private_dir(root / "logs")
        import uuid

        dek = new_dek()
        # Create the database file owner-only before SQLite writes to it (its -wal and -shm
        # files take the same permissions).
        os.close(os.open(root / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        keyfile = KeyFile(str(uuid.uuid4()))
        slot = keyfile.add_slot(officer, role, passphrase, dek)
        engine = make_engine(root / DB_NAME, dek)
        try:
            migrate.upgrade(engine, root / DB_NAME, root / "backups")
            ws = cls(root, keyfile, slot, dek, engine)
            ws._actor = Actor(officer, role, new_device_short_id(), (municipality,))
            with ws.write() as ctx:
                now = utc_now()
                ctx.set_meta("workspace_id", keyfile.workspace_id)
                ctx.set_meta("device_short_id", ws._actor.device)
                ctx.set_meta("municipality", municipality)
                ctx.set_meta("created_at", now)
                ctx.session.add(Officer(name=officer, role=role, slot_id=slot.id, created_at=now))
                ctx.audit.append(at=now, officer=officer, action="workspace.create",
                                 detail={"municipality": municipality})
            # The key file is written last: a workspace without it is not yet a workspace.
            keyfile.save(root / KEY_NAME)
        except BaseException:
            engine.dispose()
            for name in (KEY_NAME, DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (root / name).unlink()
            raise
        return ws

    @classmethod
    def open(cls, root: Path, passphrase: str, *, officer: str | None = None,
             wait: bool = True) -> Workspace:
        """Unlock the workspace at ``root`` with ``passphrase``.

        After repeated failures each try must wait a growing delay; with ``wait`` the call
        sleeps it out, otherwise it raises :class:`WrongPassphrase` saying how long to wait.
        """
        root = Path(root)
        keyfile = KeyFile.load(root / KEY_NAME)
        db_path = root / DB_NAME
        check_database_file(db_path)
        lockout = Lockout.load(root / LOCKOUT_NAME)
        remaining = lockout.wait_remaining()
        if remaining > 0:
            if not wait:
                raise WrongPassphrase("keys.too_many_attempts", seconds=round(remaining))
            time.sleep(remaining)
        try:
            slot, dek = keyfile.unlock(passphrase, officer)
        except WrongPassphrase:
            lockout.record_failure()
            delay = unlock_delay(lockout.failures)
            if delay:
                raise WrongPassphrase("keys.wrong_passphrase_counted_wait", failures=lockout.failures,
                                      seconds=round(delay)) from None
            raise WrongPassphrase("keys.wrong_passphrase_counted", failures=lockout.failures) from None
        lockout.reset()
        engine = make_engine(db_path, dek)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            migrate.upgrade(engine, db_path, root / "backups")
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            if is_database_error(exc):
                raise WorkspaceError("store.database_damaged_or_foreign", path=str(db_path)) from None
            raise WorkspaceError("store.database_unopenable", path=str(db_path),
                                 reason=str(getattr(exc, "orig", exc))) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(root, keyfile, slot, dek, engine)

    @classmethod
    def attach(cls, root: Path, *, slot_id: str, dek: bytes) -> Workspace:
        """Open a workspace already unlocked elsewhere in this session (a helper process).

        The data key comes from the process that unlocked it; the database must already be at
        the current schema (that process migrated it on opening).
        """
        root = Path(root)
        keyfile = KeyFile.load(root / KEY_NAME)
        slot = next((s for s in keyfile.slots if s.id == slot_id), None)
        if slot is None:
            raise WorkspaceError("store.slot_gone")
        engine = make_engine(root / DB_NAME, dek)
        try:
            with engine.connect() as conn:
                current = migrate.current_revision(conn)
                conn.rollback()
        except (DatabaseError, OperationalError):
            engine.dispose()
            raise WorkspaceError("store.database_wrong_key", path=str(root / DB_NAME)) from None
        if current != migrate.HEAD:
            engine.dispose()
            raise WorkspaceError("store.schema_changed")
        return cls(root, keyfile, slot, dek, engine)

    # --- transactions -----------------------------------------------------------------------
    @property
    def actor(self) -> Actor:
        """The unlocked officer, the laptop's role and municipalities, and the device short id.

        An enrolled laptop acts with the role and municipalities of its HQ user; before
        enrolment, with the officer's key-slot role in the workspace's municipality.
        """
        if self._actor is None:
            with self.read() as s:
                device = s.get(Meta, "device_short_id")
                role = s.execute(select(Officer.role).where(Officer.slot_id == self.slot.id)).scalar()
                device_id = str(device.value) if device else "XXXX"
                scope = laptop_scope(s, role or self.slot.role)
            self._actor = Actor(self.slot.officer, scope.role, device_id, scope.municipalities)
        return self._actor

    def _engine(self) -> Engine:
        if self.engine is None:
            raise WorkspaceError("store.locked")
        return self.engine

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (one consistent snapshot)."""
        with Session(self._engine()) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[WriteContext]:
        """A write transaction (``BEGIN IMMEDIATE``); commits on success, rolls back on error."""
        conn = self._engine().connect().execution_options(write=True)
        try:
            with Session(conn) as session:
                ctx = WriteContext(session, self.actor)
                try:
                    yield ctx
                    ctx.flush()
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
                if ENROLMENT in ctx.written_meta or "municipality" in ctx.written_meta:
                    self._actor = None  # enrolled just now: act for the HQ user from here on
        finally:
            conn.close()

    def meta(self, key: str, default: Any = None) -> Any:
        """Read one meta value."""
        with self.read() as s:
            row = s.get(Meta, key)
            return row.value if row is not None else default

    # --- officers and passphrases ------------------------------------------------------------
    def add_officer(self, name: str, passphrase: str, role: str = workflow.OFFICER) -> None:
        """Give another officer a key slot on this laptop."""
        name = _check_officer_name(name)
        _check_passphrase(passphrase)
        keyfile = KeyFile.load(self.key_path)
        slot = keyfile.add_slot(name, role, passphrase, self.dek)
        with self.write() as ctx:
            now = utc_now()
            ctx.session.add(Officer(name=name, role=role, slot_id=slot.id, created_at=now))
            ctx.audit.append(at=now, officer=self.actor.officer, action="officer.add",
                             detail={"slot": slot.id, "role": role})
            # Inside the transaction: if the key file cannot be written, the officer row rolls back.
            keyfile.save(self.key_path)
        self.keyfile = keyfile

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key for the unlocked officer; the database is not rewritten."""
        _check_passphrase(new_passphrase)
        keyfile = KeyFile.load(self.key_path)
        slot = next((s for s in keyfile.slots if s.id == self.slot.id), None)
        if slot is None:
            raise WorkspaceError("store.own_slot_gone")
        keyfile.rewrap(slot, new_passphrase, self.dek)
        with self.write() as ctx:
            ctx.audit.append(at=utc_now(), officer=self.actor.officer, action="passphrase.change",
                             detail={"slot": slot.id})
            keyfile.save(self.key_path)
        self.keyfile = keyfile

    @property
    def dek(self) -> bytes:
        """The data key; only while unlocked."""
        if self._dek is None:
            raise WorkspaceError("store.locked")
        return bytes(self._dek)

    def close(self) -> None:
        """Lock: close every connection and overwrite the data key in memory."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self._dek is not None:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_database_file(db_path: Path) -> None:
    """Refuse a missing or visibly truncated database before SQLCipher touches it."""
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise WorkspaceError("store.database_missing", path=str(db_path)) from None
    wal = db_path.with_name(db_path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if size == 0 and not has_wal:
        raise WorkspaceError("store.database_empty", path=str(db_path))
    if size % 1024 != 0:
        raise WorkspaceError("store.database_truncated", path=str(db_path))


def _check_officer_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 100 or any(ord(c) < 32 for c in name):
        raise WorkspaceError("store.officer_name_invalid")
    return name


MIN_PASSPHRASE = 10


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WorkspaceError("store.passphrase_too_short", min=MIN_PASSPHRASE)
