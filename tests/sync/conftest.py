"""Fixtures for in-process HQ tests: the real app on a fresh SQLite database, enrolled devices."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.protocol.encoding import b64e, encode_json
from sync.protocol.signing import raw_public, sign_request


@dataclass
class FakeDevice:
    """A device identity (keys and id) talking to the in-process app."""

    device_id: str
    user: str
    key: Ed25519PrivateKey
    enc: X25519PrivateKey

    def headers(self, method: str, path: str, body: bytes, query: str = "", **kw: Any) -> dict[str, str]:
        """Signed headers for one request."""
        return sign_request(self.key, method=method, path=path, query=query,
                            device_id=self.device_id, body=body, **kw).as_dict()


class InProcessHq:
    """The HQ app over a temporary SQLite database, driven with Starlette's TestClient."""

    def __init__(self, root: Path):
        from fastapi.testclient import TestClient

        from sync.server import migrate
        from sync.server.app import create_app
        from sync.server.config import DataDir
        from sync.server.db import Database

        self.data = DataDir(root)
        self.keys = self.data.create(None)
        self.db = Database(self.data.db_url(None))
        migrate.upgrade(self.db.engine)
        self.app = create_app(database=self.db, keys=self.keys)
        self.client = TestClient(self.app, raise_server_exceptions=False)

    def user(self, role: str, *munis: str) -> str:
        """Add a user; returns the name."""
        from sync.server.users.service import create_user

        name = f"{role} {uuid.uuid4().hex[:6]}"
        with self.db.write() as s:
            create_user(session=s, name=name, role=role, municipalities=list(munis))
        return name

    def device(self, user: str) -> FakeDevice:
        """Enrol a new device for ``user``."""
        from sync.protocol.messages import EnrolRequest
        from sync.server.devices.service import enrol, issue_code

        key, enc = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        with self.db.write() as s:
            code = issue_code(session=s, user_name=user, ttl=dt.timedelta(hours=1)).code
        with self.db.write() as s:
            answer = enrol(session=s, keys=self.keys, request=EnrolRequest(
                code=code, sign_key=b64e(raw_public(key.public_key())),
                enc_key=b64e(raw_public(enc.public_key())), device_short_id="TEST",
                workspace_id=str(uuid.uuid4())))
        return FakeDevice(answer.device_id, user, key, enc)

    def call(self, dev: FakeDevice, method: str, path: str, body: Any = None, *, query: str = "",
             raw: bytes | None = None) -> Any:
        """A signed request; ``body`` is sent as zstd canonical JSON, ``raw`` as is."""
        data = raw if raw is not None else (encode_json(body) if body is not None else b"")
        headers = dev.headers(method, path, data, query)
        if raw is None and body is not None:
            headers["Content-Encoding"] = "zstd"
        return self.client.request(method, path + (f"?{query}" if query else ""), content=data,
                                   headers=headers)

    def fingerprint(self) -> str:
        """A hash of every row of every table."""
        import hashlib

        from sqlalchemy import text

        from sync.server.models import Base

        h = hashlib.sha256()
        with self.db.read() as s:
            for table in sorted(Base.metadata.tables):
                for row in s.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                    h.update(repr(tuple(row)).encode())
        return h.hexdigest()

    def close(self) -> None:
        """Release the database."""
        self.client.close()
        self.db.dispose()


@pytest.fixture(scope="module")
def app_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcessHq]:
    """An in-process HQ for the module."""
    hq = InProcessHq(tmp_path_factory.mktemp("hq-app"))
    yield hq
    hq.close()
