from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status

from catalog_api.divisions.repository import DivisionRepository
from catalog_api.tenants.models import Tenant
from catalog_api.tenants.repository import TenantRepository
from catalog_api.tenants.schemas import TenantCreate, TenantOut, TenantUpdate
from catalog_api.tenants.service import TenantService
from gongkai_kit.auth import PlatformAdminDep, PrincipalDep, TenantReadDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotFound,
    StaleVersion,
    TenantForbidden,
    Unauthorized,
    problem_responses,
)
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(prefix="/tenants", tags=["tenants"], responses=problem_responses(Unauthorized))


async def get_service(session: SessionDep) -> TenantService:
    return TenantService(TenantRepository(session), DivisionRepository(session))


ServiceDep = Annotated[TenantService, Depends(get_service)]


def to_out(tenant: Tenant) -> TenantOut:
    return TenantOut(
        id=tenant.id,
        name=tenant.name,
        division_code=tenant.id,
        level=tenant.level,
        parent_tenant_id=tenant.parent_tenant_id,
        active=tenant.active,
        version=tenant.version,
    )


@router.get("", response_model=Page[TenantOut], summary="我可见的租户单位")
async def list_tenants(principal: PrincipalDep, service: ServiceDep, page: PageDep) -> Page[TenantOut]:
    items, cursor = await service.list_visible(principal, page)
    return Page(items=[to_out(t) for t in items], next_cursor=cursor)


@router.get(
    "/{tenant_id}",
    response_model=TenantOut,
    summary="查看租户单位",
    responses=problem_responses(TenantForbidden, NotFound),
)
async def get_tenant(ctx: TenantReadDep, service: ServiceDep) -> TenantOut:
    return to_out(await service.get(ctx.tenant_id))


@router.post(
    "",
    response_model=TenantOut,
    status_code=status.HTTP_201_CREATED,
    summary="开通租户单位",
    responses=problem_responses(Forbidden, Conflict, InvalidInput),
)
async def create_tenant(data: TenantCreate, _: PlatformAdminDep, service: ServiceDep) -> TenantOut:
    return to_out(await service.create(data))


@router.patch(
    "/{tenant_id}",
    response_model=TenantOut,
    summary="修改租户单位",
    responses=problem_responses(Forbidden, NotFound, StaleVersion),
)
async def update_tenant(ctx: TenantReadDep, data: TenantUpdate, _: PlatformAdminDep, service: ServiceDep) -> TenantOut:
    return to_out(await service.update(ctx.tenant_id, data))
