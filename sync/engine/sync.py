"""Push, pull and scope repair: one sync of a device with its HQ.

Resumable by construction: every step commits locally only what HQ has confirmed. An outbox row
goes only when HQ's result for it is committed here; the pull checkpoint moves only in the
transaction that stored the page. A sync cut at any byte is simply run again: HQ answers replayed
ops with their first results, and pages are asked for again from the last checkpoint.

Order: push every pending op (in batches) → fetch cases marked for refetch → pull pages → compare
the scope digest and repair → record ``last_sync``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from fieldapp.domain.errors import UserError
from fieldapp.messages import Message
from fieldapp.progress import Cancelled, Progress
from fieldapp.store import remote
from fieldapp.store.context import utc_now
from fieldapp.store.workspace import Workspace
from sync.client.http import DeviceRevoked, HqClient, HqRefused
from sync.engine.identity import DeviceIdentity, read_identity
from sync.engine.steps import StoreSteps, store_steps
from sync.protocol.digest import scope_digest
from sync.protocol.messages import (
    MAX_OPS_PER_BATCH,
    DigestResponse,
    FetchResponse,
    PullResponse,
    PushResponse,
)
from sync.protocol.pinning import certificate_fingerprint_of_pem, spki_of_pem, verify_announcement

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.store.context import WriteContext

log = logging.getLogger("sync.engine")

# Keep a batch well under HQ's body limit even for very large households.
MAX_BATCH_JSON = 4 * 1024 * 1024


class RevokedAndWiped(UserError):
    """HQ revoked this device; its key slots were deleted here."""


@dataclass
class SyncReport:
    """What one sync did; ``to_json`` is what ``fieldapp sync --json`` prints."""

    pushed: int = 0
    results: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    pulled: int = 0
    created: int = 0
    deferred: int = 0
    returned: list[str] = field(default_factory=list)
    conflicts: int = 0
    repaired: int = 0
    dropped: int = 0
    batches: int = 0
    pages: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    last_sync: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """A plain dict."""
        return {"pushed": self.pushed, "results": self.results, "rejected": self.rejected,
                "pulled": self.pulled, "created": self.created, "deferred": self.deferred,
                "returned": self.returned, "conflicts": self.conflicts, "repaired": self.repaired,
                "dropped": self.dropped, "batches": self.batches, "pages": self.pages,
                "bytes_sent": self.bytes_sent, "bytes_received": self.bytes_received,
                "last_sync": self.last_sync, "seconds": round(self.seconds, 3)}


class SyncEngine:
    """Syncs one unlocked workspace with its HQ.

    ``store`` is the workspace itself (used on the calling thread) or :class:`StoreSteps` that
    run each short piece of store work where the workspace lives; no session is ever held
    across a network call. ``progress`` (optional) is polled by the UI: phase ``push`` counts
    ops, ``pull`` counts cases; :attr:`bytes_sent`/:attr:`bytes_received` count body bytes.
    Cancelling stops between batches; whatever HQ already confirmed stays confirmed.
    """

    def __init__(self, store: StoreSteps | Workspace, *, progress: Progress | None = None,
                 batch_size: int = 500, page_size: int = 500, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None, url: str | None = None):
        self.store = store_steps(store)
        self.progress = progress or Progress()
        self.batch_size = max(1, min(batch_size, MAX_OPS_PER_BATCH))
        self.page_size = max(1, min(page_size, 1000))
        self.timeout = timeout
        self._transport = transport
        self._url = url
        self._identity: DeviceIdentity | None = None
        self._client: HqClient | None = None

    # --- plumbing -----------------------------------------------------------------------------
    @property
    def identity(self) -> DeviceIdentity:
        """The device's enrolment (loaded once)."""
        if self._identity is None:
            self._identity = self.store.read(read_identity)
        return self._identity

    @property
    def client(self) -> HqClient:
        """The signed client (created once)."""
        if self._client is None:
            ident = self.identity
            self._client = HqClient(self._url or ident.hq_url, cert_pem=ident.cert_pem,
                                    device_id=ident.device_id, sign_key=ident.sign_key,
                                    timeout=self.timeout, transport=self._transport,
                                    pins=ident.pins, on_certificate=self._renewed_certificate)
        return self._client

    @property
    def bytes_sent(self) -> int:
        """Request body bytes sent so far."""
        return self._client.bytes_sent if self._client else 0

    @property
    def bytes_received(self) -> int:
        """Response bytes received so far."""
        return self._client.bytes_received if self._client else 0

    def close(self) -> None:
        """Close the HTTP connections."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> SyncEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _renewed_certificate(self, pem: str) -> None:
        """HQ presents a new certificate with a pinned key: keep it (and promote an announced key)."""
        self.store.write(partial(store_certificate, pem=pem))
        self._identity = None

    def _announced(self, page: PullResponse) -> None:
        """Keep the next TLS key HQ announced, when HQ's signature over it holds."""
        nxt = page.tls_next
        ident = self.identity
        if nxt is None or nxt.spki in ident.pins:
            return
        if not verify_announcement(ident.hq_sign_key, hq_id=ident.hq_id, spki=nxt.spki,
                                   signature=nxt.signature):
            log.warning("HQ's announcement of a new TLS key is not signed by HQ; ignored")
            return
        self.store.write(partial(store_next_key, spki=nxt.spki))
        self._identity = None

    def _call(self, path: str, model: type[Any], body: Any) -> Any:
        try:
            return self.client.call("POST", path, model, body)
        except DeviceRevoked as exc:
            self._wipe(exc.message)
            raise AssertionError("unreachable") from None

    def _wipe(self, message: Message) -> None:
        """Remote wipe: record it, delete the key slots, lock the workspace."""
        try:
            self.store.write(_record_wipe)
        except Exception as exc:  # the wipe matters more than its record: it goes ahead
            log.warning("the remote wipe could not be recorded: %s", type(exc).__name__)
        remote.wipe_key_slots(self.store.root)
        self.store.lock()
        raise RevokedAndWiped("engine.revoked_and_wiped", reason=message)

    # --- the whole sync -----------------------------------------------------------------------
    def sync(self) -> SyncReport:
        """Push, fetch deferred cases, pull, repair the scope; record ``last_sync``."""
        started = time.monotonic()
        report = SyncReport()
        self.push(report)
        self.fetch_deferred(report)
        self.pull(report)
        self.repair(report)
        self.fetch_deferred(report)
        now = utc_now()
        self.store.write(partial(_record_sync, now=now, report=report))
        report.last_sync = now
        report.bytes_sent, report.bytes_received = self.bytes_sent, self.bytes_received
        report.seconds = time.monotonic() - started
        return report

    # --- push ---------------------------------------------------------------------------------
    def push(self, report: SyncReport | None = None) -> SyncReport:
        """Send every pending op in batches; clear each batch's rows when HQ's results commit."""
        report = report or SyncReport()
        total = self.store.read(remote.pending_count)
        self.progress.start(total, "push")
        after = 0
        while True:
            self.progress.check()
            ops = _fit(self.store.read(partial(_pending_batch, after=after, limit=self.batch_size)))
            if not ops:
                return report
            answer: PushResponse = self._call("/sync/push", PushResponse, {"ops": ops})
            results = [r.model_dump(mode="json") for r in answer.results]
            summary = self.store.write(partial(remote.apply_results, results=results))
            after = ops[-1]["seq"]
            report.batches += 1
            report.pushed += summary.acknowledged
            report.rejected.extend(summary.rejected)
            for status, n in summary.by_status.items():
                report.results[status] = report.results.get(status, 0) + n
            self.progress.step(len(ops))

    # --- pull ---------------------------------------------------------------------------------
    def pull(self, report: SyncReport | None = None) -> SyncReport:
        """Ask for pages after the checkpoint until HQ says there is no more."""
        report = report or SyncReport()
        self.progress.start(0, "pull")
        while True:
            self.progress.check()
            cursor, ref_version = self.store.read(_pull_position)
            page: PullResponse = self._call("/sync/pull", PullResponse,
                                            {"cursor": cursor, "limit": self.page_size,
                                             "ref_version": ref_version})
            self._apply_page(page.model_dump(mode="json"), report)
            self._announced(page)
            report.pages += 1
            self.progress.step(len(page.cases))
            if not page.more or page.cursor <= cursor:
                return report

    def _apply_page(self, page: dict[str, Any], report: SyncReport) -> None:
        """Store a page and move the checkpoint, in one transaction."""
        summary = self.store.write(partial(_store_page, page=page))
        report.pulled += summary.applied
        report.created += summary.created
        report.deferred += summary.deferred
        report.conflicts += summary.conflicts
        report.returned.extend(summary.returned)

    # --- repair -------------------------------------------------------------------------------
    def fetch_deferred(self, report: SyncReport | None = None) -> SyncReport:
        """Fetch again cases whose HQ state arrived while local changes were pending."""
        report = report or SyncReport()
        self._fetch(self.store.read(remote.deferred_ids), report)
        return report

    def _fetch(self, ids: list[str], report: SyncReport, *, forget_missing: bool = True) -> None:
        for i in range(0, len(ids), 500):
            self.progress.check()
            answer: FetchResponse = self._call("/sync/fetch", FetchResponse, {"ids": ids[i:i + 500]})
            states = [c.model_dump(mode="json") for c in answer.cases]
            missing = answer.missing if forget_missing else []
            summary = self.store.write(partial(_store_fetched, states=states, missing=missing))
            report.repaired += summary.applied
            report.conflicts += summary.conflicts
            report.returned.extend(summary.returned)

    def repair(self, report: SyncReport | None = None) -> SyncReport:
        """Compare scope digests; on a mismatch fetch what differs and drop what left the scope."""
        report = report or SyncReport()
        pairs = self.store.read(remote.synced_pairs)
        answer: DigestResponse = self._call("/sync/digest", DigestResponse,
                                            {"digest": scope_digest(pairs), "count": len(pairs)})
        if answer.match or answer.cases is None:
            return report
        mine = dict(pairs)
        theirs = {c.id: c.version for c in answer.cases}
        stale = sorted(i for i, v in theirs.items() if mine.get(i) != v)
        gone = sorted(i for i in mine if i not in theirs)
        log.info("scope digest differs: %d to fetch, %d out of scope", len(stale), len(gone))
        self._fetch(stale, report)
        if gone:
            report.dropped += self.store.write(partial(remote.drop_out_of_scope, case_ids=gone))
        return report


# --- the store steps of a sync (each runs where the workspace lives) ---------------------------

def _pending_batch(s: Session, *, after: int, limit: int) -> list[dict[str, Any]]:
    """The next outbox ops after sequence number ``after``, as protocol ops."""
    return remote.op_payloads(s, remote.pending_ops(s, after_seq=after, limit=limit))


def _pull_position(s: Session) -> tuple[int, int]:
    """The pull checkpoint and the version of the reference data held."""
    return (int(remote.meta_value(s, remote.CHECKPOINT, 0) or 0),
            int(remote.meta_value(s, remote.REF_VERSION, 0) or 0))


def _store_page(ctx: WriteContext, *, page: dict[str, Any]) -> remote.StateSummary:
    """Apply a pulled page, keep its reference data and move the checkpoint past it."""
    summary = remote.apply_states(ctx, page["cases"])
    remote.store_reference(ctx, page.get("reference") or [], int(page.get("ref_version") or 0))
    remote.advance_checkpoint(ctx, int(page["cursor"]))
    return summary


def _store_fetched(ctx: WriteContext, *, states: list[dict[str, Any]],
                   missing: list[str]) -> remote.StateSummary:
    """Apply fetched case states; stop asking for the cases HQ said it does not hold."""
    summary = remote.apply_states(ctx, states)
    if missing:
        remote.forget_missing(ctx, missing)
    return summary


def _record_sync(ctx: WriteContext, *, now: str, report: SyncReport) -> None:
    """Record the end of a sync: ``last_sync`` and an audit event."""
    ctx.set_meta(remote.LAST_SYNC, now)
    ctx.audit.append(at=now, officer=ctx.actor.officer, action="sync.done",
                     detail={"pushed": report.pushed, "pulled": report.pulled})


def store_certificate(ctx: WriteContext, *, pem: str) -> None:
    """Keep the certificate HQ presents now (its key is pinned); an announced key becomes the pin."""
    hq = dict(ctx.meta(remote.HQ) or {})
    spki = spki_of_pem(pem)
    previous = hq.get("fingerprint")
    hq.update(cert_pem=pem, fingerprint=certificate_fingerprint_of_pem(pem))
    if spki == hq.get("next_spki"):
        hq["spki"], hq["next_spki"] = spki, None
    hq.setdefault("spki", spki)
    ctx.set_meta(remote.HQ, hq)
    ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="sync.hq_certificate",
                     detail={"previous": previous, "fingerprint": hq["fingerprint"], "spki": spki})


def store_next_key(ctx: WriteContext, *, spki: str) -> None:
    """Keep the SPKI of the next TLS key HQ announced (accepted once HQ uses it)."""
    hq = dict(ctx.meta(remote.HQ) or {})
    if not hq.get("spki") and hq.get("cert_pem"):
        hq["spki"] = spki_of_pem(str(hq["cert_pem"]))
    hq["next_spki"] = spki
    ctx.set_meta(remote.HQ, hq)
    ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="sync.hq_next_key",
                     detail={"spki": spki})


def _record_wipe(ctx: WriteContext) -> None:
    """Record, before the key slots go, that HQ revoked the device."""
    ctx.audit.append(at=utc_now(), officer=ctx.actor.officer, action="device.wiped",
                     detail={"reason": "revoked by HQ"})


def _fit(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim a batch so its JSON stays under :data:`MAX_BATCH_JSON` (at least one op)."""
    size = 0
    for i, op in enumerate(ops):
        size += len(json.dumps(op["fields"], ensure_ascii=False)) + 300
        if size > MAX_BATCH_JSON and i > 0:
            return ops[:i]
    return ops


def run_sync(store: StoreSteps | Workspace, *, progress: Progress | None = None,
             on_engine: Callable[[SyncEngine], None] | None = None) -> SyncReport:
    """One complete sync of ``store`` (what ``fieldapp sync`` and the app's "Sync now" run)."""
    with SyncEngine(store, progress=progress) as engine:
        if on_engine is not None:
            on_engine(engine)
        try:
            return engine.sync()
        except HqRefused as exc:
            if exc.code == "clock_ahead":
                raise UserError(exc.reason.id, **exc.reason.params) from None
            raise


__all__ = ["Cancelled", "RevokedAndWiped", "SyncEngine", "SyncReport", "run_sync"]
