from __future__ import annotations

from sqlalchemy import ColumnElement, select, true

from catalog_api.tenants.models import Tenant
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import Repository


class TenantRepository(Repository[Tenant]):
    model = Tenant

    async def get(self, tenant_id: str) -> Tenant | None:
        return await self.session.get(Tenant, tenant_id)

    async def get_by_name(self, name: str) -> Tenant | None:
        return await self.session.scalar(select(Tenant).where(Tenant.name == name))

    async def list_page(
        self, page: PageParams, *, visible: ColumnElement[bool] | None = None, active_only: bool = False
    ) -> tuple[list[Tenant], str | None]:
        stmt = select(Tenant).where(visible if visible is not None else true())
        if active_only:
            stmt = stmt.where(Tenant.active.is_(True))
        return await paginate(self.session, stmt, [Tenant.id], page)

    @staticmethod
    def within(prefix: str) -> ColumnElement[bool]:
        return Tenant.id.startswith(prefix)

    @staticmethod
    def only(tenant_id: str) -> ColumnElement[bool]:
        return Tenant.id == tenant_id
