"""The one program of the self-contained desktop app (``dist/fieldapp/fieldapp``).

It dispatches exactly like the ``fieldapp`` console script (``fieldapp.cli.main:main``): a
command runs that command; no command (or only global options) opens the desktop app through
the ``fieldapp.gui`` entry point.

A frozen program has no ``python -m``. Work that FieldApp runs in a child process starts
``sys.executable -m MODULE`` (``fieldapp.store.import_process``); here ``sys.executable`` is
this program, so it recognises that form and runs the module, for the allowed modules only.
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

# Modules that FieldApp itself starts as ``sys.executable -m MODULE``.
CHILD_MODULES = frozenset({"fieldapp.store.import_process"})


def main() -> int:
    """Run a ``fieldapp`` command, the desktop app, or one of FieldApp's own child processes."""
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if len(argv) >= 2 and argv[0] == "-m" and argv[1] in CHILD_MODULES:
        sys.argv = [sys.argv[0], *argv[2:]]
        runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
        return 0
    from fieldapp.cli.main import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
