"""Handling units of a tenant: the active org units registered in catalog-api."""

from __future__ import annotations

from interaction_api.clients.catalog import CatalogClient
from interaction_api.handling_units.schemas import HandlingUnit


class HandlingUnitService:
    def __init__(self, catalog: CatalogClient) -> None:
        self.catalog = catalog

    async def list_for_tenant(self, tenant_id: str, *, token: str) -> list[HandlingUnit]:
        units = await self.catalog.active_org_units(tenant_id, token=token)
        return [HandlingUnit(org_unit_id=u.id, name=u.name) for u in units]
