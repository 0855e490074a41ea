"""``fieldapp form …``: list, render, verify (CONTRACT.md), and blank, batch, office.

``--lang`` after ``form render``, ``form blank`` and ``form batch`` chooses the form's
languages (``sq+sr-Latn``, ``sq+sr-Cyrl``, optionally ``+en``) rather than the language of
messages; a single ``sr-Cyrl`` or ``sr-Latn`` there picks the Serbian script.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from fieldapp.cli.common import Cli, add_global_options
from fieldapp.domain.errors import UserError
from fieldapp.forms.content import FORMS
from fieldapp.forms.labels import FormLanguageError, langs_spec, parse_langs
from fieldapp.fsutil import atomic_write
from fieldapp.progress_bar import terminal_progress
from fieldapp.store.workspace import KEY_NAME

# The rendering modules (reportlab, qrcode, pypdf) are imported inside the commands: this module
# is loaded for every ``fieldapp`` command line, and most never print a form.

log = logging.getLogger("fieldapp.cli")

LANG_HELP = ("languages of the form: sq+sr-Latn (default) or sq+sr-Cyrl, optionally +en "
             "(e.g. sq+sr-Cyrl+en)")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``form`` and its subcommands."""
    f = sub.add_parser("form", parents=[parent], help="bilingual PDF forms: print and check")
    fsub = f.add_subparsers(dest="form_cmd", required=True, metavar="COMMAND")

    p = fsub.add_parser("list", parents=[parent], help="the forms that can be printed")
    p.set_defaults(func=cmd_list)

    p = _with_form_langs(fsub, "render", "print a form of a case to a PDF file")
    p.add_argument("case", metavar="CASE", help="case id or case number")
    p.add_argument("--form", required=True, choices=FORMS, metavar="FORM",
                   help=f"one of {', '.join(FORMS)}")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(func=cmd_render)

    p = fsub.add_parser("verify", parents=[parent],
                        help="check a printed form against the record: matches, changed or unknown")
    p.add_argument("file", metavar="FILE.pdf")
    p.set_defaults(func=cmd_verify)

    p = _with_form_langs(fsub, "blank", "print a blank form (empty lines and boxes) for paper "
                         "use, with the workspace's office when there is a workspace")
    p.add_argument("--form", required=True, choices=FORMS, metavar="FORM",
                   help=f"one of {', '.join(FORMS)}")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(func=cmd_blank)

    p = _with_form_langs(fsub, "batch", "print one form for many cases into a folder")
    p.add_argument("cases", nargs="+", metavar="CASE", help="case ids or case numbers")
    p.add_argument("--form", required=True, choices=FORMS, metavar="FORM")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="an existing folder")
    p.set_defaults(func=cmd_batch)

    p = fsub.add_parser("office", parents=[parent],
                        help="the issuing office printed in every form's header")
    p.add_argument("--name", metavar="NAME", help="office name (empty: back to the default)")
    p.add_argument("--logo", metavar="FILE", help="logo image (PNG or JPEG)")
    p.add_argument("--clear-logo", action="store_true", help="print no logo")
    p.set_defaults(func=cmd_office)


def _with_form_langs(fsub: argparse._SubParsersAction, name: str, help: str) -> argparse.ArgumentParser:
    # The global --lang (language of messages) is replaced on this parser only: "resolve"
    # acts on the options this parser just created, never on the shared parent's.
    p: argparse.ArgumentParser = fsub.add_parser(name, help=help, conflict_handler="resolve")
    add_global_options(p, suppress=True)
    p.add_argument("--lang", dest="form_lang", metavar="LANGS", default=None, help=LANG_HELP)
    return p


def _chosen_langs(cli: Cli) -> tuple[str, ...]:
    try:
        return parse_langs(getattr(cli.args, "form_lang", None))
    except FormLanguageError as exc:
        raise UserError("forms.bad_languages", spec=str(getattr(cli.args, "form_lang", "")),
                        reason=exc.message) from None


def _output(value: str) -> Path:
    out = Path(value).expanduser()
    if out.is_dir():
        raise UserError("forms.pdf_is_folder", path=str(out))
    if not out.parent.is_dir():
        raise UserError("cli.folder_missing", path=str(out.parent))
    return out


def cmd_list(cli: Cli) -> int:
    """``fieldapp form list``."""
    from fieldapp.forms import service

    forms = service.form_list()
    width = max(len(f.name) for f in forms)
    # The title in the user's language first, then in the form's own languages (Albanian and
    # Serbian, in the script the user reads).
    lang = cli.lang
    shown = [lang, *(x for x in ("sq", "sr-Cyrl" if lang == "sr-Cyrl" else "sr-Latn") if x != lang)]
    text = "\n".join(f"{f.name:<{width}}  {f.titles[shown[0]]} — {' / '.join(f.titles[x] for x in shown[1:])}"
                     for f in forms)
    cli.emit([f.to_json() for f in forms], text)
    return 0


def cmd_render(cli: Cli) -> int:
    """``fieldapp form render CASE --form FORM -o OUT.pdf [--lang sq+sr-Latn]``."""
    from fieldapp.forms import service

    langs = _chosen_langs(cli)
    out = _output(cli.args.output)
    with cli.open_workspace() as ws:
        r = service.save_case_form(ws, ref=cli.args.case, form=cli.args.form, path=out,
                                   langs=langs)
    log.info("form render: %s, revision %d", r.form, r.revision)
    cli.emit({"file": str(out), "form": r.form, "case_id": r.case_id,
              "case_number": r.case_number, "revision": r.revision, "langs": r.langs,
              "sha256": r.sha256},
             cli.text("cli.form.rendered", form=r.form, case_number=r.case_number,
                      revision=r.revision, langs=r.langs, path=str(out)))
    return 0


def cmd_verify(cli: Cli) -> int:
    """``fieldapp form verify FILE.pdf``: exit 0 with matches, changed or unknown; 1 for a PDF
    that is not a FieldApp form or is damaged."""
    from fieldapp.forms import service
    from fieldapp.forms.verify import read_printed_form

    # The file is checked before the workspace is unlocked: a foreign PDF needs no passphrase.
    printed = read_printed_form(Path(cli.args.file).expanduser())
    with cli.open_workspace() as ws:
        result = service.check_printed(ws, printed)
    cli.emit(result.to_json(cli.lang), result.render(cli.lang))
    return 0


def cmd_blank(cli: Cli) -> int:
    """``fieldapp form blank --form FORM -o OUT.pdf [--lang …]``."""
    from fieldapp.forms import service

    langs = _chosen_langs(cli)
    out = _output(cli.args.output)
    office = service.Office()
    municipality = None
    root = cli.workspace_root()
    if (root / KEY_NAME).exists():
        with cli.open_workspace() as ws:
            office = service.load_office(ws)
            municipality = ws.meta("municipality")
    pdf = service.render_blank(form=cli.args.form, langs=langs, office=office,
                               municipality=municipality)
    # A blank form holds no personal data; it may be shared and printed freely.
    atomic_write(out, pdf, mode=0o644)
    cli.emit({"file": str(out), "form": cli.args.form, "langs": langs_spec(langs), "blank": True},
             cli.text("cli.form.blank_written", form=cli.args.form, langs=langs_spec(langs), path=str(out)))
    return 0


def cmd_batch(cli: Cli) -> int:
    """``fieldapp form batch CASE… --form FORM -o DIR [--lang …]``."""
    from fieldapp.forms import service

    langs = _chosen_langs(cli)
    with cli.open_workspace() as ws, terminal_progress(as_json=cli.as_json, lang=cli.lang) as progress:
        result = service.render_batch(ws, refs=cli.args.cases, form=cli.args.form,
                                      out_dir=Path(cli.args.output), langs=langs, progress=progress)
    cli.emit({"folder": str(Path(cli.args.output).expanduser()), "form": cli.args.form,
              "langs": langs_spec(langs), "files": [str(p) for p in result.files]},
             cli.text("cli.form.batch_written", n=len(result.files), form=cli.args.form,
                      path=str(cli.args.output)))
    return 0


def cmd_office(cli: Cli) -> int:
    """``fieldapp form office [--name NAME] [--logo FILE] [--clear-logo]``."""
    from fieldapp.forms import service

    a = cli.args
    with cli.open_workspace() as ws:
        if a.name is None and a.logo is None and not a.clear_logo:
            office = service.load_office(ws)
        else:
            office = service.set_office(ws, name=a.name,
                                        logo=Path(a.logo) if a.logo else None,
                                        clear_logo=a.clear_logo)
    name = office.name or cli.text("cli.form.office_default")
    cli.emit({"name": office.name, "logo": office.logo is not None},
             cli.text("cli.form.office_logo" if office.logo else "cli.form.office", name=name))
    return 0
