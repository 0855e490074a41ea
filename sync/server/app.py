"""The HQ FastAPI application.

:func:`create_app` takes everything it needs (database, keys) as arguments, so the same app
runs under uvicorn, in several workers sharing one PostgreSQL, and in tests. No request leaves
state behind in the process: authentication, scope and results all come from the database.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from fieldapp import __version__
from fieldapp.messages import Message, render
from sync.protocol.messages import ErrorOut
from sync.server.access_log import AccessLog
from sync.server.audit.service import now_iso
from sync.server.cases.views import router as cases_router
from sync.server.config import HqKeys
from sync.server.conflicts.views import router as conflicts_router
from sync.server.db import Database
from sync.server.devices.views import router as devices_router
from sync.server.errors import ApiError
from sync.server.openapi import install
from sync.server.pull.views import router as pull_router
from sync.server.push.views import router as push_router
from sync.server.review.views import router as review_router
from sync.server.users.views import router as users_router

log = logging.getLogger("sync.server")


class Health(BaseModel):
    """``GET /health``: the server answers and its database is reachable."""

    status: str
    version: str
    time: str


def _error(status: int, code: str, message: Message, *, wipe: bool = False) -> JSONResponse:
    # The English text for devices that predate message ids; id and params for the rest.
    body = ErrorOut(error=code, message=render(message, "en"), id=message.id,
                    params=message.to_json()["params"], wipe=wipe, hq_time=now_iso())
    return JSONResponse(body.model_dump(), status_code=status)


def _http_message(status: int, detail: str) -> Message:
    """Starlette's own refusals (no such route, wrong method) as messages."""
    if status == 404 and detail == "Not Found":
        return Message("hq.http.not_found")
    if status == 405 and detail == "Method Not Allowed":
        return Message("hq.http.method_not_allowed")
    return Message("hq.detail", {"text": detail})


def create_app(*, database: Database, keys: HqKeys) -> FastAPI:
    """The HQ app bound to ``database`` and ``keys``."""
    app = FastAPI(title="FieldApp HQ", version=__version__,
                  description="Sync, review and administration API of FieldApp headquarters. "
                              "Device requests are signed with the device's Ed25519 key "
                              "(X-FieldApp-Device, X-FieldApp-Time, X-FieldApp-Signature).",
                  docs_url=None, redoc_url=None)
    app.state.db = database
    app.state.keys = keys

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, wipe=exc.wipe)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())) or "request"
        return _error(422, "invalid", Message("hq.request.not_valid",
                                              {"where": where, "detail": str(first.get("msg", "invalid"))}))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http", _http_message(exc.status_code, str(exc.detail)))

    @app.exception_handler(OperationalError)
    async def _db_down(_request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        return _error(503, "unavailable", Message("hq.db.unavailable"))

    @app.exception_handler(DBAPIError)
    async def _db_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        log.error("database error: %s", type(exc.orig).__name__)
        return _error(503, "unavailable", Message("hq.db.failed"))

    @app.get("/health", response_model=Health, tags=["health"], operation_id="health")
    def health() -> Health:
        """Answers without authentication: the server is up and reaches its database."""
        from sqlalchemy import text

        with database.read() as s:
            s.execute(text("SELECT 1"))
        return Health(status="ok", version=__version__, time=now_iso())

    for router in (devices_router, users_router, push_router, pull_router, cases_router,
                   review_router, conflicts_router):
        app.include_router(router)
    install(app)
    # One line per request that names no person (sync.server.access_log).
    app.add_middleware(AccessLog)
    return app
