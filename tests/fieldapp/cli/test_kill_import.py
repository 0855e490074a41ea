"""A ``case import`` killed with SIGKILL at random moments never leaves half an import behind."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bench.gen_cases import generate
from fieldapp.store.workspace import Workspace
from tests.conftest import PASSPHRASE

RUNS = 24
BATCH = 400


def _state(root: Path) -> tuple[int, str, int]:
    with Workspace.open(root, PASSPHRASE) as ws, ws.read() as s:
        count = int(s.execute(text("SELECT count(*) FROM cases")).scalar() or 0)
        check = str(s.execute(text("PRAGMA integrity_check")).scalar())
        members = int(s.execute(text("SELECT count(*) FROM members")).scalar() or 0)
        return count, check, members


@pytest.mark.slow
def test_sigkill_during_import_leaves_before_or_after(cli_ws: Path, tmp_path: Path) -> None:
    file = tmp_path / "batch.jsonl"
    docs = list(generate(BATCH, seed=7))
    file.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    per_batch_members = sum(len(d["members"]) for d in docs)
    env = dict(os.environ, FIELDAPP_PASSPHRASE=PASSPHRASE)
    exe = str(Path(sys.executable).parent / "fieldapp")
    rng = random.Random(2026)
    outcomes = {"before": 0, "after": 0}
    # Time a complete import once so kills land across the whole run, start to commit.
    start = time.monotonic()
    subprocess.run([exe, "case", "import", str(file), "--workspace", str(cli_ws)], env=env, check=True,
                   capture_output=True)
    full = time.monotonic() - start
    count, _, members = _state(cli_ws)
    assert count == BATCH and members == per_batch_members
    for run in range(RUNS):
        before = count
        proc = subprocess.Popen([exe, "case", "import", str(file), "--workspace", str(cli_ws)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill moments spread from process start to well past a full import (load on the
        # machine changes how long one takes), with jitter so runs do not line up.
        time.sleep(full * (0.05 + 1.6 * run / RUNS) * rng.uniform(0.8, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        count, check, members = _state(cli_ws)
        assert check == "ok"
        assert count in (before, before + BATCH), (before, count)
        assert members == count // BATCH * per_batch_members  # no case without its household
        outcomes["before" if count == before else "after"] += 1
    # The random kills must have hit both sides of the commit to prove anything.
    assert outcomes["before"] >= 3 and outcomes["after"] >= 1, outcomes
