"""Progress of long command-line work drawn on the terminal (tqdm), from the shared counters.

The work counts through the same :class:`~fieldapp.progress.Progress` that the desktop app
polls; :func:`terminal_progress` hands out one whose :meth:`~fieldapp.progress.Progress.start`
and :meth:`~fieldapp.progress.Progress.step` also move a bar on stderr. The bar is drawn only
when stderr is a terminal and ``--json`` was not given, so scripts, pipes and logs see nothing
of it. Both ``fieldapp`` and ``fieldapp-hq`` use it; it names no person, only counts.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from fieldapp.messages import message_ids, render_text
from fieldapp.progress import Progress

# With a known total: "Exporting cases: 42%|████      | 8,400/20,000 [00:12<00:16]".
_BAR = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}]"
# Without one (a pull, whose size HQ does not say beforehand): "Receiving from HQ: 1,500 [00:03]".
_COUNT = "{desc}: {n_fmt} [{elapsed}]"


def phase_text(phase: str, lang: str) -> str:
    """The words for a phase of work (``import``, ``export``, ``push``, ``form:consent``…)."""
    key = f"cli.progress.{phase.split(':', 1)[0]}"
    return render_text(key if key in message_ids() else "cli.progress.working", lang)


def _screen(stream: IO[str]) -> tuple[int | None, int | None]:
    """Columns and rows to draw in: None to follow the terminal, fixed where the terminal reports
    no size (a serial console or a fresh pseudo-terminal says 0 by 0, and tqdm would hide the bar)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return 80, 24
    return (size.columns or 80, size.lines or 24) if not (size.columns and size.lines) else (None, None)


class BarProgress(Progress):
    """A :class:`Progress` that also draws itself as a tqdm bar on ``stream``."""

    def __init__(self, stream: IO[str], lang: str):
        super().__init__()
        self._stream = stream
        self._lang = lang
        self._bar: Any = None
        self._bar_lock = threading.Lock()

    def start(self, total: int, phase: str) -> None:
        """Begin a phase: the bar of the phase before is closed and a new one drawn."""
        super().start(total, phase)
        from tqdm import tqdm

        with self._bar_lock:
            self._close_bar()
            columns, rows = _screen(self._stream)
            self._bar = tqdm(total=total or None, desc=phase_text(phase, self._lang), file=self._stream,
                             bar_format=_BAR if total else _COUNT, dynamic_ncols=columns is None,
                             ncols=columns, nrows=rows, leave=True, mininterval=0.1)

    def step(self, n: int = 1) -> None:
        """Count ``n`` steps and move the bar (tqdm redraws at most ten times a second)."""
        super().step(n)
        with self._bar_lock:
            if self._bar is not None:
                self._bar.update(n)

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def close(self) -> None:
        """Finish the last bar (it stays on the terminal with its final count)."""
        with self._bar_lock:
            self._close_bar()


def shows_progress(*, as_json: bool, stream: IO[str] | None = None) -> bool:
    """Whether a bar would be drawn: on a terminal, and not with ``--json``."""
    stream = sys.stderr if stream is None else stream
    if as_json:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a closed or replaced stream is no terminal
        return False


@contextmanager
def terminal_progress(*, as_json: bool, lang: str, stream: IO[str] | None = None) -> Iterator[Progress]:
    """A :class:`Progress` for one command: drawn on stderr when :func:`shows_progress` says so,
    otherwise a plain one that only counts."""
    stream = sys.stderr if stream is None else stream
    if not shows_progress(as_json=as_json, stream=stream):
        yield Progress()
        return
    progress = BarProgress(stream, lang)
    try:
        yield progress
    finally:
        progress.close()
