"""Key slots: Argon2id-wrapped data key per officer, re-wrapping, recovery sealing, damage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldapp.security.kdf import MIN_ITERATIONS, MIN_MEMORY_KIB, KdfParams, calibrate
from fieldapp.security.keyfile import KeyFile, KeyFileError, WrongPassphrase, new_dek


def _keyfile() -> tuple[KeyFile, bytes]:
    kf = KeyFile("0193b6e0-0000-7000-8000-000000000001")
    dek = new_dek()
    kf.add_slot("Arta", "officer", "first passphrase", dek)
    return kf, dek


def test_each_officer_opens_the_same_data_key_with_their_own_passphrase() -> None:
    kf, dek = _keyfile()
    kf.add_slot("Milan", "officer", "second passphrase", dek)
    assert kf.unlock("first passphrase")[1] == dek
    slot, key = kf.unlock("second passphrase")
    assert slot.officer == "Milan" and key == dek
    with pytest.raises(WrongPassphrase):
        kf.unlock("second passphrase", officer="Arta")


def test_slot_parameters_are_stored_and_never_below_the_floor() -> None:
    kf, _ = _keyfile()
    params = KdfParams.from_json(json.loads(kf.to_bytes())["slots"][0]["kdf"])
    assert params.memory_kib >= MIN_MEMORY_KIB and params.iterations >= MIN_ITERATIONS


def test_calibration_grows_to_reach_the_target() -> None:
    params = calibrate(target=0.4)
    assert params.memory_kib > MIN_MEMORY_KIB or params.iterations > MIN_ITERATIONS


def test_rewrap_changes_passphrase_but_not_the_key() -> None:
    kf, dek = _keyfile()
    kf.rewrap(kf.slots[0], "new passphrase here", dek)
    with pytest.raises(WrongPassphrase):
        kf.unlock("first passphrase")
    assert kf.unlock("new passphrase here")[1] == dek


def test_a_slot_moved_to_another_key_file_does_not_open() -> None:
    kf, _ = _keyfile()
    other = KeyFile("0193b6e0-0000-7000-8000-000000000002", slots=list(kf.slots))
    with pytest.raises(WrongPassphrase):
        other.unlock("first passphrase")


def test_recovery_slot_opens_only_with_the_hq_key() -> None:
    kf, dek = _keyfile()
    hq = X25519PrivateKey.generate()
    kf.seal_recovery(dek, hq.public_key(), "hq-1")
    again = KeyFile.from_bytes(kf.to_bytes(), "keys.json")
    assert again.open_recovery(hq) == dek
    with pytest.raises(ValueError):
        again.open_recovery(X25519PrivateKey.generate())


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "other"}', b"\xff\xfe garbage",
                                     b'{"format": "fieldapp.keyfile/1", "workspace_id": "x", "slots": []}'])
def test_damaged_key_files_are_named_in_the_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keys.json"
    path.write_bytes(content)
    with pytest.raises(KeyFileError, match=str(path)):
        KeyFile.load(path)
    assert path.read_bytes() == content
