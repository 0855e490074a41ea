"""Selection list benchmark: 5,000 approved households ranked and shown, offscreen.

Prints one JSON document. A supervisor's laptop (encrypted workspace) holds N approved and
waitlisted cases of its municipality (bench/gen_cases.py households, with vulnerability flags)
among as many cases in other states. Measured in the same run:

- ``rank_and_show``: what the selection screen does when it opens: the store's candidate query
  (:func:`fieldapp.store.caseload.selection_candidates`), the ranking with a quota line
  (:func:`fieldapp.domain.selection.rank`) and the table model filled and its visible cells
  read, as the view paints them (target <= 500 ms);
- ``bare_query``: the same SQL statement run on the raw SQLCipher connection, rows fetched as
  tuples and nothing else (the floor the store's query stands on);
- ``caseload``: the caseload's row query and its count query over the whole laptop.

Usage: ``python bench/bench_selection.py [N]`` (default 5000).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlocking is not what is measured here

PASSPHRASE = "benchmark passphrase of some length"
RUNS = 7


def build(root: Path, n: int) -> Any:
    """A supervisor's laptop with ``n`` candidates (approved, some waitlisted) and ``n`` others."""
    from bench.gen_cases import generate
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(root, officer="Bench Supervisor", municipality="20", passphrase=PASSPHRASE,
                          role="supervisor")
    states = ("submitted", "under_review", "selected", "monitoring", "draft")
    records = []
    for i, doc in enumerate(generate(2 * n, 7)):
        doc["municipality"] = "20"
        doc["case_type"] = "displaced_return"
        doc.pop("repatriation", None)
        doc["settlement"] = doc.get("settlement") or "Prizren"
        if i < n:
            doc["status"] = "waitlisted" if i % 10 == 0 else "approved"
        else:
            doc["status"] = states[i % len(states)]
        records.append((f"record {i + 1}", doc))
    import_records(ws, records)
    return ws


def ms(seconds: float) -> float:
    """Seconds as milliseconds, rounded."""
    return round(seconds * 1000, 1)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fieldapp.domain.selection import Line, rank
    from fieldapp.store import caseload
    from fieldapp.store.caseload import CaseloadFilter
    from fieldapp.store.workspace import Workspace
    from ui.selection.screen import COLUMNS, SelectionModel

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="fieldapp-bench-selection-"))
    result: dict[str, Any] = {"benchmark": "selection", "candidates": n, "cases": 2 * n}
    try:
        t0 = time.perf_counter()
        build(tmp / "ws", n).close()
        result["build_s"] = round(time.perf_counter() - t0, 1)
        ws = Workspace.open(tmp / "ws", PASSPHRASE)
        scope = ws.actor.municipalities
        model = SelectionModel()
        visible_rows = 30  # what a 1366×768 window shows

        def rank_and_show() -> int:
            with ws.read() as s:
                rows = caseload.selection_candidates(s, scope)
            sel = rank(rows, Line(quota=500))
            model.set_selection(sel, False)
            for r in range(min(visible_rows, model.rowCount())):
                for c in range(len(COLUMNS)):
                    model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                    model.data(model.index(r, c), Qt.ItemDataRole.BackgroundRole)
            app.processEvents()
            return len(sel.rows)

        # The statement the store runs, compiled once, on the raw connection.
        from sqlalchemy import select
        from sqlalchemy.dialects import sqlite

        from fieldapp.domain.selection import CANDIDATE_STATES
        from fieldapp.store.caseload import _filtered, _flags, _officer, _since
        from fieldapp.store.models import Case

        with ws.read() as s:
            stmt = _filtered(s, CaseloadFilter(municipalities=scope, statuses=CANDIDATE_STATES), select(
                Case.id, Case.case_number, Case.case_type, Case.status, Case.municipality,
                                     Case.settlement, Case.head_name, Case.member_count, Case.need_codes,
                                     Case.score, _officer(), Case.assigned_office, _since(), Case.revision,
                                     _flags())).order_by(Case.score.desc(), Case.case_number)
            compiled = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        sql = str(compiled)

        def bare() -> int:
            with ws.read() as s:
                raw = s.connection().connection.dbapi_connection
                assert raw is not None
                cur = raw.cursor()
                try:
                    return len(cur.execute(sql).fetchall())
                finally:
                    cur.close()

        for _ in range(2):  # warm the page cache and the statement caches
            assert rank_and_show() == n
            assert bare() == n
        full, floor = [], []
        for _ in range(RUNS):
            gc.collect()
            t0 = time.perf_counter()
            rank_and_show()
            full.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare()
            floor.append(time.perf_counter() - t0)
        result["rank_and_show"] = {"median_ms": ms(statistics.median(full)), "max_ms": ms(max(full)),
                                   "target_ms": 500, "runs": RUNS}
        result["bare_query"] = {"median_ms": ms(statistics.median(floor)), "max_ms": ms(max(floor))}
        result["ratio_to_bare"] = round(statistics.median(full) / statistics.median(floor), 2)

        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            with ws.read() as s:
                rows = caseload.caseload(s, CaseloadFilter(municipalities=scope))
                counts = caseload.status_counts(s, CaseloadFilter(municipalities=scope))
            times.append(time.perf_counter() - t0)
        assert len(rows) == 2 * n and sum(counts.values()) == 2 * n
        result["caseload_rows_and_counts"] = {"rows": len(rows), "median_ms": ms(statistics.median(times))}
        result["within_target"] = result["rank_and_show"]["median_ms"] <= 500
        ws.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
