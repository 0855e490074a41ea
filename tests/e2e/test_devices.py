"""Enrolment codes (expired, reused, wrong) and revocation with remote wipe and quarantine."""

from __future__ import annotations

import time
from pathlib import Path

from tests.sync.support import HqServer, cases_for, new_device


def test_enrolment_codes_expire_and_are_single_use(hq: HqServer, tmp_path: Path) -> None:
    officer = hq.add_user("officer", "20")
    short = hq.cli("enrol-code", "--user", officer, "--hours", "0.0003", "--json").json()
    assert set(short) >= {"code", "expires"}
    late = new_device(tmp_path, officer)
    r = late.cli("sync", check=False)
    assert r.code == 1 and "not enrolled" in r.err
    time.sleep(1.2)
    r = late.cli("enrol", "--hq", hq.url, "--code", short["code"], "--fingerprint", hq.fingerprint,
                 check=False)
    assert r.code == 1 and "expired" in r.err and "Traceback" not in r.err

    code = hq.cli("enrol-code", "--user", officer, "--json").json()["code"]
    wrong_fp = "00" * 32
    r = late.cli("enrol", "--hq", hq.url, "--code", code, "--fingerprint", wrong_fp, check=False)
    assert r.code == 1 and "fingerprint" in r.err
    # The refused fingerprint spent nothing: the same code still works, once.
    late.cli("enrol", "--hq", hq.url, "--code", code, "--fingerprint", hq.fingerprint.lower())
    # Enrolment sealed a recovery copy of the data key that HQ's recovery key opens.
    from fieldapp.security.keyfile import KeyFile
    from sync.server.config import DataDir

    recovered = KeyFile.load(late.root / "keys.json").open_recovery(DataDir(hq.data).load_keys().recovery)
    with late.open() as ws:
        assert recovered == ws.dek
    second = new_device(tmp_path, officer)
    r = second.cli("enrol", "--hq", hq.url, "--code", code, "--fingerprint", hq.fingerprint, check=False)
    assert r.code == 1 and "already used" in r.err
    r = second.cli("enrol", "--hq", hq.url, "--code", "AAAA-BBBB-CCCC-DDDD", "--trust-first-use", check=False)
    assert r.code == 1 and "not valid" in r.err
    assert second.cli("status", "--json").json()["enrolled"] is False

    listed = hq.cli("device", "list", "--json").json()
    mine = [d for d in listed if d["user"] == officer]
    assert len(mine) == 1 and set(mine[0]) >= {"id", "user", "enrolled", "last_seen", "revoked"}


def test_revoked_device_is_refused_wiped_and_its_bundle_quarantined(hq: HqServer, tmp_path: Path) -> None:
    officer = hq.add_user("officer", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)
    dev.import_cases(cases_for("20", 2))
    dev.sync()
    [later] = dev.import_cases(cases_for("20", 1))
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = Path(dev.cli("sync", "export-bundle", "-o", str(usb), "--json").json()["file"])

    hq.cli("device", "revoke", dev.device_id)
    r = dev.cli("sync", check=False)
    assert r.code == 1 and "revoked" in r.err and "Traceback" not in r.err
    assert not (dev.root / "keys.json").exists()
    r = dev.cli("status", check=False)
    assert r.code == 1 and "key file" in r.err
    [row] = hq.rows("SELECT revoked_at, wipe_sent_at FROM devices WHERE id = :d", d=dev.device_id)
    assert row[0] and row[1]
    listed = hq.cli("device", "list", "--json").json()
    assert [d["revoked"] for d in listed if d["id"] == dev.device_id] == [True]

    before = hq.scalar("SELECT count(*) FROM applied_ops WHERE device_id = :d", d=dev.device_id)
    r = hq.cli("bundle", "import", str(bundle), "-o", str(tmp_path / "acks"), check=False)
    assert r.code == 1 and "quarantined" in r.err
    assert any(p.suffix == ".fab" for p in (hq.data / "quarantine").iterdir())
    assert hq.scalar("SELECT count(*) FROM applied_ops WHERE device_id = :d", d=dev.device_id) == before
    assert hq.scalar("SELECT count(*) FROM cases WHERE id = :c", c=later) == 0


def test_laptop_clock_far_off_still_syncs(hq: HqServer, tmp_path: Path) -> None:
    """Requests are signed with a timestamp; a laptop whose clock is an hour off learns HQ's time."""
    from sync.client.http import HqClient
    from sync.protocol.messages import PullResponse

    officer = hq.add_user("officer", "20")
    dev = new_device(tmp_path, officer, inprocess=True)
    dev.enrol_inprocess(hq, officer)
    ident = dev.identity()
    with HqClient(hq.url, cert_pem=ident.cert_pem, device_id=ident.device_id, sign_key=ident.sign_key) as client:
        client.offset_ms = -3_600_000  # as if the laptop's clock were an hour behind
        page = client.call("POST", "/sync/pull", PullResponse, {"cursor": 0})
        assert page.cases == [] and abs(client.offset_ms) < 60_000
        assert client.requests == 2  # refused once with HQ's time, then accepted
