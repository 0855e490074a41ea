"""What every command shares: global options, unlocking, passphrase prompts and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import UserError
from fieldapp.logs import setup_file_logging
from fieldapp.messages import LANGS, normalise_language, render_text
from fieldapp.store.workspace import Workspace, default_root


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options accepted before and after any subcommand.

    On subcommand parsers the defaults are suppressed so a value given before the subcommand
    is not reset by the subcommand's own parser.
    """
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--workspace", metavar="DIR", default=d,
                        help="workspace folder (default: FIELDAPP_HOME or the user data folder)")
    parser.add_argument("--data", metavar="DIR", default=d, help=argparse.SUPPRESS)
    parser.add_argument("--db", metavar="URL", default=d, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=LANGS, default=d, help="language of the app and messages")
    parser.add_argument("--json", action="store_true", default=d if suppress else False,
                        help="print one JSON document on stdout")
    parser.add_argument("--as", dest="as_officer", metavar="NAME", default=d,
                        help="unlock with this officer's passphrase slot (default: try every slot)")


def global_parent() -> argparse.ArgumentParser:
    """A parent parser carrying the global options with suppressed defaults."""
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent, suppress=True)
    return parent


@dataclass
class Cli:
    """The parsed command line and helpers every command uses."""

    args: argparse.Namespace

    @property
    def as_json(self) -> bool:
        """Whether ``--json`` was given."""
        return bool(getattr(self.args, "json", False))

    @property
    def lang(self) -> str:
        """The language of messages: ``--lang``, else ``FIELDAPP_LANG``, else English."""
        return normalise_language(getattr(self.args, "lang", None) or os.environ.get("FIELDAPP_LANG") or "en")

    def text(self, message_id: str, **params: Any) -> str:
        """The catalogue message ``message_id`` in the command line's language."""
        return render_text(message_id, self.lang, **params)

    def say(self, message_id: str, **params: Any) -> None:
        """Print the message ``message_id`` on stdout, unless ``--json`` asked for data only."""
        if not self.as_json:
            sys.stdout.write(self.text(message_id, **params) + "\n")

    def warn(self, message_id: str, **params: Any) -> None:
        """Print the message ``message_id`` on stderr behind the program's name (also with ``--json``)."""
        print(render_text("cli.error_line", self.lang, text=self.text(message_id, **params)), file=sys.stderr)

    def workspace_root(self) -> Path:
        """The workspace folder from ``--workspace``, ``FIELDAPP_HOME`` or the default."""
        ws = getattr(self.args, "workspace", None)
        return Path(ws).expanduser() if ws else default_root()

    def passphrase(self, prompt: str = "cli.prompt.passphrase", env: str = "FIELDAPP_PASSPHRASE",
                   confirm: bool = False, **params: Any) -> str:
        """The passphrase from ``env``, else asked for on the terminal without echo.

        ``prompt`` is the message id of the prompt, ``params`` its parameters.
        """
        value = os.environ.get(env)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise UserError("cli.no_passphrase", env=env)
        first = getpass.getpass(self.text(prompt, **params))
        if confirm and getpass.getpass(self.text("cli.prompt.repeat")) != first:
            raise UserError("cli.passphrases_differ")
        return first

    @property
    def unlock_as(self) -> str | None:
        """The officer whose slot to try (``--as``), or None for every slot."""
        return getattr(self.args, "as_officer", None)

    def open_workspace(self) -> Workspace:
        """Unlock the workspace and start its log."""
        root = self.workspace_root()
        ws = Workspace.open(root, self.passphrase(), officer=self.unlock_as)
        setup_file_logging(ws.log_dir)
        return ws

    def emit(self, data: Any, text: str | None = None) -> None:
        """Print ``data`` as JSON with ``--json``, else ``text`` (already worded, e.g. with
        :meth:`text`), or ``data`` itself."""
        if self.as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            out = text if text is not None else str(data)
            if out:
                sys.stdout.write(out.rstrip("\n") + "\n")
