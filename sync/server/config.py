"""The HQ data folder: configuration, keys and certificate.

Layout::

    config.json          database URL (recorded by ``init --db``), HQ id
    keys/signing.key     Ed25519: signs acknowledgement bundles
    keys/encryption.key  X25519: devices seal USB bundles to it
    keys/recovery.key    X25519: devices seal their workspace data key to it
    tls/cert.pem, tls/key.pem
    tls/next/cert.pem, tls/next/key.pem   a new TLS key, announced to laptops, not yet in use
    hq.db                the SQLite database when no --db was given
    quarantine/          bundles from revoked devices, kept but not applied

Private keys are owner-only files; the folder is owner-only.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.domain.errors import UserError
from fieldapp.fsutil import atomic_write, ensure_private_dir
from sync.protocol.encoding import b64d, b64e
from sync.protocol.signing import key_id, raw_private, raw_public
from sync.server import tls

CONFIG = "config.json"


class HqError(UserError):
    """The HQ data folder or database cannot be used as asked."""


def default_data_dir() -> Path:
    """``FIELDAPP_HQ_HOME``, else the user's data directory."""
    env = os.environ.get("FIELDAPP_HQ_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldApp", appauthor=False)) / "hq"


@dataclass(frozen=True)
class HqKeys:
    """HQ's key pairs and certificate fingerprint, loaded once at start (read-only)."""

    hq_id: str
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey
    recovery: X25519PrivateKey
    fingerprint: str
    spki: str = ""
    tls_next: dict[str, str] | None = None

    @property
    def sign_public_b64(self) -> str:
        """HQ's Ed25519 public key, base64."""
        return b64e(raw_public(self.signing.public_key()))

    @property
    def enc_public_b64(self) -> str:
        """HQ's bundle encryption public key, base64."""
        return b64e(raw_public(self.encryption.public_key()))

    @property
    def recovery_public_b64(self) -> str:
        """HQ's recovery public key, base64."""
        return b64e(raw_public(self.recovery.public_key()))

    @property
    def recovery_key_id(self) -> str:
        """Short id of the recovery key, recorded in devices' recovery slots."""
        return key_id(raw_public(self.recovery.public_key()))


@dataclass(frozen=True)
class DataDir:
    """Paths inside an HQ data folder."""

    root: Path

    @property
    def config_path(self) -> Path:
        """config.json."""
        return self.root / CONFIG

    @property
    def cert(self) -> Path:
        """The TLS certificate."""
        return self.root / "tls" / "cert.pem"

    @property
    def cert_key(self) -> Path:
        """The TLS private key."""
        return self.root / "tls" / "key.pem"

    @property
    def next_cert(self) -> Path:
        """The certificate of the next TLS key (announced, not yet in use)."""
        return self.root / "tls" / "next" / "cert.pem"

    @property
    def next_cert_key(self) -> Path:
        """The next TLS private key."""
        return self.root / "tls" / "next" / "key.pem"

    @property
    def quarantine(self) -> Path:
        """Where bundles of revoked devices are kept."""
        return self.root / "quarantine"

    def key_path(self, name: str) -> Path:
        """A key file under ``keys/``."""
        return self.root / "keys" / f"{name}.key"

    def exists(self) -> bool:
        """Whether ``init`` has run here."""
        return self.config_path.exists()

    def read_config(self) -> dict[str, object]:
        """config.json; raise :class:`HqError` when the folder is not initialised."""
        try:
            data = json.loads(self.config_path.read_text("utf-8"))
        except FileNotFoundError:
            raise HqError("hq.config.not_hq_folder", root=str(self.root)) from None
        except (OSError, ValueError) as exc:
            raise HqError("hq.config.unreadable", path=str(self.config_path), reason=str(exc)) from None
        if not isinstance(data, dict):
            raise HqError("hq.config.damaged", path=str(self.config_path))
        return data

    def db_url(self, override: str | None) -> str:
        """``--db`` if given, else the URL ``init`` recorded, else SQLite in the folder."""
        if override:
            return override
        if self.exists():
            recorded = self.read_config().get("db")
            if isinstance(recorded, str) and recorded:
                return recorded
        return f"sqlite:///{self.root / 'hq.db'}"

    def create(self, db: str | None) -> HqKeys:
        """Make the folder, keys, certificate and config; refuse to overwrite an existing HQ."""
        if self.exists():
            raise HqError("hq.config.already_hq", root=str(self.root))
        ensure_private_dir(self.root)
        ensure_private_dir(self.root / "keys")
        ensure_private_dir(self.root / "tls")
        ensure_private_dir(self.quarantine)
        atomic_write(self.key_path("signing"), b64e(raw_private(Ed25519PrivateKey.generate())).encode())
        atomic_write(self.key_path("encryption"), b64e(raw_private(X25519PrivateKey.generate())).encode())
        atomic_write(self.key_path("recovery"), b64e(raw_private(X25519PrivateKey.generate())).encode())
        tls.make_certificate(self.cert, self.cert_key)
        hq_id = str(uuid.uuid4())
        # Written last: a folder without config.json is not yet an HQ.
        atomic_write(self.config_path, json.dumps({"format": "fieldapp.hq/1", "hq_id": hq_id,
                                                   "db": db}, indent=1).encode())
        return self.load_keys()

    def load_keys(self) -> HqKeys:
        """Read HQ's keys; raise :class:`HqError` naming the file when one is unusable."""
        cfg = self.read_config()

        def raw(name: str) -> bytes:
            path = self.key_path(name)
            try:
                return b64d(path.read_text("ascii").strip(), what=str(path), size=32)
            except (OSError, ValueError):
                raise HqError("hq.config.key_damaged", path=str(path)) from None

        try:
            fp, spki = tls.fingerprint(self.cert), tls.spki(self.cert)
        except (OSError, ValueError):
            raise HqError("hq.config.certificate_damaged", path=str(self.cert)) from None
        signing = Ed25519PrivateKey.from_private_bytes(raw("signing"))
        hq_id = str(cfg.get("hq_id"))
        return HqKeys(hq_id, signing, X25519PrivateKey.from_private_bytes(raw("encryption")),
                      X25519PrivateKey.from_private_bytes(raw("recovery")), fp, spki,
                      self._announcement(signing, hq_id))

    def _announcement(self, signing: Ed25519PrivateKey, hq_id: str) -> dict[str, str] | None:
        """The signed announcement of the next TLS key, when one is prepared."""
        if not self.next_cert.exists():
            return None
        from sync.protocol.pinning import sign_announcement

        try:
            spki = tls.spki(self.next_cert)
        except (OSError, ValueError):
            raise HqError("hq.config.certificate_damaged", path=str(self.next_cert)) from None
        return {"spki": spki, "signature": sign_announcement(signing, hq_id=hq_id, spki=spki)}
