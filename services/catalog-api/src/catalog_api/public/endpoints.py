"""Unauthenticated reads for the public portal (information that is public by law)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from catalog_api.divisions.repository import DivisionRepository
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.org_units.service import OrgUnitService
from catalog_api.tenants.repository import TenantRepository
from catalog_api.tenants.schemas import PublicOrgUnit, PublicTenant, PublicTenantDetail
from catalog_api.tenants.service import TenantService
from gongkai_kit.auth import TenantIdPath
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import NotFound, problem_responses
from gongkai_kit.pagination import MAX_LIMIT, Page, PageDep, PageParams

router = APIRouter(prefix="/public", tags=["public"])
PUBLIC_CACHE = "public, max-age=60"


async def get_service(session: SessionDep) -> TenantService:
    return TenantService(TenantRepository(session), DivisionRepository(session))


ServiceDep = Annotated[TenantService, Depends(get_service)]


@router.get("/tenants", response_model=Page[PublicTenant], summary="已开通的单位（公开）")
async def list_public_tenants(service: ServiceDep, page: PageDep, response: Response) -> Page[PublicTenant]:
    items, cursor = await service.list_public(page)
    response.headers["Cache-Control"] = PUBLIC_CACHE
    return Page(items=[PublicTenant.model_validate(t) for t in items], next_cursor=cursor)


@router.get(
    "/tenants/{tenant_id}",
    response_model=PublicTenantDetail,
    summary="单位公开信息（含机构）",
    responses=problem_responses(NotFound),
)
async def get_public_tenant(
    tenant_id: TenantIdPath, service: ServiceDep, session: SessionDep, response: Response
) -> PublicTenantDetail:
    tenant = await service.get(tenant_id)
    if not tenant.active:
        raise NotFound(f"单位 {tenant_id} 未开通")
    units, _ = await OrgUnitService(OrgUnitRepository(session, tenant_id)).list_page(
        PageParams(limit=MAX_LIMIT), active_only=True
    )
    response.headers["Cache-Control"] = PUBLIC_CACHE
    return PublicTenantDetail(
        **PublicTenant.model_validate(tenant).model_dump(),
        org_units=[PublicOrgUnit.model_validate(u) for u in units],
    )
