"""Resumable sync: connections cut at many byte offsets, HQ killed and restarted mid-sync.

After every interruption the next sync completes and HQ and the laptop agree: every op the
laptop ever wrote has exactly one record at HQ, nothing was applied twice (revisions, histories
and notes match), and the outbox is empty.
"""

from __future__ import annotations

import random
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.errors import UserError
from tests.conftest import PASSPHRASE, run_cli
from tests.sync.support import BIN, CuttingProxy, Device, HqServer, cases_for, hq_state, new_device

CUTS = 32


class Workload:
    """Each round: new cases, an edit, a note and a submission on the laptop; a return at HQ."""

    def __init__(self, dev: Device, hq: HqServer, supervisor: str):
        self.dev, self.hq, self.supervisor = dev, hq, supervisor
        self.submitted: list[str] = []
        self.rounds = 0

    def round(self) -> None:
        """One round of changes on both sides."""
        from fieldapp.store import cases

        self.rounds += 1
        new = self.dev.import_cases(cases_for("20", 2))
        with self.dev.open() as ws:
            with ws.write() as ctx:
                cases.update_case(ctx, new[0], {"settlement": f"Round {self.rounds}"})
                cases.add_note(ctx, new[1], f"Visited in round {self.rounds}")
            with ws.write() as ctx:
                cases.transition(ctx, new[1], "submitted")
        if self.submitted:
            self.hq.review(self.submitted.pop(), "return", self.supervisor, f"Round {self.rounds}: redo")
        self.submitted.append(new[1])


def assert_agree(dev: Device, hq: HqServer, *, full: bool, ids: list[str] | None = None) -> None:
    """HQ and the laptop agree; every op written has exactly one HQ record, none refused.

    ``full`` compares every case (or ``ids``) field by field; otherwise counts only.
    """
    state = dev.state(ids if full else [])
    assert state["outbox"] == 0
    ops = hq.rows("SELECT status, count(*) FROM applied_ops WHERE device_id = :d GROUP BY status",
                  d=dev.device_id)
    counts = {status: n for status, n in ops}
    assert sum(counts.values()) == state["device_seq"], (counts, state["device_seq"])
    assert "rejected" not in counts and "conflict" not in counts
    assert hq.scalar("SELECT count(*) FROM cases WHERE created_by_device = :d", d=dev.device_id) == state["live"]
    if full:
        at_hq = hq_state(hq, list(state["cases"]))
        for cid, mine in state["cases"].items():
            theirs = at_hq[cid]
            assert (mine["status"], mine["revision"], mine["content"], mine["notes"], mine["history"]) == \
                (theirs["status"], theirs["revision"], theirs["content"], theirs["notes"], theirs["history"]), cid
            assert mine["sync_state"] == "synced"


def enrolled(hq: HqServer, tmp_path: Path) -> tuple[Device, str]:
    """A laptop enrolled for a new officer, and a supervisor of the same municipality."""
    officer = hq.add_user("officer", "20")
    supervisor = hq.add_user("supervisor", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)
    return dev, supervisor


@pytest.mark.slow
def test_connection_cut_after_n_bytes(hq: HqServer, tmp_path: Path) -> None:
    dev, supervisor = enrolled(hq, tmp_path)
    work = Workload(dev, hq, supervisor)
    work.round()
    meter = CuttingProxy(hq.port)  # no limit: measures one round's traffic
    dev.sync(url=meter.url, batch_size=2, page_size=2)
    meter.close()
    assert_agree(dev, hq, full=True)
    total = meter.total
    rng = random.Random(20261122)
    # Offsets from inside the TLS handshake to past the end, spread over the whole exchange.
    offsets = sorted({max(1, int(total * (i + rng.random()) / (CUTS - 2))) for i in range(CUTS)})
    assert len(offsets) >= 30
    phases: dict[str, int] = {}
    for i, n in enumerate(offsets):
        work.round()
        proxy = CuttingProxy(hq.port, limit=n)
        from sync.engine.sync import SyncEngine

        with dev.open() as ws, SyncEngine(ws, url=proxy.url, batch_size=2, page_size=2, timeout=10) as engine:
            try:
                engine.sync()
                phases["completed"] = phases.get("completed", 0) + 1
            except UserError:
                phase = engine.progress.snapshot().phase or "connect"
                phases[phase] = phases.get(phase, 0) + 1
        proxy.close()
        dev.sync()
        assert_agree(dev, hq, full=i % 8 == 7)
    assert phases.get("push", 0) >= 5 and phases.get("pull", 0) >= 3, phases
    assert_agree(dev, hq, full=True)


@pytest.mark.slow
def test_hq_killed_mid_push_and_mid_pull(hq: HqServer, tmp_path: Path) -> None:
    dev, supervisor = enrolled(hq, tmp_path)
    try:
        # Mid-push, through the real command: kill HQ once part of the batches committed.
        ids = dev.import_cases(cases_for("20", 1200))
        sync = subprocess.Popen([str(BIN / "fieldapp"), "sync", "--workspace", str(dev.root)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**__import__("os").environ, "FIELDAPP_PASSPHRASE": PASSPHRASE})
        wait_for(lambda: hq.scalar("SELECT count(*) FROM applied_ops WHERE device_id = :d",
                                   d=dev.device_id) >= 500, what="the first batch")
        time.sleep(random.uniform(0.02, 0.2))  # into the second batch, somewhere
        hq.kill()
        _, err = sync.communicate(timeout=60)
        assert sync.returncode == 1 and "Nothing was lost" in err and "Traceback" not in err, err
        applied = hq.scalar("SELECT count(*) FROM applied_ops WHERE device_id = :d", d=dev.device_id)
        assert 500 <= applied < 1200
        hq.restart()
        r = run_cli("sync", "--json", "--workspace", str(dev.root))
        assert r.code == 0, r.err
        assert_agree(dev, hq, full=False)

        # Mid-pull: HQ returns 120 cases; kill it while the laptop is taking the pages.
        from fieldapp.store import cases

        chosen = ids[:120]
        with dev.open() as ws, ws.write() as ctx:
            for cid in chosen:
                cases.transition(ctx, cid, "submitted")
        dev.sync()
        for cid in chosen:
            hq.review(cid, "return", supervisor, "Please complete the household table")
        start = hq.scalar("SELECT cursor FROM devices WHERE id = :d", d=dev.device_id)
        errors: list[BaseException] = []

        def pull() -> None:
            try:
                dev.sync(page_size=4, own_workspace=True)
            except BaseException as exc:  # the interrupted sync's error is the expected outcome
                errors.append(exc)

        t = threading.Thread(target=pull)
        t.start()
        def cursor() -> int:
            return int(hq.scalar("SELECT cursor FROM devices WHERE id = :d", d=dev.device_id))

        # HQ moves the cursor as it serves a page; the laptop asks for the next page only after
        # committing the one before, so a second move proves a page is applied on the laptop.
        wait_for(lambda: cursor() > start, what="the first page")
        first = cursor()
        wait_for(lambda: cursor() > first, what="the second page")
        hq.kill()
        t.join(timeout=60)
        assert errors and isinstance(errors[0], UserError), errors
        returned_here = sum(1 for c in dev.state(chosen)["cases"].values() if c["status"] == "returned")
        assert 0 < returned_here < 120
        hq.restart()
        dev.sync()
        state = dev.state(chosen)
        assert sum(1 for c in state["cases"].values() if c["status"] == "returned") == 120
        assert_agree(dev, hq, full=True, ids=chosen + ids[-50:])
    finally:
        if hq.proc is None:
            hq.restart()


def wait_for(condition: Any, *, what: str, timeout: float = 60) -> None:
    """Poll ``condition`` until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def test_cancel_between_batches_keeps_what_hq_confirmed(hq: HqServer, tmp_path: Path) -> None:
    """The app's "Sync now" can be cancelled: confirmed batches stay confirmed, the rest goes next time."""
    from fieldapp.progress import Cancelled, Progress
    from sync.engine.sync import SyncEngine

    dev, _ = enrolled(hq, tmp_path)
    dev.import_cases(cases_for("20", 9))

    class CancelAfterTwo(Progress):
        """Cancels once two batches have been confirmed."""

        def step(self, n: int = 1) -> None:
            super().step(n)
            if self.snapshot().done >= 4:
                self.cancel()

    progress = CancelAfterTwo()
    with dev.open() as ws, SyncEngine(ws, progress=progress, batch_size=2) as engine:
        with pytest.raises(Cancelled):
            engine.sync()
        assert engine.bytes_sent > 0 and engine.bytes_received > 0
    snap = progress.snapshot()
    assert (snap.phase, snap.done, snap.total, snap.cancelled) == ("push", 4, 9, True)
    assert dev.state([])["outbox"] == 5
    dev.sync()
    assert_agree(dev, hq, full=False)
