"""Org units (部门/单位) of a tenant: unique names, optimistic concurrency, safe deletion."""

from __future__ import annotations

import uuid

from catalog_api.org_units.models import OrgUnit
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.org_units.schemas import OrgUnitCreate, OrgUnitUpdate
from gongkai_kit.errors import Conflict, NotFound, StaleVersion
from gongkai_kit.pagination import PageParams


class OrgUnitService:
    def __init__(self, repository: OrgUnitRepository) -> None:
        self.repository = repository

    async def get(self, org_unit_id: uuid.UUID) -> OrgUnit:
        unit = await self.repository.get(org_unit_id)
        if unit is None:
            raise NotFound("部门/单位不存在")
        return unit

    async def list_page(self, page: PageParams, *, active_only: bool = False) -> tuple[list[OrgUnit], str | None]:
        return await self.repository.list_page(page, active_only=active_only)

    async def create(self, data: OrgUnitCreate) -> OrgUnit:
        await self._ensure_name_free(data.name)
        return await self.repository.add(OrgUnit(**data.model_dump(), active=True))

    async def create_many(self, items: list[OrgUnitCreate]) -> list[OrgUnit]:
        """All or nothing: any invalid item refuses the whole batch (the request rolls back)."""
        names = [item.name for item in items]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise Conflict(f"批量数据中名称重复：{'、'.join(duplicates)}")
        return [await self.create(item) for item in items]

    async def update(self, org_unit_id: uuid.UUID, data: OrgUnitUpdate) -> OrgUnit:
        unit = await self.get(org_unit_id)
        if unit.version != data.version:
            raise StaleVersion()
        changes = data.model_dump(exclude_unset=True, exclude={"version"})
        if "name" in changes and changes["name"] != unit.name:
            await self._ensure_name_free(changes["name"])
        for field, value in changes.items():
            setattr(unit, field, value)
        await self.repository.flush()
        return unit

    async def delete(self, org_unit_id: uuid.UUID) -> None:
        unit = await self.get(org_unit_id)
        if await self.repository.has_users(unit.id):
            raise Conflict("该部门/单位下还有用户，请先调整用户所属部门或停用该部门")
        await self.repository.delete(unit)

    async def _ensure_name_free(self, name: str) -> None:
        if await self.repository.get_by_name(name) is not None:
            raise Conflict(f"名称“{name}”已存在")
