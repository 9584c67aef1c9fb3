from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select

from catalog_api.catalogs.models import CatalogChange, CatalogItem, CatalogVersion, ItemAssignment
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import TenantRepository


class CatalogRepository(TenantRepository[CatalogVersion]):
    """Versions, items, assignments and the change log of one tenant's catalog."""

    model = CatalogVersion

    # --- versions ---------------------------------------------------------------------

    async def versions(self, page: PageParams) -> tuple[list[CatalogVersion], str | None]:
        return await paginate(self.session, self.select(), [CatalogVersion.number, CatalogVersion.id], page)

    async def version_with_status(self, status: str) -> CatalogVersion | None:
        found: CatalogVersion | None = await self.session.scalar(
            self.select().where(CatalogVersion.status == status).order_by(CatalogVersion.number.desc())
        )
        return found

    async def next_number(self) -> int:
        stmt = select(func.coalesce(func.max(CatalogVersion.number), 0)).where(
            CatalogVersion.tenant_id == self.tenant_id
        )
        return int(await self.session.scalar(stmt) or 0) + 1

    async def item_counts(self, version_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not version_ids:
            return {}
        stmt = (
            select(CatalogItem.catalog_version_id, func.count())
            .where(CatalogItem.tenant_id == self.tenant_id, CatalogItem.catalog_version_id.in_(version_ids))
            .group_by(CatalogItem.catalog_version_id)
        )
        return {row[0]: int(row[1]) for row in await self.session.execute(stmt)}

    # --- items ---------------------------------------------------------------------------

    def _items(self, version_id: uuid.UUID) -> Any:
        return select(CatalogItem).where(
            CatalogItem.tenant_id == self.tenant_id, CatalogItem.catalog_version_id == version_id
        )

    async def items_page(
        self,
        version_id: uuid.UUID,
        page: PageParams,
        *,
        domain_code: str | None = None,
        mode: str | None = None,
        level: str | None = None,
        org_unit_id: uuid.UUID | None = None,
        needs_review: bool | None = None,
    ) -> tuple[list[CatalogItem], str | None]:
        stmt = self._items(version_id)
        if domain_code:
            stmt = stmt.where(CatalogItem.domain_code == domain_code)
        if mode:
            stmt = stmt.where(CatalogItem.mode == mode)
        if org_unit_id:
            assigned = select(ItemAssignment.catalog_item_id).where(
                ItemAssignment.tenant_id == self.tenant_id, ItemAssignment.org_unit_id == org_unit_id
            )
            stmt = stmt.where(CatalogItem.id.in_(assigned))
        if needs_review:
            stmt = stmt.where(CatalogItem.time_limit_parsed.is_(False), CatalogItem.time_limit_manual.is_(False))
        rows, cursor = await paginate(self.session, stmt, [CatalogItem.seq, CatalogItem.id], page)
        if level:  # levels is a JSON list: filtered here, portable across SQLite and PostgreSQL
            rows = [row for row in rows if level in row.levels]
        return rows, cursor

    async def all_items(self, version_id: uuid.UUID) -> list[CatalogItem]:
        stmt = self._items(version_id).order_by(CatalogItem.seq, CatalogItem.id)
        return list((await self.session.scalars(stmt)).all())

    async def item(self, version_id: uuid.UUID, item_id: uuid.UUID) -> CatalogItem | None:
        found: CatalogItem | None = await self.session.scalar(self._items(version_id).where(CatalogItem.id == item_id))
        return found

    async def items_by_id(self, version_id: uuid.UUID, ids: list[uuid.UUID]) -> list[CatalogItem]:
        return list((await self.session.scalars(self._items(version_id).where(CatalogItem.id.in_(ids)))).all())

    async def max_seq(self, version_id: uuid.UUID) -> int:
        stmt = select(func.coalesce(func.max(CatalogItem.seq), 0)).where(
            CatalogItem.tenant_id == self.tenant_id, CatalogItem.catalog_version_id == version_id
        )
        return int(await self.session.scalar(stmt) or 0)

    async def add_item(self, item: CatalogItem) -> CatalogItem:
        item.tenant_id = self.tenant_id
        self.session.add(item)
        await self.session.flush()
        return item

    async def delete_item(self, item: CatalogItem) -> None:
        await self.session.execute(
            delete(ItemAssignment).where(
                ItemAssignment.tenant_id == self.tenant_id, ItemAssignment.catalog_item_id == item.id
            )
        )
        await self.session.delete(item)
        await self.session.flush()

    # --- assignments -----------------------------------------------------------------------

    async def assignments(self, item_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
        found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        if not item_ids:
            return found
        stmt = (
            select(ItemAssignment.catalog_item_id, ItemAssignment.org_unit_id)
            .where(ItemAssignment.tenant_id == self.tenant_id, ItemAssignment.catalog_item_id.in_(item_ids))
            .order_by(ItemAssignment.assigned_at, ItemAssignment.org_unit_id)
        )
        for item_id, unit_id in await self.session.execute(stmt):
            found[item_id].append(unit_id)
        return found

    async def set_assignments(self, item_id: uuid.UUID, org_unit_ids: list[uuid.UUID]) -> None:
        await self.session.execute(
            delete(ItemAssignment).where(
                ItemAssignment.tenant_id == self.tenant_id, ItemAssignment.catalog_item_id == item_id
            )
        )
        for unit_id in dict.fromkeys(org_unit_ids):
            self.session.add(ItemAssignment(tenant_id=self.tenant_id, catalog_item_id=item_id, org_unit_id=unit_id))
        await self.session.flush()

    # --- change log --------------------------------------------------------------------------

    async def log(self, change: CatalogChange) -> None:
        change.tenant_id = self.tenant_id
        self.session.add(change)
        await self.session.flush()

    async def changes(self, version_id: uuid.UUID, page: PageParams) -> tuple[list[CatalogChange], str | None]:
        stmt = select(CatalogChange).where(
            CatalogChange.tenant_id == self.tenant_id, CatalogChange.catalog_version_id == version_id
        )
        return await paginate(self.session, stmt, [CatalogChange.at, CatalogChange.id], page)
