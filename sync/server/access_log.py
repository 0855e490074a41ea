"""HQ's access log: one line per request that names no person.

Each line holds the method, the path (the route's template, such as ``/cases/{case_id}``, so a
value typed into a path never reaches the log; a path that matches no route shows as ``/…``;
query values replaced by ``*``, since a search or a filter could hold a name), the status, the duration in milliseconds and the first eight
characters of the device id a request presented (``-`` for none). Bodies, headers and query
values are never logged. The log goes to ``serve --access-log FILE`` (or
``FIELDAPP_HQ_ACCESS_LOG``), else to standard error, where journald picks it up.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

ENV = "FIELDAPP_HQ_ACCESS_LOG"
DEVICE_HEADER = b"x-fieldapp-device"
log = logging.getLogger("sync.server.access")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _device(scope: Scope) -> str:
    for name, value in scope.get("headers") or ():
        if name == DEVICE_HEADER:
            short = value.decode("latin-1")[:8]
            return "".join(c for c in short if c.isalnum() or c == "-") or "-"
    return "-"


def safe_target(path: str, query: bytes | str, route: Any = None) -> str:
    """What the log shows of a request target.

    The route's template (or, when no route matched, ``/…``), then the query parameters the
    route declares, each value as ``*``; any other parameter is only counted (``+2``).
    """
    template = getattr(route, "path", None)
    shown = str(template) if template else ("/…" if path.strip("/") else "/")
    text = query.decode("latin-1") if isinstance(query, bytes) else query
    if not text:
        return shown
    declared = {str(getattr(f, "alias", "")) for f in
                getattr(getattr(route, "dependant", None), "query_params", None) or ()}
    keys = [k for k, _v in parse_qsl(text, keep_blank_values=True)]
    parts = [f"{k}=*" for k in keys if k in declared]
    other = sum(1 for k in keys if k not in declared)
    return shown + "?" + "&".join(parts + ([f"+{other}"] if other else []))


class AccessLog:
    """ASGI middleware that writes one line to the ``sync.server.access`` logger per request."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on and log it when the response has started."""
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def watch(message: MutableMapping[str, Any]) -> None:
            if message.get("type") == "http.response.start":
                status[0] = int(message.get("status", 500))
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if log.isEnabledFor(logging.INFO):
                ms = (time.perf_counter() - started) * 1000
                log.info("%s %s %d %.1fms device=%s", scope.get("method", "-"),
                         safe_target(str(scope.get("path", "")), scope.get("query_string", b""),
                                     scope.get("route")),
                         status[0], ms, _device(scope))


def configure(target: str | None = None) -> None:
    """Send the access log to ``target`` (a file, appended; ``-`` for standard error).

    Without ``target``: ``FIELDAPP_HQ_ACCESS_LOG``, else standard error. Idempotent per process.
    """
    target = target or os.environ.get(ENV) or "-"
    for h in list(log.handlers):
        log.removeHandler(h)
        h.close()
    handler: logging.Handler
    if target == "-":
        handler = logging.StreamHandler(sys.stderr)
    else:
        path = Path(target).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
        os.close(fd)
        handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
