"""HQ operations against a real ``fieldapp-hq serve`` over HTTPS and real laptops: backup and
restore followed by a sync, TLS renewal and key rotation with pinned public keys, enrolment
that refuses to send its code unconfirmed, ``/health`` and an access log that names no person."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PASSPHRASE
from tests.sync.support import (
    BIN,
    Device,
    HqServer,
    cases_for,
    fresh_pg_database,
    new_device,
    running_hq,
    signed_request,
)

BACKUP_PASSPHRASE = "a long backup passphrase"
BACKUP_ENV = {"FIELDAPP_HQ_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE}
CASES = 300


def _hq_cli(data: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    from tests.conftest import run_cli

    return run_cli(*args, "--data", str(data), program="fieldapp-hq", env=env)


def _pinned_client(hq: HqServer) -> httpx.Client:
    from sync.client.http import pinned_context

    return httpx.Client(base_url=hq.url, verify=pinned_context(hq.data.joinpath("tls", "cert.pem").read_text()),
                        timeout=30)


@contextlib.contextmanager
def _restored_database(backend: str) -> Iterator[str | None]:
    if backend == "postgres":
        with fresh_pg_database() as url:
            yield url
    else:
        yield None


# --- backup and restore -------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_backup_restore_then_a_laptop_syncs_with_the_restored_hq(backend: str, tmp_path: Path) -> None:
    with running_hq(tmp_path, backend) as hq, _restored_database(backend) as new_db:
        officer = hq.add_user("officer", "20")
        dev = new_device(tmp_path, officer)
        dev.enrol(hq, officer)
        ids = dev.import_cases(cases_for("20", CASES, status="submitted"))
        assert dev.sync().pushed == CASES
        before = hq.fingerprint_of_db()

        backup = tmp_path / "hq.backup"
        r = _hq_cli(hq.data, "backup", "create", "-o", str(backup), "--json", env=BACKUP_ENV)
        assert r.code == 0, r.err
        created = r.json()
        assert created["rows"]["cases"] == CASES and "keys/recovery.key" in created["files"]
        assert backup.stat().st_mode & 0o777 == 0o600
        raw = backup.read_bytes()
        for secret in (b"Petrovi", hq.data.joinpath("keys", "signing.key").read_bytes().strip(), b"BEGIN"):
            assert secret not in raw

        # Refusals: a live HQ folder, a wrong passphrase, no passphrase without a terminal.
        r = _hq_cli(hq.data, "backup", "restore", str(backup), env=BACKUP_ENV)
        assert r.code == 1 and "already holds an HQ" in r.err and len(r.err.strip().splitlines()) == 1
        target = tmp_path / f"restored-{backend}"
        db_args = ["--db", new_db] if new_db else []
        r = _hq_cli(target, "backup", "restore", str(backup), *db_args,
                    env={"FIELDAPP_HQ_BACKUP_PASSPHRASE": "not the passphrase"})
        assert r.code == 1 and "does not open" in r.err and not target.exists()
        env_without = {k: v for k, v in os.environ.items() if k != "FIELDAPP_HQ_BACKUP_PASSPHRASE"}
        proc = subprocess.run([str(BIN / "fieldapp-hq"), "--data", str(target), "backup", "restore",
                               str(backup)], capture_output=True, text=True, env=env_without,
                              stdin=subprocess.DEVNULL, timeout=60)
        assert proc.returncode == 1 and "FIELDAPP_HQ_BACKUP_PASSPHRASE" in proc.stderr
        # A damaged backup changes nothing either.
        damaged = tmp_path / "damaged.backup"
        damaged.write_bytes(raw[:-40] + bytes(40))
        r = _hq_cli(target, "backup", "restore", str(damaged), *db_args, env=BACKUP_ENV)
        assert r.code == 1 and "damaged" in r.err and not target.exists()

        r = _hq_cli(target, "backup", "restore", str(backup), *db_args, "--json", env=BACKUP_ENV)
        assert r.code == 0, r.err
        restored = r.json()
        assert restored["rows"] == created["rows"]
        print(f"\n{backend}: backup of {CASES} cases {created['seconds']:.2f} s, "
              f"restore {restored['seconds']:.2f} s")

        # The laptop carries on with the restored HQ, on the same address.
        port = hq.port
        hq.stop()
        again = HqServer(target, new_db, backend)
        try:
            again.start(port)
            assert again.fingerprint == hq.fingerprint
            assert again.fingerprint_of_db() == before
            more = dev.import_cases(cases_for("20", 5))
            report = dev.sync()
            assert report.pushed == 5 and not report.rejected
            assert again.scalar("SELECT count(*) FROM cases") == CASES + 5
            mocr = again.add_user("mocr", "20")
            again.review(ids[0], "return", mocr, comment="Please add the documents.")
            assert dev.sync().pulled >= 1
            assert dev.state([ids[0]])["cases"][ids[0]]["status"] == "returned"
            assert set(more) <= set(dev.state()["cases"])
        finally:
            again.close()


# --- pinning: renewed certificate, other key, announced key ------------------------------------

def _sync_cli(dev: Device) -> Any:
    return dev.cli("sync", "--json", check=False)


def _pins(dev: Device) -> dict[str, Any]:
    from fieldapp.store import remote

    with dev.open() as ws, ws.read() as s:
        return dict(remote.meta_value(s, remote.HQ))


def _forget_spki(dev: Device) -> None:
    """As a laptop enrolled before keys were pinned: only the certificate is stored."""
    from fieldapp.store import remote

    with dev.open() as ws, ws.write() as ctx:
        hq = dict(ctx.meta(remote.HQ))
        hq.pop("spki", None)
        ctx.set_meta(remote.HQ, hq)


def test_renewed_certificate_keeps_laptops_working_a_new_key_only_after_its_announcement(
        tmp_path: Path) -> None:
    from sync.server import tls

    with running_hq(tmp_path, "sqlite") as hq:
        officer = hq.add_user("officer", "20")
        dev, late = new_device(tmp_path, officer), new_device(tmp_path, officer)
        dev.enrol(hq, officer)
        late.enrol(hq, officer)
        dev.import_cases(cases_for("20", 2))
        assert _sync_cli(dev).code == 0
        first_spki = _pins(dev)["spki"]
        assert first_spki == tls.spki(hq.data / "tls" / "cert.pem")
        _forget_spki(late)

        # Same key, new certificate: both laptops keep working (the one without a stored
        # SPKI pin too) and store the new certificate.
        port, old_fp = hq.port, hq.fingerprint
        hq.stop()
        r = hq.cli("tls", "rotate", "--json")
        assert r.json()["renewed"] and r.json()["spki"] == first_spki
        hq.start(port)
        assert hq.fingerprint != old_fp
        for laptop in (dev, late):
            r = _sync_cli(laptop)
            assert r.code == 0, r.err
            assert _pins(laptop)["fingerprint"] == hq.fingerprint.replace(":", "").lower()
        assert _pins(dev)["spki"] == first_spki

        # A certificate with another key, never announced, is refused before anything is sent.
        cert, key = hq.data / "tls" / "cert.pem", hq.data / "tls" / "key.pem"
        saved = tmp_path / "saved-tls"
        saved.mkdir()
        shutil.copy2(cert, saved / "cert.pem")
        shutil.copy2(key, saved / "key.pem")
        hq.stop()
        tls.make_certificate(cert, key)
        hq.start(port)
        seen = hq.scalar("SELECT last_seen FROM devices WHERE id = :i", i=dev.device_id)
        r = _sync_cli(dev)
        assert r.code == 1 and "not the one pinned" in r.err and "Traceback" not in r.err
        assert hq.scalar("SELECT last_seen FROM devices WHERE id = :i", i=dev.device_id) == seen
        assert _pins(dev)["spki"] == first_spki

        # The old key back, a new one announced in signed pulls, then put in use.
        hq.stop()
        shutil.copy2(saved / "cert.pem", cert)
        shutil.copy2(saved / "key.pem", key)
        nxt = hq.cli("tls", "rotate", "--new-key", "--json").json()["next"]
        hq.start(port)
        assert _sync_cli(dev).code == 0
        assert _pins(dev)["next_spki"] == nxt["spki"]
        hq.stop()
        assert hq.cli("tls", "activate", "--json").json()["spki"] == nxt["spki"]
        hq.start(port)
        r = _sync_cli(dev)
        assert r.code == 0, r.err
        pins = _pins(dev)
        assert pins["spki"] == nxt["spki"] and pins["next_spki"] is None
        # The laptop that did not sync while the key was announced is refused.
        r = _sync_cli(late)
        assert r.code == 1 and "not the one pinned" in r.err


def test_a_forged_announcement_is_ignored(tmp_path: Path) -> None:
    from sync.engine.identity import load_identity
    from sync.protocol.messages import PullResponse, TlsNext
    from sync.protocol.pinning import sign_announcement, verify_announcement
    from sync.server.config import DataDir

    with running_hq(tmp_path, "sqlite") as hq:
        officer = hq.add_user("officer", "20")
        dev = new_device(tmp_path, officer)
        dev.enrol(hq, officer)
        ident = dev.identity()
        keys = DataDir(hq.data).load_keys()
        good = sign_announcement(keys.signing, hq_id=keys.hq_id, spki="ab" * 32)
        assert verify_announcement(ident.hq_sign_key, hq_id=ident.hq_id, spki="ab" * 32, signature=good)
        assert not verify_announcement(ident.hq_sign_key, hq_id=ident.hq_id, spki="cd" * 32, signature=good)
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        forged = sign_announcement(Ed25519PrivateKey.generate(), hq_id=ident.hq_id, spki="cd" * 32)
        from sync.engine.sync import SyncEngine

        with dev.open() as ws, SyncEngine(ws) as engine:
            engine._announced(PullResponse(cases=[], cursor=0, more=False, hq_time="x",
                                           tls_next=TlsNext(spki="cd" * 32, signature=forged)))
            assert load_identity(ws).next_spki is None
            engine._announced(PullResponse(cases=[], cursor=0, more=False, hq_time="x",
                                           tls_next=TlsNext(spki="ab" * 32, signature=good)))
            assert load_identity(ws).next_spki == "ab" * 32


# --- enrolment without --fingerprint ------------------------------------------------------------

def _enrol_on_a_terminal(dev: Device, hq: HqServer, code: str, answer: str) -> tuple[int, str]:
    """``fieldapp enrol`` without --fingerprint on a pseudo-terminal, answering ``answer``."""
    master, slave = pty.openpty()
    env = {**os.environ, "FIELDAPP_PASSPHRASE": PASSPHRASE}
    proc = subprocess.Popen([str(BIN / "fieldapp"), "enrol", "--hq", hq.url, "--code", code,
                             "--workspace", str(dev.root)], stdin=slave, stdout=subprocess.PIPE,
                            stderr=slave, env=env, text=False)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    answered = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            if not answered and b"[y/N]" in seen:
                os.write(master, answer.encode() + b"\n")
                answered = True
            if proc.poll() is not None and not ready:
                break
        proc.wait(timeout=60)
    finally:
        os.close(master)
    assert proc.stdout is not None
    proc.stdout.close()
    return proc.returncode, seen.decode("utf-8", "replace")


def test_enrolment_without_fingerprint_asks_first_and_refuses_without_a_terminal(tmp_path: Path) -> None:
    with running_hq(tmp_path, "sqlite") as hq:
        officer = hq.add_user("officer", "20")
        dev = new_device(tmp_path, officer)
        code = hq.code(officer)
        r = dev.cli("enrol", "--hq", hq.url, "--code", code, check=False)
        assert r.code == 1 and "--fingerprint" in r.err and "--trust-first-use" in r.err
        assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
        assert dev.cli("status", "--json").json()["enrolled"] is False

        # On a terminal: the fingerprint is shown before the code goes; "no" sends nothing.
        status, seen = _enrol_on_a_terminal(dev, hq, code, "n")
        assert status == 1 and hq.fingerprint in seen and "SPKI" in seen
        assert "not confirmed" in seen
        assert hq.scalar("SELECT used_at FROM enrol_codes WHERE user_id = "
                         "(SELECT id FROM users WHERE name = :n)", n=officer) is None
        status, seen = _enrol_on_a_terminal(dev, hq, code, "y")
        assert status == 0, seen
        assert dev.cli("status", "--json").json()["enrolled"] is True

        other = new_device(tmp_path, officer)
        r = other.cli("enrol", "--hq", hq.url, "--code", hq.code(officer), "--trust-first-use", "--json")
        assert r.json()["fingerprint_checked"] is False and "fingerprint" in r.err


# --- /health and the access log -----------------------------------------------------------------

def test_health_reports_the_database(tmp_path: Path) -> None:
    with fresh_pg_database() as url:
        hq = HqServer(tmp_path / "hq-health", url, "postgres")
        hq.init()
        hq.start()
        try:
            with _pinned_client(hq) as client:
                r = client.get("/health")
                assert r.status_code == 200 and r.json()["status"] == "ok"
            # The database goes away under the running server.
            admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)'))
            admin.dispose()
            with _pinned_client(hq) as client:
                r = client.get("/health")
            assert r.status_code == 503
            body = r.json()
            assert body["id"] == "hq.db.unavailable" and "try again" in body["message"]
        finally:
            hq.close()


def test_access_log_names_no_person(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "access.log"
    monkeypatch.setenv("FIELDAPP_HQ_ACCESS_LOG", str(log))
    name, family = "Dragana", "Stojanović"
    with running_hq(tmp_path, "sqlite") as hq:
        officer = hq.add_user("officer", "20", name="Mirlinda Hoxha")
        dev = new_device(tmp_path, officer)
        dev.enrol(hq, officer)
        doc = cases_for("20", 1)[0]
        doc["members"][0].update(given_name=name, family_name=family)
        [case_id] = dev.import_cases([doc])
        dev.sync()
        ident = dev.identity()
        r = signed_request(ident, hq.url, "GET", "/cases", query=f"municipality=20&q={name}")
        assert r.status_code in (200, 422)
        with _pinned_client(hq) as client:
            client.get(f"/cases/{family}", params={"name": name})
            client.get(f"/people/{name}/{family}")
            client.get("/health")
        r = signed_request(ident, hq.url, "GET", f"/cases/{case_id}")
        assert r.status_code == 200 and name in json.dumps(r.json(), ensure_ascii=False)

        def written() -> str:
            return log.read_text("utf-8") if log.exists() else ""

        deadline = time.monotonic() + 20
        while "/health" not in written() and time.monotonic() < deadline:
            time.sleep(0.05)
        text_ = written()
        assert "POST /sync/push 200" in text_ and "GET /health 200" in text_
        assert "GET /cases/{case_id} 200" in text_ and f"device={dev.device_id[:8]}" in text_
        assert "GET /cases?municipality=*" in text_
        from fieldapp.text.folding import fold

        for word in (name, family, "Mirlinda", "Hoxha", fold(family), "Stojanovi", "%C4%87"):
            assert word.lower() not in text_.lower(), word
