"""HPKE base mode (RFC 9180) with X25519, HKDF-SHA256 and AES-256-GCM, from ``cryptography``."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SealError(ValueError):
    """A sealed message did not open: wrong key, wrong ``info`` or altered bytes."""


def seal(public_key: X25519PublicKey, plaintext: bytes, info: bytes) -> bytes:
    """Encrypt ``plaintext`` to ``public_key``, binding ``info`` (e.g. a plain header)."""
    return _SUITE.encrypt(plaintext, public_key, info=info)


def open_sealed(private_key: X25519PrivateKey, ciphertext: bytes, info: bytes) -> bytes:
    """Decrypt what :func:`seal` produced; raise :class:`SealError` when it does not open."""
    try:
        return _SUITE.decrypt(ciphertext, private_key, info=info)
    except (InvalidTag, ValueError) as exc:
        raise SealError("sealed data did not open") from exc
