"""Whom the laptop works for: its role and the municipalities it may act on.

A laptop enrolled at HQ works for the HQ user it was enrolled for: the enrolment record (meta
``enrolment``, written by the sync engine) carries that user's role and municipalities. Before
enrolment the laptop is a field officer's (or what its local key slot says) in the workspace's
own municipality. HQ checks role and scope again on everything the laptop sends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.errors import UserError
from fieldapp.messages import Message
from fieldapp.store.context import Actor
from fieldapp.store.models import Meta

ENROLMENT = "enrolment"
"""The meta key of the enrolment record (the same as :data:`fieldapp.store.remote.ENROLMENT`)."""


@dataclass(frozen=True)
class LaptopScope:
    """The laptop's role and the municipality codes its cases may come from."""

    role: str
    municipalities: tuple[str, ...]
    enrolled: bool

    @property
    def is_reviewer(self) -> bool:
        """Whether the role reviews cases (MOCR, supervisor, or an administrator)."""
        return is_reviewer(self.role)


def _meta(s: Session, key: str) -> Any:
    row = s.get(Meta, key)
    return row.value if row is not None else None


def scope_from(enrolment: Any, municipality: Any, slot_role: str | None) -> LaptopScope:
    """The scope given the enrolment record, the workspace municipality and the slot's role."""
    about = enrolment if isinstance(enrolment, dict) else {}
    role = about.get("role") if about else None
    if role in workflow.ROLES:
        codes = about.get("municipalities") or []
        return LaptopScope(str(role), tuple(str(c) for c in codes), True)
    own = (str(municipality),) if municipality else ()
    return LaptopScope(slot_role if slot_role in workflow.ROLES else workflow.OFFICER, own, bool(about))


def laptop_scope(s: Session, slot_role: str | None = None) -> LaptopScope:
    """Read the laptop's role and municipalities in session ``s``."""
    return scope_from(_meta(s, ENROLMENT), _meta(s, "municipality"), slot_role)


def is_reviewer(role: str) -> bool:
    """Whether ``role`` reviews, assigns and follows cases of its municipalities."""
    return role in (workflow.MOCR, workflow.SUPERVISOR, workflow.ADMIN)


def check_scope(actor: Actor, case_number: str, municipality: str,
                message_id: str = "review.out_of_scope") -> None:
    """Refuse a reviewer's act on a case outside the laptop's municipalities.

    A case of another municipality can reach a reviewer's laptop (an import, a file from a
    colleague); HQ would refuse the act, so the laptop refuses it first. An administrator
    enrolled without municipalities acts on any case.
    """
    codes = actor.municipalities
    if actor.role == workflow.ADMIN and not codes:
        return
    if municipality not in codes:
        raise UserError(message_id, case_number=case_number,
                        municipality=Message("review.municipality", {"code": municipality}),
                        municipalities=[Message("review.municipality", {"code": c}) for c in codes])
