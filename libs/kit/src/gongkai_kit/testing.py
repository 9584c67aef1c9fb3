"""Test fixtures shared by every service: real databases, migrated, each test rolled back.

``GONGKAI_TEST_DB`` chooses the backend: ``sqlite`` (default, a fresh file per run) or
``postgresql`` (a fresh database per service on ``GONGKAI_TEST_PG_URL``, default
``postgresql+asyncpg://postgres@127.0.0.1:5432``). When PostgreSQL is asked for and cannot
be reached the run fails; it never silently falls back.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker, create_async_engine

from gongkai_kit.db import Database, create_engine
from gongkai_kit.migrations import upgrade

DEFAULT_PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432"


def backend() -> str:
    value = os.environ.get("GONGKAI_TEST_DB", "sqlite").lower()
    if value not in {"sqlite", "postgresql"}:
        raise RuntimeError(f"GONGKAI_TEST_DB must be sqlite or postgresql, not {value!r}")
    return value


async def fresh_database(name: str) -> str:
    """Create an empty database named after ``name`` and return its SQLAlchemy URL."""
    if backend() == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix=f"gongkai-{name}-"))
        return f"sqlite+aiosqlite:///{folder / (name + '.sqlite')}"
    base = os.environ.get("GONGKAI_TEST_PG_URL", DEFAULT_PG_URL).rstrip("/")
    database = f"gongkai_test_{name}".replace("-", "_")
    admin = create_async_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{database}"'))
    except OSError as exc:
        raise RuntimeError(f"PostgreSQL is not reachable at {base}: {exc}") from exc
    finally:
        await admin.dispose()
    return f"{base}/{database}"


async def migrated_database(name: str, migrations_dir: Path) -> str:
    url = await fresh_database(name)
    engine = create_engine(url)
    try:
        await upgrade(engine, migrations_dir)
    finally:
        await engine.dispose()
    return url


@asynccontextmanager
async def rolled_back(app: Any) -> AsyncIterator[AsyncConnection]:
    """Bind every session of ``app`` to one connection whose transaction is rolled back at the end.

    Request sessions commit into SAVEPOINTs, so a test sees its own writes, and a failed
    request rolls back to its savepoint exactly as it would roll back in production.
    """
    database: Database = app.state.database
    original = database.sessionmaker
    async with database.engine.connect() as connection:
        transaction = await connection.begin()
        database.sessionmaker = async_sessionmaker(
            bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
        )
        try:
            yield connection
        finally:
            database.sessionmaker = original
            if transaction.is_active:
                await transaction.rollback()
