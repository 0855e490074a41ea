"""The USB bundle file format: a plain header, an HPKE-sealed payload, an Ed25519 signature.

Layout (all integers big-endian)::

    MAGIC | u32 header length | header (canonical JSON) | u64 sealed length | sealed | signature

The payload (canonical JSON, zstd) is sealed with HPKE (X25519, HKDF-SHA256, AES-256-GCM) to the
recipient's public key with the header bytes as ``info``, so a header cannot be swapped onto
another payload. The sender signs everything before the signature with Ed25519, so a changed
or truncated byte anywhere is detected before decryption is even tried.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldapp.security.hpke import SealError, open_sealed, seal
from sync.protocol.encoding import canonical_json, decode_json, encode_json
from sync.protocol.errors import ProtocolError, TooLarge
from sync.protocol.signing import verify_signature

MAGIC = b"FIELDAPP-BUNDLE/1\n"
FORMAT = "fieldapp.bundle/1"
KIND_OPS = "ops"
KIND_ACK = "ack"
SIGNATURE_BYTES = 64
MAX_HEADER = 64 * 1024
MAX_BUNDLE = 512 * 1024 * 1024
MAX_PAYLOAD_JSON = 1024 * 1024 * 1024
SUFFIX = ".fab"


class BundleError(ProtocolError):
    """A bundle that cannot be used: damaged, truncated, altered, foreign or replayed."""


@dataclass(frozen=True)
class ParsedBundle:
    """A bundle split into its parts; nothing is verified yet."""

    header: dict[str, Any]
    header_bytes: bytes
    sealed: bytes
    signed: bytes
    signature: bytes


def encode_bundle(header: dict[str, Any], payload: Any, *, recipient: X25519PublicKey,
                  signer: Ed25519PrivateKey) -> bytes:
    """Build the bytes of a bundle file."""
    header = {"format": FORMAT, **header}
    hb = canonical_json(header)
    sealed = seal(recipient, encode_json(payload), hb)
    signed = MAGIC + struct.pack(">I", len(hb)) + hb + struct.pack(">Q", len(sealed)) + sealed
    return signed + signer.sign(signed)


def parse_bundle(data: bytes) -> ParsedBundle:
    """Split ``data`` into header, sealed payload and signature; raise :class:`BundleError`."""
    if len(data) > MAX_BUNDLE:
        raise TooLarge("sync.protocol.bundle_too_large")
    if not data.startswith(MAGIC):
        raise BundleError("sync.protocol.not_a_bundle", "not_a_bundle")
    pos = len(MAGIC)
    try:
        (hlen,) = struct.unpack_from(">I", data, pos)
        pos += 4
        if hlen > MAX_HEADER or pos + hlen > len(data):
            raise BundleError("sync.protocol.truncated", "truncated")
        hb = data[pos:pos + hlen]
        pos += hlen
        (slen,) = struct.unpack_from(">Q", data, pos)
        pos += 8
    except struct.error:
        raise BundleError("sync.protocol.truncated", "truncated") from None
    if pos + slen + SIGNATURE_BYTES != len(data):
        raise BundleError("sync.protocol.length_mismatch", "truncated")
    sealed = data[pos:pos + slen]
    signed = data[:pos + slen]
    signature = data[pos + slen:]
    try:
        header = json.loads(hb.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("sync.protocol.header_damaged", "damaged") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError("sync.protocol.header_foreign", "damaged")
    for key in ("kind", "bundle_id", "device_id"):
        if not isinstance(header.get(key), str):
            raise BundleError("sync.protocol.header_lacks", "damaged", key=key)
    return ParsedBundle(header, hb, sealed, signed, signature)


def verify_bundle(parsed: ParsedBundle, signer: Ed25519PublicKey) -> None:
    """Check the sender's signature; raise :class:`BundleError` when it does not verify."""
    if not verify_signature(signer, parsed.signature, parsed.signed):
        raise BundleError("sync.protocol.bad_signature", "bad_signature")


def open_bundle(parsed: ParsedBundle, recipient: X25519PrivateKey) -> Any:
    """Decrypt and parse the payload of a verified bundle."""
    try:
        raw = open_sealed(recipient, parsed.sealed, parsed.header_bytes)
    except SealError:
        raise BundleError("sync.protocol.foreign_key", "foreign") from None
    return decode_json(raw, compressed=True, limit=MAX_PAYLOAD_JSON)
