"""HQ's self-signed TLS certificate, made at ``init`` and renewed by ``tls rotate``.

Devices pin the SHA-256 of the certificate's public key (SPKI), so a certificate renewed with
the same key keeps every enrolled laptop working. A new key pair is prepared beside the current
one (``tls/next/``), announced to laptops in signed pull responses, and only then put in use.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from fieldapp.fsutil import atomic_write
from sync.protocol.pinning import spki_of_certificate
from sync.protocol.signing import pretty_fingerprint

VALID_DAYS = 3650


def _default_sans(names: list[str] | None) -> list[x509.GeneralName]:
    dns = sorted({"localhost", socket.gethostname(), *(names or [])})
    sans: list[x509.GeneralName] = [x509.DNSName(n) for n in dns]
    sans += [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.IPAddress(ipaddress.ip_address("::1"))]
    return sans


def _sign(key: ec.EllipticCurvePrivateKey, sans: list[x509.GeneralName], days: int) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FieldApp HQ"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "FieldApp")])
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(key, hashes.SHA256()))


def _write(cert_path: Path, key_path: Path, cert: x509.Certificate,
           key: ec.EllipticCurvePrivateKey | None) -> None:
    if key is not None:
        key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(key_path, key.private_bytes(serialization.Encoding.PEM,
                                                 serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    atomic_write(cert_path, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)


def make_certificate(cert_path: Path, key_path: Path, *, names: list[str] | None = None,
                     days: int = VALID_DAYS) -> str:
    """Write a new P-256 key and a self-signed server certificate; return its fingerprint."""
    key = ec.generate_private_key(ec.SECP256R1())
    _write(cert_path, key_path, _sign(key, _default_sans(names), days), key)
    return fingerprint(cert_path)


def load_certificate(cert_path: Path) -> x509.Certificate:
    """The PEM certificate at ``cert_path`` (ValueError or OSError when unusable)."""
    return x509.load_pem_x509_certificate(cert_path.read_bytes())


def load_key(key_path: Path) -> ec.EllipticCurvePrivateKey:
    """The TLS private key at ``key_path`` (ValueError or OSError when unusable)."""
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("not an EC key")
    return key


def _sans_of(cert_path: Path) -> list[x509.GeneralName]:
    try:
        ext = load_certificate(cert_path).extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (OSError, ValueError, x509.ExtensionNotFound):
        return _default_sans(None)
    return list(ext.value)


def renew_certificate(cert_path: Path, key_path: Path, *, names: list[str] | None = None,
                      days: int = VALID_DAYS) -> str:
    """A new certificate for the key already at ``key_path`` (same SPKI); return its fingerprint.

    The host names of the old certificate are kept, ``names`` added.
    """
    key = load_key(key_path)
    sans = _sans_of(cert_path)
    if names:
        have = {s.value for s in sans if isinstance(s, x509.DNSName)}
        sans += [x509.DNSName(n) for n in sorted(set(names) - have)]
    _write(cert_path, key_path, _sign(key, sans, days), None)
    return fingerprint(cert_path)


def prepare_new_key(cert_path: Path, key_path: Path, *, like: Path, names: list[str] | None = None,
                    days: int = VALID_DAYS) -> str:
    """A new key pair and certificate at the given paths, with the host names of ``like``."""
    key = ec.generate_private_key(ec.SECP256R1())
    sans = _sans_of(like)
    if names:
        have = {s.value for s in sans if isinstance(s, x509.DNSName)}
        sans += [x509.DNSName(n) for n in sorted(set(names) - have)]
    _write(cert_path, key_path, _sign(key, sans, days), key)
    return fingerprint(cert_path)


def fingerprint(cert_path: Path) -> str:
    """SHA-256 of the certificate's DER bytes, lower-case hex."""
    return load_certificate(cert_path).fingerprint(hashes.SHA256()).hex()


def spki(cert_path: Path) -> str:
    """SHA-256 of the certificate's public key (SPKI), lower-case hex: what laptops pin."""
    return spki_of_certificate(load_certificate(cert_path))


def expires(cert_path: Path) -> str:
    """When the certificate expires, ISO 8601 (UTC, seconds)."""
    return load_certificate(cert_path).not_valid_after_utc.isoformat(timespec="seconds")


def pretty(fp: str) -> str:
    """A fingerprint for reading aloud (see :func:`sync.protocol.signing.pretty_fingerprint`)."""
    return pretty_fingerprint(fp)
