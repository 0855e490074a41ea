"""An encrypted laptop store of N report households (bench/report_data.py), built once and cached.

``python bench/report_store.py [N]`` builds ``bench/out/report-N`` if it is not there yet (the
import takes minutes at 100,000) and prints its path. The workspace is an MOCR laptop of every
municipality the generated cases use, so its scope is all of them.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlocking is not what is measured

PASSPHRASE = "benchmark passphrase of some length"
OUT = ROOT / "bench" / "out"


def store_path(n: int) -> Path:
    """Where the store of ``n`` households is cached."""
    return OUT / f"report-{n}"


def build(n: int) -> Path:
    """The cached store of ``n`` households, built now when missing or unfinished."""
    from bench.gen_cases import SETTLEMENTS
    from bench.report_data import report_cases
    from fieldapp.store import remote
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    root = store_path(n)
    done = root / "built"
    if done.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    ws = Workspace.create(root, officer="Bench Officer", municipality="20", passphrase=PASSPHRASE)
    try:
        with ws.write() as ctx:
            ctx.set_meta(remote.ENROLMENT, {
                "device_id": "bench", "user": "Bench Officer", "role": "mocr",
                "municipalities": sorted(SETTLEMENTS), "hq_url": "https://hq.example",
                "hq_id": "hq", "enrolled_at": "2026-11-01T08:00:00.000Z"})
        import_records(ws, ((f"record {i + 1}", d) for i, d in enumerate(report_cases(n))),
                       total=n)
    finally:
        ws.close()
    done.write_text("ok\n")
    return root


if __name__ == "__main__":
    print(build(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
