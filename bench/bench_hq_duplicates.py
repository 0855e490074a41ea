"""``fieldapp-hq duplicates`` over a large HQ: prints one JSON document.

An HQ database (SQLite in a temporary folder; PostgreSQL too with ``--postgres``) is filled with
N synthetic households from ``bench/gen_cases.py`` (default 100,000), written in bulk as HQ
stores them (``cases`` rows with the columns :func:`sync.server.cases.changes.derived` keeps),
not through HTTP. One in every ``--plant-every`` households (default 200) is registered a
second time with small changes, as happens in the field: the other script or the other
language's spelling, a member missing, a year of birth one off, a letter mistyped in a given
name, another municipality.

The database is filled in steps (10,000, 50,000, then N households); after each step the
duplicate pass (:func:`sync.server.duplicates.service.find_duplicates`, what the command runs)
runs in a fresh process of its own, so that each size's peak memory is its own. For each: seconds,
households per second, peak RSS of that process (``resource.getrusage``) and of the same process
before the pass (interpreter and libraries), pairs found, and how many planted re-registrations
are among them.

Usage: ``python bench/bench_hq_duplicates.py [N] [--postgres] [--steps 10000,50000]``.
PostgreSQL comes from ``FIELDAPP_TEST_PG`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``); a database of its own is created and
dropped.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gen_cases import generate  # noqa: E402
from fieldapp.text.folding import cyrillic_to_latin, latin_to_cyrillic  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BATCH = 2000
# Albanian spellings of the sounds Serbian Latin writes with one letter, and back.
_SQ_TO_SR = (("xh", "dž"), ("sh", "š"), ("zh", "ž"), ("ç", "č"), ("q", "ć"), ("gj", "đ"), ("ë", "e"),
             ("Xh", "Dž"), ("Sh", "Š"), ("Zh", "Ž"), ("Ç", "Č"), ("Q", "Ć"), ("Gj", "Đ"))


# --- households ---------------------------------------------------------------------------------

def _other_spelling(name: str) -> str:
    """The name as the other office would write it: Serbian Latin ↔ Cyrillic, Albanian → Serbian."""
    if any("\u0400" <= ch <= "\u04ff" for ch in name):
        return cyrillic_to_latin(name)
    serbian = name
    for sq, sr in _SQ_TO_SR:
        serbian = serbian.replace(sq, sr)
    return serbian if serbian != name else latin_to_cyrillic(name)


def _mistype(name: str, rng: random.Random) -> str:
    """One letter of ``name`` (five letters or more) swapped with the next."""
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def re_registration(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``doc`` registered again elsewhere, with the small differences a second office makes."""
    again = copy.deepcopy(doc)
    members = again["members"]
    for m in members:
        m["given_name"], m["family_name"] = _other_spelling(m["given_name"]), _other_spelling(m["family_name"])
    if len(members) > 2 and rng.random() < 0.5:
        members.pop(rng.randrange(1, len(members)))
    m = rng.choice(members)
    if rng.random() < 0.5:
        year = int(str(m["date_of_birth"])[:4]) + rng.choice((-1, 1))
        m["date_of_birth"] = str(year)
    if rng.random() < 0.3:
        other = rng.choice(members)
        other["given_name"] = _mistype(other["given_name"], rng)
    if rng.random() < 0.5:
        again["municipality"] = rng.choice(["19", "20", "17", "02", "27"])
    return again


def households(n: int, seed: int, plant_every: int) -> Iterator[tuple[dict[str, Any], int | None]]:
    """``n`` case documents; a planted re-registration comes with the index of its original."""
    rng = random.Random(seed + 1)
    made = 0
    for doc in generate(n, seed):
        if made >= n:
            return
        original = made
        yield doc, None
        made += 1
        if plant_every and made % plant_every == 0 and made < n:
            yield re_registration(doc, rng), original
            made += 1


# --- filling an HQ database -----------------------------------------------------------------------

def _row(doc: dict[str, Any], index: int) -> dict[str, Any]:
    from sync.server.cases.changes import derived
    from sync.server.cases.service import EDITABLE_FIELDS

    content = {k: doc.get(k) for k in EDITABLE_FIELDS}
    now = "2026-12-03T10:00:00.000Z"
    return {"id": str(uuid.UUID(int=random.Random(index).getrandbits(128), version=4)),
            "case_number": f"{content['municipality']}-2026-BNCH-{index:06d}", "status": "submitted",
            "content": content, "owner": f"officer {content['municipality']}", "assigned_to": None,
            "duplicate_of": None, "created_by_device": None, "revision": 1, "version": 1,
            "hlc": f"{1764756000000 + index:013d}-00000-BNCH", "change_seq": index + 1,
            "synced_device": None, "synced_version": None, "conflict_open": False,
            "created_at": now, "updated_at": now, **derived(content)}


class Filler:
    """Writes the households of :func:`households` into an HQ database, step by step."""

    def __init__(self, url: str, n: int, seed: int, plant_every: int):
        from sync.server import migrate
        from sync.server.db import Database

        self.db = Database(url)
        migrate.upgrade(self.db.engine)
        self.source = households(n, seed, plant_every)
        self.count = 0
        self.planted: list[tuple[str, str]] = []
        self._ids: dict[int, str] = {}

    def fill_to(self, target: int) -> float:
        """Write households until ``target`` are held; returns the seconds it took."""
        from sqlalchemy import insert

        from sync.server.cases.models import CaseRow

        start = time.perf_counter()
        while self.count < target:
            rows = []
            for doc, original in self.source:
                row = _row(doc, self.count)
                self._ids[self.count] = row["id"]
                if original is not None:
                    self.planted.append(tuple(sorted((self._ids[original], row["id"]))))
                rows.append(row)
                self.count += 1
                if len(rows) >= BATCH or self.count >= target:
                    break
            if not rows:
                break
            with self.db.write() as s:
                s.execute(insert(CaseRow), rows)
        return time.perf_counter() - start


# --- one pass, in a process of its own -------------------------------------------------------------

def _peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_pass(url: str) -> dict[str, Any]:
    """The duplicate pass over the database at ``url`` (run in a fresh process)."""
    from sync.server.db import Database
    from sync.server.duplicates.service import find_duplicates
    from sync.server.scope import Actor

    db = Database(url)
    before = _peak_mib()
    start = time.perf_counter()
    found = find_duplicates(database=db, actor=Actor("bench", "admin", frozenset()))
    seconds = time.perf_counter() - start
    db.dispose()
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(_peak_mib(), 1),
            "rss_before_pass_mib": round(before, 1),
            # The largest of the worker processes the pass started (none below PARALLEL_FROM cases).
            "worker_peak_rss_mib": round(_peak_mib(resource.RUSAGE_CHILDREN), 1), "pairs": len(found),
            "found": sorted([d.case_id, d.other_id] for d in found)}


def measure(url: str, households_held: int, planted: list[tuple[str, str]]) -> dict[str, Any]:
    """Run :func:`run_pass` in a child process; returns its figures with the recall of planted pairs."""
    out = subprocess.run([sys.executable, __file__, "--pass", url], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode != 0:
        raise SystemExit(f"the pass failed:\n{out.stderr}")
    result = json.loads(out.stdout)
    found = {tuple(p) for p in result.pop("found")}
    result["households"] = households_held
    result["households_per_s"] = round(households_held / result["seconds"])
    result["planted"] = len(planted)
    result["planted_found"] = sum(1 for p in planted if p in found)
    return result


def bench(url: str, n: int, steps: list[int], seed: int, plant_every: int) -> dict[str, Any]:
    """Fill ``url`` step by step and measure a pass after each step."""
    filler = Filler(url, n, seed, plant_every)
    runs = []
    for target in [*[s for s in steps if s < n], n]:
        fill_s = filler.fill_to(target)
        run = measure(url, filler.count, filler.planted)
        run["fill_seconds"] = round(fill_s, 1)
        runs.append(run)
        print(json.dumps(run), file=sys.stderr, flush=True)
    filler.db.dispose()
    return {"runs": runs}


@contextlib.contextmanager
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for the run, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(os.environ.get("FIELDAPP_TEST_PG") or DEFAULT_PG)
    name = f"fieldapp_bench_dup_{os.getpid()}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def main() -> None:
    """Parse the arguments, run the benchmark, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="households (default 100,000)")
    parser.add_argument("--steps", default="10000,50000", help="sizes measured before N (comma-separated)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plant-every", type=int, default=200, help="one re-registration per this many")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL too")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--pass", dest="pass_url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pass_url:
        print(json.dumps(run_pass(args.pass_url)))
        return
    steps = [int(s) for s in args.steps.split(",") if s.strip()]
    report: dict[str, Any] = {"households": args.n, "plant_every": args.plant_every,
                              "cpus": os.cpu_count(), "load_average": os.getloadavg()}
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="bench-hq-dup-") as tmp:
            report["sqlite"] = bench(f"sqlite:///{Path(tmp) / 'hq.db'}", args.n, steps, args.seed, args.plant_every)
    if args.postgres or args.no_sqlite:
        with pg_database() as url:
            report["postgresql"] = bench(url, args.n, steps, args.seed, args.plant_every)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
