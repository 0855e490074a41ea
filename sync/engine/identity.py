"""The device's sync identity, kept inside the encrypted workspace (``meta`` rows).

``enrolment``: device id, user, role, municipalities, HQ address and id; ``sync_device_keys``:
the device's Ed25519 and X25519 private keys; ``sync_hq``: HQ's public keys, the certificate HQ
presented last and its fingerprint, the pinned SPKI of HQ's TLS key (``spki``; for a laptop
enrolled before keys were pinned it is derived from the stored certificate) and the next key HQ
announced (``next_spki``). None of it is ever written outside the encrypted database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldapp.domain.errors import UserError
from fieldapp.store import remote
from fieldapp.store.workspace import Workspace
from sync.engine.steps import StoreSteps, store_steps
from sync.protocol.encoding import b64d
from sync.protocol.pinning import spki_of_pem
from sync.protocol.signing import ed25519_public, x25519_public

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class NotEnrolled(UserError):
    """The workspace has not been enrolled with HQ."""


@dataclass(frozen=True)
class DeviceIdentity:
    """Everything the device needs to talk to its HQ."""

    device_id: str
    user: str
    role: str
    municipalities: tuple[str, ...]
    hq_url: str
    hq_id: str
    sign_key: Ed25519PrivateKey
    enc_key: X25519PrivateKey
    hq_sign_key: Ed25519PublicKey
    hq_enc_key: X25519PublicKey
    cert_pem: str
    fingerprint: str
    spki: str = ""
    next_spki: str | None = None

    @property
    def pins(self) -> frozenset[str]:
        """Every SPKI pin this laptop accepts: HQ's key and the next one HQ announced."""
        return frozenset(p for p in (self.spki, self.next_spki) if p)


def identity_from_meta(enrolment: Any, keys: Any, hq: Any) -> DeviceIdentity:
    """Build the identity from the three meta values; raise :class:`NotEnrolled`."""
    if not (isinstance(enrolment, dict) and isinstance(keys, dict) and isinstance(hq, dict)):
        raise NotEnrolled("engine.not_enrolled")
    try:
        return DeviceIdentity(
            device_id=str(enrolment["device_id"]), user=str(enrolment["user"]),
            role=str(enrolment["role"]), municipalities=tuple(enrolment.get("municipalities") or ()),
            hq_url=str(enrolment["hq_url"]), hq_id=str(enrolment["hq_id"]),
            sign_key=Ed25519PrivateKey.from_private_bytes(b64d(keys["sign"], size=32)),
            enc_key=X25519PrivateKey.from_private_bytes(b64d(keys["enc"], size=32)),
            hq_sign_key=ed25519_public(hq["sign_key"]), hq_enc_key=x25519_public(hq["enc_key"]),
            cert_pem=str(hq["cert_pem"]), fingerprint=str(hq["fingerprint"]),
            spki=str(hq.get("spki") or spki_of_pem(str(hq["cert_pem"]))),
            next_spki=str(hq["next_spki"]) if hq.get("next_spki") else None)
    except (KeyError, ValueError, TypeError):
        raise NotEnrolled("engine.enrolment_damaged") from None


def read_identity(s: Session) -> DeviceIdentity:
    """The identity stored in the workspace of session ``s``; raise :class:`NotEnrolled`."""
    return identity_from_meta(remote.meta_value(s, remote.ENROLMENT),
                              remote.meta_value(s, remote.DEVICE_KEYS),
                              remote.meta_value(s, remote.HQ))


def load_identity(store: StoreSteps | Workspace) -> DeviceIdentity:
    """The identity stored in ``store`` (read in one store step); raise :class:`NotEnrolled`."""
    return store_steps(store).read(read_identity)
