from __future__ import annotations

from fastapi import APIRouter

from catalog_api.audit.repository import AuditRepository
from catalog_api.audit.schemas import AuditEntryOut
from gongkai_kit.auth import TenantAdminDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import Forbidden, TenantForbidden, Unauthorized, problem_responses
from gongkai_kit.pagination import Page, PageDep

router = APIRouter(
    prefix="/tenants/{tenant_id}/audit-log",
    tags=["audit"],
    responses=problem_responses(Unauthorized, TenantForbidden, Forbidden),
)


@router.get("", response_model=Page[AuditEntryOut], summary="操作留痕（本单位的登记信息变更）")
async def list_audit_log(ctx: TenantAdminDep, session: SessionDep, page: PageDep) -> Page[AuditEntryOut]:
    entries, cursor = await AuditRepository(session, ctx.tenant_id).list_page(page)
    return Page(items=[AuditEntryOut.model_validate(e) for e in entries], next_cursor=cursor)
