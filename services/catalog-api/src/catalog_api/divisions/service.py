"""Rules of the division tree: a code's level and parent follow from the code itself."""

from __future__ import annotations

from catalog_api.divisions.models import Division
from catalog_api.divisions.repository import DivisionRepository
from catalog_api.divisions.schemas import DivisionCreate, DivisionUpdate
from gongkai_kit.divisions import InvalidDivisionCode, level_of, parent_code
from gongkai_kit.errors import Conflict, InvalidInput, NotFound
from gongkai_kit.pagination import PageParams


class DivisionService:
    def __init__(self, repository: DivisionRepository) -> None:
        self.repository = repository

    async def get(self, code: str) -> Division:
        division = await self.repository.get(code)
        if division is None:
            raise NotFound(f"行政区划 {code} 不存在")
        return division

    async def list_page(
        self, page: PageParams, *, parent_code: str | None, level: str | None, under: str | None
    ) -> tuple[list[Division], str | None]:
        return await self.repository.list_page(page, parent_code=parent_code, level=level, under=under)

    async def create(self, data: DivisionCreate) -> Division:
        try:
            level = level_of(data.code)
            parent = parent_code(data.code)
        except InvalidDivisionCode as exc:
            raise InvalidInput(str(exc)) from None
        if await self.repository.get(data.code) is not None:
            raise Conflict(f"区划代码 {data.code} 已存在")
        if parent is not None and await self.repository.get(parent) is None:
            raise InvalidInput(f"上级区划 {parent} 不存在，请先创建上级区划")
        return await self.repository.add(
            Division(code=data.code, name=data.name, level=level.value, parent_code=parent)
        )

    async def update(self, code: str, data: DivisionUpdate) -> Division:
        division = await self.get(code)
        division.name = data.name
        await self.repository.flush()
        return division

    async def delete(self, code: str) -> None:
        division = await self.get(code)
        if await self.repository.has_children(code):
            raise Conflict("该区划下还有下级区划，不能删除")
        if await self.repository.has_tenant(code):
            raise Conflict("该区划已开通为租户单位，不能删除")
        await self.repository.delete(division)
