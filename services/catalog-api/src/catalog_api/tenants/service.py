"""Tenants: counties and townships that use Gongkai; a township belongs to its county."""

from __future__ import annotations

from catalog_api.divisions.repository import DivisionRepository
from catalog_api.tenants.models import Tenant
from catalog_api.tenants.repository import TenantRepository
from catalog_api.tenants.schemas import TenantCreate, TenantUpdate
from gongkai_kit.auth import Principal, Role
from gongkai_kit.divisions import DivisionLevel, parent_code, significant_prefix
from gongkai_kit.errors import Conflict, InvalidInput, NotFound, StaleVersion
from gongkai_kit.pagination import PageParams

TENANT_LEVELS = {DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP}


class TenantService:
    def __init__(self, tenants: TenantRepository, divisions: DivisionRepository) -> None:
        self.tenants = tenants
        self.divisions = divisions

    async def get(self, tenant_id: str) -> Tenant:
        tenant = await self.tenants.get(tenant_id)
        if tenant is None:
            raise NotFound(f"租户单位 {tenant_id} 不存在")
        return tenant

    async def list_visible(self, principal: Principal, page: PageParams) -> tuple[list[Tenant], str | None]:
        if principal.is_platform_admin:
            return await self.tenants.list_page(page)
        if Role.SUPERVISOR in principal.roles and principal.division_code:
            return await self.tenants.list_page(
                page, visible=self.tenants.within(significant_prefix(principal.division_code))
            )
        if principal.tenant_id:
            return await self.tenants.list_page(page, visible=self.tenants.only(principal.tenant_id))
        return [], None

    async def list_public(self, page: PageParams) -> tuple[list[Tenant], str | None]:
        return await self.tenants.list_page(page, active_only=True)

    async def create(self, data: TenantCreate) -> Tenant:
        division = await self.divisions.get(data.division_code)
        if division is None:
            raise InvalidInput(f"行政区划 {data.division_code} 不存在，请先在区划管理中添加")
        level = DivisionLevel(division.level)
        if level not in TENANT_LEVELS:
            raise InvalidInput("只有县级（县、区、县级市、特区）和乡级（乡、镇、街道）可以开通为租户")
        if await self.tenants.get(division.code) is not None:
            raise Conflict(f"{division.name} 已开通")
        parent_tenant_id = None
        if level is DivisionLevel.TOWNSHIP:
            county = parent_code(division.code)
            if county is None or await self.tenants.get(county) is None:
                raise InvalidInput("所属县级单位尚未开通，请先开通县级租户")
            parent_tenant_id = county
        name = data.name or division.name
        if await self.tenants.get_by_name(name) is not None:
            raise Conflict(f"租户名称“{name}”已被使用")
        return await self.tenants.add(
            Tenant(id=division.code, name=name, level=level.value, parent_tenant_id=parent_tenant_id, active=True)
        )

    async def update(self, tenant_id: str, data: TenantUpdate) -> Tenant:
        tenant = await self.get(tenant_id)
        if tenant.version != data.version:
            raise StaleVersion()
        if data.name is not None and data.name != tenant.name:
            if await self.tenants.get_by_name(data.name) is not None:
                raise Conflict(f"租户名称“{data.name}”已被使用")
            tenant.name = data.name
        if data.active is not None:
            tenant.active = data.active
        await self.tenants.flush()
        return tenant
