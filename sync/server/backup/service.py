"""Creating and restoring HQ backups (keyword-only functions; the command line is thin).

A backup holds the configuration (``config.json``), every key file (``keys/``), the TLS
certificates and keys (``tls/``) and a logical copy of every table of the database. The copy
is consistent: on SQLite it is read from a snapshot taken with SQLite's online backup API, on
PostgreSQL inside one REPEATABLE READ transaction, so a backup can be made while HQ serves.
Because the copy is logical, a backup made on SQLite restores onto PostgreSQL and back.

A restore builds the new HQ beside the target folder and moves it into place only when every
record has been read and checked: on PostgreSQL the schema and rows are written in one
transaction, on SQLite into a new database file inside the new folder. A folder that already
holds an HQ (or anything else) is replaced only with ``force``; the folder it replaces is kept
beside it under a ``.replaced-<time>`` name.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, delete, inspect, select, text
from sqlalchemy.engine import make_url

from fieldapp import __version__
from fieldapp.fsutil import atomic_writer, ensure_private_dir, fsync_dir
from sync.server import migrate
from sync.server.backup.archive import FORMAT, RecordWriter, decode_value, read_records
from sync.server.config import CONFIG, DataDir, HqError

BATCH = 2000
# What a backup copies from the data folder besides the database.
_FOLDERS = ("keys", "tls")


@dataclass
class BackupResult:
    """What ``backup create`` wrote."""

    path: Path
    backend: str
    schema: str
    rows: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """As ``backup create --json`` prints it."""
        return {"file": str(self.path), "backend": self.backend, "schema": self.schema,
                "rows": self.rows, "files": self.files, "seconds": round(self.seconds, 3)}


@dataclass
class RestoreResult:
    """What ``backup restore`` put in place."""

    data: Path
    db: str
    backend: str
    schema: str
    hq_id: str
    rows: dict[str, int] = field(default_factory=dict)
    replaced: Path | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """As ``backup restore --json`` prints it."""
        return {"data": str(self.data), "db": self.db, "backend": self.backend,
                "schema": self.schema, "hq_id": self.hq_id, "rows": self.rows,
                "replaced": str(self.replaced) if self.replaced else None,
                "seconds": round(self.seconds, 3)}


def _backend(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else make_url(url).get_backend_name()


def _data_files(data: DataDir) -> Iterator[tuple[str, Path]]:
    yield CONFIG, data.config_path
    for folder in _FOLDERS:
        base = data.root / folder
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    yield p.relative_to(data.root).as_posix(), p


@contextlib.contextmanager
def _snapshot(url: str, data: DataDir) -> Iterator[Connection]:
    """A connection that sees one consistent state of the database at ``url``."""
    if _backend(url) == "sqlite":
        source = make_url(url).database
        if not source or not Path(source).exists():
            raise HqError("hqops.backup.no_database", url=url)
        scratch = Path(tempfile.mkdtemp(prefix=".backup-", dir=data.root))
        try:
            copy = scratch / "snapshot.db"
            src, dst = sqlite3.connect(source), sqlite3.connect(copy)
            try:
                src.backup(dst)  # the online backup API: consistent even while HQ writes
            finally:
                src.close()
                dst.close()
            engine = create_engine(f"sqlite:///{copy}")
            try:
                with engine.connect() as conn:
                    yield conn
            finally:
                engine.dispose()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return
    engine = create_engine(url)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            yield conn
    finally:
        engine.dispose()


def _tables(conn: Connection) -> MetaData:
    meta = MetaData()
    meta.reflect(bind=conn)
    return meta


def create_backup(*, data: DataDir, db_url: str, out: Path, passphrase: str) -> BackupResult:
    """Write an encrypted backup of the HQ in ``data`` (database at ``db_url``) to ``out``."""
    started = time.monotonic()
    config = data.read_config()
    if out.exists() and out.is_dir():
        raise HqError("hqops.backup.is_a_folder", path=str(out))
    if not out.parent.is_dir():
        raise HqError("hqops.backup.no_folder", path=str(out.parent))
    backend = _backend(db_url)
    result = BackupResult(out, backend, "")
    with _snapshot(db_url, data) as conn:
        schema = migrate.current_revision_of(conn)
        if schema is None:
            raise HqError("hq.cli.no_schema")
        result.schema = schema
        meta = _tables(conn)
        try:
            with atomic_writer(out) as f:
                writer = RecordWriter(f, passphrase)
                writer.write({"kind": "manifest", "format": FORMAT, "created": _now(),
                              "hq_id": str(config.get("hq_id")), "backend": backend,
                              "schema": schema, "version": __version__})
                for name, path in _data_files(data):
                    writer.write({"kind": "file", "path": name, "mode": path.stat().st_mode & 0o777,
                                  "data": base64.b64encode(path.read_bytes()).decode("ascii")})
                    result.files.append(name)
                for table in meta.sorted_tables:
                    if table.name == "alembic_version" or table.name.startswith("sqlite_"):
                        continue
                    columns = [c.name for c in table.columns]
                    writer.write({"kind": "table", "name": table.name, "columns": columns})
                    n = 0
                    order = list(table.primary_key.columns) or list(table.columns)
                    rows = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
                        select(table).order_by(*order))
                    for part in rows.partitions(BATCH):
                        writer.write({"kind": "rows", "name": table.name, "rows": [list(r) for r in part]})
                        n += len(part)
                    result.rows[table.name] = n
                writer.write({"kind": "end", "rows": result.rows})
                writer.finish()
        except OSError as exc:
            raise HqError("hqops.backup.cannot_write", path=str(out), reason=str(exc.strerror)) from None
    result.seconds = time.monotonic() - started
    return result


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- restore -------------------------------------------------------------------------------------

def _check_target(root: Path, force: bool) -> None:
    if not root.exists():
        return
    if not root.is_dir():
        raise HqError("hqops.restore.not_a_folder", path=str(root))
    if force:
        return
    if (root / CONFIG).exists():
        raise HqError("hqops.restore.live_hq", root=str(root))
    if any(root.iterdir()):
        raise HqError("hqops.restore.not_empty", root=str(root))


def _empty_database(engine: Engine, url: str, force: bool) -> None:
    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
    if names and not force:
        raise HqError("hqops.restore.database_not_empty", url=_safe(url))


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(database URL)"


def _upgrade(conn: Connection, target: str) -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


class _Loader:
    """Writes the table records of a backup into a database that has the backup's schema."""

    def __init__(self, conn: Connection, name: str):
        self.conn = conn
        self.name = name
        self.meta = _tables(conn)
        self.rows: dict[str, int] = {}
        self._binary: dict[str, list[int]] = {}
        self._columns: dict[str, list[str]] = {}
        # Rows a migration seeded (the change counter) give way to the backup's.
        for table in reversed(self.meta.sorted_tables):
            if table.name != "alembic_version":
                conn.execute(delete(table))

    def table(self, record: dict[str, Any]) -> None:
        """A table's column list: checked against the schema just created."""
        name, columns = str(record.get("name")), record.get("columns")
        table = self.meta.tables.get(name)
        if table is None or not isinstance(columns, list) or not set(columns) <= set(table.columns.keys()):
            raise HqError("hqops.restore.schema_differs", path=self.name, table=name)
        self._columns[name] = [str(c) for c in columns]
        self._binary[name] = [i for i, c in enumerate(columns) if _is_binary(table.columns[c])]
        self.rows[name] = 0

    def add(self, record: dict[str, Any]) -> None:
        """A batch of rows of a table announced before."""
        name = str(record.get("name"))
        columns = self._columns.get(name)
        rows = record.get("rows")
        if columns is None or not isinstance(rows, list):
            raise HqError("hqops.backup.damaged", path=self.name)
        binary = self._binary[name]
        values = []
        for row in rows:
            if not isinstance(row, list) or len(row) != len(columns):
                raise HqError("hqops.backup.damaged", path=self.name)
            for i in binary:
                row[i] = decode_value(row[i])
            values.append(dict(zip(columns, row, strict=True)))
        if values:
            self.conn.execute(self.meta.tables[name].insert(), values)
        self.rows[name] += len(values)

    def reset_sequences(self) -> None:
        """On PostgreSQL, move each serial column's sequence past the restored ids."""
        if self.conn.dialect.name != "postgresql":
            return
        for table in self.meta.sorted_tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].type.python_type is int and table.name in self.rows:
                col = pk[0].name
                self.conn.execute(text(
                    f'SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX("{col}"), 0) + 1, false) '
                    f'FROM "{table.name}"'), {"t": table.name, "c": col})


def _is_binary(column: Any) -> bool:
    try:
        return column.type.python_type is bytes
    except NotImplementedError:
        return False


def restore_backup(*, source: Path, data: DataDir, db_url: str | None, passphrase: str,
                   force: bool = False) -> RestoreResult:
    """Restore the backup ``source`` as the HQ in ``data`` (database ``db_url``, else the one the
    backup's configuration names, else SQLite inside the folder); see the module's description."""
    started = time.monotonic()
    root = data.root.expanduser().absolute()
    _check_target(root, force)
    try:
        f = source.open("rb")
    except OSError as exc:
        raise HqError("hq.cli.cannot_read", path=str(source), reason=str(exc.strerror)) from None
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = root.parent / f".{root.name}.restore-{secrets.token_hex(4)}"
    ensure_private_dir(staging)
    engine: Engine | None = None
    try:
        with f:
            records = read_records(f, passphrase, str(source))
            manifest = next(records, None)
            if not manifest or manifest.get("kind") != "manifest" or manifest.get("format") != FORMAT:
                raise HqError("hqops.backup.damaged", path=str(source))
            schema = str(manifest.get("schema"))
            if schema not in migrate.known_revisions():
                raise HqError("hqops.restore.newer_schema", path=str(source), schema=schema)
            config: dict[str, Any] | None = None
            record = next(records, None)
            while record is not None and record.get("kind") == "file":
                rel = Path(str(record.get("path")))
                if rel.is_absolute() or ".." in rel.parts:
                    raise HqError("hqops.backup.damaged", path=str(source))
                raw = base64.b64decode(str(record.get("data")))
                if rel.as_posix() == CONFIG:
                    config = json.loads(raw)
                else:
                    for parent in reversed(rel.parents[:-1]):
                        ensure_private_dir(staging / parent)
                    with atomic_writer(staging / rel, mode=int(record.get("mode") or 0o600) & 0o644) as out:
                        out.write(raw)
                record = next(records, None)
            if not isinstance(config, dict):
                raise HqError("hqops.backup.damaged", path=str(source))
            recorded = config.get("db") if isinstance(config.get("db"), str) else None
            target_url = db_url or recorded
            sqlite_here = target_url is None
            url = target_url or f"sqlite:///{staging / 'hq.db'}"
            if sqlite_here:
                os.close(os.open(staging / "hq.db", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            engine = create_engine(url)
            if not sqlite_here:
                _empty_database(engine, url, force)
            with engine.connect() as conn:
                trans = conn.begin()
                if not sqlite_here and force:
                    _tables(conn).drop_all(bind=conn)
                _upgrade(conn, schema)
                loader = _Loader(conn, str(source))
                end: dict[str, Any] | None = None
                while record is not None:
                    kind = record.get("kind")
                    if kind == "table":
                        loader.table(record)
                    elif kind == "rows":
                        loader.add(record)
                    elif kind == "end":
                        end = record
                    else:
                        raise HqError("hqops.backup.damaged", path=str(source))
                    record = next(records, None)
                if end is None or end.get("rows") != loader.rows:
                    raise HqError("hqops.backup.truncated", path=str(source))
                loader.reset_sequences()
                if schema != migrate.HEAD:
                    _upgrade(conn, "head")
                trans.commit()
            engine.dispose()
            engine = None
        config["db"] = target_url
        with atomic_writer(staging / CONFIG) as out:
            out.write(json.dumps(config, indent=1).encode())
        ensure_private_dir(staging / "quarantine")
        replaced = _swap(staging, root)
    except BaseException:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(root, _safe(url if not sqlite_here else f"sqlite:///{root / 'hq.db'}"),
                         _backend(url), schema, str(config.get("hq_id")), loader.rows, replaced,
                         time.monotonic() - started)


def _swap(staging: Path, root: Path) -> Path | None:
    """Put ``staging`` in place of ``root``; an existing ``root`` is kept aside and returned."""
    replaced = None
    if root.exists():
        if any(root.iterdir()):
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            replaced = root.with_name(f"{root.name}.replaced-{stamp}")
            os.replace(root, replaced)
        else:
            root.rmdir()
    os.replace(staging, root)
    fsync_dir(root.parent)
    return replaced
