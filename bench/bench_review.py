"""Review desk benchmark: the queue and a decision on a supervisor's laptop with 20,000 cases.

Prints one JSON document. A supervisor's laptop (encrypted workspace, enrolled for municipality
20) holds N households of bench/gen_cases.py in its municipality, spread over its settlements,
with personal numbers on most adults and a few households registered twice (the duplicates the
queue must count). Half of them wait for a decision (submitted or under review). Measured in
the same run, each beside the same work done bare:

- ``queue``: :func:`fieldapp.store.review.queue` as the queue screen opens it (rows, waiting
  days, possible-duplicate counts), target <= 300 ms; ``queue_bare``: the same two SQL
  statements on the raw SQLCipher connection, rows fetched as tuples and nothing else;
- ``decision``: :func:`fieldapp.store.review.decide` approving one submitted case in its own
  write transaction (two steps, two outbox ops, audit event, the case read back), target
  <= 50 ms; ``decision_bare``: the same rows written with plain SQL statements in one
  transaction on the raw connection (no checks, no audit chain, nothing read back).

Usage: ``python bench/bench_review.py [N]`` (default 20000).
"""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlocking is not what is measured here

PASSPHRASE = "benchmark passphrase of some length"
RUNS = 9
DECISIONS = 60
SETTLEMENTS = ("Prizren", "Lubizhdë", "Zhur", "Landovicë", "Mushnikovë", "Reçan", "Gjonaj", "Sredskë")
STATES = ("submitted", "under_review", "draft", "approved", "returned", "selected", "monitoring",
          "submitted", "under_review", "submitted")


def ms(seconds: float) -> float:
    """Seconds as milliseconds, rounded."""
    return round(seconds * 1000, 2)


def build(root: Path, n: int) -> None:
    """A supervisor's laptop of municipality 20 holding ``n`` cases of its municipality."""
    from bench.gen_cases import generate
    from fieldapp.store import remote
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    rng = random.Random(9)
    ws = Workspace.create(root, officer="Bench Supervisor", municipality="20", passphrase=PASSPHRASE)
    with ws.write() as ctx:
        ctx.set_meta(remote.ENROLMENT, {"device_id": "bench", "user": "Bench Supervisor", "role": "supervisor",
                                        "municipalities": ["20"], "hq_url": "https://hq.example",
                                        "hq_id": "hq", "enrolled_at": "2026-11-01T08:00:00.000Z"})
    records: list[tuple[str, dict[str, Any]]] = []
    for i, doc in enumerate(generate(n, 11)):
        doc["municipality"] = "20"
        doc["settlement"] = rng.choice(SETTLEMENTS)
        doc["case_type"] = "displaced_return"
        doc["status"] = STATES[i % len(STATES)]
        for m in doc["members"]:
            if m["relationship"] != "child" and rng.random() < 0.7:
                m["personal_number"] = f"{rng.randrange(10**9, 10**10)}"
        if i and rng.random() < 0.02:  # the same household registered again by another officer
            twin = dict(records[rng.randrange(len(records))][1])
            twin["status"] = "submitted"
            doc = twin
        records.append((f"record {i + 1}", doc))
    import_records(ws, records)
    ws.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    from sqlalchemy import select, text
    from sqlalchemy.dialects import sqlite

    from fieldapp.store import review
    from fieldapp.store.models import Case
    from fieldapp.store.workspace import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="fieldapp-bench-review-"))
    result: dict[str, Any] = {"benchmark": "review", "cases": n}
    try:
        t0 = time.perf_counter()
        build(tmp / "ws", n)
        result["build_s"] = round(time.perf_counter() - t0, 1)
        ws = Workspace.open(tmp / "ws", PASSPHRASE)
        assert ws.actor.role == "supervisor"

        with ws.read() as s:
            rows_stmt, counts_stmt = review.queue_statements(s)
            bare_sql = [str(st.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
                        for st in (rows_stmt, counts_stmt)]

        def queue() -> list[review.QueueRow]:
            with ws.read() as s:
                return review.queue(s)

        def queue_bare() -> int:
            with ws.read() as s:
                raw = s.connection().connection.dbapi_connection
                assert raw is not None
                cur = raw.cursor()
                try:
                    rows = cur.execute(bare_sql[0]).fetchall()
                    cur.execute(bare_sql[1]).fetchall()
                    return len(rows)
                finally:
                    cur.close()

        for _ in range(2):  # warm the page cache and the statement caches
            rows = queue()
            assert queue_bare() == len(rows)
        full, floor = [], []
        for _ in range(RUNS):
            gc.collect()
            t0 = time.perf_counter()
            rows = queue()
            full.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            queue_bare()
            floor.append(time.perf_counter() - t0)
        with_dups = sum(1 for r in rows if r.possible_duplicates)
        result["queue"] = {"rows": len(rows), "with_possible_duplicates": with_dups,
                           "median_ms": ms(statistics.median(full)), "max_ms": ms(max(full)),
                           "target_ms": 300, "runs": RUNS}
        result["queue_bare"] = {"median_ms": ms(statistics.median(floor)), "max_ms": ms(max(floor))}
        result["queue_ratio_to_bare"] = round(statistics.median(full) / statistics.median(floor), 2)

        t0 = time.perf_counter()
        with ws.read() as s:
            found = review.possible_duplicates(s, next(r.id for r in rows if r.possible_duplicates))
        result["possible_duplicates_of_one_ms"] = ms(time.perf_counter() - t0)
        assert found

        waiting = [r.id for r in rows if r.status == "submitted"]
        rng = random.Random(3)
        rng.shuffle(waiting)
        decided, bare_cases = waiting[:DECISIONS], waiting[DECISIONS:2 * DECISIONS]
        with ws.read() as s:
            bare_rows = [s.execute(select(Case.pk, Case.id, Case.revision).where(Case.id == cid)).one()
                         for cid in bare_cases]

        def decide(case_id: str) -> None:
            with ws.write() as ctx:
                review.decide(ctx, case_id, "approve")

        def decide_bare(pk: int, case_id: str, revision: int) -> None:
            now = "2026-11-24T10:00:00.000Z"
            with ws.write() as ctx:
                s = ctx.session
                # The device's op sequence lives in meta, as the store keeps it.
                raw_seq = s.execute(text("SELECT value FROM meta WHERE key = 'device_seq'")).scalar()
                seq = int(json.loads(raw_seq) if isinstance(raw_seq, str) else raw_seq or 0)
                s.execute(text("UPDATE meta SET value = :v WHERE key = 'device_seq'"), {"v": json.dumps(seq + 2)})
                for i, (src, dst, dec) in enumerate((("submitted", "under_review", None),
                                                     ("under_review", "approved", "approve"))):
                    s.execute(text("INSERT INTO transitions (case_pk, from_status, to_status, by, role, at, "
                                   "comment, decision, origin) VALUES (:pk, :src, :dst, 'Bench Supervisor', "
                                   "'supervisor', :at, NULL, :dec, 'device')"),
                              {"pk": pk, "src": src, "dst": dst, "at": now, "dec": dec})
                    fields = {"status": dst, "from": src, "comment": None, **({"decision": dec} if dec else {})}
                    s.execute(text("INSERT INTO outbox (seq, op_id, kind, entity, entity_id, base_rev, fields, "
                                   "hlc, officer, created_at) VALUES (:seq, :op, 'case.transition', 'case', "
                                   ":cid, :rev, :fields, :hlc, 'Bench Supervisor', :at)"),
                              {"seq": seq + 1 + i, "op": str(uuid.uuid4()), "cid": case_id, "rev": revision + i,
                               "fields": json.dumps(fields), "hlc": f"{now}/{i}/BNCH", "at": now})
                s.execute(text("UPDATE cases SET status = 'approved', revision = :rev, updated_at = :at, "
                               "sync_state = 'pending' WHERE pk = :pk"), {"rev": revision + 2, "at": now, "pk": pk})

        times, floor = [], []
        for case_id, (pk, bare_id, revision) in zip(decided, bare_rows, strict=True):
            gc.collect()
            t0 = time.perf_counter()
            decide(case_id)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            decide_bare(pk, bare_id, revision)
            floor.append(time.perf_counter() - t0)
        times.sort()
        result["decision"] = {"decisions": len(times), "median_ms": ms(statistics.median(times)),
                              "p95_ms": ms(times[int(len(times) * 0.95) - 1]), "max_ms": ms(max(times)),
                              "target_ms": 50}
        result["decision_bare"] = {"median_ms": ms(statistics.median(floor)), "max_ms": ms(max(floor))}
        result["decision_ratio_to_bare"] = round(statistics.median(times) / statistics.median(floor), 2)
        with ws.read() as s:
            left = len(review.queue(s))
        assert left == len(rows) - 2 * DECISIONS, (left, len(rows))
        result["within_target"] = (result["queue"]["median_ms"] <= 300
                                   and result["decision"]["median_ms"] <= 50)
        ws.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
