"""Async engine, per-request session and the declarative conventions of every service.

The framework owns the transaction: one session per request, committed when the endpoint
returns and rolled back when it raises; services and repositories only ``flush``. The session
dependency is function-scoped, so the connection goes back to the pool before the response
is serialised and sent.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, String, event, text
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_metadata() -> MetaData:
    """A MetaData with the shared naming convention (one per service)."""
    return MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class TenantScoped:
    """Mixin of every tenant-scoped table: ``tenant_id`` leads the primary key.

    The tenant id is the tenant's 12-digit statistical division code. Keeping it in every
    primary key, unique constraint and foreign key lets PostgreSQL be distributed by tenant
    (Citus) later; ``tests`` check the rule on the metadata of every service.
    """

    __tenant_scoped__ = True

    tenant_id: Mapped[str] = mapped_column(String(12), primary_key=True, sort_order=-100)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, sort_order=90)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, sort_order=91)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, emit BEGIN so SAVEPOINTs work (used by tests).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


# JSON columns are decoded on every row read: orjson is several times faster than the stdlib.
JSON_CODEC: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}


def create_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, echo=echo, **JSON_CODEC)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
        return engine
    return create_async_engine(
        url,
        echo=echo,
        **JSON_CODEC,
        # A fixed pool: overflow connections would be opened and closed under every burst,
        # and a new PostgreSQL connection costs far more than waiting for a free one.
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=10,
        pool_pre_ping=False,
        # Every session ends its own transaction (commit or rollback), so the pool does not
        # need to send a ROLLBACK on each release.
        pool_reset_on_return=None,
    )


class Database:
    """The engine of one service and the factory of its sessions."""

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = url
        self.engine = create_engine(url, pool_size=pool_size, echo=echo)
        self.sessionmaker: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self.engine, expire_on_commit=False, autoflush=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()


def database_of(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


# Dependencies are coroutines: FastAPI runs plain ``def`` dependencies in a thread pool, a
# thread hand-off on every request for nothing.
async def get_database(request: Request) -> Database:
    return database_of(request)


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with database_of(request).sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


SessionDep = Annotated[AsyncSession, Depends(_request_session, scope="function")]
DatabaseDep = Annotated[Database, Depends(get_database)]
