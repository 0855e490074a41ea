"""Possible duplicate households across every laptop's cases at HQ, and dismissing a pair.

Scoring is the laptop's (:mod:`fieldapp.domain.duplicates`): :func:`household_of`,
:func:`blocks` and :func:`compare`, and so are the blocks two households must share to be
compared, with the laptop's limit (:data:`BLOCK_LIMIT`). What differs is the scale. HQ holds every
laptop's cases, 100,000 households and more, so a pass must not hold them all in memory, and it
cannot compare every pair that shares a block: at that size namesakes (the same given and family
name, born the same year or the next) put two million pairs of households in common blocks, at
about 80 µs of :func:`compare` each. So a pass goes in three steps, and the database does the
pairing:

1. The cases are read page by page (by id; cases marked ``duplicate`` left out: they are settled
   and never offered as the other of a pair). Each household's blocks, each with the member it
   comes from, go into a temporary table, the household (as compared) into another; neither
   outlives the pass, and a concurrent pass has its own.
2. The database pairs households sharing a block held by at most :data:`BLOCK_LIMIT` cases,
   counts for each pair how many members of each the blocks found, and keeps the pair only if
   :func:`compare` could still score it at the minimum with that many (:func:`_ceiling_reached`).
   Two households sharing one namesake, and nothing else, cannot; a re-registration can.
3. Those pairs, a window of first cases at a time, are loaded and scored with :func:`compare`;
   the pairs at or above the minimum, less those dismissed (:class:`DuplicateDismissal`), are
   the answer, best first.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.duplicates import (
    POSSIBLE,
    WEIGHT_DISPLACEMENT,
    WEIGHT_HEAD,
    WEIGHT_MEMBERS,
    WEIGHT_PLACE,
)
from fieldapp.domain.reference import shipped
from sync.server.audit import service as audit
from sync.server.audit.service import now_iso
from sync.server.cases.models import CaseRow
from sync.server.cases.service import visible_case
from sync.server.db import Database, touch
from sync.server.duplicates.models import DuplicateDismissal, DuplicatePair
from sync.server.duplicates.scoring import NUMBER, HqDuplicate, prepare_page, score_pairs
from sync.server.errors import forbidden, invalid
from sync.server.scope import Actor

T = TypeVar("T")

BLOCK_LIMIT = 200
"""Blocks held by more cases than this are not paired (the laptop's limit)."""
PAGE = 1000
"""Cases read, and their blocks written, per page of the first step."""
WINDOW = 5000
"""First cases whose pairs are fetched together in the third step."""
SCORE_TASK = 2000
"""Pairs scored per task of the third step."""
CHUNK = 500
"""Values per ``IN (…)`` list."""
SLACK = 0.001
""":func:`compare` rounds its score to three decimals: a ceiling this far below the minimum may
still round up to it."""
TEMP_CACHE_KIB = 16 * 1024
"""SQLite's cache for the pass's temporary tables (its sorts use as much again): already full at
ten thousand cases, so the pass's memory is the same at any size beyond."""
WORKER_NICENESS = 5
"""How much lower the workers' priority is than this process's."""
PARALLEL_FROM = 10_000
"""From this many cases a pass uses a worker process per processor (below, starting them costs
more than they save)."""

_scratch = MetaData()
# The pass's working tables: TEMPORARY, so they live in the pass's own connection (a concurrent
# pass, or a request, never sees them) and go with it; they are not part of HQ's schema.
_cases = Table(
    "hq_dup_cases", _scratch,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("case_id", String(36), nullable=False),
    Column("case_number", String(40), nullable=False),
    Column("head", String(210), nullable=False),
    Column("status", String(30), nullable=False),
    Column("municipality", String(4), nullable=False),
    Column("members", Integer, nullable=False),
    # The head's sex, year of birth and personal number: what rules the heads out as one person.
    Column("head_sex", String(10)),
    Column("head_born", Integer),
    Column("head_number", String(40)),
    # The settlement and the place of displacement as compare() tells places apart (place_forms).
    Column("settlement_fold", Text),
    Column("settlement_keys", Text),
    Column("displaced_fold", Text),
    Column("displaced_keys", Text),
    Column("home", Text, nullable=False),
    prefixes=["TEMPORARY"],
)
def _key_columns() -> list[Column[Any]]:
    return [
        Column("key", BigInteger, nullable=False),
        Column("seq", Integer, nullable=False),
        Column("member", SmallInteger, nullable=False),
        Column("kind", SmallInteger, nullable=False),
        # The member's year of birth, sex and personal number (as a key): members that share a
        # block count only if these do not rule them out as one person.
        Column("born", Integer),
        Column("sex", String(10)),
        Column("number", BigInteger),
    ]


# Every block of every case, as written; then only the rows of the blocks that pair something
# (held by two cases or more, and not crowded), which are indexed and joined.
_blocks = Table("hq_dup_blocks", _scratch, *_key_columns(), prefixes=["TEMPORARY"])
_keys = Table("hq_dup_keys", _scratch, *_key_columns(), prefixes=["TEMPORARY"])
_useful = Table("hq_dup_useful", _scratch, Column("key", BigInteger, primary_key=True),
                prefixes=["TEMPORARY"])
# Built once the rows are in (faster than keeping them up to date row by row), so not declared
# on the table, where creating it would create them too.
_INDEXES = ("CREATE INDEX ix_hq_dup_keys_key ON hq_dup_keys (key, born, seq, member, sex, number)",
            "CREATE INDEX ix_hq_dup_keys_seq ON hq_dup_keys (seq, key, born, member, kind, sex, number)")


# --- workers --------------------------------------------------------------------------------------

Run = Callable[[Callable[..., T], Iterable[tuple[Any, ...]]], Iterator[T]]


def _ahead(pool: ProcessPoolExecutor, fn: Callable[..., T], tasks: Iterable[tuple[Any, ...]],
           depth: int) -> Iterator[T]:
    """``fn(*task)`` for each task, in order, with at most ``depth`` tasks given out at a time:
    the workers keep busy while this process writes the results, and the tasks still to come
    stay unread (``Executor.map`` would read them all at once)."""
    pending: deque[Future[T]] = deque()
    for task in tasks:
        pending.append(pool.submit(fn, *task))
        if len(pending) >= depth:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextlib.contextmanager
def _workers(n: int) -> Iterator[Run[Any]]:
    """A way to run tasks: here, or in ``n`` worker processes."""
    if n <= 1:
        yield lambda fn, tasks: (fn(*task) for task in tasks)
        return
    # Spawned, not forked: a fork would copy this process's open database connections. At a
    # lower priority: this process feeds them and writes what they return, and must not wait for
    # a processor behind them.
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"), initializer=os.nice,
                             initargs=(WORKER_NICENESS,)) as pool:
        yield lambda fn, tasks: _ahead(pool, fn, tasks, 2 * n)


def _processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


# --- step 1: blocks --------------------------------------------------------------------------------

def _pages(session: Session, actor: Actor) -> Iterator[tuple[int, list[tuple[str, str, str, str, str, str]]]]:
    """(first seq, cases) a page at a time, in the order of their ids (keyset paging: each page is
    one index range, however far the pass has got). The content comes as JSON text, decoded
    where the page is worked on."""
    last = ""
    page = 0
    while True:
        rows = session.execute(
            select(CaseRow.id, CaseRow.case_number, CaseRow.head, CaseRow.status, CaseRow.municipality,
                   cast(CaseRow.content, Text))
            .where(CaseRow.id > last, CaseRow.status != workflow.DUPLICATE, actor.case_clause())
            .order_by(CaseRow.id).limit(PAGE)).all()
        if not rows:
            return
        yield page * PAGE, [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
        page += 1
        last = rows[-1][0]


def _bulk_insert(conn: Connection, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
    """Append ``rows`` (tuples in column order) to a scratch table, the fastest way the database has."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None, "a connection in use has its driver's connection"
        with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    elif conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        assert raw is not None, "a connection in use has its driver's connection"
        raw.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' * len(names))})", rows)
    else:
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def _write_blocks(session: Session, actor: Actor, run: Run[Any]) -> int:
    """Step 1: the scratch tables filled; returns the seq after the last case's."""
    conn = session.connection()
    end = 0
    for case_rows, key_rows in run(prepare_page, _pages(session, actor)):
        _bulk_insert(conn, _cases, case_rows)
        _bulk_insert(conn, _blocks, key_rows)
        if case_rows:
            end = case_rows[-1][0] + 1
    return end


def _index(conn: Connection) -> None:
    """Keep the blocks that pair something, and index them, once every block is written.

    A block held by one case pairs nothing (most are: the head's family name with a letter
    left out, rare names); one held by more than BLOCK_LIMIT cases is passed over, as on the
    laptop (at HQ's size, the blocks without a year of common names). What is left is a
    fraction of the rows, which the pairing then reads again and again.
    """
    conn.execute(insert(_useful).from_select(
        ["key"], select(_blocks.c.key).group_by(_blocks.c.key)
        .having(func.count(func.distinct(_blocks.c.seq)).between(2, BLOCK_LIMIT))))
    conn.execute(insert(_keys).from_select(
        [c.name for c in _blocks.columns],
        select(*_blocks.columns).join(_useful, _useful.c.key == _blocks.c.key)))
    conn.execute(_blocks.delete())
    for ddl in _INDEXES:
        conn.exec_driver_sql(ddl)
    # Let the planner know how large the tables have become (PostgreSQL's autovacuum never
    # looks at temporary tables; SQLite would otherwise guess). Only the temporary ones: HQ's own
    # tables are not this pass's to analyse.
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ANALYZE hq_dup_cases")
        conn.exec_driver_sql("ANALYZE hq_dup_keys")
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("ANALYZE temp")


# --- step 2: pairs -----------------------------------------------------------------------------------

def _same_place(a: Any, b: Any, place: str) -> ColumnElement[bool]:
    """Whether the cases' ``place`` (``settlement`` or ``displaced``) is the same to :func:`compare`."""
    return or_(a.c[f"{place}_fold"] == b.c[f"{place}_fold"], a.c[f"{place}_keys"] == b.c[f"{place}_keys"])


def _ceiling_reached(found: Any, a: Any, b: Any, min_score: float) -> ColumnElement[bool]:
    """Whether :func:`compare` could score the pair at ``min_score``, from what the blocks found.

    ``compare`` gives WEIGHT_MEMBERS × (twice the sureness of the members found in both, over
    both sizes) + WEIGHT_HEAD × the heads' sureness + WEIGHT_PLACE × the place (half for the
    municipality, half for the settlement) + WEIGHT_DISPLACEMENT × the place of displacement,
    each sureness at most 1. So at most:

    - members: those the blocks found, on the side with fewer, and the heads if nothing rules
      them out as one person; every member of the smaller household when the blocks found both
      heads (its other members may still match with a letter or two wrong in a given name,
      which no block sees);
    - head: nothing if something rules the heads out as one person (their sexes, years of birth
      more than one apart, two personal numbers: what :func:`same_person` refuses on), unless
      the blocks found them; else all of it;
    - place and displacement: as :func:`compare` counts them, which the case rows say exactly.

    A shared personal number scores at least SAME_PERSONAL_NUMBER: such a pair is always kept.
    Written without a division: 2·WEIGHT_MEMBERS·k ≥ (min − the rest)·(size a + size b).
    """
    smaller = case((a.c.members < b.c.members, a.c.members), else_=b.c.members)
    heads_ruled_out = or_(
        and_(a.c.head_sex.is_not(None), b.c.head_sex.is_not(None), a.c.head_sex != b.c.head_sex),
        and_(a.c.head_born.is_not(None), b.c.head_born.is_not(None),
             or_(a.c.head_born - b.c.head_born > 1, b.c.head_born - a.c.head_born > 1)),
        and_(a.c.head_number.is_not(None), b.c.head_number.is_not(None), a.c.head_number != b.c.head_number))
    fewer_found = case((found.c.ka < found.c.kb, found.c.ka), else_=found.c.kb)
    # Heads the blocks did not find but nothing rules out (a letter wrong in a given name) may
    # still be one person: one more member found in both.
    with_heads = fewer_found + case((heads_ruled_out, 0), else_=1)
    k = case((found.c.heads == 1, smaller), (with_heads < smaller, with_heads), else_=smaller)
    head = case((or_(found.c.heads == 1, not_(heads_ruled_out)), WEIGHT_HEAD), else_=0.0)
    municipality = case((a.c.municipality == b.c.municipality, WEIGHT_PLACE / 2), else_=0.0)
    settlement = case((_same_place(a, b, "settlement"), WEIGHT_PLACE / 2), else_=0.0)
    displaced = case((_same_place(a, b, "displaced"), WEIGHT_DISPLACEMENT), else_=0.0)
    rest = literal(min_score - SLACK) - head - municipality - settlement - displaced
    return or_(found.c.number == 1,
               2 * WEIGHT_MEMBERS * k >= rest * (a.c.members + b.c.members))


def _pairs_statement(lo: int, hi: int, *, min_score: float, municipality: str | None) -> Any:
    """The pairs (first, second) with the first case in ``[lo, hi)`` that step 3 scores.

    Two members meet when they share a block (one that pairs something: see :func:`_index`) and
    nothing rules them out as one person: years of birth more than one apart, different sexes,
    different personal numbers (what :func:`same_person` refuses on). The years are part of the join, so the database
    looks only at the members born within a year of each other (or without a year), whatever
    blocks the domain makes; a personal number they share meets whatever the years.
    """
    x, y = _keys.alias("x"), _keys.alias("y")
    could_be_one = and_(
        not_(and_(x.c.sex.is_not(None), y.c.sex.is_not(None), x.c.sex != y.c.sex)),
        not_(and_(x.c.number.is_not(None), y.c.number.is_not(None), x.c.number != y.c.number)))

    def met(*on: ColumnElement[bool]) -> Any:
        return (select(x.c.seq.label("a"), y.c.seq.label("b"), x.c.member.label("ma"),
                       y.c.member.label("mb"), x.c.kind.label("kind"))
                .select_from(x.join(y, and_(y.c.key == x.c.key, *on, y.c.seq > x.c.seq)))
                .where(x.c.seq >= lo, x.c.seq < hi, could_be_one))

    met_all = union_all(
        met(x.c.born.is_not(None), y.c.born >= x.c.born - 1, y.c.born <= x.c.born + 1),
        met(x.c.born.is_not(None), y.c.born.is_(None)),
        met(or_(x.c.born.is_(None), x.c.kind == NUMBER)),
    ).subquery("met")
    found = (select(met_all.c.a, met_all.c.b,
                    func.count(func.distinct(met_all.c.ma)).label("ka"),
                    func.count(func.distinct(met_all.c.mb)).label("kb"),
                    func.max(case((and_(met_all.c.ma == 0, met_all.c.mb == 0), 1), else_=0)).label("heads"),
                    func.max(case((met_all.c.kind == NUMBER, 1), else_=0)).label("number"))
             .group_by(met_all.c.a, met_all.c.b).subquery("found"))
    a, b = _cases.alias("ca"), _cases.alias("cb")
    stmt = (select(found.c.a, found.c.b)
            .join(a, a.c.seq == found.c.a).join(b, b.c.seq == found.c.b)
            .where(_ceiling_reached(found, a, b, min_score)))
    if municipality:
        stmt = stmt.where(or_(a.c.municipality == municipality, b.c.municipality == municipality))
    return stmt


# --- step 3: scoring --------------------------------------------------------------------------------

def _homes(conn: Connection, seqs: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """seq → (id, case number, head, municipality, status, encoded household)."""
    wanted = sorted(set(seqs))
    out: dict[int, tuple[Any, ...]] = {}
    columns = (_cases.c.seq, _cases.c.case_id, _cases.c.case_number, _cases.c.head, _cases.c.municipality,
               _cases.c.status, _cases.c.home)
    for i in range(0, len(wanted), CHUNK):
        for seq, *rest in conn.execute(select(*columns).where(_cases.c.seq.in_(wanted[i:i + CHUNK]))):
            out[seq] = tuple(rest)
    return out


def _score_tasks(conn: Connection, end: int, *, min_score: float, municipality: str | None
                 ) -> Iterator[tuple[list[tuple[int, int]], dict[int, tuple[Any, ...]], float]]:
    """Steps 2 and 3: for each window of first cases, its pairs in tasks of SCORE_TASK, each with
    the households it needs (read per task: how many pairs a window has grows with HQ's size)."""
    for lo in range(0, end, WINDOW):
        result = conn.execute(_pairs_statement(lo, lo + WINDOW, min_score=min_score,
                                               municipality=municipality))
        while rows := result.fetchmany(SCORE_TASK):
            task = [(a, b) for a, b in rows]
            yield task, _homes(conn, (s for pair in task for s in pair)), min_score


def _dismissed(session: Session, ids: set[str]) -> set[tuple[str, str]]:
    """The dismissed pairs (in id order) among those involving ``ids``."""
    wanted = sorted(ids)
    out: set[tuple[str, str]] = set()
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i:i + CHUNK]
        out.update((a, b) for a, b in session.execute(
            select(DuplicateDismissal.case_id, DuplicateDismissal.other_id)
            .where(or_(DuplicateDismissal.case_id.in_(chunk), DuplicateDismissal.other_id.in_(chunk)))))
    return out


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _scan(session: Session, *, actor: Actor, municipality: str | None, min_score: float,
          workers: int) -> list[HqDuplicate]:
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        # Temporary tables on disk (not in memory, as some builds default to), with a bounded
        # cache: the pass's memory stays the same however many cases HQ holds.
        conn.exec_driver_sql("PRAGMA temp_store = FILE")
        conn.exec_driver_sql(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
    # Created inside the read transaction: if the pass fails, its rollback takes them away
    # (DDL is transactional on both databases), so nothing is left on the pooled connection.
    _scratch.create_all(conn)
    found: list[HqDuplicate] = []
    with _workers(workers) as run:
        end = _write_blocks(session, actor, run)
        _index(conn)
        for scored in run(score_pairs, _score_tasks(conn, end, min_score=min_score,
                                                    municipality=municipality)):
            found.extend(scored)
    _scratch.drop_all(conn)
    dismissed = _dismissed(session, {d.case_id for d in found} | {d.other_id for d in found})
    kept = [d for d in found if _ordered(d.case_id, d.other_id) not in dismissed]
    return sorted(kept, key=lambda d: (-d.score, d.case_number, d.other_case_number))


def find_duplicates(*, database: Database, actor: Actor, municipality: str | None = None,
                    min_score: float = POSSIBLE, workers: int | None = None) -> list[HqDuplicate]:
    """Possible duplicate households among the cases ``actor`` sees at HQ, best first.

    ``municipality``: only pairs with at least one case there. ``min_score``: only pairs scoring
    at least this (0 to 1). Cases marked ``duplicate`` are left out; dismissed pairs too. The
    listing is audited. ``workers``: processes that score (default: one per processor from
    PARALLEL_FROM cases, else none besides this one).
    """
    if not 0 <= min_score <= 1:
        raise invalid("hq.duplicates.bad_min_score", score=str(min_score))
    if municipality is not None and municipality not in shipped().municipalities:
        raise invalid("hq.user.bad_municipality", municipality=municipality)
    with database.read() as session:
        if workers is None:
            held = session.execute(select(func.count()).select_from(CaseRow)).scalar_one()
            workers = _processors() if held >= PARALLEL_FROM else 1
        found = _scan(session, actor=actor, municipality=municipality, min_score=min_score, workers=workers)
    with database.write() as session:
        audit.record(session=session, actor=actor.user, role=actor.role, device_id=actor.device_id,
                     action="case.duplicates",
                     detail={"municipality": municipality, "min_score": min_score, "pairs": len(found)})
    return found


# --- telling the laptops ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Published:
    """What a publication changed in the pairs laptops are told."""

    pairs: int
    added: int
    removed: int
    rescored: int
    cases_resent: int


def publish(*, session: Session, found: Sequence[HqDuplicate]) -> Published:
    """Make ``found`` (a full pass: every case, the default minimum) the pairs laptops are told.

    Only what changed is written, and only the cases of pairs added, removed or scored
    differently get a new change sequence number, so a nightly publication resends a handful of
    cases, not the caseload.
    """
    now = now_iso()
    wanted = {_ordered(d.case_id, d.other_id): d.score for d in found}
    # A pair dismissed since the pass read the cases stays dismissed.
    for dismissed in _dismissed(session, {c for p in wanted for c in p}):
        wanted.pop(dismissed, None)
    held = {(a, b): score for a, b, score in session.execute(
        select(DuplicatePair.case_id, DuplicatePair.other_id, DuplicatePair.score))}
    gone = [p for p in held if p not in wanted]
    added = [p for p in wanted if p not in held]
    rescored = [p for p in wanted if p in held and abs(held[p] - wanted[p]) > 0.0005]
    for a, b in gone:
        session.execute(delete(DuplicatePair).where(DuplicatePair.case_id == a, DuplicatePair.other_id == b))
    for a, b in rescored:
        session.execute(update(DuplicatePair).where(DuplicatePair.case_id == a, DuplicatePair.other_id == b)
                        .values(score=wanted[(a, b)], found_at=now))
    if added:
        session.execute(insert(DuplicatePair), [{"case_id": a, "other_id": b, "score": wanted[(a, b)],
                                                  "found_at": now} for a, b in added])
    ids = sorted({c for pair in (*gone, *added, *rescored) for c in pair})
    for i in range(0, len(ids), CHUNK):
        _resend(session, *session.execute(select(CaseRow).where(CaseRow.id.in_(ids[i:i + CHUNK]))).scalars())
    return Published(pairs=len(wanted), added=len(added), removed=len(gone), rescored=len(rescored),
                     cases_resent=len(ids))


# --- dismissing ---------------------------------------------------------------------------------------

def _resend(session: Session, *rows: CaseRow) -> None:
    """Have every device holding these cases receive them on its next pull, the one whose op
    changed them last included (a pull skips a device's own clean change, but this is news)."""
    for row in rows:
        row.synced_device = None
        touch(session, row)


def record_dismissal(*, session: Session, actor: Actor, first: CaseRow, second: CaseRow,
                     recorded: set[tuple[str, str]] | None = None, later: Any = None) -> bool:
    """Record that ``first`` and ``second`` (both visible to ``actor``) are not the same household.

    The rule on every path that writes it (the command, a device's ``case.not_duplicate`` op):
    reviewers only, two different cases. Both cases are touched, so every device holding either
    receives the dismissal on its next pull. ``recorded`` holds pairs already added in this
    transaction (a batch of ops), ``later`` where its rows are added instead of the session (a
    batch adds rows that refer to cases after the cases). Audited; returns whether the pair is new.
    """
    rows = session if later is None else later
    if not actor.is_reviewer:
        raise forbidden("hq.duplicates.not_reviewer")
    if first.id == second.id:
        raise invalid("hq.duplicates.same_case", case=first.case_number)
    pair = _ordered(first.id, second.id)
    new = pair not in (recorded or set()) and session.get(DuplicateDismissal, pair) is None
    if new:
        rows.add(DuplicateDismissal(case_id=pair[0], other_id=pair[1], by=actor.user, at=now_iso()))
        if recorded is not None:
            recorded.add(pair)
        session.execute(delete(DuplicatePair).where(DuplicatePair.case_id == pair[0],
                                                    DuplicatePair.other_id == pair[1]))
        _resend(session, first, second)
    audit.record(session=rows, actor=actor.user, role=actor.role, device_id=actor.device_id,
                 action="case.not_duplicate", case_id=first.id, detail={"other": second.id})
    return new


def dismiss(*, session: Session, actor: Actor, case_id: str, other_id: str) -> tuple[CaseRow, CaseRow]:
    """Record that the cases ``case_id`` and ``other_id`` (ids or case numbers) are not the same
    household: the pair is never listed again, here or on the laptops. Reviewers only, on cases
    in their scope; audited."""
    first = visible_case(session=session, actor=actor, case_id=case_id)
    second = visible_case(session=session, actor=actor, case_id=other_id)
    record_dismissal(session=session, actor=actor, first=first, second=second)
    return first, second


__all__ = ["BLOCK_LIMIT", "HqDuplicate", "Published", "dismiss", "find_duplicates", "publish", "record_dismissal"]
