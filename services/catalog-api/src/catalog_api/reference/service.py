"""Reference data: domains (editable by platform admins), standards and baselines (read)."""

from __future__ import annotations

import uuid

from catalog_api.reference.models import Baseline, BaselineItem, Domain, Standard, StandardItem
from catalog_api.reference.repository import ReferenceRepository
from catalog_api.reference.schemas import DomainCreate, DomainUpdate
from gongkai_kit.errors import Conflict, NotFound
from gongkai_kit.pagination import PageParams


class ReferenceService:
    def __init__(self, repository: ReferenceRepository) -> None:
        self.repository = repository

    async def domains(self) -> list[Domain]:
        return await self.repository.domains()

    async def create_domain(self, data: DomainCreate) -> Domain:
        if await self.repository.domain(data.code) is not None:
            raise Conflict(f"领域编码 {data.code} 已存在")
        if await self.repository.domain_by_name(data.name) is not None:
            raise Conflict(f"领域“{data.name}”已存在")
        return await self.repository.add(Domain(**data.model_dump(), active=True))

    async def update_domain(self, code: str, data: DomainUpdate) -> Domain:
        domain = await self.repository.domain(code)
        if domain is None:
            raise NotFound(f"领域 {code} 不存在")
        changes = data.model_dump(exclude_unset=True)
        renamed = "name" in changes and changes["name"] != domain.name
        if renamed and await self.repository.domain_by_name(changes["name"]) is not None:
            raise Conflict(f"领域“{changes['name']}”已存在")
        for field, value in changes.items():
            setattr(domain, field, value)
        await self.repository.flush()
        return domain

    async def standards(self, domain_code: str | None) -> list[Standard]:
        return await self.repository.standards(domain_code)

    async def standard_items(self, standard_id: uuid.UUID, page: PageParams) -> tuple[list[StandardItem], str | None]:
        if await self.repository.standard(standard_id) is None:
            raise NotFound("标准指引不存在")
        return await self.repository.standard_items(standard_id, page)

    async def baselines(self) -> list[Baseline]:
        return await self.repository.baselines()

    async def baseline_items(self, baseline_id: uuid.UUID, page: PageParams) -> tuple[list[BaselineItem], str | None]:
        if await self.repository.baseline(baseline_id) is None:
            raise NotFound("基准目录不存在")
        return await self.repository.baseline_items_page(baseline_id, page)
