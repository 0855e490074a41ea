"""Encrypted workspace backups: one file that restores to a working workspace elsewhere.

Layout: ``FLDBAK01`` magic, a 4-byte header length, a JSON header (format, creation time, the
key file, the database length), the database copy (SQLCipher pages, encrypted under the data
key), and an HMAC-SHA256 over all of it with a key derived from the data key. The key file's
slots mean the same passphrase opens the backup; the HMAC means a damaged or altered backup is
refused before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import struct
import tempfile
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.domain.errors import UserError
from fieldapp.fsutil import atomic_writer, ensure_private_dir
from fieldapp.security.keyfile import KeyFile, KeyFileError
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import DB_NAME, KEY_NAME, Workspace, WorkspaceError

MAGIC = b"FLDBAK01"
FORMAT = "fieldapp.backup/1"
_CHUNK = 1 << 20


class BackupError(UserError):
    """The backup file cannot be used; the message names it."""


def _mac_key(dek: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fieldapp backup mac").derive(dek)


def create_backup(ws: Workspace, out: Path) -> int:
    """Write an encrypted backup of ``ws`` to ``out`` atomically; returns its size in bytes."""
    out = Path(out)
    if out.is_dir():
        raise BackupError("backup.target_is_folder", path=str(out))
    if not out.parent.exists():
        raise BackupError("backup.folder_missing", path=str(out.parent))
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".db", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_database(ws, tmp)
        header = json.dumps({"format": FORMAT, "created": utc_now(), "keyfile": json.loads(ws.keyfile.to_bytes()),
                             "db_bytes": tmp.stat().st_size}).encode()
        mac = hmac.new(_mac_key(ws.dek), digestmod=hashlib.sha256)
        with atomic_writer(out) as fh:
            for part in (MAGIC, struct.pack(">I", len(header)), header):
                fh.write(part)
                mac.update(part)
            with tmp.open("rb") as db:
                while chunk := db.read(_CHUNK):
                    fh.write(chunk)
                    mac.update(chunk)
            fh.write(mac.digest())
        with ws.write() as ctx:
            ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="backup.create",
                             detail={"bytes": out.stat().st_size})
        return out.stat().st_size
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _copy_database(ws: Workspace, dest: Path) -> None:
    """A consistent copy through SQLite's online backup: pages re-encrypted under the same key."""
    assert ws.engine is not None
    raw = ws.engine.raw_connection()
    target = sqlcipher.connect(str(dest))
    try:
        target.execute("PRAGMA cipher_log_level = NONE")
        target.execute(f"PRAGMA key = \"x'{ws.dek.hex()}'\"")
        raw.driver_connection.backup(target)  # type: ignore[union-attr]
    finally:
        target.close()
        raw.close()


def _read_header(path: Path) -> tuple[dict[str, Any], int]:
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
            if magic != MAGIC:
                raise BackupError("backup.not_a_backup", path=str(path))
            (length,) = struct.unpack(">I", fh.read(4))
            if length > 1 << 20:
                raise BackupError("backup.header_too_long", path=str(path))
            header = json.loads(fh.read(length))
    except FileNotFoundError:
        raise BackupError("backup.missing", path=str(path)) from None
    except (struct.error, ValueError, UnicodeDecodeError):
        raise BackupError("backup.damaged_or_not_a_backup", path=str(path)) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError("backup.unknown_version", path=str(path))
    return header, 12 + length


def restore_backup(path: Path, root: Path, passphrase: str, officer: str | None = None) -> Workspace:
    """Restore ``path`` into the empty folder ``root``; returns the workspace, unlocked.

    The passphrase of any officer in the backup opens it. Nothing is written unless the whole
    file checks out.
    """
    path, root = Path(path), Path(root)
    header, offset = _read_header(path)
    if (root / KEY_NAME).exists() or (root / DB_NAME).exists():
        raise WorkspaceError("backup.target_holds_workspace", path=str(root))
    try:
        keyfile = KeyFile.from_bytes(json.dumps(header["keyfile"]).encode(), str(path))
    except (KeyError, TypeError, ValueError, KeyFileError):
        raise BackupError("backup.keyfile_unreadable", path=str(path)) from None
    _slot, dek = keyfile.unlock(passphrase, officer)
    size = path.stat().st_size
    db_bytes = int(header["db_bytes"])
    if size != offset + db_bytes + 32:
        raise BackupError("backup.size_mismatch", path=str(path), size=size, expected=offset + db_bytes + 32)
    mac = hmac.new(_mac_key(dek), digestmod=hashlib.sha256)
    with path.open("rb") as fh:
        remaining = offset + db_bytes
        while remaining:
            chunk = fh.read(min(_CHUNK, remaining))
            if not chunk:
                break
            mac.update(chunk)
            remaining -= len(chunk)
        stored = fh.read(32)
    if not hmac.compare_digest(mac.digest(), stored):
        raise BackupError("backup.altered", path=str(path))
    ensure_private_dir(root)
    with atomic_writer(root / DB_NAME) as out, path.open("rb") as fh:
        fh.seek(offset)
        remaining = db_bytes
        while remaining:
            chunk = fh.read(min(_CHUNK, remaining))
            out.write(chunk)
            remaining -= len(chunk)
    keyfile.save(root / KEY_NAME)
    ensure_private_dir(root / "logs")
    ws = Workspace.open(root, passphrase, officer=officer)
    with ws.write() as ctx:
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="backup.restore",
                         detail={"created": header.get("created")})
    return ws
