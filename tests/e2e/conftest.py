"""End-to-end fixtures: one real HQ server process per backend (SQLite, PostgreSQL) per session.

Tests share the server and make their own users and devices (names are unique), so several
scenarios run against one process, which keeps the suite fast on a small machine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.support import HqServer, running_hq


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def hq(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqServer]:
    """A serving HQ over HTTPS on loopback; PostgreSQL runs skip when it is not reachable."""
    with running_hq(tmp_path_factory.mktemp(f"hq-{request.param}"), request.param) as server:
        yield server


@pytest.fixture(scope="session")
def hq_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqServer]:
    """A serving HQ on SQLite only (for scenarios that do not depend on the database)."""
    with running_hq(tmp_path_factory.mktemp("hq-sqlite-only"), "sqlite") as server:
        yield server
