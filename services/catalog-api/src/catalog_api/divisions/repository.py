from __future__ import annotations

from sqlalchemy import exists, select

from catalog_api.divisions.models import Division
from catalog_api.tenants.models import Tenant
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import Repository


class DivisionRepository(Repository[Division]):
    model = Division

    async def get(self, code: str) -> Division | None:
        return await self.session.get(Division, code)

    async def list_page(
        self, page: PageParams, *, parent_code: str | None, level: str | None, under: str | None
    ) -> tuple[list[Division], str | None]:
        stmt = select(Division)
        if parent_code is not None:
            stmt = stmt.where(Division.parent_code == parent_code)
        if level is not None:
            stmt = stmt.where(Division.level == level)
        if under is not None:
            stmt = stmt.where(Division.code.startswith(under))
        return await paginate(self.session, stmt, [Division.code], page)

    async def has_children(self, code: str) -> bool:
        return bool(await self.session.scalar(select(exists().where(Division.parent_code == code))))

    async def has_tenant(self, code: str) -> bool:
        return bool(await self.session.scalar(select(exists().where(Tenant.id == code))))
