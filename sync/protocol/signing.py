"""Ed25519 keys and signatures: request authentication and bundle signatures.

A device signs every HTTP request with its Ed25519 key over a canonical string that binds the
method, path, query, device id, a timestamp and the SHA-256 of the exact body bytes. HQ signs
acknowledgement bundles with its own key, which the device pinned at enrolment.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.protocol.encoding import b64d, b64e
from sync.protocol.errors import ProtocolError

REQUEST_DOMAIN = "fieldapp-request/1"
HEADER_DEVICE = "X-FieldApp-Device"
HEADER_TIME = "X-FieldApp-Time"
HEADER_SIGNATURE = "X-FieldApp-Signature"
# How far a request's timestamp may be from HQ's clock. The client learns its offset from HQ's
# answer and retries, so a laptop with a wrong clock is not locked out; the window only bounds
# how long a captured request stays usable.
REQUEST_WINDOW_MS = 15 * 60 * 1000


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    """The 32 raw bytes of a public key."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a private key (kept only inside encrypted storage or 0600 files)."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def ed25519_public(text: str, what: str = "signing key") -> Ed25519PublicKey:
    """An Ed25519 public key from base64 text; raise :class:`ProtocolError`."""
    try:
        return Ed25519PublicKey.from_public_bytes(b64d(text, what=what, size=32))
    except ValueError as exc:
        raise ProtocolError("sync.protocol.not_ed25519", what=what) from exc


def x25519_public(text: str, what: str = "encryption key") -> X25519PublicKey:
    """An X25519 public key from base64 text; raise :class:`ProtocolError`."""
    try:
        return X25519PublicKey.from_public_bytes(b64d(text, what=what, size=32))
    except ValueError as exc:
        raise ProtocolError("sync.protocol.not_x25519", what=what) from exc


def fingerprint_of(data: bytes) -> str:
    """SHA-256 fingerprint, lower-case hex without separators."""
    return hashlib.sha256(data).hexdigest()


def pretty_fingerprint(fp: str) -> str:
    """A fingerprint as upper-case hex pairs separated by colons, for reading aloud."""
    return ":".join(fp[i:i + 2] for i in range(0, len(fp), 2)).upper()


def normalise_fingerprint(fp: str) -> str:
    """Accept a fingerprint with or without colons or spaces, any case; lower-case hex."""
    out = "".join(ch for ch in fp.strip().lower() if ch not in ": -")
    return out.removeprefix("sha256")


def key_id(public_raw: bytes) -> str:
    """A short stable id for a public key (first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def request_message(method: str, path: str, query: str, device_id: str, timestamp_ms: int,
                    body: bytes) -> bytes:
    """The exact bytes a device signs for one request."""
    return "\n".join((REQUEST_DOMAIN, method.upper(), path, query, device_id, str(timestamp_ms),
                      hashlib.sha256(body).hexdigest())).encode("utf-8")


@dataclass(frozen=True)
class SignedHeaders:
    """The authentication headers of one request."""

    device_id: str
    timestamp_ms: int
    signature: str

    def as_dict(self) -> dict[str, str]:
        """As HTTP headers."""
        return {HEADER_DEVICE: self.device_id, HEADER_TIME: str(self.timestamp_ms),
                HEADER_SIGNATURE: self.signature}


def sign_request(key: Ed25519PrivateKey, *, method: str, path: str, query: str, device_id: str,
                 body: bytes, timestamp_ms: int | None = None) -> SignedHeaders:
    """Sign one request; ``timestamp_ms`` defaults to now."""
    ts = int(time.time() * 1000) if timestamp_ms is None else timestamp_ms
    sig = key.sign(request_message(method, path, query, device_id, ts, body))
    return SignedHeaders(device_id, ts, b64e(sig))


def verify_signature(public: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``public``'s signature of ``message``."""
    try:
        public.verify(signature, message)
    except InvalidSignature:
        return False
    return True
