"""Real servers for the sync tests: one per backend per session, one database per test."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL
from sync_servers import Server, ServerUnavailable, start

BACKENDS = ("postgresql", "mariadb")
_counter = itertools.count(1)
_servers: dict[str, Server | str] = {}


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _server(backend: str) -> Server:
    if backend not in _servers:
        try:
            _servers[backend] = start(backend)
        except ServerUnavailable as exc:
            _servers[backend] = str(exc)
        except Exception as exc:
            _servers[backend] = f"{backend}: could not start a test server: {exc}"
    found = _servers[backend]
    if isinstance(found, str):
        if _in_ci():
            pytest.fail(f"CI=true and no {backend} server: {found}")
        pytest.skip(found)
    return found


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    for server in _servers.values():
        if isinstance(server, Server):
            server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server(backend: str) -> Server:
    return _server(backend)


@pytest.fixture
def server_db(server: Server) -> Iterator[URL]:
    """A fresh, empty database on the test server (the URL of its superuser)."""
    name = f"crmt{os.getpid()}x{next(_counter)}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)
