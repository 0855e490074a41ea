"""File writes that never leave a half-written file: temp file, fsync, rename.

Permissions are set when the temp file is created, before any byte is written, so a secret is
never readable by others even for a moment.

On Windows a folder cannot be opened to flush its entry (``os.open`` on a directory is refused)
and NTFS journals the rename itself, so the folder flush is skipped there; the temp file is still
flushed before ``os.replace`` puts it in place.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# Windows opens files in text mode unless told otherwise, which would turn \n into \r\n.
O_BINARY = getattr(os, "O_BINARY", 0)
# A virus scanner or indexer may hold the target open for a moment on Windows.
_REPLACE_ATTEMPTS = 5
_REPLACE_PAUSE_S = 0.05


def on_windows() -> bool:
    """Whether this is Windows, where folders cannot be opened for flushing."""
    return os.name == "nt"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the owner; tighten it if it exists."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(PermissionError):
        os.chmod(path, PRIVATE_DIR)
    return path


def fsync_dir(path: Path) -> None:
    """Flush a directory entry so a rename inside it survives a power cut (not on Windows)."""
    if on_windows():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = PRIVATE_FILE) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path`` atomically, on error it vanishes."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def replace(src: Path, dst: Path) -> None:
    """``os.replace``, retried briefly on Windows while another program holds ``dst`` open."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not on_windows() or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_S)


def atomic_write(path: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """Write ``data`` to ``path`` atomically with ``mode`` permissions."""
    with atomic_writer(path, mode) as fh:
        fh.write(data)
