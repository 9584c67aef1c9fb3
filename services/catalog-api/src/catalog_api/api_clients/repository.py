from __future__ import annotations

from catalog_api.api_clients.models import ApiClient
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import TenantRepository


class ApiClientRepository(TenantRepository[ApiClient]):
    model = ApiClient

    async def list_page(self, page: PageParams) -> tuple[list[ApiClient], str | None]:
        return await paginate(self.session, self.select(), [ApiClient.name, ApiClient.id], page)

    async def get_by_client_id(self, client_id: str) -> ApiClient | None:
        client: ApiClient | None = await self.session.scalar(self.select().where(ApiClient.client_id == client_id))
        return client

    async def get_by_name(self, name: str) -> ApiClient | None:
        client: ApiClient | None = await self.session.scalar(self.select().where(ApiClient.name == name))
        return client
