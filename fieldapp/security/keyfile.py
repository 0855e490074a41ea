"""The workspace key file: the data key (DEK) wrapped once per officer, plus a recovery slot.

Each officer's slot holds the DEK encrypted with AES-256-GCM under a key derived with Argon2id
from that officer's passphrase; the slot's id and the workspace id are bound as associated data so
a slot cannot be moved between files. A passphrase change re-wraps the DEK and leaves the
database alone. Once the device is enrolled, one more slot holds the DEK sealed to HQ's recovery
public key (HPKE), so a forgotten passphrase never loses data.

The file names the officers who may unlock the laptop (it is the login list of a shared laptop);
it names no one else.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.domain.errors import UserError
from fieldapp.fsutil import atomic_write
from fieldapp.security.kdf import KdfParams, calibrate, derive

FORMAT = "fieldapp.keyfile/1"
DEK_BYTES = 32


class KeyFileError(UserError):
    """The key file is missing, damaged or not a FieldApp key file."""


class WrongPassphrase(UserError):
    """No slot opens with the passphrase given."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


@dataclass
class Slot:
    """One officer's wrapped copy of the data key."""

    id: str
    officer: str
    role: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        """The slot as stored in the key file."""
        return {"id": self.id, "officer": self.officer, "role": self.role,
                "kdf": self.kdf.to_json(),
                "wrap": {"alg": "aes-256-gcm", "nonce": _b64(self.nonce), "ct": _b64(self.wrapped)}}


@dataclass
class KeyFile:
    """The parsed key file: workspace id, officer slots and an optional recovery slot."""

    workspace_id: str
    slots: list[Slot] = field(default_factory=list)
    recovery: dict[str, Any] | None = None

    # --- reading and writing -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check ``path``; raise :class:`KeyFileError` naming it when unusable."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError("keys.missing", path=str(path)) from None
        except OSError as exc:
            raise KeyFileError("keys.unreadable", path=str(path), reason=exc.strerror or type(exc).__name__) from None
        return cls.from_bytes(raw, str(path))

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> KeyFile:
        """Parse key-file bytes; ``name`` says where they came from in messages."""
        path = name
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a key file")
            slots = [cls._slot(s) for s in data["slots"]]
            kf = cls(str(uuid.UUID(data["workspace_id"])), slots, data.get("recovery"))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise KeyFileError("keys.damaged", path=path) from None
        if not kf.slots:
            raise KeyFileError("keys.no_slot", path=path)
        return kf

    @staticmethod
    def _slot(s: dict[str, Any]) -> Slot:
        wrap = s["wrap"]
        if wrap.get("alg") != "aes-256-gcm":
            raise ValueError("unknown wrap")
        return Slot(str(s["id"]), str(s["officer"]), str(s.get("role", "officer")),
                    KdfParams.from_json(s["kdf"]), _unb64(wrap["nonce"]), _unb64(wrap["ct"]))

    def to_bytes(self) -> bytes:
        """The key file's bytes."""
        return json.dumps({"format": FORMAT, "workspace_id": self.workspace_id,
                           "slots": [s.to_json() for s in self.slots],
                           "recovery": self.recovery}, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        """Write the key file atomically, readable only by its owner."""
        atomic_write(path, self.to_bytes())

    # --- slots ----------------------------------------------------------------------------
    def _aad(self, slot_id: str) -> bytes:
        return f"{FORMAT}|{self.workspace_id}|{slot_id}".encode()

    def add_slot(self, officer: str, role: str, passphrase: str, dek: bytes,
                 params: KdfParams | None = None) -> Slot:
        """Wrap ``dek`` for a new officer; an officer holds at most one slot."""
        if self.find(officer) is not None:
            raise UserError("keys.officer_has_slot", officer=officer)
        slot = self._wrap(str(uuid.uuid4()), officer, role, passphrase, dek, params)
        self.slots.append(slot)
        return slot

    def _wrap(self, slot_id: str, officer: str, role: str, passphrase: str, dek: bytes,
              params: KdfParams | None) -> Slot:
        params = params or calibrate()
        kek = derive(passphrase, params)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, dek, self._aad(slot_id))
        return Slot(slot_id, officer, role, params, nonce, wrapped)

    def find(self, officer: str) -> Slot | None:
        """The slot of ``officer`` (case-insensitive), or None."""
        key = officer.strip().casefold()
        return next((s for s in self.slots if s.officer.casefold() == key), None)

    def try_slot(self, slot: Slot, passphrase: str) -> bytes | None:
        """The DEK if ``passphrase`` opens ``slot``, else None."""
        kek = derive(passphrase, slot.kdf)
        try:
            dek = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id))
        except InvalidTag:
            return None
        return dek if len(dek) == DEK_BYTES else None

    def unlock(self, passphrase: str, officer: str | None = None) -> tuple[Slot, bytes]:
        """Open a slot with ``passphrase`` (only ``officer``'s when given): (slot, DEK)."""
        if officer is not None:
            slot = self.find(officer)
            if slot is None:
                raise UserError("keys.unknown_officer", officer=officer, officers=[s.officer for s in self.slots])
            candidates = [slot]
        else:
            candidates = list(self.slots)
        for slot in candidates:
            dek = self.try_slot(slot, passphrase)
            if dek is not None:
                return slot, dek
        raise WrongPassphrase("keys.wrong_passphrase")

    def rewrap(self, slot: Slot, new_passphrase: str, dek: bytes) -> None:
        """Replace ``slot``'s wrapping with one under ``new_passphrase`` (fresh salt, calibrated)."""
        fresh = self._wrap(slot.id, slot.officer, slot.role, new_passphrase, dek, None)
        self.slots[self.slots.index(slot)] = fresh

    # --- recovery ---------------------------------------------------------------------------
    def seal_recovery(self, dek: bytes, hq_public_key: X25519PublicKey, hq_key_id: str) -> None:
        """Seal the DEK to HQ's recovery key (HPKE X25519/HKDF-SHA256/AES-256-GCM)."""
        from fieldapp.security.hpke import seal

        info = f"{FORMAT}|recovery|{self.workspace_id}".encode()
        self.recovery = {"alg": "hpke-x25519-hkdf-sha256-aes256gcm", "hq_key_id": hq_key_id,
                         "ct": _b64(seal(hq_public_key, dek, info))}

    def open_recovery(self, hq_private_key: X25519PrivateKey) -> bytes:
        """Recover the DEK with HQ's recovery private key (an HQ admin operation)."""
        from fieldapp.security.hpke import open_sealed

        if not self.recovery:
            raise KeyFileError("keys.no_recovery_slot")
        info = f"{FORMAT}|recovery|{self.workspace_id}".encode()
        return open_sealed(hq_private_key, _unb64(self.recovery["ct"]), info)


def new_dek() -> bytes:
    """A fresh random 256-bit data key."""
    return os.urandom(DEK_BYTES)
