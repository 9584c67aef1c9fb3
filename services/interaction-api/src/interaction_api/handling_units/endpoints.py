from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gongkai_kit.auth import TenantReadDep
from gongkai_kit.errors import TenantForbidden, Unauthorized, UpstreamUnavailable, problem_responses
from interaction_api.clients.catalog import CatalogClient
from interaction_api.handling_units.schemas import HandlingUnit
from interaction_api.handling_units.service import HandlingUnitService

router = APIRouter(
    prefix="/tenants/{tenant_id}/handling-units",
    tags=["handling-units"],
    responses=problem_responses(Unauthorized, TenantForbidden, UpstreamUnavailable),
)


async def get_service(request: Request) -> HandlingUnitService:
    catalog: CatalogClient = request.app.state.catalog
    return HandlingUnitService(catalog)


@router.get("", response_model=list[HandlingUnit], summary="承办单位（来自目录服务的在用部门）")
async def list_handling_units(
    ctx: TenantReadDep, service: Annotated[HandlingUnitService, Depends(get_service)]
) -> list[HandlingUnit]:
    return await service.list_for_tenant(ctx.tenant_id, token=ctx.principal.token)
