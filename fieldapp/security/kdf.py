"""Argon2id key derivation with parameters stored beside the salt, calibrated per laptop."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_MEMORY_KIB = 256 * 1024
LANES = 4
DEFAULT_TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in a key slot."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = LANES

    def to_json(self) -> dict[str, object]:
        """The parameters as JSON-ready values (salt in hex)."""
        d = asdict(self)
        d["salt"] = self.salt.hex()
        d["alg"] = "argon2id"
        return d

    @classmethod
    def from_json(cls, d: dict[str, object]) -> KdfParams:
        """Read parameters written by :meth:`to_json`; raise ValueError when malformed."""
        if d.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        memory, iterations, lanes = d["memory_kib"], d["iterations"], d["lanes"]
        if not all(isinstance(v, int) for v in (memory, iterations, lanes)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
        if not (8 * 1024 <= memory <= 4 * 1024 * 1024 and 1 <= iterations <= 64 and 1 <= lanes <= 16):
            raise ValueError("key derivation parameters out of range")
        return cls(bytes.fromhex(str(d["salt"])), memory, iterations, lanes)


def derive(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for ``passphrase`` under ``params``."""
    kdf = Argon2id(salt=params.salt, length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def target_seconds() -> float:
    """How long one derivation should take on this laptop (``FIELDAPP_KDF_TARGET_MS`` overrides)."""
    raw = os.environ.get("FIELDAPP_KDF_TARGET_MS")
    try:
        return max(0.0, float(raw) / 1000) if raw else DEFAULT_TARGET_SECONDS
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def calibrate(target: float | None = None) -> KdfParams:
    """Pick parameters that take about ``target`` seconds here, never below m=64 MiB, t=3.

    Memory grows first (it is what makes guessing expensive on GPUs), then iterations.
    """
    target = target_seconds() if target is None else target
    memory, iterations = MIN_MEMORY_KIB, MIN_ITERATIONS
    salt = os.urandom(16)

    def timed(m: int, t: int) -> float:
        start = time.perf_counter()
        derive("calibration", KdfParams(salt, m, t))
        return time.perf_counter() - start

    elapsed = timed(memory, iterations)
    while elapsed * 1.6 < target and memory * 2 <= MAX_MEMORY_KIB:
        memory *= 2
        elapsed *= 2
    if elapsed < target * 0.8:
        elapsed = timed(memory, iterations)
        per_iteration = elapsed / iterations
        iterations = max(MIN_ITERATIONS, min(64, round(target / max(per_iteration, 1e-6))))
    return KdfParams(os.urandom(16), memory, iterations)
