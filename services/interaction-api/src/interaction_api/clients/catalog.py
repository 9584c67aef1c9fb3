"""Typed client for the parts of catalog-api that interaction-api uses."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from gongkai_kit.auth import JWKS_PATH
from gongkai_kit.http import ServiceClient
from gongkai_kit.pagination import Page

BASE = "/api/catalog/v1"


class OrgUnit(BaseModel):
    id: str
    name: str
    kind: str
    active: bool


class CatalogClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def jwks(self) -> dict[str, Any]:
        return await self.http.get_json(JWKS_PATH, dict[str, Any])

    async def active_org_units(self, tenant_id: str, *, token: str) -> list[OrgUnit]:
        units: list[OrgUnit] = []
        params: dict[str, Any] = {"limit": 200, "active_only": "true"}
        while True:
            page = await self.http.get_json(
                f"{BASE}/tenants/{tenant_id}/org-units", Page[OrgUnit], token=token, params=params
            )
            units.extend(page.items)
            if page.next_cursor is None:
                return units
            params["cursor"] = page.next_cursor
