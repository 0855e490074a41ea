"""USB bundles: round trip through real commands, and every kind of bad bundle refused unchanged."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.domain.errors import UserError
from sync.protocol import bundle as fmt
from sync.server.bundles.service import BundleRejected
from tests.sync.support import Device, HqServer, cases_for, new_device, workspace_digest


def hq_import(hq: HqServer, path: Path, out: Path, check: bool = True):  # type: ignore[no-untyped-def]
    """``fieldapp-hq bundle import``."""
    return hq.cli("bundle", "import", str(path), "-o", str(out), "--json", check=check)


def hq_import_inprocess(hq: HqServer, path: Path, out: Path | None = None) -> None:
    """The import service behind ``fieldapp-hq bundle import`` (acknowledgement into ``out``)."""
    from sync.server.bundles.service import import_bundle, write_ack
    from sync.server.config import DataDir

    result = import_bundle(database=hq.database(), keys=DataDir(hq.data).load_keys(),
                           data=path.read_bytes(), quarantine=hq.data / "quarantine", name=path.name)
    if out is not None:
        write_ack(result, out)


def device_export(dev: Device, usb: Path) -> Path:
    """``export_bundle`` in-process."""
    from sync.bundle.device import export_bundle

    with dev.open() as ws:
        return export_bundle(ws, usb).path


def newest(folder: Path) -> Path:
    """The acknowledgement written last (names carry a sequence number)."""
    return sorted(folder.iterdir())[-1]


def device_import(dev: Device, path: Path) -> None:
    """``import_bundle`` in-process (the command is exercised in the round trip)."""
    from sync.bundle.device import import_bundle

    with dev.open() as ws:
        import_bundle(ws, path)


def variant(src: Path, name: str, data: bytes) -> Path:
    """A modified copy of a bundle."""
    out = src.parent / name
    out.write_bytes(data)
    return out


def test_usb_round_trip_and_refusals(hq: HqServer, tmp_path: Path) -> None:
    officer = hq.add_user("officer", "20")
    supervisor = hq.add_user("supervisor", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)
    usb, acks = tmp_path / "usb", tmp_path / "acks"
    usb.mkdir()
    ids = dev.import_cases(cases_for("20", 3))

    out = dev.cli("sync", "export-bundle", "-o", str(usb), "--json").json()
    bundle = Path(out["file"])
    assert out["ops"] == 3 and bundle.parent == usb
    assert dev.state()["outbox"] == 3  # only HQ's answer clears it
    assert b"Petrovi" not in bundle.read_bytes()  # sealed: no names in the clear

    # Refusals at HQ change nothing: tampered, truncated, foreign, for another HQ.
    before = hq.fingerprint_of_db()
    data = bundle.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    header_flip = bytearray(data)
    header_flip[len(fmt.MAGIC) + 10] ^= 0x20
    bad = {
        "tampered": variant(bundle, "tampered.fab", bytes(flipped)),
        "header": variant(bundle, "header.fab", bytes(header_flip)),
        "truncated": variant(bundle, "truncated.fab", data[:-100]),
        "cut short": variant(bundle, "short.fab", data[:30]),
        "not a bundle": variant(bundle, "junk.fab", b"PK\x03\x04" + data[4:200]),
        "foreign device": variant(bundle, "foreign.fab", foreign_bundle(hq, device_id=str(uuid.uuid4()))),
        "other HQ": variant(bundle, "other-hq.fab", foreign_bundle(hq, device_id=dev.device_id, hq_id=str(uuid.uuid4()))),
    }
    r = hq_import(hq, bad["tampered"], acks, check=False)
    assert r.code == 1 and "Nothing was changed" in r.err and "Traceback" not in r.err, r.err
    for path in bad.values():  # the same refusals, in-process (cheaper than a process each)
        with pytest.raises(BundleRejected, match="Nothing was changed"):
            hq_import_inprocess(hq, path)
    assert hq.fingerprint_of_db() == before

    # The real one applies; its replay is refused and changes nothing.
    result = hq_import(hq, bundle, acks).json()
    assert result["ops"] == 3 and result["applied"] == 3
    ack = Path(result["ack"])
    assert ack.parent == acks
    assert hq.scalar("SELECT count(*) FROM cases WHERE owner = :o", o=officer) == 3
    before = hq.fingerprint_of_db()
    r = hq_import(hq, bundle, acks, check=False)
    assert r.code == 1 and "already imported" in r.err
    assert hq.fingerprint_of_db() == before

    # The laptop refuses a damaged or foreign acknowledgement, then takes the real one.
    ws_before = workspace_digest(dev)
    ack_data = ack.read_bytes()
    flipped = bytearray(ack_data)
    flipped[-10] ^= 0xFF
    device_bundle = data  # a device's own bundle is not an acknowledgement
    for wrong in (bytes(flipped), ack_data[:-1], ack_data[: len(ack_data) // 2],
                  forged_ack(dev, signer=Ed25519PrivateKey.generate()), other_laptops_ack(hq, dev),
                  device_bundle):
        with pytest.raises(UserError):
            device_import(dev, variant(ack, "bad-ack.fab", wrong))
    assert workspace_digest(dev) == ws_before

    r = dev.cli("sync", "import-bundle", str(ack), "--json")
    assert r.json()["acknowledged"] == 3
    with dev.open() as ws, ws.read() as s:
        from fieldapp.store.status import workspace_status

        state = workspace_status(s, ws.actor.officer)
    assert state.outbox_pending == 0 and state.last_sync
    ws_before = workspace_digest(dev)
    r = dev.cli("sync", "import-bundle", str(ack), check=False)
    assert r.code == 1 and "replay" in r.err
    assert workspace_digest(dev) == ws_before

    # A decision travels back by USB too: submit, bundle, review at HQ, bundle, acknowledgement.
    from fieldapp.store import cases

    with dev.open() as ws, ws.write() as ctx:
        cases.transition(ctx, ids[0], "submitted")
    first = device_export(dev, usb)
    hq_import_inprocess(hq, first, acks)
    hq.review(ids[0], "return", supervisor, "Signature missing on the consent form")
    second = device_export(dev, usb)
    hq_import_inprocess(hq, second, acks)
    device_import(dev, newest(acks))
    with dev.open() as ws, ws.read() as s:
        shown = cases.get_case(s, ids[0])
    assert dev.state()["outbox"] == 0
    assert shown["status"] == "returned"
    assert shown["history"][-1]["comment"] == "Signature missing on the consent form"
    # An older acknowledgement (ack 2 of 3) is a replay now.
    older = sorted(acks.iterdir())[-2]
    with pytest.raises(UserError, match="replay"):
        device_import(dev, older)


def foreign_bundle(hq: HqServer, *, device_id: str, hq_id: str | None = None) -> bytes:
    """A well-formed bundle signed by a key HQ does not know (or addressed to another HQ)."""
    from sync.server.config import DataDir

    keys = DataDir(hq.data).load_keys()
    header = {"kind": fmt.KIND_OPS, "bundle_id": str(uuid.uuid4()), "device_id": device_id,
              "hq_id": hq_id or keys.hq_id, "created_at": "2026-11-22T10:00:00Z", "count": 0}
    return fmt.encode_bundle(header, {"ops": [], "cursor": 0}, recipient=keys.encryption.public_key(),
                             signer=Ed25519PrivateKey.generate())


def forged_ack(dev: Device, *, signer: Ed25519PrivateKey) -> bytes:
    """An acknowledgement for this laptop signed by someone other than its HQ."""
    from sync.engine.identity import load_identity

    with dev.open() as ws:
        ident = load_identity(ws)
    header = {"kind": fmt.KIND_ACK, "bundle_id": str(uuid.uuid4()), "device_id": ident.device_id,
              "hq_id": ident.hq_id, "ack_seq": 99, "created_at": "2026-11-22T10:00:00Z"}
    payload = {"results": [], "cases": [], "cursor": 10**9, "hq_time": "2026-11-22T10:00:00Z"}
    return fmt.encode_bundle(header, payload, recipient=ident.enc_key.public_key(), signer=signer)


def other_laptops_ack(hq: HqServer, dev: Device) -> bytes:
    """An acknowledgement from the right HQ (its real key) addressed to another laptop."""
    from sync.engine.identity import load_identity
    from sync.server.config import DataDir

    keys = DataDir(hq.data).load_keys()
    with dev.open() as ws:
        ident = load_identity(ws)
    header = {"kind": fmt.KIND_ACK, "bundle_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()),
              "hq_id": ident.hq_id, "ack_seq": 1, "created_at": "2026-11-22T10:00:00Z"}
    return fmt.encode_bundle(header, {"results": [], "cases": [], "cursor": 0, "hq_time": "x"},
                             recipient=X25519PrivateKey.generate().public_key(), signer=keys.signing)
