from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, ForeignKeyConstraint, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.models import Base
from gongkai_kit.db import TenantScoped, Timestamped, new_id
from gongkai_kit.outbox import OutboxMessageMixin


class Webhook(TenantScoped, Timestamped, Base):
    """A URL of an API client's system notified of events of its tenant (signed with ``secret``).

    The secret is kept in clear because every delivery is signed with it; it is shown once.
    """

    __tablename__ = "webhooks"
    __audited__ = True
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "api_client_id"], ["api_clients.tenant_id", "api_clients.id"], ondelete="CASCADE"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    api_client_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    url: Mapped[str] = mapped_column(String(500))
    secret: Mapped[str] = mapped_column(String(100))
    events: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OutboxMessage(OutboxMessageMixin, Base):
    """An event waiting to be delivered to one webhook."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_due", "status", "available_at"),)
