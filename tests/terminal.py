"""Running a real console script on a pseudo-terminal, as a person at a terminal would."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PASSPHRASE


@dataclass
class TerminalResult:
    """What a program wrote to its terminal (stdout and stderr together) and its exit code."""

    code: int
    output: str


def run_on_terminal(*args: str, program: str = "fieldapp", env: dict[str, str] | None = None,
                    timeout: float = 120) -> TerminalResult:
    """Run ``program ARGS`` with stdin, stdout and stderr on a new pseudo-terminal."""
    full_env = dict(os.environ)
    full_env.setdefault("FIELDAPP_PASSPHRASE", PASSPHRASE)
    full_env.update(env or {})
    exe = str(Path(sys.executable).parent / program)
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program, its terminal is the pty
        try:
            os.execve(exe, [exe, *args], full_env)
        finally:
            os._exit(127)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, 9)
                raise AssertionError(f"{program} {' '.join(args)} did not finish in {timeout} s")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed its end of the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return TerminalResult(os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8", "replace"))
