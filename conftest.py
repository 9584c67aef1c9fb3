"""Fixtures shared by every test suite: the three services on real, migrated databases.

Each service gets a fresh database (SQLite file or PostgreSQL database, chosen by
``GONGKAI_TEST_DB``), migrated with its Alembic scripts and loaded with the demo registry once
per run; every test then runs inside a transaction that is rolled back.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from catalog_api.auth.service import user_claims
from catalog_api.config import MIGRATIONS_DIR as CATALOG_MIGRATIONS
from catalog_api.config import CatalogSettings
from catalog_api.main import create_app as create_catalog
from catalog_api.users.models import User
from gongkai_kit.http import asgi_transport
from gongkai_kit.testing import migrated_database, rolled_back
from interaction_api.config import MIGRATIONS_DIR as INTERACTION_MIGRATIONS
from interaction_api.config import InteractionSettings
from interaction_api.main import create_app as create_interaction
from publishing_api.config import MIGRATIONS_DIR as PUBLISHING_MIGRATIONS
from publishing_api.config import PublishingSettings
from publishing_api.main import create_app as create_publishing

BASE_URL = "http://testserver"
FAST_ARGON = {"password_time_cost": 1, "password_memory_kib": 8}


@pytest.fixture(scope="session")
async def catalog_app() -> AsyncIterator[FastAPI]:
    url = await migrated_database("catalog", CATALOG_MIGRATIONS)
    key = Path(tempfile.mkdtemp(prefix="gongkai-keys-")) / "jwt.pem"
    settings = CatalogSettings(
        database_url=url,
        environment="test",
        jwt_private_key_file=key,
        seed_demo=True,
        log_json=False,
        outbox_worker=False,  # tests run the worker by hand
        outbox_backoff_seconds=0,
        **FAST_ARGON,
    )
    app = create_catalog(settings)
    async with app.router.lifespan_context(app):
        yield app


async def _peer_app(name: str, create: Any, settings_class: Any, migrations: Path, catalog_app: FastAPI) -> FastAPI:
    """A service that calls catalog-api, wired to it in process."""
    settings = settings_class(
        database_url=await migrated_database(name, migrations),
        environment="test",
        catalog_api_url="http://catalog-api.internal",
        log_json=False,
    )
    app: FastAPI = create(settings, catalog_transport=asgi_transport(catalog_app))
    return app


@pytest.fixture(scope="session")
async def publishing_app(catalog_app: FastAPI) -> AsyncIterator[FastAPI]:
    app = await _peer_app("publishing", create_publishing, PublishingSettings, PUBLISHING_MIGRATIONS, catalog_app)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture(scope="session")
async def interaction_app(catalog_app: FastAPI) -> AsyncIterator[FastAPI]:
    app = await _peer_app("interaction", create_interaction, InteractionSettings, INTERACTION_MIGRATIONS, catalog_app)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture(scope="session")
async def demo_tokens(catalog_app: FastAPI) -> dict[str, str]:
    """An access token for every demo user, signed by catalog-api's key."""
    signer = catalog_app.state.signer
    async with catalog_app.state.database.sessionmaker() as session:
        users = (await session.scalars(select(User))).all()
    return {u.username: signer.issue_access_token(str(u.id), user_claims(u)) for u in users}


@pytest.fixture
def auth(demo_tokens: dict[str, str]) -> Callable[[str], dict[str, str]]:
    """``auth("nanming_admin")`` → the Authorization header of that demo user."""

    def header(username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {demo_tokens[username]}"}

    return header


@pytest.fixture
async def catalog(catalog_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with rolled_back(catalog_app), _client(catalog_app) as client:
        yield client


@pytest.fixture
async def services(
    catalog_app: FastAPI, publishing_app: FastAPI, interaction_app: FastAPI
) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """Clients of all three services, every database rolled back after the test."""
    async with AsyncExitStack() as stack:
        clients = {}
        for name, app in (("catalog", catalog_app), ("publishing", publishing_app), ("interaction", interaction_app)):
            await stack.enter_async_context(rolled_back(app))
            clients[name] = await stack.enter_async_context(_client(app))
        yield clients


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)
