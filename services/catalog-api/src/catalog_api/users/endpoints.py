from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from catalog_api.auth.passwords import Passwords
from catalog_api.divisions.repository import DivisionRepository
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.users.repository import UserRepository
from catalog_api.users.schemas import (
    PlatformUserCreate,
    PlatformUserUpdate,
    TenantUserCreate,
    TenantUserUpdate,
    UserOut,
)
from catalog_api.users.service import UserService
from gongkai_kit.auth import PlatformAdminDep, TenantAdminDep, TenantIdPath, TenantReadDep
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

tenant_router = APIRouter(
    prefix="/tenants/{tenant_id}/users",
    tags=["users"],
    responses=problem_responses(Unauthorized, TenantForbidden),
)
platform_router = APIRouter(prefix="/users", tags=["users"], responses=problem_responses(Unauthorized, Forbidden))


def get_passwords(request: Request) -> Passwords:
    passwords: Passwords = request.app.state.passwords
    return passwords


async def tenant_service(request: Request, session: SessionDep, tenant_id: TenantIdPath) -> UserService:
    """Service for the path's tenant (access is checked by the route's tenant dependency)."""
    return UserService(UserRepository(session), get_passwords(request), org_units=OrgUnitRepository(session, tenant_id))


async def platform_service(request: Request, session: SessionDep) -> UserService:
    return UserService(UserRepository(session), get_passwords(request), divisions=DivisionRepository(session))


ServiceDep = Annotated[UserService, Depends(tenant_service)]
PlatformServiceDep = Annotated[UserService, Depends(platform_service)]


@tenant_router.get("", response_model=Page[UserOut], summary="单位用户列表")
async def list_tenant_users(ctx: TenantReadDep, service: ServiceDep, page: PageDep) -> Page[UserOut]:
    items, cursor = await service.list_tenant_users(ctx.tenant_id, page)
    return Page(items=[UserOut.model_validate(u) for u in items], next_cursor=cursor)


@tenant_router.get("/{user_id}", response_model=UserOut, summary="查看单位用户", responses=problem_responses(NotFound))
async def get_tenant_user(user_id: uuid.UUID, ctx: TenantReadDep, service: ServiceDep) -> UserOut:
    return UserOut.model_validate(await service.get_tenant_user(ctx.tenant_id, user_id))


@tenant_router.post(
    "",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增单位用户",
    responses=problem_responses(Forbidden, Conflict, InvalidInput),
)
async def create_tenant_user(data: TenantUserCreate, ctx: TenantAdminDep, service: ServiceDep) -> UserOut:
    return UserOut.model_validate(await service.create_tenant_user(ctx.tenant_id, data))


@tenant_router.patch(
    "/{user_id}",
    response_model=UserOut,
    summary="修改单位用户",
    responses=problem_responses(Forbidden, NotFound, Conflict, InvalidInput, StaleVersion),
)
async def update_tenant_user(
    user_id: uuid.UUID, data: TenantUserUpdate, ctx: TenantAdminDep, service: ServiceDep
) -> UserOut:
    return UserOut.model_validate(await service.update_tenant_user(ctx.tenant_id, user_id, data, ctx.principal))


@platform_router.get("", response_model=Page[UserOut], summary="平台用户（平台管理员、监督员）列表")
async def list_platform_users(_: PlatformAdminDep, service: PlatformServiceDep, page: PageDep) -> Page[UserOut]:
    items, cursor = await service.list_platform_users(page)
    return Page(items=[UserOut.model_validate(u) for u in items], next_cursor=cursor)


@platform_router.post(
    "",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增平台用户",
    responses=problem_responses(Conflict, InvalidInput),
)
async def create_platform_user(data: PlatformUserCreate, _: PlatformAdminDep, service: PlatformServiceDep) -> UserOut:
    return UserOut.model_validate(await service.create_platform_user(data))


@platform_router.patch(
    "/{user_id}",
    response_model=UserOut,
    summary="修改平台用户",
    responses=problem_responses(NotFound, Conflict, StaleVersion),
)
async def update_platform_user(
    user_id: uuid.UUID, data: PlatformUserUpdate, principal: PlatformAdminDep, service: PlatformServiceDep
) -> UserOut:
    return UserOut.model_validate(await service.update_platform_user(user_id, data, principal))
