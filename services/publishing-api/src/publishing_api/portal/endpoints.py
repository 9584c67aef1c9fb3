"""The public portal: server-rendered HTML that works without JavaScript."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from gongkai_kit.auth import TenantIdPath
from gongkai_kit.http import UpstreamProblem
from publishing_api.clients.catalog import CatalogClient
from publishing_api.portal.service import KIND_LABELS, LEVEL_LABELS, PortalService

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals.update(level_labels=LEVEL_LABELS, kind_labels=KIND_LABELS)


async def get_service(request: Request) -> PortalService:
    catalog: CatalogClient = request.app.state.catalog
    return PortalService(catalog)


ServiceDep = Annotated[PortalService, Depends(get_service)]


def _render(request: Request, template: str, status_code: int = 200, **context: object) -> HTMLResponse:
    response = templates.TemplateResponse(
        request,
        template,
        {"large": request.query_params.get("font") == "large", **context},
        status_code=status_code,
    )
    if status_code == 200:
        response.headers["Cache-Control"] = f"public, max-age={request.app.state.settings.portal_cache_seconds}"
    return response


@router.get("/", response_class=HTMLResponse)
async def portal_home(request: Request, service: ServiceDep) -> HTMLResponse:
    return _render(request, "home.html", directory=await service.directory())


@router.get("/sites/{tenant_id}/", response_class=HTMLResponse)
async def tenant_site(tenant_id: TenantIdPath, request: Request, service: ServiceDep) -> HTMLResponse:
    try:
        tenant, townships = await service.site(tenant_id)
    except UpstreamProblem as problem:
        if problem.status == 404:
            return _render(request, "not_found.html", status_code=404, message=problem.detail)
        raise
    return _render(request, "site.html", tenant=tenant, townships=townships)
