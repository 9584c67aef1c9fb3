"""What the public portal shows, gathered from catalog-api's public endpoints."""

from __future__ import annotations

from dataclasses import dataclass, field

from publishing_api.clients.catalog import CatalogClient, PublicTenant, PublicTenantDetail

LEVEL_LABELS = {"county": "县级", "township": "乡级"}
KIND_LABELS = {"office": "办公室", "department": "工作部门", "township": "乡镇（街道）", "other": "其他"}


@dataclass
class TenantNode:
    tenant: PublicTenant
    children: list[PublicTenant] = field(default_factory=list)


class PortalService:
    def __init__(self, catalog: CatalogClient) -> None:
        self.catalog = catalog

    async def directory(self) -> list[TenantNode]:
        """Counties with their townships beneath them, in code order."""
        tenants = await self.catalog.public_tenants()
        nodes = {t.id: TenantNode(t) for t in tenants if t.parent_tenant_id is None}
        orphans: list[TenantNode] = []
        for tenant in tenants:
            if tenant.parent_tenant_id is None:
                continue
            parent = nodes.get(tenant.parent_tenant_id)
            if parent is None:
                orphans.append(TenantNode(tenant))
            else:
                parent.children.append(tenant)
        return sorted([*nodes.values(), *orphans], key=lambda n: n.tenant.id)

    async def site(self, tenant_id: str) -> tuple[PublicTenantDetail, list[PublicTenant]]:
        detail = await self.catalog.public_tenant(tenant_id)
        townships = [t for t in await self.catalog.public_tenants() if t.parent_tenant_id == tenant_id]
        return detail, townships
