"""Delivery of queued webhook events: the outbox worker's handler."""

from __future__ import annotations

import json
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from catalog_api.webhooks.models import OutboxMessage, Webhook
from gongkai_kit.http import WebhookSender


class WebhookDelivery:
    def __init__(self, sender: WebhookSender) -> None:
        self.sender = sender

    async def __call__(self, message: OutboxMessage, session: AsyncSession) -> None:
        webhook = await session.get(Webhook, (message.tenant_id, uuid.UUID(message.payload["webhook_id"])))
        if webhook is None or not webhook.active:
            return  # nothing to deliver to any more: the message is done
        body = json.dumps(message.payload["body"], ensure_ascii=False, separators=(",", ":")).encode()
        await self.sender.send(
            webhook.url, secret=webhook.secret, event=message.topic, delivery_id=str(message.id), body=body
        )
