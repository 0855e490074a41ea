"""The encrypted container of an HQ backup.

Layout: the magic line, a 4-byte length and a JSON header (format, Argon2id parameters and
salt, cipher, chunk size, nonce prefix), then chunks, each a 4-byte length and AES-256-GCM
ciphertext. A chunk's nonce is the header's 4-byte prefix and the chunk's 8-byte number; its
associated data binds the header's SHA-256, the chunk number and whether it is the last chunk,
so chunks cannot be reordered, dropped, truncated or moved into another backup.

The plaintext is a zstd stream of JSON lines (records); :mod:`sync.server.backup.service`
decides what they hold.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Iterator
from typing import IO, Any

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.security.kdf import KdfParams, derive
from sync.server.config import HqError

MAGIC = b"FIELDAPP-HQ-BACKUP\n"
FORMAT = "fieldapp.hq-backup/1"
CHUNK = 1 << 20
_MAX_HEADER = 64 * 1024
_LEN = struct.Struct(">I")


def _aad(header_hash: bytes, index: int, final: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, 1 if final else 0)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">Q", index)


class _Encrypting:
    """A write-only stream that encrypts whatever is written, chunk by chunk, into ``out``."""

    def __init__(self, out: IO[bytes], passphrase: str):
        params = KdfParams(salt=os.urandom(16))
        self._prefix = os.urandom(4)
        header = json.dumps({"format": FORMAT, "kdf": params.to_json(), "cipher": "AES-256-GCM",
                             "chunk": CHUNK, "nonce": self._prefix.hex()}, sort_keys=True).encode()
        self._aead = AESGCM(derive(passphrase, params))
        self._hash = hashlib.sha256(MAGIC + header).digest()
        self._out = out
        self._buf = bytearray()
        self._index = 0
        out.write(MAGIC + _LEN.pack(len(header)) + header)

    def write(self, data: bytes) -> int:
        """Take ``data``; full chunks are encrypted and written at once."""
        self._buf += data
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), final=False)
            del self._buf[:CHUNK]
        return len(data)

    def _emit(self, plain: bytes, *, final: bool) -> None:
        ct = self._aead.encrypt(_nonce(self._prefix, self._index), plain,
                                _aad(self._hash, self._index, final))
        self._out.write(_LEN.pack(len(ct)) + ct)
        self._index += 1

    def finish(self) -> None:
        """Encrypt and write the last chunk (it may be empty)."""
        self._emit(bytes(self._buf), final=True)
        self._buf.clear()


class RecordWriter:
    """Writes records (JSON objects) compressed and encrypted into ``out``."""

    def __init__(self, out: IO[bytes], passphrase: str):
        self._enc = _Encrypting(out, passphrase)
        self._zstd = zstandard.ZstdCompressor(level=6).compressobj()

    def write(self, record: dict[str, Any]) -> None:
        """One record."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=_encode)
        self._enc.write(self._zstd.compress(line.encode("utf-8") + b"\n"))

    def finish(self) -> None:
        """Flush the compressor and write the last chunk."""
        self._enc.write(self._zstd.flush())
        self._enc.finish()


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": bytes(value).hex()}
    raise TypeError(f"cannot store {type(value).__name__}")


def _chunks(f: IO[bytes], passphrase: str, name: str) -> Iterator[bytes]:
    """The decrypted chunks of the backup file ``f``; raise :class:`HqError` on any fault."""
    if f.read(len(MAGIC)) != MAGIC:
        raise HqError("hqops.backup.not_a_backup", path=name)
    raw = f.read(_LEN.size)
    size = _LEN.unpack(raw)[0] if len(raw) == _LEN.size else 0
    if not 0 < size <= _MAX_HEADER:
        raise HqError("hqops.backup.damaged", path=name)
    header_bytes = f.read(size)
    try:
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT:
            raise HqError("hqops.backup.unknown_format", path=name, format=str(header.get("format")))
        params = KdfParams.from_json(header["kdf"])
        prefix = bytes.fromhex(header["nonce"])
        chunk = int(header["chunk"])
    except HqError:
        raise
    except (ValueError, KeyError, TypeError):
        raise HqError("hqops.backup.damaged", path=name) from None
    aead = AESGCM(derive(passphrase, params))
    header_hash = hashlib.sha256(MAGIC + header_bytes).digest()
    index = 0
    while True:
        raw = f.read(_LEN.size)
        if len(raw) != _LEN.size:
            raise HqError("hqops.backup.truncated", path=name)
        n = _LEN.unpack(raw)[0]
        if n > chunk + 16:
            raise HqError("hqops.backup.damaged", path=name)
        ct = f.read(n)
        if len(ct) != n:
            raise HqError("hqops.backup.truncated", path=name)
        nonce = _nonce(prefix, index)
        try:
            plain = aead.decrypt(nonce, ct, _aad(header_hash, index, False))
            final = False
        except InvalidTag:
            try:
                plain = aead.decrypt(nonce, ct, _aad(header_hash, index, True))
                final = True
            except InvalidTag:
                if index == 0:
                    raise HqError("hqops.backup.wrong_passphrase", path=name) from None
                raise HqError("hqops.backup.damaged", path=name) from None
        yield plain
        index += 1
        if final:
            if f.read(1):
                raise HqError("hqops.backup.damaged", path=name)
            return


def read_records(f: IO[bytes], passphrase: str, name: str) -> Iterator[dict[str, Any]]:
    """The records of the backup file ``f``, in order; raise :class:`HqError` on any fault."""
    dec = zstandard.ZstdDecompressor().decompressobj()
    pending = b""
    try:
        for plain in _chunks(f, passphrase, name):
            pending += dec.decompress(plain)
            *lines, pending = pending.split(b"\n")
            for line in lines:
                yield _record(line, name)
    except zstandard.ZstdError:
        raise HqError("hqops.backup.damaged", path=name) from None
    if pending.strip():
        raise HqError("hqops.backup.damaged", path=name)


def _record(line: bytes, name: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        raise HqError("hqops.backup.damaged", path=name) from None
    if not isinstance(record, dict):
        raise HqError("hqops.backup.damaged", path=name)
    return record


def decode_value(value: Any) -> Any:
    """A stored column value back as Python (bytes were written as ``{"$bytes": hex}``)."""
    if isinstance(value, dict) and set(value) == {"$bytes"}:
        return bytes.fromhex(value["$bytes"])
    return value
