"""``fieldapp case duplicates``: possible duplicate households on this laptop, and dismissing a
pair that is not the same household."""

from __future__ import annotations

import argparse
from typing import Any

from fieldapp.cli.common import Cli
from fieldapp.domain.duplicates import POSSIBLE
from fieldapp.domain.errors import UserError
from fieldapp.messages import render
from fieldapp.store import duplicates
from fieldapp.store.cases import _load
from fieldapp.store.duplicates import PossibleDuplicate


def register(csub: Any, parent: argparse.ArgumentParser) -> None:
    """Add ``case duplicates`` to the ``case`` commands."""
    p = csub.add_parser("duplicates", parents=[parent],
                        help="possible duplicate households on this laptop (of CASE if given)")
    p.add_argument("case", metavar="CASE", nargs="?", help="case id or case number")
    p.add_argument("--min-score", dest="min_score", type=float, default=POSSIBLE, metavar="X",
                   help=f"only pairs scoring at least X, 0 to 1 (default {POSSIBLE})")
    p.add_argument("--limit", type=int, default=None, help="at most this many pairs (default: all)")
    p.add_argument("--not-same", dest="not_same", metavar="OTHER",
                   help="record that CASE and OTHER are not the same household (never offered again)")
    p.set_defaults(func=cmd_duplicates)


def pairs_text(cli: Cli, found: list[PossibleDuplicate]) -> str:
    """The pairs as lines for people: the two cases and score, then each reason indented."""
    if not found:
        return cli.text("duplicates.cli.none")
    lines = []
    for p in found:
        lines.append(cli.text("duplicates.cli.pair", case=p.case_number, other=f"{p.other_case_number} "
                              f"({p.other_head})", score=f"{p.score:.2f}"))
        lines.extend(f"    {render(r, cli.lang)}" for r in p.reasons)
    lines.append(cli.text("duplicates.cli.total", n=len(found)))
    return "\n".join(lines)


def cmd_duplicates(cli: Cli) -> int:
    """``fieldapp case duplicates [CASE] [--json]`` and ``... CASE --not-same OTHER``."""
    a = cli.args
    if a.not_same:
        if not a.case:
            raise UserError("duplicates.cli.not_same_needs_case")
        with cli.open_workspace() as ws, ws.write() as ctx:
            first, second = _load(ctx.session, a.case), _load(ctx.session, a.not_same)
            duplicates.dismiss(ctx, first, second)
            ids, numbers = (first.id, second.id), (first.case_number, second.case_number)
        cli.emit({"case": ids[0], "other": ids[1], "dismissed": True},
                 cli.text("duplicates.cli.dismissed", case=numbers[0], other=numbers[1]))
        return 0
    with cli.open_workspace() as ws, ws.read() as s:
        case = _load(s, a.case) if a.case else None
        found = duplicates.possible_duplicates(s, case.pk if case else None, threshold=a.min_score,
                                               limit=a.limit)
        # HQ's, with cases this laptop does not hold (another office's municipality).
        away = duplicates.elsewhere(s, case.pk, threshold=a.min_score) if case else []
        number = case.case_number if case else ""
        case_id = case.id if case else ""
    out = [p.to_json(cli.lang) for p in found]
    out += [{"case": case_id, "other": e.other_id, "score": e.score, "case_number": number,
             "other_case_number": e.other_case_number, "other_municipality": e.other_municipality,
             "held": False, "reasons": [render(duplicates.elsewhere_reason(e.other_municipality), cli.lang)]} for e in away]
    lines = pairs_text(cli, found) if found or not away else ""
    lines += "".join(f"\n{cli.text('duplicates.cli.pair', case=number, other=e.other_case_number, score=f'{e.score:.2f}')}"
                     f"\n    {render(duplicates.elsewhere_reason(e.other_municipality), cli.lang)}" for e in away)
    cli.emit(out, lines.strip("\n"))
    return 0
