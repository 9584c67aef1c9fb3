from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gongkai_kit.auth import TenantReadDep
from gongkai_kit.errors import TenantForbidden, Unauthorized, UpstreamUnavailable, problem_responses
from publishing_api.clients.catalog import CatalogClient
from publishing_api.publishers.schemas import Publisher
from publishing_api.publishers.service import PublisherService

router = APIRouter(
    prefix="/tenants/{tenant_id}/publishers",
    tags=["publishers"],
    responses=problem_responses(Unauthorized, TenantForbidden, UpstreamUnavailable),
)


async def get_service(request: Request) -> PublisherService:
    catalog: CatalogClient = request.app.state.catalog
    return PublisherService(catalog)


@router.get("", response_model=list[Publisher], summary="信息发布单位（来自目录服务的部门）")
async def list_publishers(
    ctx: TenantReadDep, service: Annotated[PublisherService, Depends(get_service)]
) -> list[Publisher]:
    return await service.list_for_tenant(ctx.tenant_id, token=ctx.principal.token)
