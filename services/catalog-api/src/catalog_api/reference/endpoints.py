from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, status

from catalog_api.reference.repository import ReferenceRepository
from catalog_api.reference.schemas import (
    BaselineItemOut,
    BaselineItemWrite,
    BaselineOut,
    DomainCreate,
    DomainOut,
    DomainUpdate,
    RevisionCreate,
    StandardItemOut,
    StandardOut,
)
from catalog_api.reference.service import ReferenceService
from gongkai_kit.auth import PlatformAdminDep, PrincipalDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import Conflict, Forbidden, InvalidInput, NotFound, Unauthorized, problem_responses
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(tags=["reference"], responses=problem_responses(Unauthorized))
DomainCode = Annotated[str, Path(pattern=r"^[0-9A-Za-z]{2,8}$", description="领域编码")]


async def get_service(session: SessionDep) -> ReferenceService:
    return ReferenceService(ReferenceRepository(session))


ServiceDep = Annotated[ReferenceService, Depends(get_service)]


@router.get("/domains", response_model=list[DomainOut], summary="试点领域")
async def list_domains(_: PrincipalDep, service: ServiceDep) -> list[DomainOut]:
    return [DomainOut.model_validate(d) for d in await service.domains()]


@router.post(
    "/domains",
    response_model=DomainOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增领域",
    responses=problem_responses(Forbidden, Conflict),
)
async def create_domain(data: DomainCreate, _: PlatformAdminDep, service: ServiceDep) -> DomainOut:
    return DomainOut.model_validate(await service.create_domain(data))


@router.patch(
    "/domains/{code}", response_model=DomainOut, summary="修改领域", responses=problem_responses(Forbidden, NotFound)
)
async def update_domain(code: DomainCode, data: DomainUpdate, _: PlatformAdminDep, service: ServiceDep) -> DomainOut:
    return DomainOut.model_validate(await service.update_domain(code, data))


@router.get("/standards", response_model=list[StandardOut], summary="国家标准指引")
async def list_standards(
    _: PrincipalDep, service: ServiceDep, domain_code: Annotated[str | None, Query(max_length=8)] = None
) -> list[StandardOut]:
    return [StandardOut.model_validate(s) for s in await service.standards(domain_code)]


@router.get(
    "/standards/{standard_id}/items",
    response_model=Page[StandardItemOut],
    summary="标准指引事项",
    responses=problem_responses(NotFound),
)
async def list_standard_items(
    standard_id: uuid.UUID, _: PrincipalDep, service: ServiceDep, page: PageDep
) -> Page[StandardItemOut]:
    items, cursor = await service.standard_items(standard_id, page)
    return Page(items=[StandardItemOut.model_validate(i) for i in items], next_cursor=cursor)


@router.post(
    "/standards/{standard_id}/revisions",
    response_model=StandardOut,
    status_code=status.HTTP_201_CREATED,
    summary="发布标准指引的新修订版（替代现行版本）",
    responses=problem_responses(Forbidden, NotFound, Conflict, InvalidInput),
)
async def publish_standard_revision(
    standard_id: uuid.UUID, data: RevisionCreate, _: PlatformAdminDep, service: ServiceDep
) -> StandardOut:
    return StandardOut.model_validate(await service.publish_revision(standard_id, data))


@router.get("/baselines", response_model=list[BaselineOut], summary="省级基准目录")
async def list_baselines(_: PrincipalDep, service: ServiceDep) -> list[BaselineOut]:
    return [BaselineOut.model_validate(b) for b in await service.baselines()]


@router.get(
    "/baselines/{baseline_id}/items",
    response_model=Page[BaselineItemOut],
    summary="基准目录事项",
    responses=problem_responses(NotFound),
)
async def list_baseline_items(
    baseline_id: uuid.UUID, _: PrincipalDep, service: ServiceDep, page: PageDep
) -> Page[BaselineItemOut]:
    items, cursor = await service.baseline_items(baseline_id, page)
    return Page(items=[BaselineItemOut.model_validate(i) for i in items], next_cursor=cursor)


@router.post(
    "/baselines/{baseline_id}/items",
    response_model=BaselineItemOut,
    status_code=status.HTTP_201_CREATED,
    summary="基准目录新增事项（选自标准指引并调整）",
    responses=problem_responses(Forbidden, NotFound, InvalidInput),
)
async def add_baseline_item(
    baseline_id: uuid.UUID, data: BaselineItemWrite, _: PlatformAdminDep, service: ServiceDep
) -> BaselineItemOut:
    return BaselineItemOut.model_validate(await service.add_baseline_item(baseline_id, data))


@router.put(
    "/baselines/{baseline_id}/items/{item_id}",
    response_model=BaselineItemOut,
    summary="修改基准目录事项",
    responses=problem_responses(Forbidden, NotFound, InvalidInput),
)
async def update_baseline_item(
    baseline_id: uuid.UUID, item_id: uuid.UUID, data: BaselineItemWrite, _: PlatformAdminDep, service: ServiceDep
) -> BaselineItemOut:
    return BaselineItemOut.model_validate(await service.update_baseline_item(baseline_id, item_id, data))


@router.delete(
    "/baselines/{baseline_id}/items/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="删除基准目录事项（未被引用时）",
    responses=problem_responses(Forbidden, NotFound, Conflict),
)
async def remove_baseline_item(
    baseline_id: uuid.UUID, item_id: uuid.UUID, _: PlatformAdminDep, service: ServiceDep
) -> None:
    await service.remove_baseline_item(baseline_id, item_id)
