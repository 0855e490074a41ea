"""``fieldapp-hq tls …``: HQ's TLS certificate and the key laptops pin.

``tls show`` prints the certificate's fingerprint, the public-key (SPKI) pin and the expiry;
``tls rotate`` renews the certificate with the same key (laptops keep working at once);
``tls rotate --new-key`` prepares a new key pair that ``serve`` announces to laptops in signed
pull responses; ``tls activate`` puts the announced key in use. ``tls fingerprint FILE`` prints
both fingerprints of any certificate (a reverse proxy's, for instance).
"""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.server import tls
from sync.server.config import HqError

if TYPE_CHECKING:
    from sync.server.cli import Hq


def register(sub: Any, parent: argparse.ArgumentParser,
             cmd: Callable[[Any, str, Callable[[Hq], int], str], argparse.ArgumentParser]) -> None:
    """Add the ``tls`` command group to the ``fieldapp-hq`` parser."""
    t = sub.add_parser("tls", parents=[parent], help="HQ's TLS certificate and the key laptops pin")
    tsub = t.add_subparsers(dest="tls_cmd", required=True, metavar="COMMAND")
    cmd(tsub, "show", cmd_tls_show, "the certificate's fingerprint, the key pin (SPKI) and the expiry")
    p = cmd(tsub, "rotate", cmd_tls_rotate,
            "renew the certificate (same key); with --new-key prepare and announce a new key")
    p.add_argument("--new-key", dest="new_key", action="store_true",
                   help="a new key pair, announced to laptops at their next sync, used after 'tls activate'")
    p.add_argument("--days", type=int, default=tls.VALID_DAYS, help=f"validity (default {tls.VALID_DAYS})")
    p.add_argument("--name", action="append", default=[], metavar="HOST",
                   help="another host name for the certificate (repeatable)")
    cmd(tsub, "activate", cmd_tls_activate, "put the announced new key in use (restart serve afterwards)")
    p = cmd(tsub, "fingerprint", cmd_tls_fingerprint,
            "the SHA-256 fingerprint and key pin of a PEM certificate file")
    p.add_argument("file", metavar="FILE")


def _facts(cert: Path) -> dict[str, str]:
    try:
        return {"fingerprint": tls.fingerprint(cert), "spki": tls.spki(cert), "expires": tls.expires(cert)}
    except (OSError, ValueError):
        raise HqError("hq.config.certificate_damaged", path=str(cert)) from None


def pin_lines(hq: Hq) -> str:
    """What ``serve`` prints after the certificate's fingerprint: the key pin and any announcement."""
    lines = [hq.text("hqops.tls.spki_line", spki=tls.pretty(_facts(hq.data.cert)["spki"]))]
    if hq.data.next_cert.exists():
        lines.append(hq.text("hqops.tls.announcing", spki=tls.pretty(_facts(hq.data.next_cert)["spki"])))
    return "\n".join(lines) + "\n"


def cmd_tls_show(hq: Hq) -> int:
    """``fieldapp-hq tls show``."""
    hq.data.read_config()
    now = _facts(hq.data.cert)
    out: dict[str, Any] = {**now, "next": None}
    text = [hq.text("hqops.tls.current", fingerprint=tls.pretty(now["fingerprint"]),
                    spki=tls.pretty(now["spki"]), expires=now["expires"])]
    if hq.data.next_cert.exists():
        nxt = _facts(hq.data.next_cert)
        out["next"] = nxt
        text.append(hq.text("hqops.tls.next", fingerprint=tls.pretty(nxt["fingerprint"]),
                            spki=tls.pretty(nxt["spki"])))
    hq.emit(out, "\n".join(text))
    return 0


def cmd_tls_rotate(hq: Hq) -> int:
    """``fieldapp-hq tls rotate [--new-key] [--days N] [--name HOST]``."""
    hq.data.read_config()
    a = hq.args
    if not 1 <= a.days <= 3650 * 3:
        raise HqError("hqops.tls.bad_days")
    try:
        if a.new_key:
            tls.prepare_new_key(hq.data.next_cert, hq.data.next_cert_key, like=hq.data.cert,
                                names=a.name, days=a.days)
        else:
            tls.renew_certificate(hq.data.cert, hq.data.cert_key, names=a.name, days=a.days)
    except (OSError, ValueError):
        raise HqError("hq.config.certificate_damaged", path=str(hq.data.cert_key)) from None
    if a.new_key:
        nxt = _facts(hq.data.next_cert)
        hq.emit({"renewed": False, "next": nxt},
                hq.text("hqops.tls.prepared", spki=tls.pretty(nxt["spki"]),
                        fingerprint=tls.pretty(nxt["fingerprint"])))
        return 0
    now = _facts(hq.data.cert)
    hq.emit({"renewed": True, **now},
            hq.text("hqops.tls.renewed", fingerprint=tls.pretty(now["fingerprint"]),
                    spki=tls.pretty(now["spki"]), expires=now["expires"]))
    return 0


def cmd_tls_activate(hq: Hq) -> int:
    """``fieldapp-hq tls activate``: the announced key and its certificate become HQ's."""
    hq.data.read_config()
    d = hq.data
    if not d.next_cert.exists() or not d.next_cert_key.exists():
        raise HqError("hqops.tls.nothing_announced")
    _facts(d.next_cert)
    previous = d.root / "tls" / "previous"
    previous.mkdir(mode=0o700, exist_ok=True)
    shutil.copy2(d.cert, previous / "cert.pem")
    shutil.copy2(d.cert_key, previous / "key.pem")
    os.chmod(previous / "key.pem", 0o600)
    os.replace(d.next_cert_key, d.cert_key)
    os.replace(d.next_cert, d.cert)
    d.next_cert.parent.rmdir()
    now = _facts(d.cert)
    hq.emit({"activated": True, **now},
            hq.text("hqops.tls.activated", fingerprint=tls.pretty(now["fingerprint"]),
                    spki=tls.pretty(now["spki"])))
    return 0


def cmd_tls_fingerprint(hq: Hq) -> int:
    """``fieldapp-hq tls fingerprint FILE``: for a certificate HQ did not make itself."""
    path = Path(hq.args.file).expanduser()
    facts = _facts(path)
    hq.emit(facts, hq.text("hqops.tls.file", fingerprint=tls.pretty(facts["fingerprint"]),
                           spki=tls.pretty(facts["spki"]), expires=facts["expires"]))
    return 0
