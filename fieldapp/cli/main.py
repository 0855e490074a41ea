"""Entry point of the ``fieldapp`` command (CONTRACT.md).

Exit codes: 0 success; 1 when the input or the situation is wrong, with one line on stderr that
says what to do; 2 for wrong usage. Commands of other packages (forms, sync) and the desktop app
plug in through the ``fieldapp.commands`` and ``fieldapp.gui`` entry-point groups, so this
package never imports them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import Any

from fieldapp import __version__
from fieldapp.cli import case_cmds, workspace_cmds
from fieldapp.cli.common import Cli, add_global_options, global_parent
from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.logs import crash_summary
from fieldapp.progress import Cancelled

log = logging.getLogger("fieldapp.cli")

Register = Callable[[Any, argparse.ArgumentParser], None]


def _plugins(group: str) -> list[Any]:
    try:
        return sorted(entry_points(group=group), key=lambda e: e.name)
    except Exception:  # a broken install must not stop the core commands
        return []


def build_parser() -> argparse.ArgumentParser:
    """The full ``fieldapp`` parser, plugins included."""
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="FieldApp: returnee case work, offline. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    add_global_options(parser, suppress=False)
    parent = global_parent()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace_cmds.register(sub, parent)
    case_cmds.register(sub, parent)
    for ep in _plugins("fieldapp.commands"):
        try:
            register: Register = ep.load()
        except ImportError:
            log.debug("command group %s is not available", ep.name)
            continue
        register(sub, parent)
    return parser


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    cli = Cli(args)
    func = getattr(args, "func", None)
    try:
        if func is None:
            gui = _plugins("fieldapp.gui")
            if not gui:
                raise UserError("The desktop app is not installed here; run 'make run' or pip install the app.")
            return int(gui[0].load()(args) or 0)
        return int(func(cli) or 0)
    except ValidationError as exc:
        if cli.as_json:
            import json

            sys.stdout.write(json.dumps({"error": "validation", "problems": [
                {"record": p.record, "field": p.field, "message": p.message, "allowed": list(p.allowed)}
                for p in exc.problems]}, ensure_ascii=False) + "\n")
        print(f"fieldapp: {_one_line(str(exc))}. Nothing was changed; fix the file and try again.",
              file=sys.stderr)
        return 1
    except (UserError, Cancelled) as exc:
        print(f"fieldapp: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldapp: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:  # the user gets one line; the log gets the stack, never the message
        from sqlalchemy.exc import DatabaseError

        from fieldapp.store.engine import is_database_error

        if isinstance(exc, DatabaseError) and is_database_error(exc):
            print("fieldapp: the workspace database is damaged; it was left as it is. "
                  "Restore the workspace from a backup.", file=sys.stderr)
            return 1
        if isinstance(exc, DatabaseError) and "locked" in str(getattr(exc, "orig", "")).lower():
            print("fieldapp: the workspace is busy in another window or command; try again in a moment.",
                  file=sys.stderr)
            return 1
        log.error("internal error: %s", crash_summary(exc))
        print(f"fieldapp: internal error ({type(exc).__name__}); nothing more was changed. "
              "Details without personal data are in the workspace log.", file=sys.stderr)
        return 1


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


if __name__ == "__main__":
    main()
