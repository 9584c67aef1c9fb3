"""Reference data: domains (editable by platform admins), standards and baselines (read)."""

from __future__ import annotations

import uuid

from catalog_api.catalogs.elements import ItemElements
from catalog_api.catalogs.legal_basis import parse_legal_basis
from catalog_api.reference.models import Baseline, BaselineItem, Domain, Standard, StandardItem
from catalog_api.reference.repository import ReferenceRepository
from catalog_api.reference.schemas import BaselineItemWrite, DomainCreate, DomainUpdate, RevisionCreate
from gongkai_kit.errors import Conflict, InvalidInput, NotFound
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

    async def publish_revision(self, standard_id: uuid.UUID, data: RevisionCreate) -> Standard:
        """A new revision of a national standard supersedes the current one; each item that
        revises an old one names it, so tenants are offered the difference item by item."""
        old = await self.repository.standard(standard_id)
        if old is None:
            raise NotFound("标准指引不存在")
        if old.status != "current":
            raise Conflict("只能修订现行的标准指引")
        domain = await self.repository.domain(old.domain_code)
        assert domain is not None
        old_items = {i.id for i in await self.repository.all_standard_items(old.id)}
        unknown = [str(i.previous_id) for i in data.items if i.previous_id and i.previous_id not in old_items]
        if unknown:
            raise InvalidInput(f"previous_id 不属于被修订的标准指引：{'、'.join(unknown)}")
        new = Standard(
            domain_code=old.domain_code,
            title=data.title or old.title,
            issuer=data.issuer or old.issuer,
            revision=data.revision,
            issued_on=data.issued_on,
            supersedes_id=old.id,
            status="current",
        )
        old.status = "superseded"
        await self.repository.add_standard(new)
        for seq, row in enumerate(data.items, start=1):
            try:
                elements = ItemElements(
                    domain=domain.name,
                    basis=parse_legal_basis(row.basis_text),
                    **row.model_dump(exclude={"previous_id"}),
                )
            except ValueError as exc:
                raise InvalidInput(f"第{seq}项：{exc}") from None
            item = StandardItem(standard_id=new.id, seq=seq, previous_id=row.previous_id)
            item.set_elements(elements, old.domain_code)
            await self.repository.add_standard_item(item)
        return new

    async def add_baseline_item(self, baseline_id: uuid.UUID, data: BaselineItemWrite) -> BaselineItem:
        baseline = await self._baseline(baseline_id)
        item = BaselineItem(baseline_id=baseline.id, seq=await self.repository.max_baseline_seq(baseline.id) + 1)
        await self._fill_baseline_item(item, data)
        await self.repository.add_baseline_item(item)
        return item

    async def update_baseline_item(
        self, baseline_id: uuid.UUID, item_id: uuid.UUID, data: BaselineItemWrite
    ) -> BaselineItem:
        item = await self._baseline_item(baseline_id, item_id)
        await self._fill_baseline_item(item, data)
        await self.repository.flush()
        return item

    async def remove_baseline_item(self, baseline_id: uuid.UUID, item_id: uuid.UUID) -> None:
        item = await self._baseline_item(baseline_id, item_id)
        if await self.repository.baseline_item_in_use(item.id):
            raise Conflict("已有单位目录引用该基准事项，不能删除；请发布新的基准版本")
        await self.repository.delete_baseline_item(item)

    async def _baseline(self, baseline_id: uuid.UUID) -> Baseline:
        baseline = await self.repository.baseline(baseline_id)
        if baseline is None:
            raise NotFound("基准目录不存在")
        return baseline

    async def _baseline_item(self, baseline_id: uuid.UUID, item_id: uuid.UUID) -> BaselineItem:
        item = await self.repository.baseline_item(item_id)
        if item is None or item.baseline_id != baseline_id:
            raise NotFound("基准目录事项不存在")
        return item

    async def _fill_baseline_item(self, item: BaselineItem, data: BaselineItemWrite) -> None:
        domain = await self.repository.domain(data.domain_code)
        if domain is None:
            raise InvalidInput(f"领域 {data.domain_code} 不存在")
        if data.standard_item_id and not await self.repository.standard_items_by_id({data.standard_item_id}):
            raise InvalidInput("来源标准事项不存在")
        try:
            elements = ItemElements(
                domain=domain.name,
                basis=parse_legal_basis(data.basis_text),
                **data.model_dump(exclude={"standard_item_id", "domain_code"}),
            )
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        item.set_elements(elements, domain.code)
        item.standard_item_id = data.standard_item_id
