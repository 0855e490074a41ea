"""Creating and looking up users and their scope."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.domain import workflow
from fieldapp.domain.reference import shipped
from sync.server.audit.service import now_iso
from sync.server.errors import ApiError, conflict, invalid
from sync.server.reference import service as reference
from sync.server.scope import Actor
from sync.server.users.models import User, UserMunicipality


def create_user(*, session: Session, name: str, role: str, municipalities: list[str]) -> User:
    """Add a user; everyone but an admin must be bound to at least one municipality."""
    name = (name or "").strip()
    if not name or len(name) > 100 or any(ord(c) < 32 for c in name):
        raise invalid("hq.user.bad_name")
    if role not in workflow.ROLES:
        raise invalid("hq.user.bad_role", role=role, roles=list(workflow.ROLES))
    known = shipped().municipalities
    bad = [m for m in municipalities if m not in known]
    if bad:
        raise invalid("hq.user.bad_municipality", municipality=bad[0])
    if role != workflow.ADMIN and not municipalities:
        raise invalid("hq.user.needs_municipality", role=role)
    if session.execute(select(User.id).where(User.name == name)).first():
        raise conflict("hq.user.exists", name=name)
    user = User(name=name, role=role, created_at=now_iso(), disabled=False)
    session.add(user)
    session.flush()
    for m in sorted(set(municipalities)):
        session.add(UserMunicipality(user_id=user.id, municipality=m))
    if role == workflow.OFFICER:
        # Reviewers' laptops learn of the new officer on their next pull.
        reference.officers_changed(session=session)
    return user


def municipalities_of(*, session: Session, user_id: int) -> list[str]:
    """The municipalities a user works in."""
    return list(session.execute(select(UserMunicipality.municipality)
                                .where(UserMunicipality.user_id == user_id)
                                .order_by(UserMunicipality.municipality)).scalars())


def actor_for(*, session: Session, name: str, device_id: str | None = None) -> Actor:
    """The :class:`Actor` of user ``name``; 404 when there is no such active user."""
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None or user.disabled:
        raise ApiError(404, "not_found", "hq.user.no_active", name=name)
    return Actor(user.name, user.role,
                 frozenset(municipalities_of(session=session, user_id=user.id)), device_id)


def list_users(*, session: Session) -> list[dict[str, object]]:
    """Every user with role and municipalities."""
    users = session.execute(select(User).order_by(User.name)).scalars().all()
    return [{"name": u.name, "role": u.role, "disabled": u.disabled,
             "municipalities": municipalities_of(session=session, user_id=u.id)} for u in users]


def require_user(*, session: Session, name: str) -> User:
    """The user ``name`` or 404."""
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        raise ApiError(404, "not_found", "hq.user.unknown", name=name)
    return user
