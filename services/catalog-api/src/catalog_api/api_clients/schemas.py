from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Scope(StrEnum):
    """What an integration may do (OAuth2 scopes)."""

    CATALOG_READ = "catalog:read"  # 读取目录与标准
    RECORDS_READ = "records:read"  # 读取已发布信息
    RECORDS_WRITE = "records:write"  # 推送信息
    INTERACTION_READ = "interaction:read"  # 读取互动数据


SCOPE_LABELS: dict[Scope, str] = {
    Scope.CATALOG_READ: "读取目录与标准",
    Scope.RECORDS_READ: "读取已发布信息",
    Scope.RECORDS_WRITE: "推送信息",
    Scope.INTERACTION_READ: "读取互动数据",
}


class ApiClientOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    tenant_id: str
    client_id: str
    name: str
    scopes: list[Scope]
    active: bool
    last_used_at: datetime | None
    created_at: datetime


class ApiClientCreated(ApiClientOut):
    client_secret: str = Field(description="只在创建时返回一次，请妥善保存")


class ApiClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)
    scopes: list[Scope] = Field(min_length=1)
