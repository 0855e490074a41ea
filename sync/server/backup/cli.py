"""``fieldapp-hq backup create -o FILE`` and ``fieldapp-hq backup restore FILE --data DIR``.

The passphrase comes from ``FIELDAPP_HQ_BACKUP_PASSPHRASE``, else it is asked for on the
terminal (twice when creating); with neither, the command refuses.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.server.config import HqError

if TYPE_CHECKING:
    from sync.server.cli import Hq

ENV = "FIELDAPP_HQ_BACKUP_PASSPHRASE"
MIN_PASSPHRASE = 10


def register(sub: Any, parent: argparse.ArgumentParser,
             cmd: Callable[[Any, str, Callable[[Hq], int], str], argparse.ArgumentParser]) -> None:
    """Add the ``backup`` command group to the ``fieldapp-hq`` parser."""
    b = sub.add_parser("backup", parents=[parent], help="encrypted backups of HQ")
    bsub = b.add_subparsers(dest="backup_cmd", required=True, metavar="COMMAND")
    p = cmd(bsub, "create", cmd_backup_create, "write an encrypted backup: database, keys, configuration")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = cmd(bsub, "restore", cmd_backup_restore,
            "restore a backup into an empty or new --data folder (and an empty --db)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="replace an existing HQ folder (kept aside) and database")


def passphrase(hq: Hq, *, twice: bool) -> str:
    """The backup passphrase: ``FIELDAPP_HQ_BACKUP_PASSPHRASE``, else asked on the terminal."""
    value = os.environ.get(ENV)
    if value is None:
        if not sys.stdin.isatty():
            raise HqError("hqops.backup.no_passphrase", env=ENV)
        value = getpass.getpass(hq.text("hqops.backup.prompt"))
        if twice and getpass.getpass(hq.text("hqops.backup.prompt_again")) != value:
            raise HqError("hqops.backup.passphrases_differ")
    if twice and len(value) < MIN_PASSPHRASE:
        raise HqError("hqops.backup.short_passphrase", n=str(MIN_PASSPHRASE))
    if not value:
        raise HqError("hqops.backup.no_passphrase", env=ENV)
    return value


def cmd_backup_create(hq: Hq) -> int:
    """``fieldapp-hq backup create -o FILE``."""
    from sync.server.backup import service

    hq.data.read_config()
    out = Path(hq.args.output).expanduser()
    result = service.create_backup(data=hq.data, db_url=hq.db_url, out=out,
                                   passphrase=passphrase(hq, twice=True))
    hq.emit(result.to_json(),
            hq.text("hqops.backup.created", path=str(result.path), cases=str(result.rows.get("cases", 0)),
                    seconds=f"{result.seconds:.1f}"))
    return 0


def cmd_backup_restore(hq: Hq) -> int:
    """``fieldapp-hq backup restore FILE --data DIR [--db URL] [--force]``."""
    from sync.server.backup import service

    source = Path(hq.args.file).expanduser()
    if not source.is_file():
        raise HqError("hq.cli.cannot_read", path=str(source), reason=hq.text("hqops.backup.no_such_file"))
    result = service.restore_backup(source=source, data=hq.data, db_url=getattr(hq.args, "db", None),
                                    passphrase=passphrase(hq, twice=False), force=hq.args.force)
    lines = [hq.text("hqops.restore.done", root=str(result.data), db=result.db,
                     cases=str(result.rows.get("cases", 0)), seconds=f"{result.seconds:.1f}")]
    if result.replaced:
        lines.append(hq.text("hqops.restore.kept_aside", path=str(result.replaced)))
    hq.emit(result.to_json(), "\n".join(lines))
    return 0
