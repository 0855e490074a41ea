"""Sync and HQ benchmark: prints one JSON document.

1. First sync of 10,000 typical cases from a real encrypted workspace to a real ``fieldapp-hq
   serve`` process (SQLite) over loopback HTTPS: cases per second and bytes on the wire per case
   (counted by a loopback TCP proxy, TLS included), beside a bare HTTPS POST of the very same
   request bodies to a minimal ASGI app under uvicorn with the same certificate, in the same run.
2. An incremental sync with nothing to send: round-trip time (median and p95 of 20).
3. 50 simulated devices (signed protocol clients, no workspace) syncing at once against an HQ on
   PostgreSQL: ops per second, p95 push-batch latency, and the server's memory.

Usage: ``python bench/bench_sync.py [CASES]`` (default 10000). PostgreSQL comes from
``FIELDAPP_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``); that part is
reported as skipped when it is not reachable.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlock cost is not what is measured here

from tests.sync.support import CuttingProxy, HqServer, fresh_pg_database, new_device  # noqa: E402

PASSES = {"cases_per_s": 500, "bytes_per_case": 2048, "empty_sync_ms": 300}
GIVEN = ["Arben", "Besa", "Dritan", "Fatmire", "Gëzim", "Hana", "Jelena", "Dragan", "Milica",
         "Đorđe", "Nikola", "Sanije", "Bekim", "Shpresa", "Vjosa", "Senad", "Emina", "Zoran",
         "Ljiljana", "Agron", "Mimoza", "Çlirim", "Ramadan"]
FAMILY = ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Petrović", "Jovanović", "Nikolić", "Stojanović",
          "Shala", "Morina", "Kelmendi", "Bajrami", "Mustafa", "Rexhepi", "Đukić", "Cena", "Salihu",
          "Ristić"]
GIVEN_CYRL = ["Ђорђе", "Јелена", "Миодраг", "Драган", "Милица", "Никола"]
FAMILY_CYRL = ["Петровић", "Ђорђевић", "Јовановић", "Ристић"]
SETTLEMENTS = ["Prizren", "Zhur", "Landovica", "Velika Hoča", "Lubizhdë", "Mamushë", "Rahovec",
               "Gračanica", "Kamenicë", "Shtërpcë", "Novo Brdo", "Klinë", "Pejë", "Istog"]
NEEDS = ["housing_reconstruction", "housing_repair", "food", "non_food_items", "firewood",
         "furniture", "income_generation", "health", "legal_aid_documents", "school_enrolment"]
VULNS = ["older_person_without_support", "person_with_disability", "serious_medical_condition",
         "single_head_of_household", "child_under_15", "person_over_65"]


def typical_case(rng: random.Random) -> dict[str, Any]:
    """A household as officers record them: 1-7 members, a few needs and flags, short notes."""
    cyrillic = rng.random() < 0.15
    family = rng.choice(FAMILY_CYRL if cyrillic else FAMILY)
    size = rng.choice([1, 2, 2, 3, 4, 4, 5, 6, 7])
    rels = ["head", "spouse"] + ["child"] * 4 + ["parent"]
    members = []
    for i in range(size):
        name = rng.choice(GIVEN_CYRL if cyrillic else GIVEN)
        members.append({
            "given_name": name, "family_name": family, "script": "Cyrl" if cyrillic else "Latn",
            "sex": rng.choice("MF"), "date_of_birth": str(rng.randint(1940, 2022)),
            "relationship": rels[min(i, len(rels) - 1)] if i else "head",
            "personal_number": str(rng.randint(10**9, 10**10 - 1)) if rng.random() < 0.5 else None,
            "documents": rng.sample(["id_card", "birth_certificate", "passport"], rng.randint(0, 2)),
            "community": rng.choice(["serb", "roma", "ashkali", "albanian", "not_declared"]),
            "disability": rng.random() < 0.1, "chronic_illness": rng.random() < 0.15})
    return {
        "format": "fieldapp.case/1", "case_type": "displaced_return", "status": "draft",
        "municipality": "20", "settlement": rng.choice(SETTLEMENTS),
        "displacement": {"category": "displaced_in_region", "location": rng.choice(
            ["Kraljevo, Serbia", "Kragujevac, Serbia", "Podgorica, Montenegro", "Skopje, North Macedonia"]),
            "since": f"{rng.randint(1998, 2004)}-{rng.randint(1, 12):02d}"},
        "interview": {"date": "2026-11-20", "language": rng.choice(["sq", "sr-Latn", "sr-Cyrl"]),
                      "interpreter": rng.random() < 0.3,
                      "notes": rng.choice(["", "Family wishes to return before winter.",
                                           "House roof destroyed; staying with relatives."])},
        "members": members,
        "property": {"tenure": rng.choice(["damaged", "destroyed", "owned", "occupied_by_others"]),
                     "cadastral_zone": None, "parcel": str(rng.randint(1, 9999)) if rng.random() < 0.4 else None,
                     "claim_number": None},
        "vulnerabilities": rng.sample(VULNS, rng.randint(0, 3)),
        "needs": [{"category": c, "priority": rng.choice(["high", "medium", "low"]), "note": ""}
                  for c in rng.sample(NEEDS, rng.randint(1, 4))],
        "consent": {"processing": True, "share_with_partners": rng.random() < 0.5, "photos": False,
                    "sensitive_data": True, "recorded_on": "2026-11-20"},
        "notes": [],
    }


# --- helpers ------------------------------------------------------------------------------------

def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


BARE_APP = """
import sys, uvicorn
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while True:
        message = await receive()
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"ok":true}'})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), ssl_certfile=sys.argv[2],
            ssl_keyfile=sys.argv[3], log_level="warning", access_log=False)
"""


@contextlib.contextmanager
def bare_server(cert: Path, key: Path) -> Iterator[int]:
    """A minimal ASGI app under uvicorn with HQ's certificate: the transport floor."""
    from tests.sync.support import wait_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", BARE_APP, str(port), str(cert), str(key)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def rss_kib(pid: int) -> dict[str, int]:
    """Current and peak resident memory of a process (KiB)."""
    out = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# --- 1 and 2: first sync and empty sync (SQLite HQ) ------------------------------------------------

def first_sync(tmp: Path, n_cases: int) -> dict[str, Any]:
    """Import ``n_cases`` on a laptop, then time its first sync and an empty one."""
    import httpx

    from sync.client.http import pinned_context
    from sync.engine.sync import SyncEngine

    hq = HqServer(tmp / "hq-sqlite", None, "sqlite")
    hq.init()
    hq.start()
    try:
        officer = hq.add_user("officer", "20")
        dev = new_device(tmp, officer, inprocess=True)
        dev.enrol_inprocess(hq, officer)
        rng = random.Random(7)
        docs = [typical_case(rng) for _ in range(n_cases)]
        t = time.perf_counter()
        dev.import_cases(docs)
        import_s = time.perf_counter() - t

        proxy = CuttingProxy(hq.port)
        bodies: list[bytes] = []
        with dev.open() as ws, SyncEngine(ws, url=proxy.url) as engine:
            http = engine.client._http
            original = http.request

            def recording(method: str, url: Any, **kw: Any) -> Any:
                bodies.append(kw.get("content") or b"")
                return original(method, url, **kw)

            http.request = recording  # type: ignore[method-assign]
            t = time.perf_counter()
            report = engine.sync()
            sync_s = time.perf_counter() - t
        proxy.close()
        wire = proxy.total
        assert report.pushed == n_cases, report.to_json()

        # The same request bodies, POSTed bare over HTTPS (one keep-alive connection, like the sync).
        with bare_server(hq.data / "tls" / "cert.pem", hq.data / "tls" / "key.pem") as port:
            bare_proxy = CuttingProxy(port)
            cert = (hq.data / "tls" / "cert.pem").read_text()
            with httpx.Client(base_url=bare_proxy.url, verify=pinned_context(cert)) as client:
                t = time.perf_counter()
                for body in bodies:
                    client.post("/", content=body, headers={"Content-Type": "application/json",
                                                            "Content-Encoding": "zstd"})
                bare_s = time.perf_counter() - t
            bare_proxy.close()
            bare_wire = bare_proxy.total

        # Nothing to send: the round trip of a sync that finds nothing (push skipped, one pull
        # page, one digest), the workspace already unlocked.
        times = []
        with dev.open() as ws, SyncEngine(ws) as engine:
            engine.sync()
            for _ in range(20):
                t = time.perf_counter()
                empty = engine.sync()
                times.append((time.perf_counter() - t) * 1000)
            assert empty.pushed == 0 and empty.pulled == 0
        memory = rss_kib(hq.proc.pid) if hq.proc else {}
        return {
            "cases": n_cases, "import_s": round(import_s, 2),
            "first_sync": {
                "seconds": round(sync_s, 2), "cases_per_s": round(n_cases / sync_s, 1),
                "requests": len(bodies), "body_bytes_per_case": round(sum(map(len, bodies)) / n_cases, 1),
                "wire_bytes_per_case": round(wire / n_cases, 1), "wire_bytes": wire,
                "bytes_received": report.bytes_received},
            "bare_https_post_same_bytes": {
                "seconds": round(bare_s, 3), "wire_bytes": bare_wire,
                "sync_over_bare": round(sync_s / bare_s, 1)},
            "empty_sync_ms": {"median": round(statistics.median(times), 1), "p95": round(pct(times, 0.95), 1)},
            "server_memory_kib_after_10000_cases": memory,
        }
    finally:
        hq.close()


# --- 3: 50 devices at once (PostgreSQL HQ) ----------------------------------------------------------

class SimDevice:
    """A device reduced to its protocol: keys, a signed client, and generated ops."""

    def __init__(self, hq: HqServer, user: str, cert: str, rng: random.Random):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        from sync.client.http import HqClient
        from sync.protocol.encoding import b64e
        from sync.protocol.messages import EnrolResponse
        from sync.protocol.signing import raw_public

        self.rng = rng
        self.key = Ed25519PrivateKey.generate()
        self.short = "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(4))
        enrol = HqClient(hq.url, cert_pem=cert)
        answer = enrol.call("POST", "/enrol", EnrolResponse, {
            "code": hq.code(user), "sign_key": b64e(raw_public(self.key.public_key())),
            "enc_key": b64e(raw_public(X25519PrivateKey.generate().public_key())),
            "device_short_id": self.short, "workspace_id": str(uuid.uuid4())}, signed=False)
        enrol.close()
        self.client = HqClient(hq.url, cert_pem=cert, device_id=answer.device_id, sign_key=self.key)
        self.seq = 0
        self.cases: dict[str, int] = {}
        self.latencies: list[float] = []
        self.ops = 0

    def op(self, kind: str, case_id: str, fields: dict[str, Any], base: int) -> dict[str, Any]:
        """One outbox op."""
        self.seq += 1
        return {"op_id": str(uuid.uuid4()), "seq": self.seq, "kind": kind, "entity": "case",
                "entity_id": case_id, "base_rev": base, "fields": fields,
                "hlc": f"{int(time.time() * 1000):013d}-{self.seq % 100000:05d}-{self.short}",
                "officer": "sim", "created_at": "2026-11-22T10:00:00Z"}

    def batch(self, round_no: int, size: int) -> list[dict[str, Any]]:
        """Round 0 creates cases; later rounds edit, note and submit them."""
        ops = []
        if round_no == 0:
            for i in range(size):
                doc = typical_case(self.rng)
                doc.pop("format")
                doc.update(case_number=f"20-2026-{self.short}-{i + 1:04d}")
                cid = str(uuid.uuid4())
                self.cases[cid] = 1
                ops.append(self.op("case.create", cid, doc, 0))
            return ops
        for cid in list(self.cases)[:size]:
            rev = self.cases[cid]
            pick = (round_no + len(ops)) % 3
            if pick == 0:
                ops.append(self.op("case.update", cid, {"settlement": f"Round {round_no}"}, rev))
                self.cases[cid] = rev + 1
            elif pick == 1:
                ops.append(self.op("case.note", cid, {"note_id": str(uuid.uuid4()),
                                                      "text": f"Visit {round_no}", "author": "sim", "at": None}, rev))
            else:
                ops.append(self.op("case.update", cid, {"needs": [{"category": "food", "priority": "high",
                                                                   "note": f"r{round_no}"}]}, rev))
                self.cases[cid] = rev + 1
        return ops

    def run(self, rounds: int, size: int, start: threading.Barrier) -> None:
        """Push ``rounds`` batches, then pull until done; record each push's latency."""
        from sync.protocol.messages import PullResponse, PushResponse

        start.wait()
        for r in range(rounds):
            ops = self.batch(r, size)
            t = time.perf_counter()
            answer = self.client.call("POST", "/sync/push", PushResponse, {"ops": ops})
            self.latencies.append(time.perf_counter() - t)
            assert all(x.status in ("applied", "merged") for x in answer.results), answer.results[:2]
            self.ops += len(ops)
        cursor = 0
        while True:
            page = self.client.call("POST", "/sync/pull", PullResponse, {"cursor": cursor, "limit": 500})
            cursor = page.cursor
            if not page.more:
                break


def many_devices(tmp: Path, devices: int = 50, rounds: int = 4, size: int = 50,
                 workers: int = 1) -> dict[str, Any]:
    """``devices`` devices push ``rounds`` batches of ``size`` ops each, all at once."""
    with fresh_pg_database() as url:
        hq = HqServer(tmp / f"hq-pg-{workers}", url, "postgres")
        hq.init()
        hq.start(workers=workers)
        try:
            assert hq.proc is not None
            idle = rss_kib(hq.proc.pid)
            cert = (hq.data / "tls" / "cert.pem").read_text()
            rng = random.Random(11)
            users = [hq.add_user("officer", "20") for _ in range(devices)]
            sims = [SimDevice(hq, u, cert, random.Random(rng.random())) for u in users]
            barrier = threading.Barrier(devices + 1)
            errors: list[BaseException] = []

            def run(sim: SimDevice) -> None:
                try:
                    sim.run(rounds, size, barrier)
                except BaseException as exc:  # reported below, never swallowed
                    errors.append(exc)

            peak = {"VmRSS": 0}
            done = threading.Event()

            def sample() -> None:
                while not done.is_set():
                    with contextlib.suppress(OSError):
                        peak["VmRSS"] = max(peak["VmRSS"], rss_kib(hq.proc.pid)["VmRSS"])  # type: ignore[union-attr]
                    time.sleep(0.1)

            threads = [threading.Thread(target=run, args=(s,)) for s in sims]
            for th in threads:
                th.start()
            sampler = threading.Thread(target=sample)
            sampler.start()
            barrier.wait()
            t = time.perf_counter()
            for th in threads:
                th.join()
            elapsed = time.perf_counter() - t
            done.set()
            sampler.join()
            if errors:
                raise errors[0]
            latencies = [x for s in sims for x in s.latencies]
            total_ops = sum(s.ops for s in sims)
            at_hq = hq.scalar("SELECT count(*) FROM applied_ops")
            assert at_hq == total_ops, (at_hq, total_ops)
            for s in sims:
                s.client.close()
            return {"devices": devices, "ops": total_ops, "batches": len(latencies),
                    "batch_size": size, "seconds": round(elapsed, 2),
                    "ops_per_s": round(total_ops / elapsed, 1),
                    "batch_latency_ms": {"median": round(statistics.median(latencies) * 1000, 1),
                                         "p95": round(pct(latencies, 0.95) * 1000, 1),
                                         "max": round(max(latencies) * 1000, 1)},
                    "server_memory_kib": {"idle": idle["VmRSS"], "peak_rss": peak["VmRSS"],
                                          "peak_hwm": rss_kib(hq.proc.pid)["VmHWM"]}}
        finally:
            hq.close()


def main() -> int:
    """Run the benchmark and print its JSON document."""
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    result: dict[str, Any] = {"benchmark": "sync", "machine": {"cpus": os.cpu_count()}}
    with tempfile.TemporaryDirectory() as tmp:
        result["sqlite"] = first_sync(Path(tmp), n_cases)
        try:
            result["postgres_50_devices"] = many_devices(Path(tmp))
        except BaseException as exc:
            if type(exc).__name__ != "Skipped":
                raise
            result["postgres_50_devices"] = {"skipped": str(exc)}
    first = result["sqlite"]["first_sync"]
    result["targets"] = {
        "cases_per_s>=500": first["cases_per_s"] >= PASSES["cases_per_s"],
        "wire_bytes_per_case<=2048": first["wire_bytes_per_case"] <= PASSES["bytes_per_case"],
        "empty_sync_ms<=300": result["sqlite"]["empty_sync_ms"]["p95"] <= PASSES["empty_sync_ms"],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
