"""Case operations: read one case, save it, add a note, move it through the workflow, and the
pages and count of the case list.

Every factory here is keyword-only and returns the function the store executor runs; see
:mod:`ui.ops`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fieldapp.domain.interchange import content_of
from fieldapp.store import cases, duplicates
from fieldapp.store.cases import CaseFilter, CaseSummary
from fieldapp.store.drafts import discard_draft
from fieldapp.store.duplicates import PossibleDuplicate
from ui.executor import Changes, StoreThread
from ui.ops import Op, Outcome

Case = dict[str, Any]
Pages = dict[int, list[CaseSummary] | None]


def read_case(*, case_id: str) -> Op[Case]:
    """The case ``case_id`` with its history, as the editor shows it."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.read() as s:
            return Outcome(cases.get_case(s, case_id))
    return run


def save_case(*, doc: Case, case_id: str | None, base_rev: int | None, draft_key: str) -> Op[Case]:
    """Create the case ``doc`` (``case_id`` None) or write its content over case ``case_id``
    as of revision ``base_rev``; the draft ``draft_key`` goes in the same transaction, so there
    is either a saved case and no draft or neither. Gives the case as stored."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.write() as ctx:
            if case_id is None:
                saved_id = cases.create_case(ctx, doc)["id"]
            else:
                changes = {k: v for k, v in content_of(doc).items() if k != "notes"}
                cases.update_case(ctx, case_id, changes, base_rev=base_rev)
                saved_id = case_id
            discard_draft(ctx, draft_key)
            stored = cases.get_case(ctx.session, saved_id)
        return Outcome(stored, Changes.cases(saved_id) | Changes(drafts=True))
    return run


def check_household(*, doc: Case, case_id: str | None = None) -> Op[list[PossibleDuplicate]]:
    """Households on the laptop that ``doc`` (new, or the case ``case_id`` being edited) may be,
    best first, before it is saved."""
    def run(st: StoreThread) -> Outcome[list[PossibleDuplicate]]:
        with st.workspace.read() as s:
            own = cases._load(s, case_id).pk if case_id else None
            return Outcome(duplicates.check_new(s, doc, own_pk=own))
    return run


def add_note(*, case_id: str, text: str) -> Op[Case]:
    """Append the note ``text`` to case ``case_id``; gives the case as stored."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.write() as ctx:
            cases.add_note(ctx, case_id, text)
            stored = cases.get_case(ctx.session, case_id)
        return Outcome(stored, Changes.cases(case_id))
    return run


def move_case(*, case_id: str, target: str, comment: str | None) -> Op[Case]:
    """Move case ``case_id`` to status ``target`` (the workflow decides whether the acting
    officer may), recording ``comment`` in its history; gives the case as stored."""
    def run(st: StoreThread) -> Outcome[Case]:
        with st.workspace.write() as ctx:
            cases.transition(ctx, case_id, target, comment=comment)
            stored = cases.get_case(ctx.session, case_id)
        return Outcome(stored, Changes.cases(case_id))
    return run


def list_pages(*, case_filter: CaseFilter, sort: str, descending: bool, pages: Sequence[int],
               page_size: int, fresh: Callable[[int], bool] = lambda _page: True) -> Op[Pages]:
    """Pages of the case list (each summary carrying the return note of a returned case).

    ``fresh(page)`` is asked on the store thread just before each page is read: a page the
    officer has scrolled past meanwhile comes back as None, unread. The read may be interrupted
    by a newer request with the same ``supersede`` key.
    """
    def run(st: StoreThread) -> Outcome[Pages]:
        out: Pages = {}
        with st.read() as s:
            for p in pages:
                out[p] = cases.list_cases(s, case_filter, sort=sort, descending=descending,
                                          offset=p * page_size, limit=page_size) if fresh(p) else None
        return Outcome(out)
    return run


def count_cases(*, case_filter: CaseFilter) -> Op[int]:
    """How many cases match ``case_filter``."""
    def run(st: StoreThread) -> Outcome[int]:
        with st.read() as s:
            return Outcome(cases.count_cases(s, case_filter))
    return run


def case_ids(*, case_filter: CaseFilter, sort: str, descending: bool, pages: Sequence[int],
             page_size: int) -> Op[dict[int, list[str]]]:
    """The case ids on each of ``pages`` of the case list, in list order."""
    def run(st: StoreThread) -> Outcome[dict[int, list[str]]]:
        with st.read() as s:
            return Outcome({p: [c.id for c in cases.list_cases(s, case_filter, sort=sort,
                                                               descending=descending,
                                                               offset=p * page_size, limit=page_size)]
                            for p in pages})
    return run
