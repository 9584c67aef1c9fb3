from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.config import CatalogSettings
from catalog_api.webhooks.repository import WebhookRepository
from catalog_api.webhooks.schemas import DeliveryOut, WebhookCreate, WebhookCreated, WebhookOut
from catalog_api.webhooks.service import WebhookService
from gongkai_kit.auth import TenantAdminDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import Forbidden, InvalidInput, NotFound, TenantForbidden, Unauthorized, problem_responses
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(
    prefix="/tenants/{tenant_id}/webhooks",
    tags=["webhooks"],
    responses=problem_responses(Unauthorized, TenantForbidden, Forbidden),
)


async def get_service(ctx: TenantAdminDep, session: SessionDep, request: Request) -> WebhookService:
    settings: CatalogSettings = request.app.state.settings
    return WebhookService(
        WebhookRepository(session, ctx.tenant_id),
        ApiClientRepository(session, ctx.tenant_id),
        require_https=settings.environment == "production",
    )


ServiceDep = Annotated[WebhookService, Depends(get_service)]


@router.get("", response_model=Page[WebhookOut], summary="回调地址列表")
async def list_webhooks(service: ServiceDep, page: PageDep) -> Page[WebhookOut]:
    hooks, cursor = await service.list_page(page)
    return Page(items=[WebhookOut.model_validate(h) for h in hooks], next_cursor=cursor)


@router.post(
    "",
    response_model=WebhookCreated,
    status_code=status.HTTP_201_CREATED,
    summary="登记回调地址（签名密钥只返回一次）",
    responses=problem_responses(InvalidInput),
)
async def create_webhook(data: WebhookCreate, service: ServiceDep) -> WebhookCreated:
    hook = await service.create(data)
    return WebhookCreated(**WebhookOut.model_validate(hook).model_dump(), secret=hook.secret)


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="停用回调地址",
    responses=problem_responses(NotFound),
)
async def deactivate_webhook(webhook_id: uuid.UUID, service: ServiceDep) -> None:
    await service.deactivate(webhook_id)


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Page[DeliveryOut],
    summary="投递记录",
    responses=problem_responses(NotFound),
)
async def list_webhook_deliveries(webhook_id: uuid.UUID, service: ServiceDep, page: PageDep) -> Page[DeliveryOut]:
    messages, cursor = await service.deliveries(webhook_id, page)
    return Page(items=[DeliveryOut.model_validate(m) for m in messages], next_cursor=cursor)
