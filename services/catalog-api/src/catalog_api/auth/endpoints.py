from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.auth.repository import RefreshTokenRepository
from catalog_api.auth.schemas import ClientToken, LoginRequest, Me, MeTenant, RefreshRequest, TokenPair
from catalog_api.auth.service import AuthService, InvalidClient, InvalidScope, LoginPolicy
from catalog_api.auth.tokens import TokenSigner
from catalog_api.config import CatalogSettings
from catalog_api.tenants.repository import TenantRepository
from catalog_api.users.repository import UserRepository
from gongkai_kit.auth import PrincipalDep
from gongkai_kit.db import SessionDep
from gongkai_kit.errors import BadRequest, Locked, ProblemError, Unauthorized, problem_response, problem_responses

router = APIRouter(tags=["auth"])


async def get_service(request: Request, session: SessionDep) -> AuthService:
    settings: CatalogSettings = request.app.state.settings
    return AuthService(
        UserRepository(session),
        RefreshTokenRepository(session),
        TenantRepository(session),
        request.app.state.signer,
        request.app.state.passwords,
        LoginPolicy(
            lockout_threshold=settings.lockout_threshold,
            lockout=timedelta(minutes=settings.lockout_minutes),
            refresh_ttl=timedelta(days=settings.refresh_token_days),
        ),
        api_clients=lambda tenant_id: ApiClientRepository(session, tenant_id),
    )


ServiceDep = Annotated[AuthService, Depends(get_service)]


@router.post(
    "/auth/login",
    response_model=TokenPair,
    summary="用户名密码登录",
    responses=problem_responses(Unauthorized, Locked),
)
async def login(data: LoginRequest, service: ServiceDep, request: Request) -> Any:
    outcome = await service.login(data.username, data.password)
    if isinstance(outcome, ProblemError):
        # Returned, not raised: the failure counter must be committed with the refusal.
        return problem_response(outcome.to_problem(request.url.path), outcome.headers)
    return outcome


@router.post(
    "/auth/refresh", response_model=TokenPair, summary="刷新访问令牌", responses=problem_responses(Unauthorized)
)
async def refresh(data: RefreshRequest, service: ServiceDep) -> TokenPair:
    return await service.refresh(data.refresh_token)


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT, summary="退出登录（作废刷新令牌）")
async def logout(data: RefreshRequest, service: ServiceDep) -> None:
    await service.logout(data.refresh_token)


@router.get("/auth/me", response_model=Me, summary="当前用户", responses=problem_responses(Unauthorized))
async def me(principal: PrincipalDep, service: ServiceDep, session: SessionDep) -> Me:
    if principal.kind != "user":
        raise Unauthorized("接口客户端没有用户信息")
    user = await service.current_user(principal.subject)
    tenant = await TenantRepository(session).get(user.tenant_id) if user.tenant_id else None
    return Me(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=user.roles,
        tenant=MeTenant(id=tenant.id, name=tenant.name, division_code=tenant.id, level=tenant.level)
        if tenant
        else None,
        org_unit_id=user.org_unit_id,
        division_code=user.division_code,
    )


_basic = HTTPBasic(auto_error=False)


@router.post(
    "/oauth/token",
    response_model=ClientToken,
    summary="OAuth2 客户端凭证模式获取令牌",
    responses=problem_responses(InvalidClient, InvalidScope),
)
async def issue_client_token(
    service: ServiceDep,
    grant_type: Annotated[str, Form()],
    basic: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=128)] = None,
    scope: Annotated[str | None, Form(max_length=500)] = None,
) -> JSONResponse:
    if grant_type != "client_credentials":
        raise BadRequest("仅支持 grant_type=client_credentials")
    if basic is not None:
        client_id, client_secret = basic.username, basic.password
    if not client_id or not client_secret:
        raise InvalidClient("缺少 client_id 或 client_secret")
    token = await service.client_credentials(client_id, client_secret, scope)
    return JSONResponse(token.model_dump(), headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


@router.get("/.well-known/jwks.json", summary="令牌验签公钥（JWKS）")
async def jwks(request: Request, response: Response) -> dict[str, Any]:
    signer: TokenSigner = request.app.state.signer
    response.headers["Cache-Control"] = "public, max-age=300"
    return signer.jwks()
