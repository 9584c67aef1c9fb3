from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field


class Event(StrEnum):
    CATALOG_VERSION_PUBLISHED = "catalog.version.published"  # 目录新版本发布


class WebhookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    tenant_id: str
    api_client_id: uuid.UUID
    url: str
    events: list[Event]
    active: bool
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="签名密钥，只在创建时返回一次")


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    api_client_id: uuid.UUID
    url: AnyHttpUrl
    events: list[Event] = Field(min_length=1)


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    topic: str
    status: str
    attempts: int
    created_at: datetime
    available_at: datetime
    delivered_at: datetime | None
    last_error: str
