"""Report benchmark: the summary and the workbook over 100,000 households on the laptop store.

Prints one JSON document. The store is an encrypted MOCR laptop holding N households of
bench/report_data.py (statuses, assistance, referrals, some without sensitive-data consent),
built once and cached under ``bench/out`` (bench/report_store.py). Measured in the same run:

- ``summary``: :func:`fieldapp.store.reports.summary` over every household (median and max of
  several runs after one warm-up), target <= 300 ms, beside ``bare_group_by``: a bare
  ``SELECT status, COUNT(*) FROM cases WHERE deleted = 0 GROUP BY status`` on the same session;
  and the same summary narrowed to one municipality and to a period;
- ``workbook``: :func:`fieldapp.reports.workbook.write_workbook` of the first 10,000, 50,000 and
  all households, each in a fresh process so its peak resident memory is its own: seconds, peak
  RSS, and the RSS of the same process after opening the store (before writing), target <= 60 s
  for 100,000 with memory flat.

Usage: ``python bench/bench_report.py [N]`` (default 100000).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")

RUNS = 7


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(seconds: float) -> float:
    """Seconds as milliseconds, rounded."""
    return round(seconds * 1000, 1)


def _timed(fn: Any, runs: int = RUNS) -> dict[str, float]:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return {"median_ms": ms(statistics.median(times)), "max_ms": ms(max(times))}


def measure_summary(root: Path) -> dict[str, Any]:
    """The summary's timings beside the bare GROUP BY, on one read session."""
    import datetime as dt

    from sqlalchemy import text

    from bench.report_store import PASSPHRASE
    from fieldapp.reports.summary import SummaryFilter
    from fieldapp.store import reports
    from fieldapp.store.workspace import Workspace

    ws = Workspace.open(root, PASSPHRASE)
    try:
        with ws.read() as s:
            figures = reports.summary(s)
            bare = text("SELECT status, COUNT(*) FROM cases WHERE deleted = 0 GROUP BY status")
            out = {
                "households": figures.cases, "members": figures.members,
                "summary": {**_timed(lambda: reports.summary(s)), "target_ms": 300},
                "bare_group_by": _timed(lambda: s.execute(bare).all()),
                "summary_one_municipality": _timed(
                    lambda: reports.summary(s, SummaryFilter(municipality="20"))),
                "summary_one_quarter": _timed(lambda: reports.summary(s, SummaryFilter(
                    date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 6, 30)))),
            }
    finally:
        ws.close()
    return out


def workbook_child(root: Path, n: int) -> dict[str, Any]:
    """In this (fresh) process: the workbook of the first ``n`` households, timed."""
    from bench.report_store import PASSPHRASE
    from fieldapp.reports.workbook import write_workbook
    from fieldapp.store import reports
    from fieldapp.store.workspace import Workspace

    ws = Workspace.open(root, PASSPHRASE)
    try:
        with ws.read() as s, tempfile.TemporaryDirectory(prefix="fieldapp-bench-") as tmp:
            before = rss_mb()
            path = Path(tmp) / "report.xlsx"
            t0 = time.perf_counter()
            result = write_workbook(path, islice(reports.pages(s), (n + reports.PAGE - 1) // reports.PAGE))
            seconds = time.perf_counter() - t0
            size = path.stat().st_size
    finally:
        ws.close()
    return {"households": result.households, "rows": dict(result.rows), "seconds": round(seconds, 1),
            "peak_rss_mb": round(rss_mb()), "rss_before_mb": round(before),
            "file_mb": round(size / 2**20, 1)}


def main() -> None:
    """Build or reuse the store, measure, print JSON."""
    if len(sys.argv) > 2 and sys.argv[1] == "--workbook-child":
        print(json.dumps(workbook_child(Path(sys.argv[2]), int(sys.argv[3]))))
        return
    from bench.report_store import build

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = time.perf_counter()
    root = build(n)
    result: dict[str, Any] = {"benchmark": "report", "households": n,
                              "store_ready_s": round(time.perf_counter() - t0, 1)}
    result.update(measure_summary(root))
    sizes = sorted({min(n, k) for k in (10_000, 50_000, n)})
    workbooks = []
    for k in sizes:
        proc = subprocess.run([sys.executable, __file__, "--workbook-child", str(root), str(k)],
                              capture_output=True, text=True, check=True)
        workbooks.append(json.loads(proc.stdout))
    result["workbook"] = {"runs": workbooks, "target_s": 60}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
