"""Typed client for the parts of catalog-api that publishing-api uses."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from gongkai_kit.auth import JWKS_PATH
from gongkai_kit.http import ServiceClient
from gongkai_kit.pagination import Page

BASE = "/api/catalog/v1"


class OrgUnit(BaseModel):
    id: str
    tenant_id: str
    name: str
    kind: str
    sort_order: int
    active: bool


class PublicTenant(BaseModel):
    id: str
    name: str
    level: Literal["county", "township"]
    parent_tenant_id: str | None


class PublicOrgUnit(BaseModel):
    name: str
    kind: str


class PublicTenantDetail(PublicTenant):
    org_units: list[PublicOrgUnit]


class CatalogClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def jwks(self) -> dict[str, Any]:
        return await self.http.get_json(JWKS_PATH, dict[str, Any])

    async def org_units(self, tenant_id: str, *, token: str) -> list[OrgUnit]:
        """Every org unit of the tenant, following the cursor (a tenant has at most a few hundred)."""
        units: list[OrgUnit] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
            page = await self.http.get_json(
                f"{BASE}/tenants/{tenant_id}/org-units", Page[OrgUnit], token=token, params=params
            )
            units.extend(page.items)
            if page.next_cursor is None:
                return units
            cursor = page.next_cursor

    async def public_tenants(self) -> list[PublicTenant]:
        tenants: list[PublicTenant] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
            page = await self.http.get_json(f"{BASE}/public/tenants", Page[PublicTenant], params=params)
            tenants.extend(page.items)
            if page.next_cursor is None:
                return tenants
            cursor = page.next_cursor

    async def public_tenant(self, tenant_id: str) -> PublicTenantDetail:
        return await self.http.get_json(f"{BASE}/public/tenants/{tenant_id}", PublicTenantDetail)
