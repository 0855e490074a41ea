"""HQ's public key pin: the SHA-256 of its certificate's SubjectPublicKeyInfo (SPKI).

A laptop pins the key, not the certificate, so HQ can renew its certificate with the same key
without breaking any enrolled laptop. When HQ moves to a new key pair it first announces the
new key's SPKI in pull responses, signed with HQ's Ed25519 signing key; a laptop that has stored
the announcement accepts a certificate with that key afterwards.
"""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.protocol.encoding import b64d, b64e, canonical_json

ANNOUNCEMENT = "fieldapp.tls-next/1"


def spki_of_certificate(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER-encoded SubjectPublicKeyInfo, lower-case hex."""
    der = cert.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def spki_of_der(der: bytes) -> str:
    """The SPKI pin of a DER certificate."""
    return spki_of_certificate(x509.load_der_x509_certificate(der))


def spki_of_pem(pem: str | bytes) -> str:
    """The SPKI pin of a PEM certificate."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    return spki_of_certificate(x509.load_pem_x509_certificate(data))


def certificate_fingerprint_of_pem(pem: str | bytes) -> str:
    """SHA-256 of a PEM certificate's DER bytes (what ``fieldapp-hq serve`` prints)."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    return x509.load_pem_x509_certificate(data).fingerprint(hashes.SHA256()).hex()


def _statement(hq_id: str, spki: str) -> bytes:
    return canonical_json({"purpose": ANNOUNCEMENT, "hq_id": hq_id, "spki": spki})


def sign_announcement(key: Ed25519PrivateKey, *, hq_id: str, spki: str) -> str:
    """HQ's signature (base64) over the announcement of its next key ``spki``."""
    return b64e(key.sign(_statement(hq_id, spki)))


def verify_announcement(public: Ed25519PublicKey, *, hq_id: str, spki: str, signature: str) -> bool:
    """Whether ``signature`` is HQ's over the announcement of ``spki`` for HQ ``hq_id``."""
    if len(spki) != 64 or any(c not in "0123456789abcdef" for c in spki):
        return False
    try:
        public.verify(b64d(signature, what="announcement signature", size=64), _statement(hq_id, spki))
    except (InvalidSignature, ValueError):
        return False
    return True
