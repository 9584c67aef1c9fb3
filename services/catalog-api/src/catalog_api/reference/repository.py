from __future__ import annotations

import uuid

from sqlalchemy import exists, func, select

from catalog_api.catalogs.models import CatalogItem
from catalog_api.reference.models import Baseline, BaselineItem, Domain, Standard, StandardItem
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import Repository


class ReferenceRepository(Repository[Domain]):
    """Domains, standards and baselines: shared, read-mostly reference data."""

    model = Domain

    async def domains(self) -> list[Domain]:
        return list((await self.session.scalars(select(Domain).order_by(Domain.sort_order, Domain.code))).all())

    async def domain(self, code: str) -> Domain | None:
        return await self.session.get(Domain, code)

    async def domain_by_name(self, name: str) -> Domain | None:
        found: Domain | None = await self.session.scalar(select(Domain).where(Domain.name == name))
        return found

    async def standards(self, domain_code: str | None) -> list[Standard]:
        stmt = select(Standard).order_by(Standard.domain_code, Standard.revision)
        if domain_code:
            stmt = stmt.where(Standard.domain_code == domain_code)
        return list((await self.session.scalars(stmt)).all())

    async def standard(self, standard_id: uuid.UUID) -> Standard | None:
        return await self.session.get(Standard, standard_id)

    async def standard_items(self, standard_id: uuid.UUID, page: PageParams) -> tuple[list[StandardItem], str | None]:
        stmt = select(StandardItem).where(StandardItem.standard_id == standard_id)
        return await paginate(self.session, stmt, [StandardItem.seq, StandardItem.id], page)

    async def standard_items_by_id(self, ids: set[uuid.UUID]) -> dict[uuid.UUID, StandardItem]:
        if not ids:
            return {}
        rows = await self.session.scalars(select(StandardItem).where(StandardItem.id.in_(ids)))
        return {row.id: row for row in rows}

    async def newer_standard_items(self, ids: set[uuid.UUID]) -> list[StandardItem]:
        """Items of current standards that revise one of ``ids``."""
        if not ids:
            return []
        stmt = (
            select(StandardItem)
            .join(Standard, Standard.id == StandardItem.standard_id)
            .where(StandardItem.previous_id.in_(ids), Standard.status == "current")
        )
        return list((await self.session.scalars(stmt)).all())

    async def baselines(self) -> list[Baseline]:
        return list((await self.session.scalars(select(Baseline).order_by(Baseline.level, Baseline.revision))).all())

    async def baseline(self, baseline_id: uuid.UUID) -> Baseline | None:
        return await self.session.get(Baseline, baseline_id)

    async def current_baseline(self, level: str) -> Baseline | None:
        found: Baseline | None = await self.session.scalar(
            select(Baseline)
            .where(Baseline.level == level, Baseline.status == "current")
            .order_by(Baseline.revision.desc())
        )
        return found

    async def baseline_items(self, baseline_id: uuid.UUID) -> list[BaselineItem]:
        stmt = select(BaselineItem).where(BaselineItem.baseline_id == baseline_id).order_by(BaselineItem.seq)
        return list((await self.session.scalars(stmt)).all())

    async def baseline_items_page(
        self, baseline_id: uuid.UUID, page: PageParams
    ) -> tuple[list[BaselineItem], str | None]:
        stmt = select(BaselineItem).where(BaselineItem.baseline_id == baseline_id)
        return await paginate(self.session, stmt, [BaselineItem.seq, BaselineItem.id], page)

    async def all_standard_items(self, standard_id: uuid.UUID) -> list[StandardItem]:
        stmt = select(StandardItem).where(StandardItem.standard_id == standard_id).order_by(StandardItem.seq)
        return list((await self.session.scalars(stmt)).all())

    async def add_standard(self, standard: Standard) -> None:
        self.session.add(standard)
        await self.session.flush()

    async def add_standard_item(self, item: StandardItem) -> None:
        self.session.add(item)
        await self.session.flush()

    async def baseline_item(self, item_id: uuid.UUID) -> BaselineItem | None:
        return await self.session.get(BaselineItem, item_id)

    async def max_baseline_seq(self, baseline_id: uuid.UUID) -> int:
        stmt = select(func.coalesce(func.max(BaselineItem.seq), 0)).where(BaselineItem.baseline_id == baseline_id)
        return int(await self.session.scalar(stmt) or 0)

    async def add_baseline_item(self, item: BaselineItem) -> None:
        self.session.add(item)
        await self.session.flush()

    async def delete_baseline_item(self, item: BaselineItem) -> None:
        await self.session.delete(item)
        await self.session.flush()

    async def baseline_item_in_use(self, item_id: uuid.UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(CatalogItem.baseline_item_id == item_id))))
