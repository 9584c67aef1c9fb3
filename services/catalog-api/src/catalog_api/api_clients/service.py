"""API clients of a tenant: third-party systems using OAuth2 client credentials."""

from __future__ import annotations

import secrets
import uuid

from catalog_api.api_clients.models import ApiClient
from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.api_clients.schemas import ApiClientCreate
from catalog_api.auth.passwords import Passwords
from gongkai_kit.errors import Conflict, NotFound
from gongkai_kit.pagination import PageParams


class ApiClientService:
    def __init__(self, repository: ApiClientRepository, passwords: Passwords) -> None:
        self.repository = repository
        self.passwords = passwords

    async def list_page(self, page: PageParams) -> tuple[list[ApiClient], str | None]:
        return await self.repository.list_page(page)

    async def create(self, data: ApiClientCreate) -> tuple[ApiClient, str]:
        if await self.repository.get_by_name(data.name) is not None:
            raise Conflict(f"名称“{data.name}”已存在")
        secret = secrets.token_urlsafe(32)
        client = ApiClient(
            client_id=f"{self.repository.tenant_id}.{secrets.token_hex(8)}",
            name=data.name,
            secret_hash=self.passwords.hash(secret),
            scopes=sorted({s.value for s in data.scopes}),
            active=True,
        )
        return await self.repository.add(client), secret

    async def revoke(self, api_client_id: uuid.UUID) -> None:
        client = await self.repository.get(api_client_id)
        if client is None:
            raise NotFound("接口客户端不存在")
        client.active = False
        await self.repository.flush()
