"""HQ's self-signed TLS certificate, made at ``init``; devices pin its SHA-256 fingerprint."""

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
from sync.protocol.signing import pretty_fingerprint

VALID_DAYS = 3650


def make_certificate(cert_path: Path, key_path: Path, *, names: list[str] | None = None) -> str:
    """Write a new P-256 key and a self-signed server certificate; return its fingerprint."""
    key = ec.generate_private_key(ec.SECP256R1())
    host = socket.gethostname()
    dns = sorted({"localhost", host, *(names or [])})
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FieldApp HQ"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "FieldApp")])
    now = dt.datetime.now(dt.UTC)
    sans: list[x509.GeneralName] = [x509.DNSName(n) for n in dns]
    sans += [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.IPAddress(ipaddress.ip_address("::1"))]
    cert = (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(key, hashes.SHA256()))
    atomic_write(key_path, key.private_bytes(serialization.Encoding.PEM,
                                             serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
    atomic_write(cert_path, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)
    return fingerprint(cert_path)


def fingerprint(cert_path: Path) -> str:
    """SHA-256 of the certificate's DER bytes, lower-case hex."""
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return cert.fingerprint(hashes.SHA256()).hex()


def pretty(fp: str) -> str:
    """A fingerprint for reading aloud (see :func:`sync.protocol.signing.pretty_fingerprint`)."""
    return pretty_fingerprint(fp)
