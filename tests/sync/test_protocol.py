"""The wire protocol on its own: encoding limits, request signatures, the bundle format."""

from __future__ import annotations

import pytest
import zstandard
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.protocol import bundle as fmt
from sync.protocol.digest import scope_digest
from sync.protocol.encoding import decode_json, decompress, encode_json
from sync.protocol.errors import ProtocolError, TooLarge
from sync.protocol.signing import (
    normalise_fingerprint,
    pretty_fingerprint,
    request_message,
    sign_request,
    verify_signature,
)


def test_encoding_round_trip_and_limits() -> None:
    value = {"b": [1, "Ђорђе ë ç"], "a": None}
    assert decode_json(encode_json(value)) == value
    assert decode_json(b'{"a": 1}') == {"a": 1}
    bomb = zstandard.ZstdCompressor().compress(b"0" * 10_000_000)
    with pytest.raises(TooLarge):
        decompress(bomb, limit=1_000_000)
    for junk in (b"\x28\xb5\x2f\xfdjunk", b"\xff\xfe", b"[" * 100_000):
        with pytest.raises(ProtocolError):
            decode_json(junk)


def test_request_signature_binds_every_part() -> None:
    key = Ed25519PrivateKey.generate()
    parts = {"method": "POST", "path": "/sync/push", "query": "a=1", "device_id": "d", "body": b"{}"}
    signed = sign_request(key, timestamp_ms=1000, **parts)  # type: ignore[arg-type]
    sig = __import__("base64").b64decode(signed.signature)
    good = request_message("POST", "/sync/push", "a=1", "d", 1000, b"{}")
    assert verify_signature(key.public_key(), sig, good)
    for changed in (request_message("GET", "/sync/push", "a=1", "d", 1000, b"{}"),
                    request_message("POST", "/sync/pull", "a=1", "d", 1000, b"{}"),
                    request_message("POST", "/sync/push", "a=2", "d", 1000, b"{}"),
                    request_message("POST", "/sync/push", "a=1", "e", 1000, b"{}"),
                    request_message("POST", "/sync/push", "a=1", "d", 1001, b"{}"),
                    request_message("POST", "/sync/push", "a=1", "d", 1000, b"{ }")):
        assert not verify_signature(key.public_key(), sig, changed)


def test_fingerprints_and_digest() -> None:
    fp = "ab" * 32
    assert normalise_fingerprint(pretty_fingerprint(fp)) == fp
    assert normalise_fingerprint("SHA256:" + pretty_fingerprint(fp).lower()) == fp
    assert scope_digest([("b", 2), ("a", 1)]) == scope_digest([("a", 1), ("b", 2)])
    assert scope_digest([("a", 1)]) != scope_digest([("a", 2)])


SENDER = Ed25519PrivateKey.generate()
RECIPIENT = X25519PrivateKey.generate()
HEADER = {"kind": fmt.KIND_OPS, "bundle_id": "b1", "device_id": "d1", "hq_id": "h1"}
BUNDLE = fmt.encode_bundle(HEADER, {"ops": [{"x": "Petrović"}]}, recipient=RECIPIENT.public_key(),
                           signer=SENDER)


def open_bundle(data: bytes, signer: Ed25519PrivateKey = SENDER,
                recipient: X25519PrivateKey = RECIPIENT) -> object:
    """Parse, verify and open."""
    parsed = fmt.parse_bundle(data)
    fmt.verify_bundle(parsed, signer.public_key())
    return fmt.open_bundle(parsed, recipient)


def test_bundle_round_trip_and_privacy() -> None:
    assert open_bundle(BUNDLE) == {"ops": [{"x": "Petrović"}]}
    assert b"Petrovi" not in BUNDLE


@settings(max_examples=300, derandomize=True, deadline=None)
@given(position=st.integers(0, len(BUNDLE) - 1), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused(position: int, bit: int) -> None:
    data = bytearray(BUNDLE)
    data[position] ^= 1 << bit
    with pytest.raises(ProtocolError):
        open_bundle(bytes(data))


@settings(max_examples=200, derandomize=True, deadline=None)
@given(length=st.integers(0, len(BUNDLE) - 1))
def test_any_truncation_is_refused(length: int) -> None:
    with pytest.raises(ProtocolError):
        open_bundle(BUNDLE[:length])


def test_foreign_keys_and_swapped_headers_are_refused() -> None:
    with pytest.raises(fmt.BundleError, match="signature"):
        open_bundle(BUNDLE, signer=Ed25519PrivateKey.generate())
    with pytest.raises(fmt.BundleError, match="someone else"):
        open_bundle(BUNDLE, recipient=X25519PrivateKey.generate())
    # A header from another bundle on this payload, re-signed by the sender: the seal's binding
    # to its header still refuses it.
    other = fmt.parse_bundle(fmt.encode_bundle({**HEADER, "bundle_id": "b2"}, {"ops": []},
                                               recipient=RECIPIENT.public_key(), signer=SENDER))
    mine = fmt.parse_bundle(BUNDLE)
    import struct

    forged = (fmt.MAGIC + struct.pack(">I", len(other.header_bytes)) + other.header_bytes
              + struct.pack(">Q", len(mine.sealed)) + mine.sealed)
    forged += SENDER.sign(forged)
    with pytest.raises(fmt.BundleError):
        open_bundle(forged)
