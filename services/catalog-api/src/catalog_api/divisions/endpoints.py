from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, status

from catalog_api.divisions.repository import DivisionRepository
from catalog_api.divisions.schemas import DivisionCreate, DivisionOut, DivisionUpdate
from catalog_api.divisions.service import DivisionService
from gongkai_kit.auth import PlatformAdminDep, PrincipalDep
from gongkai_kit.db import SessionDep
from gongkai_kit.divisions import CODE_PATTERN, DivisionLevel
from gongkai_kit.errors import Conflict, Forbidden, InvalidInput, NotFound, Unauthorized, problem_responses
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(prefix="/divisions", tags=["divisions"], responses=problem_responses(Unauthorized))
CodePath = Annotated[str, Path(pattern=CODE_PATTERN, description="12位统计用区划代码")]


async def get_service(session: SessionDep) -> DivisionService:
    return DivisionService(DivisionRepository(session))


ServiceDep = Annotated[DivisionService, Depends(get_service)]


@router.get("", response_model=Page[DivisionOut], summary="行政区划列表")
async def list_divisions(
    _: PrincipalDep,
    service: ServiceDep,
    page: PageDep,
    parent_code: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None,
    level: DivisionLevel | None = None,
    under: Annotated[str | None, Query(pattern=r"^\d{2,12}$", description="代码前缀")] = None,
) -> Page[DivisionOut]:
    items, cursor = await service.list_page(page, parent_code=parent_code, level=level, under=under)
    return Page(items=[DivisionOut.model_validate(d) for d in items], next_cursor=cursor)


@router.get("/{code}", response_model=DivisionOut, summary="查看行政区划", responses=problem_responses(NotFound))
async def get_division(code: CodePath, _: PrincipalDep, service: ServiceDep) -> DivisionOut:
    return DivisionOut.model_validate(await service.get(code))


@router.post(
    "",
    response_model=DivisionOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增行政区划",
    responses=problem_responses(Forbidden, Conflict, InvalidInput),
)
async def create_division(data: DivisionCreate, _: PlatformAdminDep, service: ServiceDep) -> DivisionOut:
    return DivisionOut.model_validate(await service.create(data))


@router.patch(
    "/{code}",
    response_model=DivisionOut,
    summary="修改行政区划名称",
    responses=problem_responses(Forbidden, NotFound),
)
async def update_division(
    code: CodePath, data: DivisionUpdate, _: PlatformAdminDep, service: ServiceDep
) -> DivisionOut:
    return DivisionOut.model_validate(await service.update(code, data))


@router.delete(
    "/{code}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="删除行政区划",
    responses=problem_responses(Forbidden, NotFound, Conflict),
)
async def delete_division(code: CodePath, _: PlatformAdminDep, service: ServiceDep) -> None:
    await service.delete(code)
