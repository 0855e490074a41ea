"""Canonical JSON and zstd compression with hard size limits.

Every signed or hashed value is encoded canonically (sorted keys, no spaces, UTF-8), so both
ends compute the same bytes. Decompression is bounded: a small body that expands to gigabytes is
refused before it is held in memory.
"""

from __future__ import annotations

import base64
import io
import json
from typing import Any

import zstandard

from fieldapp.domain.canonical import canonical_json
from sync.protocol.errors import ProtocolError, TooLarge

# A batch of 500 typical cases is about 1 MB of JSON; these limits leave ample room.
MAX_WIRE_BYTES = 8 * 1024 * 1024
MAX_JSON_BYTES = 48 * 1024 * 1024
ZSTD_LEVEL = 3
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

__all__ = ["MAX_JSON_BYTES", "MAX_WIRE_BYTES", "b64d", "b64e", "canonical_json", "compress",
           "decompress", "decode_json", "encode_json", "is_zstd"]


def b64e(data: bytes) -> str:
    """Standard base64 text of ``data``."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: Any, *, what: str = "value", size: int | None = None) -> bytes:
    """Decode base64 ``text``; raise :class:`ProtocolError` naming ``what`` when it is not."""
    if not isinstance(text, str):
        raise ProtocolError("sync.protocol.not_base64_text", what=what)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ProtocolError("sync.protocol.bad_base64", what=what) from None
    if size is not None and len(raw) != size:
        raise ProtocolError("sync.protocol.wrong_size", what=what, size=size)
    return raw


def compress(data: bytes) -> bytes:
    """zstd-compress ``data`` (the frame records its size)."""
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(data)


def is_zstd(data: bytes) -> bool:
    """Whether ``data`` starts like a zstd frame."""
    return data[:4] == _ZSTD_MAGIC


def decompress(data: bytes, limit: int = MAX_JSON_BYTES) -> bytes:
    """Decompress a zstd frame, refusing output larger than ``limit``."""
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(limit + 1)
    except zstandard.ZstdError:
        raise ProtocolError("sync.protocol.bad_zstd") from None
    if len(out) > limit:
        raise TooLarge("sync.protocol.expands_too_far", limit=limit)
    return out


def encode_json(value: Any) -> bytes:
    """Canonical JSON, zstd-compressed: the body format of every sync message."""
    return compress(canonical_json(value))


def decode_json(data: bytes, *, compressed: bool | None = None, limit: int = MAX_JSON_BYTES) -> Any:
    """Parse a body (zstd-compressed or plain JSON); raise :class:`ProtocolError`.

    With ``compressed=None`` the zstd magic number decides.
    """
    if compressed is None:
        compressed = is_zstd(data)
    if compressed:
        data = decompress(data, limit)
    elif len(data) > limit:
        raise TooLarge("sync.protocol.body_too_large", limit=limit)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("sync.protocol.bad_json") from None
