"""First pull of a supervisor's laptop: prints one JSON document.

With N cases (default 20,000) in a supervisor's scope at a real ``fieldapp-hq serve`` process
(SQLite HQ; PostgreSQL too when reachable), a freshly enrolled supervisor laptop (a real encrypted
workspace) runs its first sync, which pulls all N cases over loopback HTTPS:

1. first pull: seconds, cases per second, pages and requests, response bytes received, and how the
   time splits between waiting for HQ (request, HQ's work, transport, decoding the answer) and
   storing the pages in the workspace;
2. beside it, in the same run, the same query run bare: the SELECT of the case rows in scope on
   HQ's database, fetched as tuples (SQLAlchemy ``text()``, no ORM, no serialisation), and the
   insert of those very rows into a plain (unencrypted) SQLite table in one transaction, through
   the same bundled SQLite library the workspace uses; and, as a third reference, the officer's
   import of the same cases into an encrypted workspace (the setup's first step: the laptop's own
   write path for the same rows, search index and audit included);
3. an incremental sync with nothing new: median of 5, each with a new engine (new connection and
   TLS handshake, as the app's "Sync now" runs it) and median of 5 on one kept-alive engine.

The N cases are created beforehand by an officer's laptop (import, then its first sync); that
setup is not measured.

Usage: ``python bench/bench_first_pull.py [CASES] [--no-postgres]``. PostgreSQL comes from
``FIELDAPP_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``); that part is
reported as skipped when it is not reachable.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlock cost is not what is measured here

from bench.bench_sync import typical_case  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.sync.support import Device, HqServer, new_device, running_hq  # noqa: E402

MUNICIPALITY = "20"
CASE_COLUMNS = ("id", "case_number", "case_type", "status", "municipality", "content", "head",
                "members", "owner", "assigned_to", "duplicate_of", "created_by_device", "revision",
                "version", "hlc", "change_seq", "synced_device", "synced_version", "conflict_open",
                "created_at", "updated_at")
INTEGER_COLUMNS = frozenset({"members", "revision", "version", "change_seq", "synced_version",
                             "conflict_open"})
SCOPE_SELECT = (f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE municipality = :m "
                "ORDER BY change_seq")
CHILD_SELECTS = (
    "SELECT h.* FROM case_history h JOIN cases c ON c.id = h.case_id WHERE c.municipality = :m",
    "SELECT n.* FROM case_notes n JOIN cases c ON c.id = n.case_id WHERE c.municipality = :m",
)


# --- setup (not measured) -------------------------------------------------------------------------

def fill_hq(tmp: Path, hq: HqServer, n_cases: int) -> dict[str, float]:
    """Put ``n_cases`` typical cases of municipality 20 at HQ through an officer's laptop."""
    officer = hq.add_user("officer", MUNICIPALITY)
    dev = new_device(tmp, officer, MUNICIPALITY, inprocess=True)
    try:
        dev.enrol_inprocess(hq, officer)
        rng = random.Random(7)
        docs = [typical_case(rng) for _ in range(n_cases)]
        t = time.perf_counter()
        dev.import_cases(docs)
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        report = dev.sync()
        push_s = time.perf_counter() - t
    finally:
        dev.close()
    if report.pushed != n_cases:
        raise SystemExit(f"setup failed: the officer's laptop pushed {report.pushed} of {n_cases}")
    at_hq = int(hq.scalar("SELECT count(*) FROM cases WHERE municipality = :m", m=MUNICIPALITY))
    if at_hq != n_cases:
        raise SystemExit(f"setup failed: HQ holds {at_hq} cases of {MUNICIPALITY}, not {n_cases}")
    return {"officer_import_s": round(import_s, 2), "officer_push_s": round(push_s, 1)}


def supervisor_laptop(tmp: Path, hq: HqServer) -> Device:
    """A new encrypted workspace for a new supervisor of municipality 20, enrolled with HQ."""
    from fieldapp.domain import workflow
    from fieldapp.store.workspace import Workspace

    supervisor = hq.add_user("supervisor", MUNICIPALITY)
    root = tmp / "supervisor-laptop"
    Workspace.create(root, officer=supervisor, municipality=MUNICIPALITY, passphrase=PASSPHRASE,
                     role=workflow.SUPERVISOR).close()
    dev = Device(root, supervisor, MUNICIPALITY)
    dev.enrol_inprocess(hq, supervisor)
    return dev


def held_cases(dev: Device) -> int:
    """Live cases in the laptop's workspace."""
    from sqlalchemy import text

    with dev.open() as ws, ws.read() as s:
        return int(s.execute(text("SELECT count(*) FROM cases WHERE deleted = 0")).scalar() or 0)


# --- measured ---------------------------------------------------------------------------------

def timed(fn: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    """``fn`` appending the seconds of each call to ``spent``."""
    def wrapper(*args: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*args, **kw)
        finally:
            spent.append(time.perf_counter() - t)
    return wrapper


def first_pull(dev: Device, n_cases: int) -> dict[str, Any]:
    """Time the laptop's first sync (which pulls every case in scope) and check what it holds."""
    from sync.engine.sync import SyncEngine

    waiting: list[float] = []  # each request: signing, HQ's work, transport, decoding the answer
    storing: list[float] = []  # each page stored in the workspace, checkpoint with it
    with dev.open() as ws, SyncEngine(ws) as engine:  # unlocked before the clock starts
        engine._call = timed(engine._call, waiting)  # type: ignore[method-assign]
        engine._apply_page = timed(engine._apply_page, storing)  # type: ignore[method-assign]
        t = time.perf_counter()
        report = engine.sync()
        seconds = time.perf_counter() - t
        requests = engine.client.requests
    full = storing[:n_cases // engine.page_size]
    held = held_cases(dev)
    if report.pulled != n_cases or held != n_cases:
        raise SystemExit(f"first pull wrong: pulled {report.pulled}, laptop holds {held}, "
                         f"HQ holds {n_cases}")
    return {"first_pull_s": round(seconds, 2), "cases_per_s": round(n_cases / seconds, 1),
            "pages": report.pages, "requests": requests,
            "bytes_received": report.bytes_received,
            "bytes_received_per_case": round(report.bytes_received / n_cases, 1),
            "split_s": {"waiting_for_hq": round(sum(waiting), 2),
                        "storing_pages_in_workspace": round(sum(storing), 2),
                        "other": round(seconds - sum(waiting) - sum(storing), 2)},
            # A full page stored at the start, in the middle and at the end: flat means linear.
            "page_store_s": {"first": round(full[0], 2), "median": round(statistics.median(full), 2),
                             "last": round(full[-1], 2)} if full else {},
            "held_on_laptop": held}


def incremental(dev: Device, runs: int = 5) -> dict[str, Any]:
    """Syncs that find nothing new: a new engine each (as the app runs them), then one engine."""
    from sync.engine.sync import SyncEngine

    fresh, kept = [], []
    with dev.open() as ws:
        for _ in range(runs):
            t = time.perf_counter()
            with SyncEngine(ws) as engine:
                report = engine.sync()
            fresh.append((time.perf_counter() - t) * 1000)
            if report.pushed or report.pulled or report.repaired or report.dropped:
                raise SystemExit(f"incremental sync was not empty: {report.to_json()}")
        with SyncEngine(ws) as engine:
            engine.sync()
            for _ in range(runs):
                t = time.perf_counter()
                engine.sync()
                kept.append((time.perf_counter() - t) * 1000)
    return {"incremental_ms_median": round(statistics.median(fresh), 1),
            "incremental_ms_all": [round(x, 1) for x in fresh],
            "incremental_kept_connection_ms_median": round(statistics.median(kept), 1)}


def bare_hq_select(hq: HqServer, repeat: int = 3) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    """The case rows in scope, and then their history and notes, fetched bare from HQ's database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(hq.db_url)
    cases_s, children_s = [], []
    rows: list[tuple[Any, ...]] = []
    try:
        for _ in range(repeat):
            with engine.connect() as conn:
                t = time.perf_counter()
                rows = [tuple(r) for r in conn.execute(text(SCOPE_SELECT), {"m": MUNICIPALITY})]
                cases_s.append(time.perf_counter() - t)
                t = time.perf_counter()
                for sql in CHILD_SELECTS:
                    conn.execute(text(sql), {"m": MUNICIPALITY}).fetchall()
                children_s.append(time.perf_counter() - t)
    finally:
        engine.dispose()
    return {"bare_hq_select_s": round(statistics.median(cases_s), 3),
            "bare_hq_select_history_and_notes_s": round(statistics.median(children_s), 3),
            "bare_select_repeats": repeat}, rows


def bare_laptop_insert(tmp: Path, rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """Insert ``rows`` (HQ's case rows) into a plain SQLite table in one transaction."""
    from sqlalchemy import text

    from fieldapp.store.engine import make_engine

    path = tmp / "bare-laptop" / "plain.db"
    path.parent.mkdir()
    engine = make_engine(path, None)  # the workspace's bundled library, no key
    columns = ", ".join(f"{c} {'INTEGER' if c in INTEGER_COLUMNS else 'TEXT'}" for c in CASE_COLUMNS)
    params = [{c: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
               for c, v in zip(CASE_COLUMNS, row, strict=True)} for row in rows]
    insert = text(f"INSERT INTO bare_cases ({', '.join(CASE_COLUMNS)}) "
                  f"VALUES ({', '.join(':' + c for c in CASE_COLUMNS)})")
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE TABLE bare_cases (pk INTEGER PRIMARY KEY, {columns})"))
            conn.execute(text("CREATE UNIQUE INDEX bare_cases_id ON bare_cases (id)"))
        t = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(insert, params)
        seconds = time.perf_counter() - t
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM bare_cases")).scalar()
    finally:
        engine.dispose()
    if stored != len(rows):
        raise SystemExit(f"bare insert stored {stored} of {len(rows)} rows")
    mean_bytes = sum(len(str(p["content"])) for p in params) / max(1, len(params))
    return {"bare_laptop_insert_s": round(seconds, 3), "bare_row_content_bytes_mean": round(mean_bytes)}


def run(tmp: Path, backend: str, n_cases: int) -> dict[str, Any]:
    """The whole measurement against an HQ on ``backend`` ("sqlite" or "postgres")."""
    tmp.mkdir(parents=True, exist_ok=True)
    with running_hq(tmp, backend) as hq:
        setup = fill_hq(tmp, hq, n_cases)
        dev = supervisor_laptop(tmp, hq)
        try:
            pulled = first_pull(dev, n_cases)
            later = incremental(dev)
        finally:
            dev.close()
        hq_side, rows = bare_hq_select(hq)
    if len(rows) != n_cases:
        raise SystemExit(f"bare select returned {len(rows)} rows, not {n_cases}")
    laptop_side = bare_laptop_insert(tmp, rows)
    bare = hq_side["bare_hq_select_s"] + laptop_side["bare_laptop_insert_s"]
    return {
        "backend": backend, "cases": n_cases, **pulled, **hq_side, **laptop_side,
        "ratio": round(pulled["first_pull_s"] / bare, 1),
        "ratio_to_hq_select": round(pulled["first_pull_s"] / hq_side["bare_hq_select_s"], 1),
        "ratio_to_laptop_insert": round(pulled["first_pull_s"] / laptop_side["bare_laptop_insert_s"], 1),
        # The officer's import of the same cases into an encrypted workspace (setup, one
        # transaction): the laptop's own write path for the same rows, index and audit included.
        "workspace_import_same_cases_s": setup["officer_import_s"],
        "pull_storing_over_import": round(pulled["split_s"]["storing_pages_in_workspace"]
                                          / setup["officer_import_s"], 1),
        **later, "setup_not_measured": setup, "load_average_after": os.getloadavg(),
    }


def main() -> int:
    """Run the benchmark and print its JSON document."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n_cases = int(args[0]) if args else 20_000
    started_load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = run(Path(tmp) / "sqlite", "sqlite", n_cases)
        postgres: dict[str, Any]
        if "--no-postgres" in sys.argv:
            postgres = {"skipped": "--no-postgres"}
        else:
            try:
                postgres = run(Path(tmp) / "postgres", "postgres", n_cases)
            except BaseException as exc:
                if type(exc).__name__ != "Skipped":
                    raise
                postgres = {"skipped": str(exc)}
    sqlite.pop("backend")
    result = {"bench": "first_pull", **sqlite, "postgres": postgres,
              "load_average": os.getloadavg(), "load_average_start": started_load,
              "machine": {"cpus": os.cpu_count()}}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
