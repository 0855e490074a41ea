"""Imports run in a child process, so the app that waits for them never stalls.

A long import is Python work (checking every record, building rows) that allocates hundreds of
thousands of objects; in the app's own process it competes with the screen for Python's
interpreter lock and sets off garbage-collection passes that pause every thread. In a child
process it leaves the app's threads free.

The child (``python -m fieldapp.store.import_process``) reads one JSON line on stdin — the
workspace folder, the officer's slot id, the data key and the file — opens the same workspace,
runs :func:`fieldapp.store.imports.import_file` and writes JSON lines on stdout: progress, then
one outcome. The key travels only through the pipe, never to disk or the command line. A line
``cancel`` on stdin, or stdin closing because the app died, cancels the import, and the child's
single transaction rolls back exactly as it would in-process.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from fieldapp.domain.errors import Problem, UserError, ValidationError
from fieldapp.messages import Message
from fieldapp.progress import Cancelled, Progress
from fieldapp.store.imports import ImportResult, import_file
from fieldapp.store.workspace import Workspace

# Below this size an import takes well under a second: not worth starting a process for.
ISOLATE_ABOVE_BYTES = 512 * 1024
_REPORT_EVERY_S = 0.05


class ImportProcessError(Exception):
    """The import process failed in an unexpected way (its error type is named, never its text)."""


# --- the child --------------------------------------------------------------------------------

class _ForwardingProgress(Progress):
    """A progress that also writes its counters to stdout, at most every 50 ms."""

    def __init__(self, out: IO[str]):
        super().__init__()
        self._out = out
        self._sent = 0.0

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._sent >= _REPORT_EVERY_S:
            snap = self.snapshot()
            _send(self._out, {"progress": [snap.done, snap.total, snap.phase]})
            self._sent = now

    def start(self, total: int, phase: str) -> None:
        """Begin a phase and tell the parent at once."""
        super().start(total, phase)
        self._report(force=True)

    def step(self, n: int = 1) -> None:
        """Count steps; the parent hears of them at most every 50 ms."""
        super().step(n)
        self._report()


def _send(out: IO[str], message: dict[str, Any]) -> None:
    out.write(json.dumps(message, ensure_ascii=False) + "\n")
    out.flush()


def _watch_stdin(inp: IO[str], progress: Progress) -> None:
    # "cancel", or the end of stdin (the app closed the pipe or died), both mean stop.
    for line in inp:
        if line.strip() == "cancel":
            break
    progress.cancel()


def child_main(inp: IO[str], out: IO[str]) -> int:
    """Run one import as the parent describes it on ``inp``; report on ``out``."""
    job = json.loads(inp.readline())
    progress = _ForwardingProgress(out)
    threading.Thread(target=_watch_stdin, args=(inp, progress), daemon=True).start()
    try:
        _send(out, _run(job, progress))
    except Exception as exc:  # reported by type only: the message may quote a record
        _send(out, {"crash": f"{type(exc).__module__}.{type(exc).__qualname__}"})
    return 0


def _run(job: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """The outcome line of one import; errors a person can fix cross as ids with parameters."""
    try:
        ws = Workspace.attach(Path(job["root"]), slot_id=job["slot_id"], dek=bytes.fromhex(job["dek"]))
        try:
            result = import_file(ws, Path(job["path"]), progress=progress)
        finally:
            ws.close()
        return {"done": [result.imported, list(result.case_numbers)]}
    except ValidationError as exc:
        return {"invalid": [p.to_json() for p in exc.problems]}
    except Cancelled as exc:
        return {"cancelled": exc.message.to_json()}
    except UserError as exc:
        # The id and parameters cross, not the English: the parent raises the same message.
        return {"user": exc.message.to_json()}


# --- the parent -------------------------------------------------------------------------------

def import_file_isolated(ws: Workspace, path: Path, *, progress: Progress | None = None) -> ImportResult:
    """Import ``path`` into ``ws`` from a child process; the same result and errors as in-process.

    Small files are imported in this process. ``progress`` receives the child's counters, and
    cancelling it cancels the child (which rolls back).
    """
    path = Path(path)
    try:
        small = path.stat().st_size <= ISOLATE_ABOVE_BYTES
    except OSError:
        small = True  # the reader words the error
    if small:
        return import_file(ws, path, progress=progress)
    proc = subprocess.Popen([sys.executable, "-m", "fieldapp.store.import_process"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, encoding="utf-8")
    assert proc.stdin is not None and proc.stdout is not None
    outcome: dict[str, Any] | None = None
    try:
        proc.stdin.write(json.dumps({"root": str(ws.root), "slot_id": ws.slot.id, "dek": ws.dek.hex(),
                                     "path": str(path.resolve())}) + "\n")
        proc.stdin.flush()
        if progress is not None:
            threading.Thread(target=_relay_cancel, args=(progress, proc), daemon=True).start()
        for line in proc.stdout:
            message = json.loads(line)
            if "progress" in message:
                if progress is not None:
                    _mirror(progress, *message["progress"])
                continue
            outcome = message
            break
    finally:
        with contextlib.suppress(OSError):
            proc.stdin.close()
        proc.wait()
    if outcome is None:
        raise ImportProcessError(f"the import process stopped without an answer (exit code {proc.returncode})")
    return _outcome(outcome)


def _relay_cancel(progress: Progress, proc: subprocess.Popen[str]) -> None:
    while proc.poll() is None:
        if progress.cancelled:
            with contextlib.suppress(OSError, ValueError):
                assert proc.stdin is not None
                proc.stdin.write("cancel\n")
                proc.stdin.flush()
            return
        time.sleep(0.05)


def _mirror(progress: Progress, done: int, total: int, phase: str) -> None:
    snap = progress.snapshot()
    if snap.phase != phase or snap.total != total:
        progress.start(total, phase)
        snap = progress.snapshot()
    if done > snap.done:
        progress.step(done - snap.done)


def _outcome(message: dict[str, Any]) -> ImportResult:
    if "done" in message:
        imported, numbers = message["done"]
        return ImportResult(int(imported), tuple(numbers))
    if "invalid" in message:
        raise ValidationError([Problem.from_json(p) for p in message["invalid"]])
    if "cancelled" in message:
        cancelled = Message.from_json(message["cancelled"])
        raise Cancelled(cancelled.id, **cancelled.params)
    if "user" in message:
        error = Message.from_json(message["user"])
        raise UserError(error.id, **error.params)
    raise ImportProcessError(f"the import process failed ({message.get('crash', 'unknown error')})")


if __name__ == "__main__":
    sys.exit(child_main(sys.stdin, sys.stdout))
