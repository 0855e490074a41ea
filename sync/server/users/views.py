"""``/users``: user administration over the API (admins)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from sync.server.deps import AdminActor, Body, Db, parse, reply, require_empty
from sync.server.openapi import ERRORS, body_doc
from sync.server.users import service

router = APIRouter(prefix="/users", tags=["users"])


class UserIn(BaseModel):
    """A new user."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    role: str = Field(max_length=20)
    municipalities: list[str] = Field(default_factory=list, max_length=38)


class UserOut(BaseModel):
    """A user and their scope."""

    name: str
    role: str
    disabled: bool
    municipalities: list[str]


@router.get("", response_model=list[UserOut], responses=ERRORS, operation_id="list_users")
def list_users(request: Request, actor: AdminActor, body: Body, database: Db) -> Response:
    """Every user (admins)."""
    require_empty(body)
    with database.read() as session:
        return reply(request, [UserOut.model_validate(u) for u in service.list_users(session=session)])


@router.post("", response_model=UserOut, responses=ERRORS, operation_id="create_user",
             status_code=201, openapi_extra=body_doc(UserIn))
def create_user(request: Request, actor: AdminActor, body: Body, database: Db) -> Response:
    """Add a user bound to municipalities (admins)."""
    req = parse(UserIn, body, request)

    def work(session: Session) -> UserOut:
        user = service.create_user(session=session, name=req.name, role=req.role,
                                   municipalities=req.municipalities)
        return UserOut(name=user.name, role=user.role, disabled=False,
                       municipalities=sorted(set(req.municipalities)))

    return reply(request, database.run_write(work), 201)
