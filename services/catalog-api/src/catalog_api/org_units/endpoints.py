from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Depends, status

from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.org_units.schemas import OrgUnitCreate, OrgUnitOut, OrgUnitUpdate
from catalog_api.org_units.service import OrgUnitService
from gongkai_kit.auth import TenantAdminDep, TenantReadDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import (
    Conflict,
    Forbidden,
    NotFound,
    StaleVersion,
    TenantForbidden,
    Unauthorized,
    problem_responses,
)
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(
    prefix="/tenants/{tenant_id}/org-units",
    tags=["org-units"],
    responses=problem_responses(Unauthorized, TenantForbidden),
)


async def read_service(ctx: TenantReadDep, session: SessionDep) -> OrgUnitService:
    return OrgUnitService(OrgUnitRepository(session, ctx.tenant_id))


async def write_service(ctx: TenantAdminDep, session: SessionDep) -> OrgUnitService:
    return OrgUnitService(OrgUnitRepository(session, ctx.tenant_id))


ReadService = Annotated[OrgUnitService, Depends(read_service)]
WriteService = Annotated[OrgUnitService, Depends(write_service)]


@router.get("", response_model=Page[OrgUnitOut], summary="部门/单位列表")
async def list_org_units(service: ReadService, page: PageDep, active_only: bool = False) -> Page[OrgUnitOut]:
    items, cursor = await service.list_page(page, active_only=active_only)
    return Page(items=[OrgUnitOut.model_validate(u) for u in items], next_cursor=cursor)


@router.get("/{org_unit_id}", response_model=OrgUnitOut, summary="查看部门/单位", responses=problem_responses(NotFound))
async def get_org_unit(org_unit_id: uuid.UUID, service: ReadService) -> OrgUnitOut:
    return OrgUnitOut.model_validate(await service.get(org_unit_id))


@router.post(
    "",
    response_model=OrgUnitOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增部门/单位",
    responses=problem_responses(Forbidden, Conflict),
)
async def create_org_unit(data: OrgUnitCreate, service: WriteService) -> OrgUnitOut:
    return OrgUnitOut.model_validate(await service.create(data))


@router.post(
    ":batch",
    response_model=list[OrgUnitOut],
    status_code=status.HTTP_201_CREATED,
    summary="批量新增部门/单位（全部成功或全部不写入）",
    responses=problem_responses(Forbidden, Conflict),
)
async def create_org_units(
    items: Annotated[list[OrgUnitCreate], Body(min_length=1, max_length=500)], service: WriteService
) -> list[OrgUnitOut]:
    return [OrgUnitOut.model_validate(u) for u in await service.create_many(items)]


@router.patch(
    "/{org_unit_id}",
    response_model=OrgUnitOut,
    summary="修改部门/单位",
    responses=problem_responses(Forbidden, NotFound, Conflict, StaleVersion),
)
async def update_org_unit(org_unit_id: uuid.UUID, data: OrgUnitUpdate, service: WriteService) -> OrgUnitOut:
    return OrgUnitOut.model_validate(await service.update(org_unit_id, data))


@router.delete(
    "/{org_unit_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="删除部门/单位",
    responses=problem_responses(Forbidden, NotFound, Conflict),
)
async def delete_org_unit(org_unit_id: uuid.UUID, service: WriteService) -> None:
    await service.delete(org_unit_id)
