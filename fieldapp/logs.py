"""The application log: inside the workspace, owner-only, and free of personal data.

Only events, counts, ids and error types are logged; never names, never record content. Crash
reports keep the stack (files, lines, functions) but drop the exception's message, which may
quote a person's data.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

LOG_NAME = "fieldapp.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def,unused-ignore]
        # Create the file owner-only before the first byte is written.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding="utf-8")


def setup_file_logging(log_dir: Path) -> Path:
    """Send the ``fieldapp``, ``ui`` and ``sync`` loggers to ``log_dir/fieldapp.log``."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    for name in ("fieldapp", "ui", "sync"):
        logger = logging.getLogger(name)
        if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
            continue
        handler = _PrivateRotatingHandler(path, maxBytes=2_000_000, backupCount=3, delay=True)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path


def crash_summary(exc: BaseException) -> str:
    """The exception's type and stack, without its message (which may quote personal data)."""
    frames = traceback.extract_tb(exc.__traceback__)
    stack = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-12:]))
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {stack}"
