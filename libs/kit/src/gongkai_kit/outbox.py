"""Transactional outbox: events that must not be lost are written in the same transaction as
the change that caused them, then delivered by a worker with retries.

Each service declares its outbox table with ``OutboxMessageMixin`` (tenant-scoped). The worker
claims due messages with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so any number of replicas
can work the same table; on SQLite (one process) it claims them without locking.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Integer, String, Text, Uuid, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from gongkai_kit.db import TenantScoped, UTCDateTime, new_id, utcnow

logger = logging.getLogger("gongkai.outbox")


class OutboxMessageMixin(TenantScoped):
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    topic: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    available_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")


class DeliveryFailed(Exception):
    """Raised by a handler when the message should be retried later."""


# Called with the claimed message and the session it was claimed in (to read related rows).
Handler = Callable[[Any, AsyncSession], Awaitable[None]]


def backoff(attempt: int, base: float) -> timedelta:
    """Exponential: base, 2·base, 4·base … capped at one hour."""
    return timedelta(seconds=min(base * 2 ** (attempt - 1), 3600))


class OutboxWorker:
    def __init__(
        self,
        sessionmaker: Callable[[], async_sessionmaker[AsyncSession]],
        model: type[OutboxMessageMixin],
        handler: Handler,
        *,
        batch_size: int = 20,
        max_attempts: int = 8,
        backoff_seconds: float = 30,
        poll_seconds: float = 2,
    ) -> None:
        # A callable, so tests that rebind the app's sessionmaker are followed.
        self._sessionmaker = sessionmaker
        self._model = model
        self._handler = handler
        self._batch = batch_size
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self._poll = poll_seconds

    async def run_once(self) -> int:
        """Deliver the messages that are due; returns how many were attempted."""
        model: Any = self._model
        async with self._sessionmaker()() as session, session.begin():
            stmt = (
                select(model)
                .where(model.status == "pending", model.available_at <= utcnow())
                .order_by(model.available_at)
                .limit(self._batch)
            )
            if session.bind is not None and session.bind.dialect.name == "postgresql":
                stmt = stmt.with_for_update(skip_locked=True)
            messages = list((await session.scalars(stmt)).all())
            for message in messages:
                await self._deliver(message, session)
        return len(messages)

    async def _deliver(self, message: OutboxMessageMixin, session: AsyncSession) -> None:
        message.attempts += 1
        try:
            await self._handler(message, session)
        except Exception as exc:  # any failure is retried, then parked as failed
            message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if message.attempts >= self._max_attempts:
                message.status = "failed"
                logger.error("outbox message %s failed for good: %s", message.id, message.last_error)
            else:
                message.available_at = utcnow() + backoff(message.attempts, self._backoff)
            return
        message.status = "delivered"
        message.delivered_at = utcnow()
        message.last_error = ""

    async def run_forever(self) -> None:
        while True:
            try:
                attempted = await self.run_once()
            except Exception:
                logger.exception("outbox poll failed")
                attempted = 0
            if attempted < self._batch:
                await asyncio.sleep(self._poll)
