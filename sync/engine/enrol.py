"""Enrolling a device: keys, registration, pinning, recovery slot.

1. read HQ's certificate (a TLS handshake, nothing sent) and check its fingerprint against the
   one given, or have the officer confirm it, before any secret leaves the laptop; the laptop
   then pins the certificate's public key (SPKI), so a renewed certificate keeps working;
2. generate the device's Ed25519 (signing) and X25519 (bundle encryption) key pairs;
3. register the public halves with the single-use code over the pinned connection;
4. store the identity, HQ's public keys and the certificate in the encrypted workspace;
5. seal a recovery copy of the workspace's data key to HQ's recovery key (a key-file slot).
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.domain.errors import UserError
from fieldapp.security.keyfile import KeyFile
from fieldapp.store import remote
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import Workspace
from sync.client.http import HqClient, fetch_certificate
from sync.engine.steps import StoreSteps, store_steps
from sync.protocol.encoding import b64e
from sync.protocol.messages import EnrolRequest, EnrolResponse
from sync.protocol.pinning import spki_of_pem
from sync.protocol.signing import normalise_fingerprint as normalise
from sync.protocol.signing import pretty_fingerprint as pretty
from sync.protocol.signing import raw_private, raw_public, x25519_public

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.store.context import WriteContext


@dataclass(frozen=True)
class EnrolResult:
    """What enrolment established."""

    device_id: str
    user: str
    role: str
    municipalities: list[str]
    hq_url: str
    fingerprint: str
    fingerprint_checked: bool
    spki: str = ""

    def to_json(self) -> dict[str, object]:
        """As ``enrol --json`` prints it."""
        return {"device_id": self.device_id, "user": self.user, "role": self.role,
                "municipalities": self.municipalities, "hq": self.hq_url,
                "fingerprint": self.fingerprint, "fingerprint_checked": self.fingerprint_checked,
                "spki": self.spki}


def enrol(store: StoreSteps | Workspace, *, url: str, code: str, fingerprint: str | None = None,
          confirm: Callable[[str, str], bool] | None = None, timeout: float = 30.0) -> EnrolResult:
    """Enrol the workspace of ``store`` with the HQ at ``url`` using ``code``.

    ``fingerprint`` is the certificate's SHA-256 as ``fieldapp-hq serve`` prints it (its SPKI
    pin is accepted too). Without it, ``confirm(fingerprint, spki)`` is asked, before the code
    is sent, whether the certificate HQ presents is HQ's; a ``False`` stops the enrolment.

    Two store steps around the network calls: one reads what the request needs, one stores
    what HQ answered and seals the recovery slot (the data key is used only inside it).
    """
    steps = store_steps(store)
    workspace_id, device_short_id = steps.read(_request_facts)
    url = url.strip().rstrip("/")
    cert_pem, fp = fetch_certificate(url, timeout=timeout)
    spki = spki_of_pem(cert_pem)
    if fingerprint is not None and normalise(fingerprint) not in (fp, spki):
        raise UserError("engine.fingerprint_mismatch", fingerprint=pretty(fp))
    if fingerprint is None and confirm is not None and not confirm(fp, spki):
        raise UserError("engine.fingerprint_not_confirmed")
    sign_key = Ed25519PrivateKey.generate()
    enc_key = X25519PrivateKey.generate()
    request = EnrolRequest(code=code.strip()[:40], sign_key=b64e(raw_public(sign_key.public_key())),
                           enc_key=b64e(raw_public(enc_key.public_key())),
                           device_short_id=device_short_id, workspace_id=workspace_id,
                           label=platform.node()[:100])
    with HqClient(url, cert_pem=cert_pem, timeout=timeout) as client:
        answer: EnrolResponse = client.call("POST", "/enrol", EnrolResponse,
                                            request.model_dump(), signed=False)

    def store_enrolment(ctx: WriteContext, ws: Workspace) -> None:
        keyfile = KeyFile.load(ws.key_path)
        keyfile.seal_recovery(ws.dek, x25519_public(answer.hq_recovery_key), answer.hq_recovery_key_id)
        ctx.set_meta(remote.ENROLMENT, {
            "device_id": answer.device_id, "user": answer.user, "role": answer.role,
            "municipalities": answer.municipalities, "hq_url": url, "hq_id": answer.hq_id,
            "enrolled_at": utc_now()})
        ctx.set_meta(remote.DEVICE_KEYS, {"sign": b64e(raw_private(sign_key)),
                                          "enc": b64e(raw_private(enc_key))})
        ctx.set_meta(remote.HQ, {"sign_key": answer.hq_sign_key, "enc_key": answer.hq_enc_key,
                                 "recovery_key": answer.hq_recovery_key,
                                 "recovery_key_id": answer.hq_recovery_key_id,
                                 "cert_pem": cert_pem, "fingerprint": fp, "spki": spki})
        ctx.set_meta(remote.CHECKPOINT, 0)
        ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="device.enrol",
                         detail={"device_id": answer.device_id, "hq": url, "fingerprint": fp,
                                 "spki": spki})
        # Inside the transaction: if the key file cannot be written, the enrolment rolls back.
        keyfile.save(ws.key_path)
        ws.keyfile = keyfile

    steps.write_keys(store_enrolment)
    return EnrolResult(answer.device_id, answer.user, answer.role, answer.municipalities, url,
                       fp, fingerprint is not None or confirm is not None, spki)


def _request_facts(s: Session) -> tuple[str, str]:
    """The workspace id and device short id for the request; refuse a second enrolment."""
    if remote.meta_value(s, remote.ENROLMENT):
        raise UserError("engine.already_enrolled")
    device = remote.meta_value(s, "device_short_id")
    # The same fallback as the workspace's actor, so both always name the device alike.
    return str(remote.meta_value(s, "workspace_id")), str(device) if device else "XXXX"
