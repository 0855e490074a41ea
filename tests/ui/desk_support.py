"""What the review desk's and the caseload's fixtures share: a laptop enrolled for its HQ user,
and cases back-dated in their history so that waiting times are known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def enrol_record(ws: Any, role: str, municipalities: tuple[str, ...], *,
                 officers: tuple[str, ...] = ()) -> None:
    """Write the enrolment record the sync engine writes after enrolling ``ws`` at HQ, and,
    given ``officers``, HQ's list of the first municipality's field officers."""
    from fieldapp.store import remote
    from fieldapp.store.context import utc_now

    with ws.write() as ctx:
        ctx.set_meta(remote.ENROLMENT, {
            "device_id": "dev-desk-test", "user": ws.slot.officer, "role": role,
            "municipalities": list(municipalities), "hq_url": "https://hq.invalid", "hq_id": "hq-test",
            "enrolled_at": utc_now()})
        if officers:
            ctx.set_meta(f"{remote.REFERENCE_PREFIX}officers", {"version": 1, "data": [
                {"name": name, "municipalities": [municipalities[0]]} for name in officers]})


def back_date(ws: Any, days: Mapping[str, int]) -> None:
    """Move the history of each case (id → days) that many days (and an hour) into the past,
    so the case has waited that long in its status."""
    from sqlalchemy import select, update

    from fieldapp.store.models import Case, Transition

    now = dt.datetime.now(dt.UTC)
    with ws.write() as ctx:
        s = ctx.session
        for case_id, n in days.items():
            pk = s.execute(select(Case.pk).where(Case.id == case_id)).scalar_one()
            at = (now - dt.timedelta(days=n, hours=1)).isoformat(timespec="milliseconds")
            s.execute(update(Transition).where(Transition.case_pk == pk).values(at=at.replace("+00:00", "Z")))


def unlock_as(qtbot: Any, executor: Any, root: Path, officer: str) -> Any:
    """Open the workspace on the store thread as ``officer``; returns the unlock outcome."""
    from tests.ui.conftest import unlock

    return unlock(qtbot, executor, root, officer=officer)
