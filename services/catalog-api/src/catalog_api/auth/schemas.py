from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gongkai_kit.auth import Role


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=128)


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str = Field(min_length=10, max_length=200)


class TokenPair(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="访问令牌有效秒数")
    refresh_token: str


class ClientToken(BaseModel):
    """OAuth2 client-credentials token response (RFC 6749 §5.1)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    scope: str


class MeTenant(BaseModel):
    id: str
    name: str
    division_code: str
    level: Literal["county", "township"]


class Me(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    tenant: MeTenant | None
    org_unit_id: uuid.UUID | None
    division_code: str | None
