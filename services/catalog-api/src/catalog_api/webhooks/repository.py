from __future__ import annotations

import uuid

from sqlalchemy import select

from catalog_api.webhooks.models import OutboxMessage, Webhook
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import TenantRepository


class WebhookRepository(TenantRepository[Webhook]):
    model = Webhook

    async def list_page(self, page: PageParams) -> tuple[list[Webhook], str | None]:
        return await paginate(self.session, self.select(), [Webhook.created_at, Webhook.id], page)

    async def subscribed(self, event: str) -> list[Webhook]:
        rows = await self.session.scalars(self.select().where(Webhook.active.is_(True)))
        return [w for w in rows if event in w.events]

    async def enqueue(self, message: OutboxMessage) -> None:
        message.tenant_id = self.tenant_id
        self.session.add(message)
        await self.session.flush()

    async def deliveries(self, webhook_id: uuid.UUID, page: PageParams) -> tuple[list[OutboxMessage], str | None]:
        stmt = select(OutboxMessage).where(
            OutboxMessage.tenant_id == self.tenant_id,
            OutboxMessage.payload["webhook_id"].as_string() == str(webhook_id),
        )
        return await paginate(self.session, stmt, [OutboxMessage.created_at, OutboxMessage.id], page)
