"""Webhooks of a tenant's API clients, and the events they are sent (through the outbox)."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.webhooks.models import OutboxMessage, Webhook
from catalog_api.webhooks.repository import WebhookRepository
from catalog_api.webhooks.schemas import Event, WebhookCreate
from gongkai_kit.db import utcnow
from gongkai_kit.errors import InvalidInput, NotFound
from gongkai_kit.pagination import PageParams


class WebhookService:
    def __init__(self, webhooks: WebhookRepository, api_clients: ApiClientRepository, *, require_https: bool) -> None:
        self.webhooks = webhooks
        self.api_clients = api_clients
        self.require_https = require_https

    async def list_page(self, page: PageParams) -> tuple[list[Webhook], str | None]:
        return await self.webhooks.list_page(page)

    async def create(self, data: WebhookCreate) -> Webhook:
        client = await self.api_clients.get(data.api_client_id)
        if client is None or not client.active:
            raise InvalidInput("接口客户端不存在或已停用")
        if self.require_https and data.url.scheme != "https":
            raise InvalidInput("回调地址必须使用 https")
        return await self.webhooks.add(
            Webhook(
                api_client_id=client.id,
                url=str(data.url),
                secret=secrets.token_urlsafe(32),
                events=sorted({e.value for e in data.events}),
                active=True,
            )
        )

    async def deactivate(self, webhook_id: uuid.UUID) -> None:
        webhook = await self._get(webhook_id)
        webhook.active = False
        await self.webhooks.flush()

    async def deliveries(self, webhook_id: uuid.UUID, page: PageParams) -> tuple[list[OutboxMessage], str | None]:
        await self._get(webhook_id)
        return await self.webhooks.deliveries(webhook_id, page)

    async def emit(self, event: Event, data: dict[str, Any]) -> int:
        """Queue ``event`` for every subscribed webhook, in the caller's transaction."""
        hooks = await self.webhooks.subscribed(event.value)
        for hook in hooks:
            message_id = uuid.uuid4()
            await self.webhooks.enqueue(
                OutboxMessage(
                    id=message_id,
                    topic=event.value,
                    payload={
                        "webhook_id": str(hook.id),
                        "body": {
                            "id": str(message_id),
                            "event": event.value,
                            "tenant_id": self.webhooks.tenant_id,
                            "occurred_at": utcnow().isoformat(),
                            "data": data,
                        },
                    },
                )
            )
        return len(hooks)

    async def _get(self, webhook_id: uuid.UUID) -> Webhook:
        webhook = await self.webhooks.get(webhook_id)
        if webhook is None:
            raise NotFound("回调地址不存在")
        return webhook
