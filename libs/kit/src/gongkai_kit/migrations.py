"""Alembic plumbing shared by every service's ``migrations/env.py`` and ``migrate`` command."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic import command, context
from alembic.config import Config
from sqlalchemy import Connection, MetaData, text
from sqlalchemy.ext.asyncio import AsyncEngine

from gongkai_kit.db import create_engine


def alembic_config(script_location: Path, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _configure_and_run(connection: Connection, metadata: MetaData) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_env(metadata: MetaData) -> None:
    """Body of every service's ``env.py``: online migrations, on a given connection or URL."""
    config = context.config
    connection: Connection | None = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection, metadata)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: pass one with alembic_config(url=...)")

    async def run() -> None:
        engine = create_engine(url)
        async with engine.begin() as conn:
            await conn.run_sync(_configure_and_run, metadata)
        await engine.dispose()

    asyncio.run(run())


def _upgrade(connection: Connection, script_location: Path, revision: str) -> None:
    cfg = alembic_config(script_location)
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


# Any fixed number: replicas starting together take turns instead of migrating at once.
MIGRATION_LOCK_ID = 0x60A6_0A1


async def upgrade(engine: AsyncEngine, script_location: Path, revision: str = "head") -> None:
    """Apply migrations on ``engine`` inside one transaction (PostgreSQL DDL is transactional).

    On PostgreSQL a transaction-scoped advisory lock serialises concurrent migrators (several
    pods starting at once); the second one finds the schema at head and does nothing.
    """
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            await conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        await conn.run_sync(_upgrade, script_location, revision)


def compare_with_models(connection: Connection, metadata: MetaData) -> list[Any]:
    """Differences autogenerate would write between the database and the models (empty = in sync)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    ctx = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "compare_server_default": True, "target_metadata": metadata},
    )
    diff: list[Any] = compare_metadata(ctx, metadata)
    return diff
