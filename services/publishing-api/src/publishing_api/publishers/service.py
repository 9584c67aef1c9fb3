"""Publishers of a tenant: its active org units, as registered in catalog-api."""

from __future__ import annotations

from publishing_api.clients.catalog import CatalogClient
from publishing_api.publishers.schemas import Publisher


class PublisherService:
    def __init__(self, catalog: CatalogClient) -> None:
        self.catalog = catalog

    async def list_for_tenant(self, tenant_id: str, *, token: str) -> list[Publisher]:
        units = await self.catalog.org_units(tenant_id, token=token)
        return [Publisher(org_unit_id=u.id, name=u.name, kind=u.kind) for u in units if u.active]
