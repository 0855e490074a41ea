"""Workspace benchmark: import, search, open and unlock over 100,000 synthetic households.

Prints one JSON document. The import runs twice in the same process: into the encrypted
workspace and into the same schema on plain (unencrypted) SQLite from the same bundled library,
so the encrypted/plain ratio holds on a noisy machine.

Usage: ``python bench/bench_workspace.py [N]`` (default 100000).
"""

from __future__ import annotations

import gc
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_cases import SQ_FAMILY, SQ_MALE, SR_FAMILY, SR_MALE, write_jsonl
from fieldapp.security.keyfile import KeyFile, new_dek
from fieldapp.store import cases, migrate
from fieldapp.store.context import Actor
from fieldapp.store.engine import make_engine
from fieldapp.store.imports import import_file
from fieldapp.store.workspace import Workspace
from fieldapp.text.folding import latin_to_cyrillic

PASSPHRASE = "benchmark passphrase of some length"


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) in milliseconds."""
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] * 1000, 2)


def plain_workspace(root: Path) -> Workspace:
    """The same schema and code path on unencrypted SQLite: the baseline, never a real workspace."""
    root.mkdir(parents=True)
    dek = new_dek()
    keyfile = KeyFile(str(uuid.uuid4()))
    slot = keyfile.add_slot("Bench", "officer", PASSPHRASE, dek)
    engine = make_engine(root / "workspace.db", None)
    migrate.upgrade(engine, root / "workspace.db", root / "backups")
    ws = Workspace(root, keyfile, slot, dek, engine)
    ws._actor = Actor("Bench", "officer", "PLN0")
    with ws.write() as ctx:
        ctx.set_meta("device_short_id", "PLN0")
        ctx.set_meta("municipality", "20")
    return ws


def timed_import(ws: Workspace, path: Path) -> float:
    gc.collect()
    start = time.perf_counter()
    result = import_file(ws, path)
    elapsed = time.perf_counter() - start
    assert result.imported > 0
    return elapsed


def queries(rng: random.Random, n: int) -> list[str]:
    """Name queries as officers type them: any script, with or without diacritics, partial."""
    out = []
    for _ in range(n):
        given, family = rng.choice([(rng.choice(SQ_MALE), rng.choice(SQ_FAMILY)),
                                    (rng.choice(SR_MALE), rng.choice(SR_FAMILY))])
        style = rng.randrange(5)
        if style == 0:
            out.append(f"{given} {family}")
        elif style == 1:
            out.append(latin_to_cyrillic(f"{given} {family}"))
        elif style == 2:
            from fieldapp.text.folding import fold
            out.append(fold(f"{given} {family}"))
        elif style == 3:
            out.append(family[: max(3, len(family) - 3)])
        else:
            out.append(f"{given[:4]} {family[:4]}")
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    here = Path(__file__).resolve().parent
    data = write_jsonl(here / "out" / f"cases-{n}.jsonl", n)
    tmp = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    result: dict[str, object] = {"benchmark": "workspace", "cases": n}
    try:
        # Unlock: calibrated Argon2id (about 0.5 s here) plus opening the database.
        t0 = time.perf_counter()
        enc = Workspace.create(tmp / "enc", officer="Bench", municipality="20", passphrase=PASSPHRASE)
        result["create_s"] = round(time.perf_counter() - t0, 3)
        plain = plain_workspace(tmp / "plain")

        plain_s = timed_import(plain, data)
        enc_s = timed_import(enc, data)
        result["import"] = {
            "encrypted_s": round(enc_s, 2), "plain_s": round(plain_s, 2),
            "encrypted_cases_per_s": round(n / enc_s), "plain_cases_per_s": round(n / plain_s),
            "ratio_encrypted_to_plain": round(enc_s / plain_s, 3), "target_ratio": 1.5,
        }
        result["rss_after_import_mb"] = round(rss_mb())
        plain.close()
        enc.close()
        db_bytes = (tmp / "enc" / "workspace.db").stat().st_size
        result["database_mb"] = round(db_bytes / 2**20, 1)

        unlock = []
        for _ in range(3):
            t0 = time.perf_counter()
            ws = Workspace.open(tmp / "enc", PASSPHRASE)
            unlock.append(time.perf_counter() - t0)
            ws.close()
        ws = Workspace.open(tmp / "enc", PASSPHRASE)
        params = ws.slot.kdf
        result["unlock"] = {"median_s": round(statistics.median(unlock), 3),
                            "argon2id": {"memory_mib": params.memory_kib // 1024,
                                         "iterations": params.iterations, "lanes": params.lanes}}

        rng = random.Random(42)
        qs = queries(rng, 300)
        with ws.read() as s:
            for q in qs[:50]:  # warm the cache
                cases.list_cases(s, cases.CaseFilter(query=q), sort="head", descending=False, limit=50)
            times, hits = [], []
            for q in qs:
                t0 = time.perf_counter()
                rows = cases.list_cases(s, cases.CaseFilter(query=q), sort="head", descending=False, limit=50)
                times.append(time.perf_counter() - t0)
                hits.append(len(rows))
            result["search"] = {"queries": len(qs), "p50_ms": pct(times, 50), "p95_ms": pct(times, 95),
                                "max_ms": pct(times, 100), "target_p95_ms": 50,
                                "median_hits": statistics.median(hits)}
            ids = [r.id for r in cases.list_cases(s, limit=None)]
            sample = rng.sample(ids, 500)
            for cid in sample[:50]:
                cases.get_case(s, cid)
            times = []
            for cid in sample:
                t0 = time.perf_counter()
                doc = cases.get_case(s, cid)
                times.append(time.perf_counter() - t0)
                assert doc["members"]
            result["open_case"] = {"samples": len(sample), "p50_ms": pct(times, 50),
                                   "p95_ms": pct(times, 95), "target_p95_ms": 20}
            times = []
            for page in range(20):
                t0 = time.perf_counter()
                cases.list_cases(s, offset=page * 100, limit=100)
                times.append(time.perf_counter() - t0)
            result["list_page_100"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95)}
        ws.close()
        result["peak_rss_mb"] = round(rss_mb())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
