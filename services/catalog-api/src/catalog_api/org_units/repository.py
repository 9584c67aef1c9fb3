from __future__ import annotations

import uuid

from sqlalchemy import exists, select

from catalog_api.org_units.models import OrgUnit
from catalog_api.users.models import User
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import TenantRepository


class OrgUnitRepository(TenantRepository[OrgUnit]):
    model = OrgUnit

    async def list_page(self, page: PageParams, *, active_only: bool = False) -> tuple[list[OrgUnit], str | None]:
        stmt = self.select()
        if active_only:
            stmt = stmt.where(OrgUnit.active.is_(True))
        return await paginate(self.session, stmt, [OrgUnit.sort_order, OrgUnit.name, OrgUnit.id], page)

    async def get_by_name(self, name: str) -> OrgUnit | None:
        unit: OrgUnit | None = await self.session.scalar(self.select().where(OrgUnit.name == name))
        return unit

    async def has_users(self, org_unit_id: uuid.UUID) -> bool:
        stmt = select(exists().where(User.tenant_id == self.tenant_id, User.org_unit_id == org_unit_id))
        return bool(await self.session.scalar(stmt))

    async def active_ids(self, ids: set[uuid.UUID]) -> set[uuid.UUID]:
        """Which of ``ids`` are active org units of this tenant (one query)."""
        if not ids:
            return set()
        stmt = self.select().with_only_columns(OrgUnit.id).where(OrgUnit.id.in_(ids), OrgUnit.active.is_(True))
        return set((await self.session.scalars(stmt)).all())
