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
from fieldapp.cli import case_cmds, report_cmds, selection_cmds, workspace_cmds
from fieldapp.cli.common import Cli, add_global_options, global_parent
from fieldapp.cli.usage import Parser, usage_language, worded_in
from fieldapp.domain.errors import UserError, ValidationError
from fieldapp.logs import crash_summary
from fieldapp.messages import render_text
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
    parser = Parser(
        prog="fieldapp",
        description="FieldApp: returnee case work, offline. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    add_global_options(parser, suppress=False)
    parent = global_parent()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace_cmds.register(sub, parent)
    case_cmds.register(sub, parent)
    selection_cmds.register(sub.choices["case"], parent)
    report_cmds.register(sub, parent)
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
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    with worded_in(usage_language(argv)):
        args = parser.parse_args(argv)
    cli = Cli(args)
    func = getattr(args, "func", None)
    try:
        if func is None:
            gui = _plugins("fieldapp.gui")
            if not gui:
                raise UserError("common.no_gui")
            return int(gui[0].load()(args) or 0)
        return int(func(cli) or 0)
    except ValidationError as exc:
        if cli.as_json:
            import json

            sys.stdout.write(json.dumps({"error": "validation", "problems": [
                p.to_json(cli.lang) for p in exc.problems]}, ensure_ascii=False) + "\n")
        _say(cli, "common.nothing_changed_fix_file", problem=_one_line(exc.render(cli.lang)))
        return 1
    except (UserError, Cancelled) as exc:
        _say(cli, "cli.error_line", text=_one_line(exc.render(cli.lang)), prefixed=True)
        return 1
    except KeyboardInterrupt:
        _say(cli, "common.interrupted")
        return 130
    except Exception as exc:  # the user gets one line; the log gets the stack, never the message
        from sqlalchemy.exc import DatabaseError

        from fieldapp.store.engine import is_database_error

        if isinstance(exc, DatabaseError) and is_database_error(exc):
            _say(cli, "common.database_damaged")
            return 1
        if isinstance(exc, DatabaseError) and "locked" in str(getattr(exc, "orig", "")).lower():
            _say(cli, "common.workspace_busy")
            return 1
        log.error("internal error: %s", crash_summary(exc))
        _say(cli, "common.internal_error", kind=type(exc).__name__)
        return 1


def _say(cli: Cli, message_id: str, *, prefixed: bool = False, **params: object) -> None:
    """One line on stderr in the command line's language, behind the program's name."""
    text = render_text(message_id, cli.lang, **params)
    print(text if prefixed else render_text("cli.error_line", cli.lang, text=text), file=sys.stderr)


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


if __name__ == "__main__":
    main()
