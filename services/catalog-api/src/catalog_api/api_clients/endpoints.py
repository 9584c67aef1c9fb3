from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.api_clients.schemas import ApiClientCreate, ApiClientCreated, ApiClientOut
from catalog_api.api_clients.service import ApiClientService
from gongkai_kit.auth import TenantAdminDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import Conflict, Forbidden, NotFound, TenantForbidden, Unauthorized, problem_responses
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(
    prefix="/tenants/{tenant_id}/api-clients",
    tags=["api-clients"],
    responses=problem_responses(Unauthorized, TenantForbidden, Forbidden),
)


async def get_service(ctx: TenantAdminDep, session: SessionDep, request: Request) -> ApiClientService:
    """Only the tenant's administrators manage its integrations (credentials are sensitive)."""
    return ApiClientService(ApiClientRepository(session, ctx.tenant_id), request.app.state.passwords)


ServiceDep = Annotated[ApiClientService, Depends(get_service)]


@router.get("", response_model=Page[ApiClientOut], summary="接口客户端列表")
async def list_api_clients(service: ServiceDep, page: PageDep) -> Page[ApiClientOut]:
    items, cursor = await service.list_page(page)
    return Page(items=[ApiClientOut.model_validate(c) for c in items], next_cursor=cursor)


@router.post(
    "",
    response_model=ApiClientCreated,
    status_code=status.HTTP_201_CREATED,
    summary="新增接口客户端（密钥只返回一次）",
    responses=problem_responses(Conflict),
)
async def create_api_client(data: ApiClientCreate, service: ServiceDep) -> ApiClientCreated:
    client, secret = await service.create(data)
    return ApiClientCreated(**ApiClientOut.model_validate(client).model_dump(), client_secret=secret)


@router.delete(
    "/{api_client_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="停用接口客户端",
    responses=problem_responses(NotFound),
)
async def revoke_api_client(api_client_id: uuid.UUID, service: ServiceDep) -> None:
    await service.revoke(api_client_id)
