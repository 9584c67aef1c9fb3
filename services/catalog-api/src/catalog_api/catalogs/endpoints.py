from __future__ import annotations

import functools
import uuid
from typing import Annotated, Any, Literal
from urllib.parse import quote

import orjson
from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile, status

from catalog_api import exchange
from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.catalogs.models import CatalogVersion
from catalog_api.catalogs.repository import CatalogRepository
from catalog_api.catalogs.schemas import (
    AssignmentsSet,
    BulkAssign,
    ChangeOut,
    FieldChangeOut,
    ImportSummary,
    ItemCreate,
    ItemDiffOut,
    ItemOut,
    ItemRemove,
    ItemUpdate,
    Matrix,
    MatrixRow,
    MatrixUnit,
    StandardUpdateApply,
    StandardUpdateOut,
    VersionCreate,
    VersionDiff,
    VersionOut,
)
from catalog_api.catalogs.service import (
    Actor,
    CatalogNotPublishable,
    CatalogService,
    ImportRefused,
    ItemView,
    NotADraft,
    etag_for,
)
from catalog_api.catalogs.time_limits import describe, parse_time_limit
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.reference.repository import ReferenceRepository
from catalog_api.tenants.repository import TenantRepository
from catalog_api.webhooks.repository import WebhookRepository
from catalog_api.webhooks.service import WebhookService
from gongkai_kit.auth import TenantAdminDep, TenantContext, TenantReadDep, require_scope
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import (
    Conflict,
    FieldError,
    Forbidden,
    InvalidInput,
    NotFound,
    StaleVersion,
    TenantForbidden,
    Unauthorized,
    problem_responses,
)
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(
    prefix="/tenants/{tenant_id}/catalog",
    tags=["catalog"],
    responses=problem_responses(Unauthorized, TenantForbidden),
    dependencies=[Depends(require_scope("catalog:read"))],
)
Format = Literal["xlsx", "csv", "json"]
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


async def _service(ctx: TenantContext, session: SessionDep) -> CatalogService:
    async def tenant_level() -> str:  # only drafts need it: not a query on every request
        tenant = await TenantRepository(session).get(ctx.tenant_id)
        if tenant is None:
            raise NotFound(f"租户单位 {ctx.tenant_id} 不存在")
        return tenant.level

    principal = ctx.principal
    return CatalogService(
        CatalogRepository(session, ctx.tenant_id),
        ReferenceRepository(session),
        OrgUnitRepository(session, ctx.tenant_id),
        Actor(id=principal.subject, name=principal.username or principal.subject),
        tenant_level=tenant_level,
        events=WebhookService(
            WebhookRepository(session, ctx.tenant_id),
            ApiClientRepository(session, ctx.tenant_id),
            require_https=False,  # only emits here; URLs are checked when registered
        ),
    )


async def read_service(ctx: TenantReadDep, session: SessionDep) -> CatalogService:
    return await _service(ctx, session)


async def write_service(ctx: TenantAdminDep, session: SessionDep) -> CatalogService:
    """The tenant's 政务公开 office compiles and publishes its catalog."""
    return await _service(ctx, session)


ReadService = Annotated[CatalogService, Depends(read_service)]
WriteService = Annotated[CatalogService, Depends(write_service)]


def version_out(version: CatalogVersion, item_count: int) -> VersionOut:
    return VersionOut.model_validate(version).model_copy(update={"item_count": item_count})


def item_fields(view: ItemView) -> dict[str, Any]:
    """An item as ``ItemOut`` fields, straight from the row (the stored values are already valid)."""
    item = view.item
    return {
        "id": item.id,
        "item_key": item.item_key,
        "catalog_version_id": item.catalog_version_id,
        "seq": item.seq,
        "domain_code": item.domain_code,
        "domain": view.domain_name,
        "level1": item.level1,
        "level2": item.level2,
        "content": item.content,
        "basis": item.basis,
        "basis_text": item.basis_text,
        "time_limit": item.time_limit,
        "time_limit_rule": item.time_limit_rule,
        "time_limit_description": describe_time_limit(item.time_limit),
        "time_limit_understood": item.time_limit_parsed,
        "time_limit_manual": item.time_limit_manual,
        "needs_review": not (item.time_limit_parsed or item.time_limit_manual),
        "subject": item.subject,
        "channels": item.channels,
        "audience": item.audience,
        "audience_note": item.audience_note,
        "mode": item.mode,
        "levels": item.levels,
        "source": item.source,
        "standard_item_id": item.standard_item_id,
        "baseline_item_id": item.baseline_item_id,
        "custom_origin": item.custom_origin,
        "org_unit_ids": view.org_unit_ids,
        "version": item.version,
    }


def item_out(view: ItemView) -> ItemOut:
    return ItemOut.model_validate(item_fields(view))


def items_page(views: list[ItemView], cursor: str | None, headers: dict[str, str] | None = None) -> Response:
    """Lists of items are the hot read path: serialised once with orjson, no model round trip.
    ``tests`` validate these bodies against ``Page[ItemOut]``, the documented response model.
    (asyncpg's own UUID subclass is not one orjson knows natively, hence ``default=str``.)"""
    body = {"items": [item_fields(v) for v in views], "next_cursor": cursor}
    return Response(orjson.dumps(body, default=str), media_type="application/json", headers=headers)


@functools.lru_cache(maxsize=4096)
def describe_time_limit(text: str) -> str:
    """The rule is a pure function of the text, so its description is too."""
    return describe(parse_time_limit(text))


# --- versions ----------------------------------------------------------------------------------


@router.get("/versions", response_model=Page[VersionOut], summary="目录版本列表")
async def list_catalog_versions(service: ReadService, page: PageDep) -> Page[VersionOut]:
    versions, counts, cursor = await service.versions(page)
    return Page(items=[version_out(v, counts.get(v.id, 0)) for v in versions], next_cursor=cursor)


@router.post(
    "/versions",
    response_model=VersionOut,
    status_code=status.HTTP_201_CREATED,
    summary="新建草稿（从基准目录或已发布版本）",
    responses=problem_responses(Forbidden, Conflict, InvalidInput),
)
async def create_catalog_draft(data: VersionCreate, service: WriteService) -> VersionOut:
    version = await service.create_draft(data)
    return version_out(version, await service.item_count(version.id))


@router.get(
    "/versions/{version_id}", response_model=VersionOut, summary="查看目录版本", responses=problem_responses(NotFound)
)
async def get_catalog_version(version_id: uuid.UUID, service: ReadService) -> VersionOut:
    version = await service.version(version_id)
    return version_out(version, await service.item_count(version.id))


@router.post(
    "/versions/{version_id}:publish",
    response_model=VersionOut,
    summary="发布目录版本（发布前逐项检查）",
    responses=problem_responses(Forbidden, NotFound, NotADraft, CatalogNotPublishable),
)
async def publish_catalog_version(version_id: uuid.UUID, service: WriteService) -> VersionOut:
    version = await service.publish(version_id)
    return version_out(version, await service.item_count(version.id))


@router.get("/diff", response_model=VersionDiff, summary="两个版本之间的差异", responses=problem_responses(NotFound))
async def diff_catalog_versions(
    service: ReadService,
    from_version: Annotated[uuid.UUID, Query(description="旧版本")],
    to_version: Annotated[uuid.UUID, Query(description="新版本")],
) -> VersionDiff:
    old, new, diffs = await service.diff(from_version, to_version)
    return VersionDiff(
        from_version=version_out(old, await service.item_count(old.id)),
        to_version=version_out(new, await service.item_count(new.id)),
        items=[
            ItemDiffOut(
                item_key=d.item_key,
                status=d.status,
                label=d.label,
                changes=[
                    FieldChangeOut(field=c.field, label=c.label, before=c.before, after=c.after) for c in d.changes
                ],
            )
            for d in diffs
        ],
    )


@router.get(
    "/versions/{version_id}/changes",
    response_model=Page[ChangeOut],
    summary="变更记录（动态管理）",
    responses=problem_responses(NotFound),
)
async def list_catalog_changes(version_id: uuid.UUID, service: ReadService, page: PageDep) -> Page[ChangeOut]:
    changes, cursor = await service.changes(version_id, page)
    return Page(items=[ChangeOut.model_validate(c) for c in changes], next_cursor=cursor)


# --- items -------------------------------------------------------------------------------------


@router.get(
    "/versions/{version_id}/items",
    response_model=Page[ItemOut],
    summary="目录事项（可按领域、方式、层级、责任单位筛选）",
    responses=problem_responses(NotFound),
)
async def list_catalog_items(
    version_id: uuid.UUID,
    service: ReadService,
    page: PageDep,
    domain_code: Annotated[str | None, Query(max_length=8)] = None,
    mode: Annotated[Literal["主动", "依申请"] | None, Query()] = None,
    level: Annotated[Literal["县级", "乡级", "村级"] | None, Query()] = None,
    org_unit_id: uuid.UUID | None = None,
    needs_review: bool | None = None,
) -> Response:
    views, cursor = await service.items(
        version_id,
        page,
        domain_code=domain_code,
        mode=mode,
        level=level,
        org_unit_id=org_unit_id,
        needs_review=needs_review,
    )
    return items_page(views, cursor)


@router.post(
    "/versions/{version_id}/items",
    response_model=ItemOut,
    status_code=status.HTTP_201_CREATED,
    summary="新增自定义事项（来自权责清单、公共服务事项清单等）",
    responses=problem_responses(Forbidden, NotFound, NotADraft, InvalidInput),
)
async def add_catalog_item(version_id: uuid.UUID, data: ItemCreate, service: WriteService) -> ItemOut:
    return item_out(await service.add_item(version_id, data))


@router.get(
    "/versions/{version_id}/items/{item_id}",
    response_model=ItemOut,
    summary="查看目录事项",
    responses=problem_responses(NotFound),
)
async def get_catalog_item(version_id: uuid.UUID, item_id: uuid.UUID, service: ReadService) -> ItemOut:
    return item_out(await service.item(version_id, item_id))


@router.patch(
    "/versions/{version_id}/items/{item_id}",
    response_model=ItemOut,
    summary="修改目录事项",
    responses=problem_responses(Forbidden, NotFound, NotADraft, StaleVersion, InvalidInput),
)
async def update_catalog_item(
    version_id: uuid.UUID, item_id: uuid.UUID, data: ItemUpdate, service: WriteService
) -> ItemOut:
    return item_out(await service.update_item(version_id, item_id, data))


@router.post(
    "/versions/{version_id}/items/{item_id}:remove",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="移除目录事项（须说明原因）",
    responses=problem_responses(Forbidden, NotFound, NotADraft),
)
async def remove_catalog_item(
    version_id: uuid.UUID, item_id: uuid.UUID, data: ItemRemove, service: WriteService
) -> None:
    await service.remove_item(version_id, item_id, data.reason)


# --- revisions of the national standards ----------------------------------------------------------


@router.get(
    "/versions/{version_id}/standard-updates",
    response_model=list[StandardUpdateOut],
    summary="标准指引修订后可采用的变化（逐项）",
    responses=problem_responses(NotFound),
)
async def list_standard_updates(version_id: uuid.UUID, service: ReadService) -> list[StandardUpdateOut]:
    return [
        StandardUpdateOut(
            item_id=item.id,
            item_key=item.item_key,
            label=" / ".join(p for p in (item.level1, item.level2) if p),
            standard_item_id=newer.id,
            standard_id=newer.standard_id,
            changes=[FieldChangeOut(field=c.field, label=c.label, before=c.before, after=c.after) for c in changes],
        )
        for item, newer, changes in await service.standard_updates(version_id)
    ]


@router.post(
    "/versions/{version_id}/items/{item_id}:apply-standard-update",
    response_model=ItemOut,
    summary="采用标准指引的修订（可只采用部分字段）",
    responses=problem_responses(Forbidden, NotFound, NotADraft, InvalidInput),
)
async def apply_standard_update(
    version_id: uuid.UUID, item_id: uuid.UUID, data: StandardUpdateApply, service: WriteService
) -> ItemOut:
    return item_out(await service.apply_standard_update(version_id, item_id, data.standard_item_id, data.fields))


# --- task decomposition ----------------------------------------------------------------------------


@router.put(
    "/versions/{version_id}/items/{item_id}/assignments",
    response_model=ItemOut,
    summary="设置事项的责任单位",
    responses=problem_responses(Forbidden, NotFound, NotADraft, InvalidInput),
)
async def set_catalog_item_assignments(
    version_id: uuid.UUID, item_id: uuid.UUID, data: AssignmentsSet, service: WriteService
) -> ItemOut:
    return item_out(await service.set_assignments(version_id, item_id, data.org_unit_ids))


@router.post(
    "/versions/{version_id}/assignments:bulk",
    response_model=dict[str, int],
    summary="批量分配责任单位",
    responses=problem_responses(Forbidden, NotFound, NotADraft, InvalidInput),
)
async def bulk_assign_catalog_items(version_id: uuid.UUID, data: BulkAssign, service: WriteService) -> dict[str, int]:
    return {"items": await service.bulk_assign(version_id, data)}


@router.get(
    "/versions/{version_id}/matrix",
    response_model=Matrix,
    summary="事项 × 责任单位矩阵",
    responses=problem_responses(NotFound),
)
async def catalog_assignment_matrix(version_id: uuid.UUID, service: ReadService) -> Matrix:
    units, views = await service.matrix(version_id)
    return Matrix(
        units=[MatrixUnit(id=u.id, name=u.name, kind=u.kind) for u in units],
        rows=[
            MatrixRow(
                item_id=v.item.id,
                seq=v.item.seq,
                domain=v.domain_name,
                label=" / ".join(p for p in (v.item.level1, v.item.level2) if p),
                org_unit_ids=v.org_unit_ids,
            )
            for v in views
        ],
    )


# --- exchange ------------------------------------------------------------------------------------


@router.get(
    "/versions/{version_id}/export",
    summary="导出目录（标准表格 Excel、CSV 或 JSON）",
    response_class=Response,
    responses={200: {"content": {media: {} for media in MEDIA_TYPES.values()}}, **problem_responses(NotFound)},
)
async def export_catalog_version(
    version_id: uuid.UUID,
    service: ReadService,
    format: Format = "xlsx",
    layout: Literal["per_domain", "single"] = "per_domain",
    org_unit_id: Annotated[uuid.UUID | None, Query(description="只导出该部门承担的事项（部门目录）")] = None,
) -> Response:
    version = await service.version(version_id)
    elements = await service.elements_of(version_id, org_unit_id=org_unit_id)
    if format == "xlsx":
        body = exchange.write_xlsx(elements, layout=layout)
    elif format == "csv":
        body = exchange.write_csv(elements)
    else:
        body = exchange.write_json(elements)
    filename = f"政务公开事项标准目录-{version.tenant_id}-第{version.number}版.{format}"
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f"attachment; filename=catalog.{format}; filename*=UTF-8''{quote(filename)}"},
    )


@router.post(
    "/versions/{version_id}/import",
    response_model=ImportSummary,
    summary="导入目录文件（有任何错误则整份拒绝，不写入）",
    responses=problem_responses(Forbidden, NotFound, NotADraft, ImportRefused),
)
async def import_catalog_file(
    version_id: uuid.UUID,
    service: WriteService,
    file: Annotated[UploadFile, File(description="标准表格 .xlsx、.csv 或 .json")],
    format: Format | None = None,
) -> ImportSummary:
    name = (file.filename or "").lower()
    kind = format or next((f for f in ("xlsx", "csv", "json") if name.endswith("." + f)), None)
    if kind is None:
        raise InvalidInput("无法判断文件格式，请上传 .xlsx、.csv 或 .json 文件")
    data = await file.read()
    parsed = {"xlsx": exchange.read_xlsx, "csv": exchange.read_csv, "json": exchange.read_json}[kind](data)
    if parsed.errors:
        raise ImportRefused(
            f"共{len(parsed.errors)}处错误",
            errors=[
                FieldError(
                    loc=[e.sheet, e.row, e.column], msg=f"{e.sheet} 第{e.row}行 {e.column}：{e.message}", type="cell"
                )
                for e in parsed.errors
            ],
        )
    return ImportSummary(**await service.apply_import(version_id, parsed.items))


# --- the published catalog, for third-party systems ------------------------------------------------


@router.get(
    "/items",
    response_model=Page[ItemOut],
    summary="已发布目录的事项（供第三方系统读取，支持 ETag）",
    responses={304: {"description": "未修改"}, **problem_responses(NotFound, Forbidden)},
)
async def list_published_catalog_items(
    request: Request,
    response: Response,
    service: ReadService,
    page: PageDep,
    domain_code: Annotated[str | None, Query(max_length=8)] = None,
    mode: Annotated[Literal["主动", "依申请"] | None, Query()] = None,
    level: Annotated[Literal["县级", "乡级", "村级"] | None, Query()] = None,
) -> Response:
    version = await service.published()
    etag = etag_for(version, str(request.url.query))
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
    views, cursor = await service.items(version.id, page, domain_code=domain_code, mode=mode, level=level)
    return items_page(views, cursor, {"ETag": etag, "Cache-Control": "private, max-age=0, must-revalidate"})
